#include "tasks/tasksortkeys.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace {

struct KeyedRow
{
    quint64 key;
    int row;
};

/**
 * @p key as an unsigned integer that orders as the number does (the sign bit set for positive
 * numbers, every bit flipped for negative ones), reversed for a descending sort. -0 is 0.
 */
quint64 orderedBits(double key, bool ascending)
{
    if (key == 0)
        key = 0;
    quint64 bits = 0;
    std::memcpy(&bits, &key, sizeof bits);
    bits = (bits >> 63) != 0 ? ~bits : bits | (quint64(1) << 63);
    return ascending ? bits : ~bits;
}

/**
 * Sorts by key, a byte a pass from the lowest (LSD radix sort). Stable: rows in order stay in
 * order among equal keys, so equal keys keep source order. A byte that is the same in every key
 * (most of them, for the small whole numbers of a task column) costs no pass.
 */
void radixSort(std::vector<KeyedRow> &items)
{
    constexpr int Bytes = sizeof(quint64);
    std::array<std::array<size_t, 256>, Bytes> counts {};
    for (const KeyedRow &item : items) {
        for (int byte = 0; byte < Bytes; ++byte)
            ++counts[size_t(byte)][(item.key >> (8 * byte)) & 0xFF];
    }
    std::vector<KeyedRow> sorted; // made at the first pass: keys all equal need none
    for (int byte = 0; byte < Bytes; ++byte) {
        std::array<size_t, 256> &next = counts[size_t(byte)];
        if (std::find(next.begin(), next.end(), items.size()) != next.end())
            continue; // one value of this byte for all
        sorted.resize(items.size());
        size_t position = 0;
        for (size_t &slot : next)
            position += std::exchange(slot, position);
        for (const KeyedRow &item : items)
            sorted[next[(item.key >> (8 * byte)) & 0xFF]++] = item;
        items.swap(sorted);
    }
}

} // namespace

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
    // A number key sorts as an integer, by a radix sort, linear in the rows: `bench_window --only
    // sort` took 321 ms for a million rows with std::sort of (key, row) pairs, 167 ms with this
    // (each then sorting twice per click, which TaskProxyModel::sort() no longer does).
    const bool ascending = m_order == Qt::AscendingOrder;
    std::vector<KeyedRow> keyed(count);
    for (size_t row = 0; row < count; ++row)
        keyed[row] = {orderedBits(m_numbers[row], ascending), int(row)};
    radixSort(keyed);
    for (size_t i = 0; i < count; ++i)
        rows[i] = keyed[i].row;
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
