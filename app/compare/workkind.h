#pragma once

#include <QtGlobal>

/**
 * What the tasks of a comparison do. A placeholder for the engine's own work kind (issue 19,
 * `--work wait|compute`), which is being written beside this: at merge, delete this file and
 * include the engine's header instead. CompareRun only passes the kind on to each TaskQueue
 * (CompareRun::configure()) and CompareReading words it, so Compute is never run before then.
 */
enum class WorkKind : quint8 { Wait, Compute };
