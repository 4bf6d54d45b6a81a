#pragma once

#include <QtGlobal>

#include <chrono>

/**
 * The engine's clock. Every duration (progress, time left, Duration, the estimate, the timeline)
 * is measured with nowMs(), a monotonic clock: a suspend or an NTP step does not move it, just as
 * it does not move the runners' waits (steady_clock, precise QTimers). wallMs() is for printing
 * when something happened, and nothing else. Safe on any thread. Tests inject their own.
 */
class TaskClock
{
public:
    virtual ~TaskClock() = default;

    /**
     * Monotonic ms. It reads as the wall clock at the process's first reading and then advances
     * with the monotonic clock, so the values the journal keeps still read as dates.
     */
    virtual qint64 nowMs() const = 0;
    /**
     * What nowMs() read, or would have read, at @p instant of the steady clock, which every process
     * of the machine shares: a worker process's times on the engine's clock.
     */
    virtual qint64 msAt(std::chrono::steady_clock::time_point instant) const = 0;
    /** Wall clock, ms since the epoch: only to print "started at". */
    virtual qint64 wallMs() const = 0;

    /** The machine's clocks. */
    static const TaskClock &system();
};
