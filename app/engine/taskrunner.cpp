#include "engine/taskrunner.h"

TaskRunner::~TaskRunner() = default;

void TaskRunner::report(TaskEvent &&event)
{
    QList<TaskEvent> events {std::move(event)};
    report(events);
}

void TaskRunner::report(QList<TaskEvent> &events)
{
    if (events.isEmpty())
        return;
    bool wasEmpty = false;
    {
        const std::lock_guard<std::mutex> lock(m_outboxMutex);
        wasEmpty = m_outbox.isEmpty();
        if (wasEmpty)
            m_outbox.swap(events);
        else
            m_outbox.append(events);
    }
    events.clear();
    // One wake-up per batch: a flood of short tasks costs one event, not one per task.
    if (wasEmpty)
        QMetaObject::invokeMethod(this, &TaskRunner::deliver, Qt::QueuedConnection);
}

void TaskRunner::deliver()
{
    QList<TaskEvent> batch;
    {
        const std::lock_guard<std::mutex> lock(m_outboxMutex);
        batch.swap(m_outbox);
    }
    if (!batch.isEmpty())
        emit events(batch);
}
