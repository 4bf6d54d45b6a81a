#include "tasks/progressreading.h"

#include "engine/task.h"
#include "models/tasktablemodel.h"
#include "tasks/durationtext.h"

#include <QLocale>
#include <QModelIndex>

#include <algorithm>
#include <cmath>

QString ProgressReading::text(const QModelIndex &index)
{
    const int state = index.data(TaskTableModel::StateRole).toInt();
    const QString stateText = TaskTableModel::stateText(state);
    const QString left = DurationText::format(
        std::chrono::milliseconds(index.data(TaskTableModel::RemainingRole).toLongLong()));
    switch (TaskState(state)) {
    case TaskState::Running: {
        // Rounded down: "100 %" only once it is done.
        const double progress = index.data(TaskTableModel::ProgressRole).toDouble();
        const int percent = std::clamp(int(std::floor(progress * 100.0)), 0, 99);
        //: A running task's progress cell as a screen reader reads it: state, percentage, time left
        return tr("%1, %2 %, %3 left").arg(stateText, QLocale().toString(percent), left);
    }
    case TaskState::Queued:
        //: A queued task's progress cell as a screen reader reads it: state, time left
        return tr("%1, %2 left").arg(stateText, left);
    default:
        return stateText;
    }
}
