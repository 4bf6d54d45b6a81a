#pragma once

#include "timeline/timelinesource.h"

#include <algorithm>
#include <set>
#include <vector>

/** A fixed schedule and a fixed "now" for the timeline's tests: no threads, no timers. */
class FakeTimelineSource final : public TimelineSource
{
public:
    quint64 firstId() const override { return m_firstId; }
    quint64 endId() const override { return m_firstId + m_tasks.size(); }
    const Task &task(quint64 id) const override
    {
        ++m_reads;
        return m_tasks[size_t(id - m_firstId)];
    }
    quint64 oldestUnfinishedId() const override
    {
        const auto it
            = std::find_if(m_tasks.begin(), m_tasks.end(), [](const Task &t) { return !isFinal(t.state); });
        return m_firstId + quint64(it - m_tasks.begin());
    }
    int count(TaskState state) const override
    {
        return int(std::count_if(
            m_tasks.begin(), m_tasks.end(), [state](const Task &t) { return t.state == state; }));
    }
    int workers() const override { return m_workers; }
    FifoSchedule emptySchedule() const override { return FifoSchedule(m_workers, m_cores, m_computing); }
    /** Where computing tasks get a core: @p cores shared (threads) or the one loop (events). */
    void setComputing(FifoSchedule::Computing computing, int cores)
    {
        m_computing = computing;
        m_cores = cores;
    }
    bool isListed(quint64 id) const override { return m_unlisted.count(id) == 0; }
    /** Clear finished took the task off the list (true: listed again). */
    void setListed(quint64 id, bool listed)
    {
        if (listed)
            m_unlisted.erase(id);
        else
            m_unlisted.insert(id);
    }
    /** How many times task() was called: what the timeline read. */
    qint64 reads() const { return m_reads; }
    qint64 nowMs() const override { return m_nowMs; }
    bool isLive() const override { return m_live; }
    /** A record of an ended run (as Compare shows): no "now" line. */
    void setLive(bool live) { m_live = live; }

    void setWorkers(int workers) { m_workers = workers; }
    void setNow(qint64 ms) { m_nowMs = ms; }
    Task &taskRef(quint64 id) { return m_tasks[size_t(id - m_firstId)]; }
    const std::vector<Task> &tasks() const { return m_tasks; }

    /** A task that ran on @p worker from @p startMs to @p endMs and ended in @p state. */
    quint64 addFinished(RunMode mode, qint16 worker, qint64 startMs, qint64 endMs,
        TaskState state = TaskState::Done, qint64 durationMs = -1)
    {
        Task &t = append(durationMs < 0 ? endMs - startMs : durationMs);
        t.mode = mode;
        t.worker = worker;
        t.startedMs = startMs;
        t.finishedMs = endMs;
        t.state = state;
        if (state == TaskState::Failed)
            t.failure = TaskFailure(TaskFailure::Kind::CannotWrite, ENOSPC, QStringLiteral("/x/3.txt"));
        return t.id;
    }
    quint64 addRunning(RunMode mode, qint16 worker, qint64 startMs, qint64 durationMs)
    {
        Task &t = append(durationMs);
        t.mode = mode;
        t.worker = worker;
        t.startedMs = startMs;
        t.state = TaskState::Running;
        return t.id;
    }
    quint64 addQueued(qint64 durationMs, WorkKind work = WorkKind::Wait)
    {
        Task &t = append(durationMs);
        t.work = work;
        return t.id;
    }
    quint64 addCancelledWhileQueued(qint64 durationMs, qint64 atMs)
    {
        Task &t = append(durationMs);
        t.state = TaskState::Cancelled;
        t.finishedMs = atMs;
        return t.id;
    }

private:
    Task &append(qint64 durationMs)
    {
        Task t;
        t.id = endId();
        t.duration = std::chrono::milliseconds(durationMs);
        t.number = int(durationMs / 1000);
        m_tasks.push_back(t);
        return m_tasks.back();
    }

    std::vector<Task> m_tasks;
    std::set<quint64> m_unlisted;
    quint64 m_firstId = 1;
    qint64 m_nowMs = 0;
    bool m_live = true;
    mutable qint64 m_reads = 0;
    int m_workers = 1;
    int m_cores = 1 << 16;
    FifoSchedule::Computing m_computing = FifoSchedule::Computing::OnCores;
};
