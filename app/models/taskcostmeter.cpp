#include "models/taskcostmeter.h"

#include <algorithm>

void TaskCostMeter::noteDone(Duration wait)
{
    ++m_done;
    m_waitedMs += wait.count();
}

void TaskCostMeter::restart(qint64 nowMs, int workers)
{
    m_startMs = nowMs;
    m_startDone = m_done;
    m_startWaitedMs = m_waitedMs;
    m_workers = workers;
}

void TaskCostMeter::sample(qint64 nowMs, int workers, bool backlogged)
{
    if (!backlogged || m_startMs < 0 || workers != m_workers || nowMs < m_startMs) {
        restart(nowMs, workers);
        return;
    }
    const qint64 elapsed = nowMs - m_startMs;
    const qint64 ended = m_done - m_startDone;
    if (elapsed < MinimumSampleMs || ended < MinimumSampleTasks)
        return; // keep measuring
    const double capacity = double(workers) * double(elapsed);
    const double cost = std::max(0.0, (capacity - double(m_waitedMs - m_startWaitedMs)) / double(ended));
    // Half the weight to the newest measurement: follows a change within a few seconds.
    m_costMs = m_measured ? (m_costMs + cost) / 2 : cost;
    m_measured = true;
    restart(nowMs, workers);
}

TaskCostMeter::Duration TaskCostMeter::extraTime(qint64 unfinished, int workers) const
{
    return Duration(qint64(m_costMs * double(unfinished) / double(std::max(1, workers))));
}
