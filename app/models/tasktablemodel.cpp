#include "models/tasktablemodel.h"

#include "engine/taskprogress.h"
#include "engine/taskqueue.h"
#include "taskfailuretext.h"
#include "workername.h"
#include "workname.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace {

constexpr int FlushIntervalMs = 33; // about one frame at 30 Hz
constexpr int ProgressIntervalMs = 100; // 10 Hz is smooth enough for a bar and a seconds count

qint64 remainingMs(const Task &task, qint64 now)
{
    return TaskProgress::remainingMs(task, now);
}

double progress(const Task &task, qint64 now)
{
    return TaskProgress::fraction(task, now);
}

} // namespace

TaskTableModel::TaskTableModel(TaskQueue *queue, QObject *parent)
    : QAbstractTableModel(parent), m_queue(queue)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TaskTableModel::flush);
    connect(&m_progressTimer, &QTimer::timeout, this, &TaskTableModel::tick);
    connect(queue, &TaskQueue::tasksAdded, this, &TaskTableModel::onTasksAdded);
    connect(queue, &TaskQueue::taskChanged, this, &TaskTableModel::onTaskChanged);
    if (queue->size() > 0)
        onTasksAdded(queue->firstId(), int(queue->size()));
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TaskTableModel::rowOf(quint64 id) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id);
    return it != m_rows.end() && *it == id ? int(it - m_rows.begin()) : -1;
}

bool TaskTableModel::isListed(quint64 id) const
{
    // Ids are listed consecutively as they are added; only Clear finished leaves gaps.
    if (m_rows.empty() || id < m_rows.front() || id > m_rows.back())
        return false;
    const quint64 offset = id - m_firstListedId;
    return offset >= m_clearedIds.size() || m_clearedIds[size_t(offset)] == 0;
}

QString TaskTableModel::stateText(int state)
{
    switch (TaskState(state)) {
    case TaskState::Queued:
        return tr("Queued");
    case TaskState::Running:
        return tr("Running");
    case TaskState::Done:
        return tr("Done");
    case TaskState::Failed:
        return tr("Failed");
    case TaskState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString TaskTableModel::workerText(RunMode mode, int worker, qint64 pid)
{
    return WorkerName::text(mode, worker, pid);
}

QString TaskTableModel::durationText(qint64 ms)
{
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 3));
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("#");
    case SecondsColumn:
        return tr("Seconds");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case WorkerColumn:
        return tr("Worker");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case FileColumn:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_queue->task(m_rows[size_t(index.row())]);
    switch (role) {
    case Qt::DisplayRole:
        return display(task, index.column());
    case Qt::ToolTipRole:
        return index.column() == SecondsColumn ? WorkName::description(task.number, task.work)
                                               : toolTip(task);
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == SecondsColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TaskIdRole:
        return task.id;
    case RetriedAsRole:
        return task.retriedAs;
    case StateRole:
        return int(task.state);
    case ProgressRole:
        return progress(task, m_queue->nowMs());
    case RemainingRole:
        return remainingMs(task, m_queue->nowMs());
    case FilePathRole:
        return task.state == TaskState::Done ? m_queue->filePath(task) : QString();
    case ErrorRole:
        return TaskFailureText::describe(task.failure);
    case SortRole:
        return sortValue(task, index.column());
    default:
        return {};
    }
}

