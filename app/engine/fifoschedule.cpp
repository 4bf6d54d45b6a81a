#include "engine/fifoschedule.h"

#include <algorithm>

FifoSchedule::FifoSchedule(int workers, int cores, Computing computing)
    : m_workers(std::max(1, workers)), m_cores(std::max(1, cores)), m_computing(computing)
{ }

void FifoSchedule::addRunning(Duration remaining, bool computing)
{
    remaining = std::max(remaining, Duration {0});
    m_ends.push(remaining);
    m_makespan = std::max(m_makespan, remaining);
    if (computing) {
        m_computeWork += remaining;
        if (m_computing == Computing::BlocksLoop)
            m_loopFreeAt = std::max(m_loopFreeAt, remaining);
    }
}

FifoSchedule::Duration FifoSchedule::addQueued(Duration duration, bool computing)
{
    // FIFO: a task never starts before the one accepted ahead of it.
    Duration start = m_lastStart;
    while (int(m_ends.size()) >= m_workers) {
        start = std::max(start, m_ends.top());
        m_ends.pop();
    }
    // The loop starts nothing while it computes.
    if (m_computing == Computing::BlocksLoop)
        start = std::max(start, m_loopFreeAt);
    m_lastStart = start;
    duration = std::max(duration, Duration {0});
    const Duration end = start + duration;
    m_ends.push(end);
    m_makespan = std::max(m_makespan, end);
    if (computing) {
        m_computeWork += duration;
        if (m_computing == Computing::BlocksLoop)
            m_loopFreeAt = end;
    }
    return start;
}

FifoSchedule::Duration FifoSchedule::makespan() const
{
    if (m_computing == Computing::BlocksLoop)
        return m_makespan;
    // More computing tasks than cores share them: the work cannot end before the cores have done it.
    return std::max(m_makespan, m_computeWork / std::min(m_cores, m_workers));
}
