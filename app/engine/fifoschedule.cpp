#include "engine/fifoschedule.h"

#include <algorithm>

FifoSchedule::FifoSchedule(int workers) : m_workers(std::max(1, workers)) { }

void FifoSchedule::addRunning(Duration remaining)
{
    remaining = std::max(remaining, Duration {0});
    m_ends.push(remaining);
    m_makespan = std::max(m_makespan, remaining);
}

FifoSchedule::Duration FifoSchedule::addQueued(Duration duration)
{
    // FIFO: a task never starts before the one accepted ahead of it.
    Duration start = m_lastStart;
    while (int(m_ends.size()) >= m_workers) {
        start = std::max(start, m_ends.top());
        m_ends.pop();
    }
    m_lastStart = start;
    const Duration end = start + std::max(duration, Duration {0});
    m_ends.push(end);
    m_makespan = std::max(m_makespan, end);
    return start;
}
