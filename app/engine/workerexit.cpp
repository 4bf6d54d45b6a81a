#include "engine/workerexit.h"

#include <cstring>

QString WorkerExit::reason(Kind kind, qint64 pid, int code, const QString &detail)
{
    switch (kind) {
    case Kind::Signal: {
        // The signal's short name (KILL, SEGV) is the same in every language; the number is what
        // `kill -l` and the man pages use.
        const char *name = ::sigabbrev_np(code);
        const QString signal
            = name ? QStringLiteral("%1 (SIG%2)").arg(code).arg(QLatin1String(name)) : QString::number(code);
        return tr("the worker process (pid %1) ended unexpectedly: killed by signal %2").arg(pid).arg(signal);
    }
    case Kind::Status:
        return tr("the worker process (pid %1) ended unexpectedly with exit status %2").arg(pid).arg(code);
    case Kind::StartFailed:
        return tr("the worker process could not be started: %1").arg(detail);
    }
    return {};
}
