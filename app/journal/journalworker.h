#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

/**
 * The journal's own thread: runs jobs one after another, in the order they were posted, so that
 * SQLite's commits and disk syncs never run on the thread that posts them (the GUI thread).
 * Standard-library synchronisation throughout, so ThreadSanitizer sees every hand-over.
 */
class JournalWorker
{
public:
    JournalWorker();
    /** Runs what is posted, then joins the thread. */
    ~JournalWorker();
    JournalWorker(const JournalWorker &) = delete;
    JournalWorker &operator=(const JournalWorker &) = delete;

    /** Runs @p job on the journal thread after every job posted before it; returns at once. */
    void post(std::function<void()> job);
    /** Runs @p job on the journal thread after the jobs posted before it, and waits for it. */
    void call(const std::function<void()> &job);
    /** Waits until every job posted so far has run; false when @p bound passed first. */
    bool waitForIdle(std::chrono::milliseconds bound);
    /** Every job posted so far has run. */
    bool isIdle();
    /**
     * Runs @p job on the journal thread once no job has come for @p quiet after one ran: once
     * per such pause, never while ending. An empty @p job stops it (it may still be running).
     */
    void setIdleJob(std::chrono::milliseconds quiet, std::function<void()> job);
    /**
     * Lets the thread go on alone (a job stuck in a sync of a dead disk at exit): the thread is
     * detached and this object must then never be destroyed (the thread still uses it).
     */
    void abandon();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake; ///< a job was posted, or the thread is to end
    std::condition_variable m_ran; ///< a job ran
    std::deque<std::function<void()>> m_inbox;
    std::function<void()> m_idleJob;
    std::chrono::milliseconds m_idleQuiet {0};
    bool m_idleDue = false; ///< a job ran since the idle job last did
    std::uint64_t m_posted = 0;
    std::uint64_t m_done = 0;
    bool m_ending = false;
    std::thread m_thread;
};
