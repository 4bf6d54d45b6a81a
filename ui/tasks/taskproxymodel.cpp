#include "tasks/taskproxymodel.h"

#include "models/tasktablemodel.h"
#include "tasks/progressreading.h"
#include "tasks/stateicons.h"

#include <QBrush>

#include <algorithm>
#include <utility>

TaskProxyModel::TaskProxyModel(QObject *parent) : QAbstractProxyModel(parent)
{
    for (int state = 0; state < TaskStateCount; ++state)
        m_icons[size_t(state)] = StateIcons::paint(TaskState(state));
}

void TaskProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_keys.setModel(source);
    if (source)
        connectSource(source);
    m_rowCount = source ? source->rowCount() : 0;
    rebuildOrder();
    endResetModel();
}

void TaskProxyModel::connectSource(QAbstractItemModel *source)
{
    using M = QAbstractItemModel;
    m_connections = {
        connect(source, &M::rowsAboutToBeInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid() && !isSorted())
                    beginInsertRows({}, first, last);
            }),
        connect(source, &M::rowsInserted, this, &TaskProxyModel::onRowsInserted),
        connect(source, &M::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid() && !isSorted())
                    beginRemoveRows({}, first, last);
                else if (!parent.isValid())
                    onLayoutAboutToBeChanged(); // rows leave from all over the sorted order
            }),
        connect(source, &M::rowsRemoved, this, &TaskProxyModel::onRowsRemoved),
        connect(source, &M::dataChanged, this, &TaskProxyModel::onDataChanged),
        connect(source, &M::layoutAboutToBeChanged, this, &TaskProxyModel::onLayoutAboutToBeChanged),
        connect(source, &M::layoutChanged, this, &TaskProxyModel::onLayoutChanged),
        connect(source, &M::rowsAboutToBeMoved, this, &TaskProxyModel::onLayoutAboutToBeChanged),
        connect(source, &M::rowsMoved, this, &TaskProxyModel::onLayoutChanged),
        connect(source, &M::modelAboutToBeReset, this, &TaskProxyModel::beginResetModel),
        connect(source, &M::modelReset, this, &TaskProxyModel::onSourceReset),
        connect(source, &M::columnsAboutToBeInserted, this, &TaskProxyModel::beginResetModel),
        connect(source, &M::columnsInserted, this, &TaskProxyModel::onSourceReset),
        connect(source, &M::columnsAboutToBeRemoved, this, &TaskProxyModel::beginResetModel),
        connect(source, &M::columnsRemoved, this, &TaskProxyModel::onSourceReset),
        connect(source, &M::headerDataChanged, this, &TaskProxyModel::headerDataChanged),
    };
    if (auto *tasks = qobject_cast<TaskTableModel *>(source))
        m_connections.append(
            connect(tasks, &TaskTableModel::rowsCompacted, this, &TaskProxyModel::onRowsCompacted));
}

QModelIndex TaskProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rowCount || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TaskProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int TaskProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TaskProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TaskProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rowCount > 0 && columnCount() > 0;
}

int TaskProxyModel::sourceRow(int proxyRow) const
{
    return isSorted() ? m_sourceRows[size_t(proxyRow)] : proxyRow;
}

QModelIndex TaskProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_rowCount)
        return {};
    return sourceModel()->index(sourceRow(proxyIndex.row()), proxyIndex.column());
}

QModelIndex TaskProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    const int row = sourceIndex.row();
    if (!sourceIndex.isValid() || row >= m_rowCount)
        return {};
    return index(isSorted() ? m_proxyRows[size_t(row)] : row, sourceIndex.column());
}

