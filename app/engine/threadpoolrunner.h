#pragma once

#include "engine/foldersyncbatch.h"
#include "engine/taskrunner.h"
#include "engine/waitingjobs.h"

#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

/**
 * Runs jobs on a private QThreadPool. Each pool thread loops: take the next job, wait its
 * duration on a condition variable (so a cancel interrupts it at once) or compute it on this
 * thread (ComputeWork, which reads the cancel flag every slice), write the file, report.
 * Plain std:: synchronisation keeps our own races visible to ThreadSanitizer.
 */
class ThreadPoolRunner : public TaskRunner
{
    Q_OBJECT
public:
    /** @p threadExpiry: how long the pool keeps an idle thread (tests shorten it). */
    explicit ThreadPoolRunner(
        QObject *parent = nullptr, std::chrono::milliseconds threadExpiry = std::chrono::seconds(30));
    ~ThreadPoolRunner() override;

    void setConcurrency(int count) override;
    void submit(const QList<TaskJob> &jobs) override;
    QList<quint64> takeUnstarted() override;
    void cancel(quint64 id) override;
    void cancelAll() override;

private:
    struct Slot
    {
        quint64 id = 0;
        std::atomic<bool> cancelled = false; ///< atomic: a computing job reads it without the mutex
        qint16 worker = 0; ///< 1..concurrency: "worker k of N", not an OS thread
    };

    /** What one work loop has not handed over yet: events, and folders still to sync for them. */
    struct Outbox
    {
        QList<TaskEvent> events;
        FolderSyncBatch folders;
    };

    void workLoop();
    /**
     * A zero-second job into a folder in RAM: such jobs run on one loop at a time (a flood), the
     * other loops leave while it lasts and come back for any other job.
     */
    static bool isFlood(const TaskJob &job);
    /** Syncs the outbox's folders (without @p lock, held on entry and on return), then reports. */
    void handOver(std::unique_lock<std::mutex> &lock, Outbox &outbox);
    void spawnLoops(std::unique_lock<std::mutex> &lock);
    qint16 takeFreeWorker();
    void runOne(std::unique_lock<std::mutex> &lock, const TaskJob &job, Outbox &outbox);
    /** Computes @p job on this thread, without the lock (held on entry and on return). */
    void compute(std::unique_lock<std::mutex> &lock, const TaskJob &job, const Slot &slot);

    QThreadPool m_pool;
    std::mutex m_mutex;
    std::condition_variable m_wake; ///< wakes waits on cancel
    std::condition_variable m_loopsDone; ///< the destructor waits on it for the last loop
    WaitingJobs m_waiting;
    std::vector<Slot *> m_running; ///< slots of the jobs being waited for or written
    std::vector<bool> m_workerBusy; ///< by worker number; index 0 unused
    int m_concurrency = 1;
    int m_loops = 0; ///< work loops alive on the pool
    bool m_flooding = false; ///< a loop runs zero-second jobs into a folder in RAM (isFlood())
    bool m_shuttingDown = false;
};
