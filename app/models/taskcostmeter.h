#pragma once

#include <QtGlobal>

#include <chrono>

/**
 * Measures what a task costs besides its wait (handing it to a worker, writing its file, the
 * report back), from how fast tasks end while every worker has work: each worker gives
 * Δt of time, the ended tasks' waits used part of it, the rest is their cost. Time left is the
 * FIFO schedule of the waits plus this cost for each unfinished task, shared by the workers, so
 * 100 000 zero-second tasks show the minutes they take instead of "0.0 s".
 */
class TaskCostMeter
{
public:
    using Duration = std::chrono::milliseconds;

    /** A measurement spans at least this long and this many ended tasks (less is noise). */
    static constexpr qint64 MinimumSampleMs = 500;
    static constexpr qint64 MinimumSampleTasks = 8;

    /** A task ended Done after waiting @p wait. */
    void noteDone(Duration wait);
    /** Reads the clock: @p backlogged says tasks waited for a worker all along (else the
     *  workers idled and the time says nothing about cost), with @p workers workers. */
    void sample(qint64 nowMs, int workers, bool backlogged);
    /** The measured cost of one task (0 until measured). */
    double costPerTaskMs() const { return m_costMs; }
    /** What @p unfinished tasks cost on top of their waits, over @p workers workers. */
    Duration extraTime(qint64 unfinished, int workers) const;

private:
    void restart(qint64 nowMs, int workers);

    qint64 m_done = 0;
    qint64 m_waitedMs = 0;
    qint64 m_startMs = -1; ///< the start of the current measurement, -1 none
    qint64 m_startDone = 0;
    qint64 m_startWaitedMs = 0;
    int m_workers = 0;
    double m_costMs = 0;
    bool m_measured = false;
};