void TaskProxyModel::sort(int column, Qt::SortOrder order)
{
    // The order is kept as rows come, go and change: the same sort again would change nothing,
    // and QTableView::sortByColumn() asks for it twice (the header's signal, then itself).
    if (column == m_column && order == m_order)
        return;
    m_column = column;
    m_order = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const SavedRows saved = saveRows();
    // The source lists tasks in id order already.
    const bool fifo = column < 0 || (column == TaskTableModel::IdColumn && order == Qt::AscendingOrder);
    m_sortColumn = fifo ? -1 : column;
    rebuildOrder();
    restoreRows(saved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TaskProxyModel::rebuildOrder()
{
    if (!isSorted() || !sourceModel()) {
        m_keys.clear();
        m_sourceRows = {};
        m_proxyRows = {};
        return;
    }
    m_keys.readAll(m_sortColumn, TaskTableModel::SortRole, m_order);
    m_sourceRows = m_keys.sortedRows();
    rebuildInverse();
}

void TaskProxyModel::rebuildInverse()
{
    m_proxyRows.resize(m_sourceRows.size());
    for (size_t row = 0; row < m_sourceRows.size(); ++row)
        m_proxyRows[size_t(m_sourceRows[row])] = int(row);
}

void TaskProxyModel::placeRows(std::vector<int> moved, bool alreadyPlaced)
{
    const auto less = [this](int a, int b) { return m_keys.less(a, b); };
    std::sort(moved.begin(), moved.end(), less);
    std::vector<int> kept;
    if (alreadyPlaced) {
        std::vector<int> dropped;
        dropped.reserve(moved.size());
        for (const int row : moved)
            dropped.push_back(m_proxyRows[size_t(row)]);
        std::sort(dropped.begin(), dropped.end());
        kept.reserve(m_sourceRows.size() - moved.size());
        auto next = dropped.begin();
        for (size_t row = 0; row < m_sourceRows.size(); ++row) {
            if (next != dropped.end() && *next == int(row))
                ++next;
            else
                kept.push_back(m_sourceRows[row]);
        }
    } else {
        kept = std::move(m_sourceRows);
    }
    // Sequential copies between the places the moved rows go: O(n) memory, O(k log n) comparisons.
    std::vector<int> order;
    order.reserve(kept.size() + moved.size());
    auto from = kept.begin();
    for (const int row : moved) {
        const auto at = std::lower_bound(from, kept.end(), row, less);
        order.insert(order.end(), from, at);
        order.push_back(row);
        from = at;
    }
    order.insert(order.end(), from, kept.end());
    m_sourceRows = std::move(order);
    rebuildInverse();
}

TaskProxyModel::SavedRows TaskProxyModel::saveRows() const
{
    SavedRows saved;
    saved.proxy = persistentIndexList();
    saved.source.reserve(size_t(saved.proxy.size()));
    for (const QModelIndex &index : std::as_const(saved.proxy))
        saved.source.push_back(index.row() < m_rowCount ? sourceRow(index.row()) : -1);
    return saved;
}

void TaskProxyModel::restoreRows(const SavedRows &saved)
{
    QModelIndexList after;
    after.reserve(saved.proxy.size());
    for (qsizetype i = 0; i < saved.proxy.size(); ++i) {
        const int row = saved.source[size_t(i)];
        after.append(row < 0 || row >= m_rowCount
                ? QModelIndex()
                : index(isSorted() ? m_proxyRows[size_t(row)] : row, saved.proxy.at(i).column()));
    }
    changePersistentIndexList(saved.proxy, after);
}

void TaskProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (!isSorted()) {
        m_rowCount += count;
        endInsertRows();
        return;
    }
    // New rows go where their keys sort: one layout change, however they scatter.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    SavedRows saved = saveRows();
    for (int &row : saved.source)
        row += row >= first ? count : 0;
    if (first < m_rowCount) {
        for (int &row : m_sourceRows)
            row += row >= first ? count : 0;
    }
    m_keys.insertRows(first, count);
    m_rowCount += count;
    m_proxyRows.resize(size_t(m_rowCount));
    std::vector<int> added(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        added[size_t(i)] = first + i;
    placeRows(std::move(added), false);
    restoreRows(saved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TaskProxyModel::onRowsRemoved(const QModelIndex &parent, int, int)
{
    if (parent.isValid())
        return;
    if (!isSorted()) {
        m_rowCount = sourceModel()->rowCount();
        endRemoveRows();
        return;
    }
    onLayoutChanged(); // begun in rowsAboutToBeRemoved: the rows left are sorted afresh
}

void TaskProxyModel::onDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = std::min(bottomRight.row(), m_rowCount - 1);
    if (!isSorted()) {
        if (first <= last)
            emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
        return;
    }
    const bool keysMayChange = topLeft.column() <= m_sortColumn && m_sortColumn <= bottomRight.column()
        && (roles.isEmpty() || roles.contains(TaskTableModel::SortRole) || roles.contains(Qt::DisplayRole));
    std::vector<int> moved;
    for (int row = first; keysMayChange && row <= last; ++row) {
        if (m_keys.refresh(row))
            moved.push_back(row);
    }
    if (!moved.empty()) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const SavedRows saved = saveRows();
        placeRows(std::move(moved), true);
        restoreRows(saved);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    int top = m_rowCount;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        top = std::min(top, m_proxyRows[size_t(row)]);
        bottom = std::max(bottom, m_proxyRows[size_t(row)]);
    }
    if (top <= bottom)
        emit dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

void TaskProxyModel::onLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    // The source moves its own persistent indexes: keep the view's rows as those.
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutProxy.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxy))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(index)));
}

