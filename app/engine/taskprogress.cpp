#include "engine/taskprogress.h"

#include <algorithm>

double TaskProgress::fraction(const Task &task, qint64 nowMs)
{
    const qint64 total = task.duration.count();
    if (task.state == TaskState::Done)
        return 1.0;
    if (task.state != TaskState::Running)
        return 0.0;
    if (total <= 0)
        return 1.0;
    const qint64 done = task.work == WorkKind::Compute ? task.workDoneMs : nowMs - task.startedMs;
    return std::clamp(double(done) / double(total), 0.0, 1.0);
}

qint64 TaskProgress::remainingMs(const Task &task, qint64 nowMs)
{
    const qint64 total = task.duration.count();
    if (task.state == TaskState::Queued)
        return total;
    if (task.state != TaskState::Running)
        return 0;
    const qint64 elapsed = nowMs - task.startedMs;
    if (task.work != WorkKind::Compute)
        return std::max<qint64>(0, total - elapsed);
    // The CPU time still needed, at the share of a core the task has had so far. Before its first
    // report the share is unknown: a whole core is assumed.
    if (task.workDoneMs <= 0)
        return std::max<qint64>(0, total - elapsed);
    const qint64 left = std::max<qint64>(0, total - task.workDoneMs);
    return elapsed <= task.workDoneMs ? left : left * elapsed / task.workDoneMs;
}
