#include "tasks/taskproxymodel.h"

#include "models/tasktablemodel.h"
#include "tasks/stateicons.h"

#include <QBrush>

TaskProxyModel::TaskProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    for (int state = 0; state < TaskStateCount; ++state)
        m_icons[size_t(state)] = StateIcons::paint(TaskState(state));
}

void TaskProxyModel::sort(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
    // The source lists tasks in id order already.
    if (column == TaskTableModel::IdColumn && order == Qt::AscendingOrder)
        column = -1;
    if (column >= 0)
        cacheKeys(column);
    QSortFilterProxyModel::sort(column, order);
    // Later re-sorts (a running task's progress changed) read the few rows they move afresh.
    m_numberKeys = {};
    m_textKeys = {};
}

void TaskProxyModel::cacheKeys(int column)
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    const int rows = source->rowCount();
    m_numberKeys.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        const QVariant key = source->index(row, column).data(sortRole());
        if (key.typeId() == QMetaType::QString) {
            m_numberKeys = {};
            m_textKeys.reserve(size_t(rows));
            for (int r = 0; r < rows; ++r)
                m_textKeys.push_back(source->index(r, column).data(sortRole()).toString());
            return;
        }
        m_numberKeys.push_back(key.toDouble());
    }
}

int TaskProxyModel::compareKeys(const QModelIndex &left, const QModelIndex &right) const
{
    const auto sign = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    if (!m_numberKeys.empty())
        return sign(m_numberKeys[size_t(left.row())], m_numberKeys[size_t(right.row())]);
    if (!m_textKeys.empty())
        return sign(m_textKeys[size_t(left.row())], m_textKeys[size_t(right.row())]);
    const QPartialOrdering order = QVariant::compare(left.data(sortRole()), right.data(sortRole()));
    return order == QPartialOrdering::Less ? -1 : (order == QPartialOrdering::Greater ? 1 : 0);
}

QVariant TaskProxyModel::data(const QModelIndex &index, int role) const
{
    const int column = index.column();
    const bool decorated
        = role == Qt::DecorationRole || role == Qt::DisplayRole || role == Qt::ForegroundRole;
    if (!decorated || (column != TaskTableModel::StateColumn && column != TaskTableModel::FileColumn))
        return QSortFilterProxyModel::data(index, role);
    const int state = QSortFilterProxyModel::data(index, TaskTableModel::StateRole).toInt();
    if (role == Qt::DecorationRole && column == TaskTableModel::StateColumn && state >= 0
        && state < TaskStateCount)
        return m_icons[size_t(state)];
    if (state == int(TaskState::Failed)) {
        // The reason goes where there is room for it (a failed task has no file to show), and the
        // narrow state cell just says Failed; the tooltip has both.
        if (role == Qt::DisplayRole && column == TaskTableModel::FileColumn)
            return QSortFilterProxyModel::data(index, TaskTableModel::ErrorRole);
        if (role == Qt::DisplayRole)
            return TaskTableModel::stateText(state);
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool TaskProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = compareKeys(left, right);
    if (order != 0)
        return order < 0;
    // The source lists tasks in id order, so its row order is FIFO order. Sorting descending asks
    // lessThan(right, left): flip so that the older task still leads.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}
