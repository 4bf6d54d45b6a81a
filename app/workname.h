#pragma once

#include "engine/task.h"

#include <QCoreApplication>
#include <QString>

/**
 * How a work kind is named to a person: the window's Work choice ("Waiting", "Computing") and a
 * task's seconds ("3" waits, "3 CPU" computes). One wording for the task list, the history and the
 * controls, so they always agree.
 */
class WorkName
{
    Q_DECLARE_TR_FUNCTIONS(WorkName)
public:
    /** The Work choice: "Waiting" or "Computing". */
    static QString choice(WorkKind work);
    /** A task's seconds as the table shows them: computing ones are marked as CPU seconds. */
    static QString seconds(int number, WorkKind work);
    /** A sentence for a tooltip or a screen reader: "Waits 3 seconds", "Computes for 3 seconds on one core".
     */
    static QString description(int number, WorkKind work);
};
