#pragma once

#include "engine/task.h"

/**
 * How far a task is and how long it has left, the same for the task list, the estimate and the
 * timeline. A waiting task is as far as the wall clock; a computing task is as far as the CPU time
 * it has had (Task::workDoneMs): four computing threads sharing two cores each get half a core, so
 * their bars move at half speed and their time left is the CPU time still needed at that share.
 */
class TaskProgress
{
public:
    /** 0.0 to 1.0. */
    static double fraction(const Task &task, qint64 nowMs);
    /** Wall time left, in ms: all of it while queued, none once final. */
    static qint64 remainingMs(const Task &task, qint64 nowMs);
};
