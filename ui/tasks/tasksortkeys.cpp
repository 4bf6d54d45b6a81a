#include "tasks/tasksortkeys.h"

#include <QAbstractItemModel>

#include <algorithm>

void TaskSortKeys::readAll(int column, int sortRole, Qt::SortOrder order)
{
    clear();
    m_column = column;
    m_role = sortRole;
    m_order = order;
    insertRows(0, m_model ? m_model->rowCount() : 0);
}

void TaskSortKeys::clear()
{
    m_numbers = {};
    m_texts = {};
}

void TaskSortKeys::insertRows(int first, int count)
{
    if (count <= 0)
        return;
    const QVariant firstKey = m_model->index(first, m_column).data(m_role);
    if (isEmpty())
        m_text = firstKey.typeId() == QMetaType::QString; // a column holds one kind of key
    const auto key
        = [&](int i) { return i == 0 ? firstKey : m_model->index(first + i, m_column).data(m_role); };
    if (m_text) {
        std::vector<QString> keys(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i)
            keys[size_t(i)] = key(i).toString();
        m_texts.insert(m_texts.begin() + first, keys.begin(), keys.end());
        return;
    }
    std::vector<double> keys(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        keys[size_t(i)] = key(i).toDouble();
    m_numbers.insert(m_numbers.begin() + first, keys.begin(), keys.end());
}

void TaskSortKeys::compact(const std::vector<int> &newRows)
{
    const auto compactVector = [&newRows](auto &keys) {
        size_t kept = 0;
        for (size_t row = 0; row < keys.size() && row < newRows.size(); ++row) {
            if (newRows[row] >= 0)
                keys[size_t(newRows[row])] = std::move(keys[row]);
            kept += newRows[row] >= 0 ? 1 : 0;
        }
        keys.resize(kept);
    };
    compactVector(m_numbers);
    compactVector(m_texts);
}

bool TaskSortKeys::refresh(int row)
{
    const QVariant key = m_model->index(row, m_column).data(m_role);
    if (m_text) {
        QString text = key.toString();
        const bool changed = text != m_texts[size_t(row)];
        m_texts[size_t(row)] = std::move(text);
        return changed;
    }
    const double number = key.toDouble();
    const bool changed = number != m_numbers[size_t(row)];
    m_numbers[size_t(row)] = number;
    return changed;
}

std::vector<int> TaskSortKeys::sortedRows() const
{
    const size_t count = m_text ? m_texts.size() : m_numbers.size();
    std::vector<int> rows(count);
    if (m_text) {
        for (size_t row = 0; row < count; ++row)
            rows[row] = int(row);
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return less(a, b); });
        return rows;
    }
    // Key and row side by side: the comparisons read memory in order, not a key per row at random
    // (a million rows: about a tenth of the time).
    struct Entry
    {
        double key;
        int row;
    };
    std::vector<Entry> entries(count);
    for (size_t row = 0; row < count; ++row)
        entries[row] = {m_numbers[row], int(row)};
    const bool ascending = m_order == Qt::AscendingOrder;
    std::sort(entries.begin(), entries.end(), [ascending](const Entry &a, const Entry &b) {
        if (a.key != b.key)
            return ascending ? a.key < b.key : b.key < a.key;
        return a.row < b.row; // rows are unique: std::sort gives the stable order
    });
    for (size_t i = 0; i < count; ++i)
        rows[i] = entries[i].row;
    return rows;
}

bool TaskSortKeys::less(int a, int b) const
{
    const bool ascending = m_order == Qt::AscendingOrder;
    if (m_text) {
        const QString &x = m_texts[size_t(a)];
        const QString &y = m_texts[size_t(b)];
        if (x != y)
            return ascending ? x < y : y < x;
    } else {
        const double x = m_numbers[size_t(a)];
        const double y = m_numbers[size_t(b)];
        if (x != y)
            return ascending ? x < y : y < x;
    }
    return a < b;
}
