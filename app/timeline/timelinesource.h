#pragma once

#include "engine/fifoschedule.h"
#include "engine/task.h"

/**
 * What the timeline reads: the tasks in id order, how many may run at once, and the clock.
 * TaskQueueSource adapts the real queue; tests give a fixed schedule and a fixed "now".
 * The timeline keeps no copy of the tasks: it reads them here whenever it paints.
 */
class TimelineSource
{
public:
    virtual ~TimelineSource() = default;

    /** Ids are consecutive: every id in [firstId(), endId()) is a task. */
    virtual quint64 firstId() const = 0;
    virtual quint64 endId() const = 0;
    virtual const Task &task(quint64 id) const = 0;
    /** Every task with a smaller id has reached a final state. */
    virtual quint64 oldestUnfinishedId() const = 0;
    /** How many tasks are in @p state (kept by the queue: no scan). */
    virtual int count(TaskState state) const = 0;
    /** How many tasks may run at once: where the queued tasks are expected to start. */
    virtual int workers() const = 0;
    /** The schedule queued tasks are planned on: workers, and where computing tasks get a core. */
    virtual FifoSchedule emptySchedule() const { return FifoSchedule(workers()); }
    /** False for a task taken off the list (Clear finished): the timeline forgets it too. */
    virtual bool isListed(quint64 id) const
    {
        Q_UNUSED(id);
        return true;
    }
    /** The engine's monotonic clock (TaskClock::nowMs()), that of Task::startedMs and finishedMs. */
    virtual qint64 nowMs() const = 0;
    /** False for a record of a run that has ended (Compare): nowMs() is its end, not "now". */
    virtual bool isLive() const { return true; }
};
