#pragma once

#include "engine/taskfailure.h"

#include <QCoreApplication>
#include <QString>

/**
 * Puts a TaskFailure into words in the language in effect now, when it is shown (table,
 * timeline, history, console): one whole sentence per kind, the cause worded by
 * SystemErrorText. Empty for no failure. It reads as a clause that may follow "Failed: ".
 */
class TaskFailureText
{
    Q_DECLARE_TR_FUNCTIONS(TaskFailureText)
public:
    static QString describe(const TaskFailure &failure);

private:
    static QString workerCrashed(const TaskFailure &failure);
};
