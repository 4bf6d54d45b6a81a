#pragma once

#include "engine/taskfailure.h"

#include <QString>

/**
 * Why a task in a worker process failed when the process itself did, as data (TaskFailure):
 * worded, like every reason, by TaskFailureText when shown.
 */
class WorkerExit
{
public:
    enum class Kind : quint8 {
        Signal, ///< killed by a signal; code is its number
        Status, ///< exited by itself while it ran a task; code is the exit status
        StartFailed, ///< could not be started; detail is the system's reason
    };

    static TaskFailure failure(Kind kind, qint64 pid, int code, const QString &detail = {});
};
