#include "timeline/timelinetooltip.h"

#include "engine/task.h"
#include "models/tasktablemodel.h"
#include "taskfailuretext.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace {

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', ms < 10'000 ? 2 : 1);
}

QString number(quint64 id, quint64 firstId)
{
    return QLocale().toString(id - firstId + 1);
}

QString clockTime(qint64 msSinceEpoch)
{
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(msSinceEpoch).time(), QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

QString TimelineToolTip::forTask(
    const Task &task, const QString &worker, qint64 nowMs, qint64 expectedStartMs, quint64 firstId)
{
    QStringList lines;
    lines << tr("Task #%1: wait %Ln second(s), write %2", nullptr, task.number)
                 .arg(number(task.id, firstId), QStringLiteral("%1.txt").arg(task.number));
    lines << tr("State: %1").arg(TaskTableModel::stateText(int(task.state)));
    if (task.state == TaskState::Failed && !task.failure.isNone())
        lines << tr("Reason: %1").arg(TaskFailureText::describe(task.failure));
    if (!worker.isEmpty())
        lines << tr("Worker: %1").arg(worker);
    if (task.startedMs != 0)
        lines << tr("Started at %1").arg(clockTime(task.startedWallMs));
    if (task.state == TaskState::Running)
        lines << tr("%1 s left")
                     .arg(seconds(std::max<qint64>(0, task.duration.count() - (nowMs - task.startedMs))));
    else if (task.startedMs != 0 && task.finishedMs != 0)
        lines << tr("Took %1 s").arg(seconds(task.finishedMs - task.startedMs));
    else if (task.state == TaskState::Cancelled && task.finishedMs != 0)
        lines << tr("Cancelled before it started, at %1").arg(clockTime(task.finishedMs));
    else if (task.state == TaskState::Queued && expectedStartMs > nowMs)
        lines << tr("Expected to start in %1 s").arg(seconds(expectedStartMs - nowMs));
    else if (task.state == TaskState::Queued)
        lines << tr("Waiting for a free worker");
    return lines.join(QLatin1Char('\n'));
}

QString TimelineToolTip::forBucket(const TimelineLayout::Bucket &bucket, quint64 firstId)
{
    if (bucket.count == 1)
        return tr("Task #%1: %2")
            .arg(number(bucket.firstId, firstId))
            .arg(TaskTableModel::stateText(
                int(std::max_element(bucket.states.begin(), bucket.states.end()) - bucket.states.begin())));
    if (bucket.estimated)
        return tr("%Ln more task(s) waiting, #%1 to #%2, drawn as one strip", nullptr, bucket.count)
            .arg(number(bucket.firstId, firstId), number(bucket.lastId, firstId));
    QStringList lines;
    lines << tr("%Ln task(s), #%1 to #%2, too close together to draw one by one", nullptr, bucket.count)
                 .arg(number(bucket.firstId, firstId), number(bucket.lastId, firstId));
    for (int state = 0; state < TaskStateCount; ++state) {
        if (bucket.states[size_t(state)] > 0)
            lines << tr("%1: %2").arg(
                TaskTableModel::stateText(state), QLocale().toString(bucket.states[size_t(state)]));
    }
    lines << tr("Click or zoom in (Ctrl+wheel) to see each one.");
    return lines.join(QLatin1Char('\n'));
}
