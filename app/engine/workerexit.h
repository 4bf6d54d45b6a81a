#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * Why a task in a worker process failed when the process itself did: the one place that words
 * it, so that the table, the history and the console say the same.
 */
class WorkerExit
{
    Q_DECLARE_TR_FUNCTIONS(WorkerExit)
public:
    enum class Kind : quint8 {
        Signal, ///< killed by a signal; code is its number
        Status, ///< exited by itself while it ran a task; code is the exit status
        StartFailed, ///< could not be started; detail is the system's reason
    };

    /** A translated reason, e.g. "the worker process (pid 4312) ended unexpectedly: killed by signal 9". */
    static QString reason(Kind kind, qint64 pid, int code, const QString &detail = {});
};
