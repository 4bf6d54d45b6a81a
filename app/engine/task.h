#pragma once

#include "engine/taskfailure.h"

#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

/** Where a task is in its life: Queued → Running → Done | Failed | Cancelled. */
enum class TaskState : quint8 { Queued, Running, Done, Failed, Cancelled };
constexpr int TaskStateCount = 5;

/** The most tasks that may run at once, in any mode: the range of Workers is 1 to this. */
constexpr int MaximumWorkers = 64;

/**
 * How tasks run: on a private thread pool, with timers on an event loop of its own, or in worker
 * processes of HelloQueue itself.
 */
enum class RunMode : quint8 { Threads, Events, Processes };
constexpr int RunModeCount = 3;

/** The mode's word on the command line and in the settings: threads, events, processes. */
inline QString runModeKey(RunMode mode)
{
    return mode == RunMode::Events   ? QStringLiteral("events")
        : mode == RunMode::Processes ? QStringLiteral("processes")
                                     : QStringLiteral("threads");
}

/** The mode named by runModeKey(), or nothing for another word. */
inline std::optional<RunMode> runModeFromKey(const QString &key)
{
    for (RunMode mode : {RunMode::Threads, RunMode::Events, RunMode::Processes}) {
        if (key == runModeKey(mode))
            return mode;
    }
    return std::nullopt;
}

/** What a task spends its seconds on: waiting (the lesson's task) or computing on one core. */
enum class WorkKind : quint8 { Wait, Compute };

constexpr bool isFinal(TaskState state)
{
    return state == TaskState::Done || state == TaskState::Failed || state == TaskState::Cancelled;
}

/** One accepted number: wait (or compute) `duration`, then write `{number}.txt`. */
struct Task
{
    // What the queue's every-task walks read (the time left, the next to start) comes first: one
    // cache line per task for them, not two.
    quint64 id = 0;
    std::chrono::milliseconds duration {0};
    TaskState state = TaskState::Queued;
    WorkKind work = WorkKind::Wait; ///< chosen when it was accepted; kept by retry and restore
    RunMode mode = RunMode::Threads; ///< the mode it ran in (valid once started)
    bool submitted = false; ///< internal to TaskQueue: handed to a runner, not yet started
    bool cancelRequested = false; ///< internal to TaskQueue: the user cancelled it (not Stop now)
    qint16 worker = -1; ///< pool thread (Threads), timer slot (Events) or process slot; -1 before start
    int number = 0; ///< the number the user typed; names the file
    qint32 pid = 0; ///< the worker process's id (Processes); 0 in the other modes or unknown
    /** Compute only: CPU time spent so far, as last reported (the honest progress); 0 for waits. */
    qint32 workDoneMs = 0;
    qint64 startedMs = 0; ///< TaskClock::nowMs() (monotonic) at the start; 0 while not started
    qint64 finishedMs = 0; ///< TaskClock::nowMs() (monotonic) at the end; 0 while not final
    qint64 startedWallMs = 0; ///< wall clock at the start, only to print "started at"; 0 if unknown
    TaskFailure failure; ///< why it failed, as data (TaskFailureText words it); none otherwise
    QString outputDirectory; ///< where its file goes (shared text: costs a pointer per task)
    quint64 retriedAs = 0; ///< the id of its copy once retried (retried once only); 0 if not
};

/** What a runner is asked to do. */
struct TaskJob
{
    quint64 id = 0;
    int number = 0;
    std::chrono::milliseconds duration {0};
    QString outputDirectory;
    WorkKind work = WorkKind::Wait;
};

/** What a runner reports: a task started, made progress (computing), or reached a final state. */
struct TaskEvent
{
    enum class Kind : quint8 { Started, Finished, Progress };
    quint64 id = 0;
    qint64 timeMs = 0; ///< TaskClock::nowMs() at the start or the end
    TaskFailure failure; ///< for Finished: why it failed (state Failed); none otherwise
    qint16 worker = -1; ///< for Progress: unused
    Kind kind = Kind::Started;
    TaskState state = TaskState::Running; ///< Running for Started and Progress; else final
    qint32 pid = 0; ///< the worker process that ran it (Processes only)
    qint32 workDoneMs = 0; ///< Progress: the CPU time the task has spent computing so far
};

Q_DECLARE_METATYPE(TaskEvent)
