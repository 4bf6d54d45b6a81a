#pragma once

#include <QString>
#include <Qt>

#include <vector>

class QAbstractItemModel;

/**
 * The sort key of every source row of one column, read once through the model's SortRole and kept
 * in step with the rows, so that sorting, re-sorting after Clear finished and placing new or changed
 * rows compare plain numbers instead of asking the model twice per comparison. Numbers are held as
 * doubles (every key of the task model fits one exactly); a column of texts keeps its texts.
 * Equal keys keep source order (FIFO), whichever way the column is sorted.
 */
class TaskSortKeys
{
public:
    void setModel(const QAbstractItemModel *model) { m_model = model; }
    /** Reads the keys of every row of @p column; @p order is the direction less() sorts in. */
    void readAll(int column, int sortRole, Qt::SortOrder order);
    /** Forgets every key (FIFO order needs none). */
    void clear();
    /** Rows [first, first + count) were inserted into the source: reads their keys. */
    void insertRows(int first, int count);
    /** Rows left the source, the others kept their order: @p newRows[row] is each row's new row or -1. */
    void compact(const std::vector<int> &newRows);
    /** Reads row @p row again; true when its key changed. */
    bool refresh(int row);
    /** Source rows in sorted order. */
    std::vector<int> sortedRows() const;
    /** Row @p a sorts before row @p b. */
    bool less(int a, int b) const;
    bool isEmpty() const { return m_numbers.empty() && m_texts.empty(); }

private:
    const QAbstractItemModel *m_model = nullptr;
    int m_column = -1;
    int m_role = Qt::DisplayRole;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<double> m_numbers;
    std::vector<QString> m_texts;
    bool m_text = false;
};
