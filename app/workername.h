#pragma once

#include "engine/task.h"

#include <QCoreApplication>
#include <QString>

/**
 * How a worker is named to a person, in that mode's words: "pool thread 3", "event loop, slot 2",
 * "process 2 (pid 4312)". One wording for the task list, the history and the timeline, so they
 * always agree.
 */
class WorkerName
{
    Q_DECLARE_TR_FUNCTIONS(WorkerName)
public:
    /** @p pid: the worker process (Processes mode), 0 when unknown. */
    static QString text(RunMode mode, int worker, qint64 pid = 0);
};
