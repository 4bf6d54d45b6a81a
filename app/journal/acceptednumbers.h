#pragma once

#include "engine/task.h"

#include <QList>
#include <QString>

#include <chrono>
#include <vector>

/**
 * Numbers the window accepted together, on their way into the journal (PendingAdds): ids from
 * firstId on, each lasting its number of seconds of secondLength, all in one folder and of one
 * work. A million of them cross to the journal thread as a list of ints, not as a million Tasks.
 */
struct AcceptedNumbers
{
    quint64 firstId = 0;
    QList<int> numbers;
    std::chrono::milliseconds secondLength {1000};
    QString outputDirectory;
    WorkKind work = WorkKind::Wait;

    /** The same as tasks, for the paths that record a row per task. */
    std::vector<Task> toTasks() const;
};
