#pragma once

#include "engine/task.h"

#include <QIcon>
#include <QSortFilterProxyModel>

#include <array>
#include <vector>

/**
 * Sits between TaskTableModel and the table: sorts by the model's SortRole, adds an icon per
 * state, and shows a failed task's reason in red in its (empty) file cell. Among equal values the older task
 * comes first. Sorted by id ascending (the default, FIFO order) it keeps the source order instead of sorting,
 * which is the same order for free: a million rows stay cheap to insert. A sort the user asks for reads
 * each row's key once, not twice per comparison, so sorting a million rows costs about a tenth.
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
    /** Reads every source row's sort key once, for the duration of one sort(). */
    void cacheKeys(int column);
    /** -1, 0 or 1; from the cache while sort() runs, else from the source's SortRole. */
    int compareKeys(const QModelIndex &left, const QModelIndex &right) const;

    std::array<QIcon, TaskStateCount> m_icons;
    std::vector<double> m_numberKeys;
    std::vector<QString> m_textKeys;
    int m_column = 0;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
