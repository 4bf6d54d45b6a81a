#pragma once

#include <QtGlobal>

#include <chrono>
#include <vector>

/**
 * Simulates the FIFO schedule of known durations over a number of workers: tasks start in order,
 * each as soon as fewer than `workers` tasks are running. Gives the exact ETA and, for the
 * timeline, where each queued task will start.
 *
 * Computing tasks need a core, not only a worker. On threads they share the cores: the makespan is
 * at least their total work over min(cores, workers). On the event loop a computing task holds the
 * loop's one thread: no task starts while it computes, and computing tasks run one after another.
 */
class FifoSchedule
{
public:
    using Duration = std::chrono::milliseconds;
    /** How computing tasks run: sharing the cores (threads, processes) or blocking the loop (events). */
    enum class Computing { OnCores, BlocksLoop };

    explicit FifoSchedule(int workers, int cores = 1 << 16, Computing computing = Computing::OnCores);

    /** A task already running that ends after @p remaining. Add these first. */
    void addRunning(Duration remaining, bool computing = false);
    /** Appends a queued task; returns when it will start, counted from now. */
    Duration addQueued(Duration duration, bool computing = false);
    /**
     * Appends @p count queued tasks of the same @p duration, as many addQueued calls would. Once
     * every worker's end lies within one duration of the others, each round of `workers` tasks
     * moves every end by the duration: a million pasted tasks cost a division, not a million
     * steps.
     */
    void addQueued(Duration duration, bool computing, qsizetype count);
    /** When the last task added ends, counted from now. */
    Duration makespan() const;

private:
    /** Whether each round of `workers` more tasks of @p duration only moves every end by it. */
    bool roundsRepeat(Duration duration, bool computing) const;
    Duration popEarliestEnd();
    void pushEnd(Duration end);

    std::vector<Duration> m_ends; ///< when each running (or planned) task ends: a min-heap
    Duration m_makespan {0};
    Duration m_lastStart {0};
    Duration m_computeWork {0}; ///< OnCores: the CPU time the computing tasks still need
    Duration m_loopFreeAt {0}; ///< BlocksLoop: when the last computing task frees the loop
    int m_workers;
    int m_cores;
    Computing m_computing;
};
