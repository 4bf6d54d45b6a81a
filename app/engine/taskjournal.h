#pragma once

#include "engine/task.h"

#include <QString>

/**
 * Where the queue records its tasks so that none is lost on a crash. The engine knows only this
 * interface; the SQL lives behind it.
 */
class TaskJournal
{
public:
    virtual ~TaskJournal() = default;

    /** Records newly accepted tasks durably; returns a translated reason when it could not. */
    virtual QString recordAdded(const Task *tasks, qsizetype count) = 0;
    /**
     * Whether the @p count tasks from @p firstId were recorded ahead of being accepted (the
     * window's numbers are); then they need no recordAdded(), and the queue builds no list for it.
     */
    virtual bool takeRecordedAhead(quint64 firstId, qsizetype count)
    {
        Q_UNUSED(firstId);
        Q_UNUSED(count);
        return false;
    }
    /** Records that a task reached a final state (may be batched until flush()). */
    virtual void recordFinished(const Task &task) = 0;
    /** Makes everything recorded so far durable. */
    virtual void flush() = 0;
};
