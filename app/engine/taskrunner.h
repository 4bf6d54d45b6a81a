#pragma once

#include "engine/task.h"
#include "engine/taskclock.h"

#include <QList>
#include <QObject>

#include <mutex>

/**
 * Runs jobs: waits each job's duration, then writes its file. Jobs start in the order they were
 * submitted, at most concurrency() at once. A runner knows no queue: it reports through events().
 */
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TaskRunner() override;

    /** The clock of the reported times. Set before the first job; not owned. */
    void setClock(const TaskClock &clock) { m_clock = &clock; }
    const TaskClock &clock() const { return *m_clock; }
    /** How many jobs may run at once; raising it starts waiting jobs at once. */
    virtual void setConcurrency(int count) = 0;
    /** Takes jobs; each starts when a slot is free, after every job submitted before it. */
    virtual void submit(const QList<TaskJob> &jobs) = 0;
    /** Hands back the jobs submitted but not yet started, in order, and forgets them. */
    virtual QList<quint64> takeUnstarted() = 0;
    /** Cancels a job: a waiting one is dropped, a running one is interrupted; both report Cancelled. */
    virtual void cancel(quint64 id) = 0;
    /** Interrupts every running job (they report Cancelled) and drops the unstarted ones. */
    virtual void cancelAll() = 0;

signals:
    /** Starts and ends, in the order they happened, in batches, on the runner's own thread. */
    void events(const QList<TaskEvent> &events);

protected:
    /**
     * Safe on any thread: takes the events (leaving @p events empty) and wakes the runner's thread
     * once per batch.
     */
    void report(QList<TaskEvent> &events);
    void report(TaskEvent &&event);

private:
    void deliver();

    const TaskClock *m_clock = &TaskClock::system();
    std::mutex m_outboxMutex;
    QList<TaskEvent> m_outbox;
};
