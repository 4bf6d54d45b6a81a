#include "engine/workerexit.h"

TaskFailure WorkerExit::failure(Kind kind, qint64 pid, int code, const QString &detail)
{
    switch (kind) {
    case Kind::Signal:
        return TaskFailure(TaskFailure::Kind::WorkerCrashed, code, {}, QString::number(pid));
    case Kind::Status: // the exit status of a worker that ended by itself says nothing to a user
        return TaskFailure(TaskFailure::Kind::WorkerCrashed, 0, {}, QString::number(pid));
    case Kind::StartFailed:
        return TaskFailure(TaskFailure::Kind::WorkerNotStarted, 0, {}, detail);
    }
    return {};
}
