#pragma once

#include "engine/task.h"
#include "tasks/tasksortkeys.h"

#include <QAbstractProxyModel>
#include <QIcon>
#include <QPersistentModelIndex>

#include <array>
#include <vector>

/**
 * Sits between TaskTableModel and the table: sorts by the model's SortRole, adds an icon per
 * state, and shows a failed task's reason in red in its (empty) file cell. Among equal values the
 * older task comes first. Sorted by id ascending (the default, FIFO order) it maps rows one to one
 * and keeps no table at all: a million pasted rows cost nothing here. Sorted by a column, it keeps
 * each row's key (TaskSortKeys) and the order as two plain arrays: a sort is one std::sort of
 * (key, row) pairs, Clear finished one re-sort of the rows left, and new or changed rows are placed
 * by binary search, each in one layout change. QSortFilterProxyModel, used before, asked the model
 * for both keys of every comparison through QModelIndex and QVariant (1 M rows: 2 s to sort,
 * 5 s to clear).
 */
class TaskProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit TaskProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /** The column and order the user asked for. */
    int requestedSortColumn() const { return m_column; }
    Qt::SortOrder requestedSortOrder() const { return m_order; }

private:
    void connectSource(QAbstractItemModel *source);
    bool isSorted() const { return m_sortColumn >= 0; }
    int sourceRow(int proxyRow) const;
    /** Sorts all rows afresh (or back to FIFO order), inside a layout change. */
    void rebuildOrder();
    /** Takes @p moved (source rows) out of the order and puts them back where their keys go. */
    void placeRows(std::vector<int> moved, bool alreadyPlaced);
    void rebuildInverse();

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onRowsCompacted(const std::vector<int> &newRows);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();
    void onSourceReset();

    /** The persistent indexes of the view (selection, current), as source rows, across a change. */
    struct SavedRows
    {
        QModelIndexList proxy;
        std::vector<int> source;
    };
    SavedRows saveRows() const;
    void restoreRows(const SavedRows &saved);

    std::array<QIcon, TaskStateCount> m_icons;
    TaskSortKeys m_keys;
    std::vector<int> m_sourceRows; ///< proxy row -> source row, when sorted
    std::vector<int> m_proxyRows; ///< source row -> proxy row, when sorted
    int m_rowCount = 0; ///< rows shown: the source's count as of its last signal
    int m_sortColumn = -1; ///< -1: FIFO order, the source's own
    int m_column = 0;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    /** Across a layout change of the source: the view's rows, as source indexes it updates. */
    QModelIndexList m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;
    bool m_compacted = false; ///< the source said where its rows went: no need to sort again
    QList<QMetaObject::Connection> m_connections;
};
