#include "workername.h"

QString WorkerName::text(RunMode mode, int worker)
{
    // The event loop runs on a thread of its own (TimerRunner), not on the main thread.
    return mode == RunMode::Threads ? tr("pool thread %1").arg(worker)
                                    : tr("event loop, slot %1").arg(worker);
}
