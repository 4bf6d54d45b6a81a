#include "engine/fifoschedule.h"

#include <algorithm>
#include <functional>

FifoSchedule::FifoSchedule(int workers, int cores, Computing computing)
    : m_workers(std::max(1, workers)), m_cores(std::max(1, cores)), m_computing(computing)
{ }

void FifoSchedule::addRunning(Duration remaining, bool computing)
{
    remaining = std::max(remaining, Duration {0});
    pushEnd(remaining);
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
    while (int(m_ends.size()) >= m_workers)
        start = std::max(start, popEarliestEnd());
    // The loop starts nothing while it computes.
    if (m_computing == Computing::BlocksLoop)
        start = std::max(start, m_loopFreeAt);
    m_lastStart = start;
    duration = std::max(duration, Duration {0});
    const Duration end = start + duration;
    pushEnd(end);
    m_makespan = std::max(m_makespan, end);
    if (computing) {
        m_computeWork += duration;
        if (m_computing == Computing::BlocksLoop)
            m_loopFreeAt = end;
    }
    return start;
}

void FifoSchedule::addQueued(Duration duration, bool computing, qsizetype count)
{
    duration = std::max(duration, Duration {0});
    while (count > 0 && !roundsRepeat(duration, computing)) {
        addQueued(duration, computing);
        --count;
    }
    // Each round pops the ends in order and pushes each one moved by the duration: the heap keeps
    // its shape, every end moves by rounds * duration, the last start is the latest end moved by
    // one round less.
    const qsizetype rounds = count / m_workers;
    if (rounds > 0) {
        const Duration shift = duration * rounds;
        m_lastStart = m_makespan + shift - duration;
        for (Duration &end : m_ends)
            end += shift;
        m_makespan += shift;
        if (computing)
            m_computeWork += shift * m_workers;
        count -= rounds * m_workers;
    }
    for (; count > 0; --count)
        addQueued(duration, computing);
}

bool FifoSchedule::roundsRepeat(Duration duration, bool computing) const
{
    // A computing task on the loop holds back the next: a chain, not rounds (added one by one).
    if (m_computing == Computing::BlocksLoop && computing)
        return false;
    if (int(m_ends.size()) != m_workers)
        return false;
    // The latest end is the makespan: every end taken from the heap was its earliest.
    const Duration earliest = m_ends.front();
    return m_makespan - earliest <= duration && m_lastStart <= earliest
        && (m_computing != Computing::BlocksLoop || m_loopFreeAt <= earliest);
}

FifoSchedule::Duration FifoSchedule::popEarliestEnd()
{
    std::pop_heap(m_ends.begin(), m_ends.end(), std::greater<>());
    const Duration end = m_ends.back();
    m_ends.pop_back();
    return end;
}

void FifoSchedule::pushEnd(Duration end)
{
    m_ends.push_back(end);
    std::push_heap(m_ends.begin(), m_ends.end(), std::greater<>());
}

FifoSchedule::Duration FifoSchedule::makespan() const
{
    if (m_computing == Computing::BlocksLoop)
        return m_makespan;
    // More computing tasks than cores share them: the work cannot end before the cores have done it.
    return std::max(m_makespan, m_computeWork / std::min(m_cores, m_workers));
}