void TaskProxyModel::onRowsCompacted(const std::vector<int> &newRows)
{
    if (!isSorted())
        return; // FIFO order is the source's own
    // Clear finished: the rows left keep their order among themselves; drop the others. Linear,
    // where sorting the rows left again cost n log n (and a key read per row).
    m_keys.compact(newRows);
    size_t kept = 0;
    for (const int row : m_sourceRows) {
        if (size_t(row) < newRows.size() && newRows[size_t(row)] >= 0)
            m_sourceRows[kept++] = newRows[size_t(row)];
    }
    m_sourceRows.resize(kept);
    m_compacted = true;
}

void TaskProxyModel::onLayoutChanged()
{
    m_rowCount = sourceModel()->rowCount();
    if (std::exchange(m_compacted, false) && int(m_sourceRows.size()) == m_rowCount)
        rebuildInverse();
    else
        rebuildOrder(); // the source keeps id order: equal keys stay in FIFO order as before
    QModelIndexList after;
    after.reserve(m_layoutProxy.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        after.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxy, after);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    emit layoutChanged();
}

void TaskProxyModel::onSourceReset()
{
    m_rowCount = sourceModel()->rowCount();
    rebuildOrder();
    endResetModel();
}

QVariant TaskProxyModel::data(const QModelIndex &index, int role) const
{
    const int column = index.column();
    if (role == Qt::AccessibleTextRole && column == TaskTableModel::ProgressColumn)
        return ProgressReading::text(index); // the screen shows a bar; a screen reader reads this
    const bool decorated
        = role == Qt::DecorationRole || role == Qt::DisplayRole || role == Qt::ForegroundRole;
    if (!decorated || (column != TaskTableModel::StateColumn && column != TaskTableModel::FileColumn))
        return QAbstractProxyModel::data(index, role);
    const int state = QAbstractProxyModel::data(index, TaskTableModel::StateRole).toInt();
    if (role == Qt::DecorationRole && column == TaskTableModel::StateColumn && state >= 0
        && state < TaskStateCount)
        return m_icons[size_t(state)];
    if (state == int(TaskState::Failed)) {
        // The reason goes where there is room for it (a failed task has no file to show), and the
        // narrow state cell just says Failed; the tooltip has both.
        if (role == Qt::DisplayRole && column == TaskTableModel::FileColumn)
            return QAbstractProxyModel::data(index, TaskTableModel::ErrorRole);
        if (role == Qt::DisplayRole)
            return TaskTableModel::stateText(state);
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
    }
    return QAbstractProxyModel::data(index, role);
}
