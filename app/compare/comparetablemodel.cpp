#include "compare/comparetablemodel.h"

#include "compare/comparetexts.h"
#include "taskfailuretext.h"

#include <QLocale>

CompareTableModel::CompareTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void CompareTableModel::setResults(const QList<CompareResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int CompareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int CompareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompareResult &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(result, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == ModeColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                            : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return toolTip(result);
    default:
        return {};
    }
}

QString CompareTableModel::text(const CompareResult &result, int column) const
{
    switch (column) {
    case ModeColumn:
        return result.complete ? CompareTexts::modeName(result.mode)
                               : tr("%1 (stopped)").arg(CompareTexts::modeName(result.mode));
    case WallColumn:
        return CompareTexts::seconds(result.wallMs);
    case CpuColumn:
        return CompareTexts::seconds(result.cpuMs);
    case ThreadsColumn:
        return QLocale().toString(result.peakThreads);
    case ProcessesColumn:
        return QLocale().toString(result.peakProcesses);
    case MemoryColumn:
        return CompareTexts::mebibytes(result.peakMemoryKiB);
    default:
        return {};
    }
}

QString CompareTableModel::toolTip(const CompareResult &result) const
{
    if (result.failed == 0)
        return {};
    return tr("%n task(s) failed: %1", nullptr, result.failed)
        .arg(TaskFailureText::describe(result.firstError));
}

QVariant CompareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModeColumn:
        return tr("Mode");
    case WallColumn:
        return tr("Total time");
    case CpuColumn:
        return tr("CPU time");
    case ThreadsColumn:
        return tr("Peak threads");
    case ProcessesColumn:
        return tr("Peak processes");
    case MemoryColumn:
        return tr("Peak memory");
    default:
        return {};
    }
}
