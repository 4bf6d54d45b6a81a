#pragma once

#include "engine/taskqueue.h"
#include "timeline/timelinesource.h"

#include <functional>

/** The timeline's view of a live TaskQueue (not owned) and its clock. */
class TaskQueueSource final : public TimelineSource
{
public:
    /** @p isListed tells which tasks are still on the list (none given: every one). */
    explicit TaskQueueSource(const TaskQueue *queue, std::function<bool(quint64)> isListed = {})
        : m_queue(queue), m_isListed(std::move(isListed))
    { }

    quint64 firstId() const override { return m_queue->firstId(); }
    quint64 endId() const override { return m_queue->lastId() + 1; }
    const Task &task(quint64 id) const override { return m_queue->task(id); }
    quint64 oldestUnfinishedId() const override { return m_queue->oldestUnfinishedId(); }
    int count(TaskState state) const override { return m_queue->count(state); }
    int workers() const override { return m_queue->workers(); }
    FifoSchedule emptySchedule() const override { return m_queue->emptySchedule(); }
    bool isListed(quint64 id) const override { return !m_isListed || m_isListed(id); }
    qint64 nowMs() const override { return m_queue->nowMs(); }

private:
    const TaskQueue *m_queue;
    std::function<bool(quint64)> m_isListed;
};
