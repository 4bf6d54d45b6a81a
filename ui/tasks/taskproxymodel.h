#pragma once

#include "engine/task.h"

#include <QIcon>
#include <QSortFilterProxyModel>

#include <array>

/**
 * Sits between TaskTableModel and the table: sorts by the model's SortRole, adds an icon per
 * state, and shows a failed task's reason in red in its (empty) file cell. Among equal values the older task
 * comes first. Sorted by id ascending (the default, FIFO order) it keeps the source order instead of sorting,
 * which is the same order for free: a million rows stay cheap to insert.
 */
class TaskProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TaskProxyModel(QObject *parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /** The column and order the user asked for (sortColumn() is -1 in FIFO order). */
    int requestedSortColumn() const { return m_column; }
    Qt::SortOrder requestedSortOrder() const { return m_order; }

protected:
    /** By SortRole; equal values keep FIFO order, whichever way the column is sorted. */
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::array<QIcon, TaskStateCount> m_icons;
    int m_column = 0;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
