#pragma once

#include "engine/task.h"

#include <QCoreApplication>
#include <QString>

/**
 * How a worker is named to a person, in that mode's words: "pool thread 3", "event loop, slot 2".
 * One wording for the task list, the history and the timeline, so they always agree.
 */
class WorkerName
{
    Q_DECLARE_TR_FUNCTIONS(WorkerName)
public:
    static QString text(RunMode mode, int worker);
};
