#include "models/historymodel.h"

#include "engine/taskwriter.h"
#include "journal/sqlitejournal.h"
#include "models/tasktablemodel.h"
#include "taskfailuretext.h"
#include "workname.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

#include <algorithm>
#include <limits>

HistoryModel::HistoryModel(SqliteJournal *journal, QObject *parent)
    : QAbstractTableModel(parent), m_journal(journal)
{ }

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case FinishedColumn:
        return tr("Finished at");
    case DurationColumn:
        return tr("Duration");
    case WorkerColumn:
        return tr("Worker");
    case FileOrReasonColumn:
        return tr("File or reason");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_tasks[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(task, index.column());
    case Qt::ToolTipRole:
        // Reasons are long sentences: the whole of one is a hover away.
        if (index.column() == SecondsColumn)
            return WorkName::description(task.number, task.work);
        return index.column() == FileOrReasonColumn ? display(task, index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == SecondsColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TaskIdRole:
        return task.id;
    case StateRole:
        return int(task.state);
    case FinishedMsRole:
        return task.finishedMs;
    default:
        return {};
    }
}

QVariant HistoryModel::display(const Task &task, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case IdColumn:
        return locale.toString(task.id);
    case SecondsColumn:
        return WorkName::seconds(task.number, task.work);
    case StateColumn:
        return TaskTableModel::stateText(int(task.state));
    case FinishedColumn: {
        if (task.finishedMs == 0)
            return QString();
        // The locale's own date, and the time to the second (tasks may take none).
        const QString format = locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm:ss");
        return locale.toString(QDateTime::fromMSecsSinceEpoch(task.finishedMs), format);
    }
    case DurationColumn:
        if (task.startedMs == 0 || task.finishedMs < task.startedMs)
            return QString(); // cancelled before it started
        return TaskTableModel::durationText(task.finishedMs - task.startedMs);
    case WorkerColumn:
        return task.worker < 0 ? QString() : TaskTableModel::workerText(task.mode, task.worker, task.pid);
    case FileOrReasonColumn:
        if (task.state == TaskState::Done)
            return QDir::toNativeSeparators(TaskWriter::filePath(task.outputDirectory, task.number));
        return TaskFailureText::describe(task.failure);
    case ColumnCount:
        break;
    }
    return {};
}

void HistoryModel::setLimit(int limit)
{
    m_limit = std::clamp(limit, 1, std::numeric_limits<int>::max() - 1); // one more is read
}

bool HistoryModel::isAvailable() const
{
    return m_journal && m_journal->isOpen();
}

void HistoryModel::refresh()
{
    beginResetModel();
    // One row more than shown tells whether there are more.
    m_tasks = isAvailable() ? m_journal->history(m_limit + 1) : QList<Task>();
    m_hasMore = m_tasks.size() > m_limit;
    if (m_hasMore)
        m_tasks.resize(m_limit);
    endResetModel();
}

QString HistoryModel::clearHistory()
{
    if (!isAvailable())
        return {};
    const QString error = m_journal->clearHistory();
    refresh();
    return error;
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_tasks.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
