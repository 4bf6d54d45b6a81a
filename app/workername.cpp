#include "workername.h"

QString WorkerName::text(RunMode mode, int worker, qint64 pid)
{
    switch (mode) {
    case RunMode::Threads:
        return tr("pool thread %1").arg(worker);
    case RunMode::Events:
        // The event loop runs on a thread of its own (TimerRunner), not on the main thread.
        return tr("event loop, slot %1").arg(worker);
    case RunMode::Processes:
        // The pid is what `ps` and `top` show; the slot is "worker k of N", as in the other modes.
        return pid > 0 ? tr("process %1 (pid %2)").arg(worker).arg(pid) : tr("process %1").arg(worker);
    }
    return {};
}
