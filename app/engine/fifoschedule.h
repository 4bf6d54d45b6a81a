#pragma once

#include <chrono>
#include <queue>
#include <vector>

/**
 * Simulates the FIFO schedule of known durations over a number of workers: tasks start in order,
 * each as soon as fewer than `workers` tasks are running. Gives the exact ETA and, for the
 * timeline, where each queued task will start.
 */
class FifoSchedule
{
public:
    using Duration = std::chrono::milliseconds;

    explicit FifoSchedule(int workers);

    /** A task already running that ends after @p remaining. Add these first. */
    void addRunning(Duration remaining);
    /** Appends a queued task; returns when it will start, counted from now. */
    Duration addQueued(Duration duration);
    /** When the last task added ends, counted from now. */
    Duration makespan() const { return m_makespan; }

private:
    std::priority_queue<Duration, std::vector<Duration>, std::greater<>> m_ends;
    Duration m_makespan {0};
    Duration m_lastStart {0};
    int m_workers;
};
