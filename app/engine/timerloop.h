#pragma once

#include "engine/task.h"
#include "engine/waitingjobs.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

class QTimerEvent;

/**
 * The event-loop mode's worker, the lesson's asyncio loop: it lives on a thread of its own (see
 * TimerRunner) and runs every job there. Each running job's wait is a precise timer, so no thread
 * is blocked and a waiting job costs nothing; when it fires, the file is written on this thread.
 *
 * A computing job is different: it runs on this thread from start to end (ComputeWork), like
 * CPU-bound code in an asyncio coroutine, so nothing else on the loop happens meanwhile: computing
 * jobs never overlap, and timers due meanwhile fire late. A cancel of it still acts at once, through
 * an atomic flag that the computation reads every slice.
 *
 * The public calls are safe on any thread: they change a std::mutex-guarded inbox and wake the
 * loop with one queued call per batch of requests. Everything else runs on the loop's thread.
 */
class TimerLoop : public QObject
{
    Q_OBJECT
public:
    /** Hands events to the runner (TaskRunner::report), leaving the list empty. */
    using Reporter = std::function<void(QList<TaskEvent> &)>;
    /** The runner's clock (TaskClock::nowMs()), read on the loop's thread. */
    using Now = std::function<qint64()>;

    TimerLoop(Reporter reporter, Now now);
    ~TimerLoop() override;

    void setConcurrency(int count);
    void submit(const QList<TaskJob> &jobs);
    /** Takes the jobs that have not started, at once: the loop starts none of them afterwards. */
    QList<quint64> takeUnstarted();
    void cancel(quint64 id);
    void cancelAll();
    /** Before the thread is told to quit: interrupts a computation and starts nothing more. */
    void interrupt();
    /** On the loop's thread as it ends (QThread::finished): drops the running jobs' timers, unreported. */
    void stop();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Running
    {
        TaskJob job;
        quint64 sequence = 0; ///< the order it started in, to tell which jobs a cancelAll() saw
        int timerId = 0;
        qint16 lane = 0;
    };

    void reportOne(TaskEvent &&event);
    void wake(std::unique_lock<std::mutex> &lock);
    void serve();
    void applyCancels();
    void startWaiting();
    void runDueJobsInline();
    /** Runs a computing job from start to end on this thread, blocking the loop meanwhile. */
    void compute(const TaskJob &job);
    /** Which jobs takeNext() takes: zero-second ones (run inline), or the others (on a timer). */
    enum class Take { DueNow, Timed };
    /**
     * Takes the next job if a slot is free and it is of the kind asked for. Timed takes none while
     * a zero-second job is next: that one waits for the next inline slice, not for a timer (whose
     * file would be synced on its own).
     */
    bool takeNext(TaskJob &job, quint64 &sequence, Take take);
    void releaseSlot();
    qint16 takeFreeLane();
    /** Ends a running job and reports it; returns the next one. */
    std::vector<Running>::iterator finish(
        std::vector<Running>::iterator running, TaskState state, const TaskFailure &failure);

    Reporter m_reporter;
    Now m_now;

    // Shared with the callers' threads, guarded by m_mutex.
    std::mutex m_mutex;
    WaitingJobs m_waiting;
    std::vector<quint64> m_cancels; ///< running jobs to interrupt
    quint64 m_started = 0; ///< jobs started so far
    quint64 m_cancelAllBelow = 0; ///< running jobs with a smaller sequence are to be interrupted
    int m_concurrency = 1;
    int m_runningCount = 0; ///< m_running.size(), readable by the callers
    quint64 m_computingId = 0; ///< the job computing now, 0 if none
    bool m_wakePending = false;
    bool m_interrupted = false;
    /** Set (under m_mutex) to interrupt the computing job; read by it without the mutex. */
    std::atomic<bool> m_computeCancel = false;

    // The loop's thread only.
    std::vector<Running> m_running;
    std::vector<bool> m_laneBusy;
};
