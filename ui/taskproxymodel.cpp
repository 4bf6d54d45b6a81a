#include "taskproxymodel.h"

#include "stateicons.h"
#include "tasktablemodel.h"

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
    QSortFilterProxyModel::sort(column, order);
}

QVariant TaskProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == TaskTableModel::StateColumn) {
        const int state = QSortFilterProxyModel::data(index, TaskTableModel::StateRole).toInt();
        if (state >= 0 && state < TaskStateCount)
            return m_icons[size_t(state)];
    }
    return QSortFilterProxyModel::data(index, role);
}

bool TaskProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QPartialOrdering order = QVariant::compare(left.data(sortRole()), right.data(sortRole()));
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // The source lists tasks in id order, so its row order is FIFO order. Sorting descending asks
    // lessThan(right, left): flip so that the older task still leads.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}