QVariant TaskTableModel::display(const Task &task, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case IdColumn:
        return locale.toString(displayNumber(task.id));
    case SecondsColumn:
        return WorkName::seconds(task.number, task.work);
    case StateColumn: {
        const QString state = task.state == TaskState::Failed
            ? tr("Failed: %1").arg(TaskFailureText::describe(task.failure))
            : stateText(int(task.state));
        if (const quint64 retry = task.retriedAs)
            return tr("%1, retried as #%2").arg(state, locale.toString(displayNumber(retry)));
        return state;
    }
    case ProgressColumn: {
        const qint64 left = remainingMs(task, m_queue->nowMs());
        if (task.state == TaskState::Running || task.state == TaskState::Queued)
            return tr("%1 s left").arg(locale.toString(double(left) / 1000.0, 'f', 1));
        return stateText(int(task.state));
    }
    case WorkerColumn:
        if (task.worker < 0)
            return QString();
        return workerText(task.mode, task.worker, task.pid);
    case StartedColumn:
        if (task.startedMs == 0)
            return QString();
        return locale.toString(
            QDateTime::fromMSecsSinceEpoch(task.startedWallMs).time(), QStringLiteral("HH:mm:ss"));
    case DurationColumn: {
        if (task.startedMs == 0)
            return QString();
        const qint64 end = task.finishedMs != 0 ? task.finishedMs : m_queue->nowMs();
        return durationText(end - task.startedMs);
    }
    case FileColumn:
        return task.state == TaskState::Done ? QDir::toNativeSeparators(m_queue->filePath(task)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TaskTableModel::sortValue(const Task &task, int column) const
{
    switch (Column(column)) {
    case SecondsColumn:
        return task.number;
    case StateColumn:
        return int(task.state);
    case ProgressColumn:
        return progress(task, m_queue->nowMs());
    case WorkerColumn:
        return task.worker;
    case StartedColumn:
        return task.startedMs;
    case DurationColumn:
        return task.startedMs == 0 ? qint64(-1)
                                   : (task.finishedMs ? task.finishedMs : task.startedMs) - task.startedMs;
    case FileColumn:
        return display(task, column);
    case IdColumn:
    case ColumnCount:
        break;
    }
    return task.id;
}

QString TaskTableModel::toolTip(const Task &task) const
{
    if (task.state == TaskState::Failed)
        return TaskFailureText::describe(task.failure);
    if (task.state == TaskState::Done)
        return QDir::toNativeSeparators(m_queue->filePath(task));
    return stateText(int(task.state));
}

void TaskTableModel::onTasksAdded(quint64 firstId, int count)
{
    if (count <= 0)
        return;
    const int first = int(m_rows.size());
    if (m_rows.empty() && m_clearedIds.empty())
        m_firstListedId = firstId;
    beginInsertRows({}, first, first + count - 1);
    m_rows.reserve(m_rows.size() + size_t(count));
    for (int i = 0; i < count; ++i)
        m_rows.push_back(firstId + quint64(i));
    endInsertRows();
}

void TaskTableModel::onTaskChanged(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    if (m_queue->task(id).state == TaskState::Running && !m_progressTimer.isActive())
        m_progressTimer.start();
}

void TaskTableModel::flush()
{
    m_flushTimer.stop();
    if (m_dirtyFirst < 0)
        return;
    const int first = m_dirtyFirst;
    const int last = std::min(m_dirtyLast, int(m_rows.size()) - 1);
    m_dirtyFirst = m_dirtyLast = -1;
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void TaskTableModel::tick()
{
    const int running = m_queue->count(TaskState::Running);
    if (running == 0) {
        m_progressTimer.stop();
        return;
    }
    // Running tasks sit between the oldest unfinished task and the FIFO cursor: find their rows.
    const auto begin = std::lower_bound(m_rows.begin(), m_rows.end(), m_queue->oldestUnfinishedId());
    int first = -1;
    int last = -1;
    int seen = 0;
    for (auto it = begin; it != m_rows.end() && seen < running; ++it) {
        if (m_queue->task(*it).state == TaskState::Running) {
            const int row = int(it - m_rows.begin());
            first = first < 0 ? row : first;
            last = row;
            ++seen;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, ProgressColumn), index(last, DurationColumn),
            {Qt::DisplayRole, ProgressRole, RemainingRole});
}

void TaskTableModel::clearFinished()
{
    removeFinishedWhere([](quint64) { return true; });
}

void TaskTableModel::removeFinished(QList<quint64> ids)
{
    std::sort(ids.begin(), ids.end());
    removeFinishedWhere([&ids](quint64 id) { return std::binary_search(ids.begin(), ids.end(), id); });
}

void TaskTableModel::removeFinishedWhere(const std::function<bool(quint64)> &chosen)
{
    flush();
    // One pass and one layout change, however the removed rows interleave with the rest: a
    // removal per run of rows cost every view and proxy a pass each (quadratic on a big list).
    std::vector<int> newRow(m_rows.size(), -1);
    int kept = 0;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (!isFinal(m_queue->task(m_rows[row]).state) || !chosen(m_rows[row]))
            newRow[row] = kept++;
    }
    if (size_t(kept) == m_rows.size())
        return;
    emit layoutAboutToBeChanged();
    m_clearedIds.resize(size_t(m_rows.back() - m_firstListedId + 1));
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (newRow[row] >= 0) {
            m_rows[size_t(newRow[row])] = m_rows[row];
        } else {
            ++m_cleared[size_t(m_queue->task(m_rows[row]).state)];
            m_clearedIds[size_t(m_rows[row] - m_firstListedId)] = 1;
        }
    }
    m_rows.resize(size_t(kept));
    emit rowsCompacted(newRow);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = newRow[size_t(index.row())];
        after.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
    emit finishedCleared();
}

quint64 TaskTableModel::displayNumber(quint64 id) const
{
    return id - m_queue->firstId() + 1;
}

QList<quint64> TaskTableModel::retryable(const QList<quint64> &ids) const
{
    QList<quint64> result;
    for (quint64 id : ids) {
        const Task &task = m_queue->task(id);
        if ((task.state == TaskState::Failed || task.state == TaskState::Cancelled) && task.retriedAs == 0)
            result.append(id);
    }
    return result;
}

int TaskTableModel::listedCount(TaskState state) const
{
    return m_queue->count(state) - m_cleared[size_t(state)];
}

qsizetype TaskTableModel::listedSize() const
{
    return qsizetype(m_rows.size());
}

void TaskTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
