#pragma once

#include "engine/task.h"

#include <QString>

#include <vector>

/** What running the numbers in one mode cost, and when each task ran (for its timeline). */
struct CompareResult
{
    RunMode mode = RunMode::Threads;
    int workers = 1;
    qint64 wallMs = 0; ///< from the numbers' enqueue to the last task's end
    qint64 cpuMs = 0; ///< user + system time of this process and its reaped children over the mode
    int peakThreads = 0; ///< threads of this process and its live children, at the highest sample
    int peakProcesses = 0; ///< this process and its live children, at the highest sample
    qint64 peakMemoryKiB = 0; ///< resident memory of this process and its live children
    qint64 startMs = 0; ///< TaskClock::nowMs() when the numbers were enqueued
    qint64 endMs = 0; ///< TaskClock::nowMs() when the last task ended (or the run stopped)
    int failed = 0;
    TaskFailure firstError; ///< the first failed task's reason (TaskFailureText words it)
    bool complete = false; ///< every task ended; false when the run was stopped during this mode
    std::vector<Task> tasks; ///< in id order, ids consecutive; unstarted ones end Cancelled on Stop
};
