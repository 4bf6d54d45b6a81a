#include "taskfailuretext.h"

#include "systemerrortext.h"

#include <QDir>
#include <QFileInfo>

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString TaskFailureText::describe(const TaskFailure &failure)
{
    using Kind = TaskFailure::Kind;
    const QString path = shown(failure.path());
    switch (failure.kind()) {
    case Kind::None:
        return {};
    case Kind::CannotWrite:
        return failure.code() == 0
            ? tr("cannot write %1").arg(path)
            : tr("cannot write %1: %2").arg(path, SystemErrorText::describe(failure.code()));
    case Kind::CannotCreateFolder:
        return failure.code() == 0
            ? tr("cannot create the folder %1").arg(path)
            : tr("cannot create the folder %1: %2").arg(path, SystemErrorText::describe(failure.code()));
    case Kind::FolderIsFile:
        return tr("cannot write %1: %2 is a file, not a folder")
            .arg(path, shown(QFileInfo(failure.path()).path()));
    case Kind::WorkerCrashed:
        return workerCrashed(failure);
    case Kind::WorkerNotStarted:
        return tr("the worker process could not be started: %1").arg(failure.detail());
    case Kind::Discarded:
        return tr("Not restored: discarded at a later start");
    case Kind::Recorded:
        return failure.detail().isEmpty() ? tr("the reason was not recorded") : failure.detail();
    }
    return failure.detail();
}

QString TaskFailureText::workerCrashed(const TaskFailure &failure)
{
    const QString pid = failure.detail();
    if (failure.code() == 0) {
        return pid.isEmpty() ? tr("the worker process running it ended unexpectedly")
                             : tr("the worker process (pid %1) ended unexpectedly").arg(pid);
    }
    // The number, as `kill -l` and the man pages use it: a name (SIGKILL) is English in a Russian text.
    const QString signal = QString::number(failure.code());
    return pid.isEmpty()
        ? tr("the worker process running it was ended by signal %1").arg(signal)
        : tr("the worker process (pid %1) ended unexpectedly: killed by signal %2").arg(pid, signal);
}
