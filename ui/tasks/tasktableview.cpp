#include "tasks/tasktableview.h"

#include "engine/task.h"
#include "models/tasktablemodel.h"
#include "tasks/durationtext.h"
#include "tasks/progressdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

TaskTableView::TaskTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("taskTableView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setItemDelegateForColumn(TaskTableModel::ProgressColumn, new ProgressDelegate(this));

    // Fixed row heights: the header never measures a row, whatever the number of rows.
    QHeaderView *rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(std::max(fontMetrics().height() + 8, 22));
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);

    // Follow the tail: stay at the bottom as rows are added, unless the user scrolled up.
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
        [this, bar](int value) { m_following = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_following)
            bar->setValue(maximum);
    });
    connect(this, &QAbstractItemView::activated, this, &TaskTableView::onActivated);
}

void TaskTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    applyDefaultColumnWidths();
    updateScrollBarPolicy();
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &TaskTableView::updateScrollBarPolicy);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TaskTableView::updateScrollBarPolicy);
        connect(model, &QAbstractItemModel::modelReset, this, &TaskTableView::updateScrollBarPolicy);
    }
}

void TaskTableView::applyDefaultColumnWidths()
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const std::pair<int, int> widths[] = {
        {TaskTableModel::IdColumn, 4 * em},
        {TaskTableModel::SecondsColumn, 5 * em},
        {TaskTableModel::StateColumn, 9 * em},
        {TaskTableModel::ProgressColumn, 12 * em},
        {TaskTableModel::WorkerColumn, 11 * em},
        {TaskTableModel::StartedColumn, 6 * em},
        {TaskTableModel::DurationColumn, 6 * em},
    };
    for (const auto &[column, width] : widths)
        setColumnWidth(column, std::max(width, fittingWidth(column)));
}

int TaskTableView::fittingWidth(int column) const
{
    const QFontMetrics metrics = fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12;
    int content = 0;
    switch (column) {
    case TaskTableModel::IdColumn:
        content = metrics.horizontalAdvance(QStringLiteral("0000000"));
        break;
    case TaskTableModel::SecondsColumn:
        content = metrics.horizontalAdvance(QStringLiteral("00000"));
        break;
    case TaskTableModel::StateColumn:
        for (int state = 0; state < TaskStateCount; ++state)
            content = std::max(content, metrics.horizontalAdvance(TaskTableModel::stateText(state)));
        content += iconSize().isValid() ? iconSize().width() : style()->pixelMetric(QStyle::PM_SmallIconSize);
        content += 6;
        break;
    case TaskTableModel::WorkerColumn:
        // pid_max is at most 4 194 304: seven digits.
        for (RunMode mode : {RunMode::Threads, RunMode::Events, RunMode::Processes})
            content
                = std::max(content, metrics.horizontalAdvance(TaskTableModel::workerText(mode, 64, 4194304)));
        break;
    case TaskTableModel::StartedColumn:
        content = metrics.horizontalAdvance(QStringLiteral("00:00:00"));
        break;
    case TaskTableModel::ProgressColumn:
        // A running task's minutes left, the longest ordinary text on a bar ("осталось 59:00").
        content = metrics.horizontalAdvance(ProgressDelegate::tr("%1 left", "time left of a task")
                                                .arg(DurationText::format(std::chrono::minutes(59))))
            + 8;
        break;
    case TaskTableModel::DurationColumn:
        content = metrics.horizontalAdvance(QStringLiteral("0000.000 s"));
        break;
    default:
        break;
    }
    return std::max(content + padding, horizontalHeader()->sectionSizeHint(column));
}

void TaskTableView::growColumnsToFit()
{
    if (!model())
        return;
    // The last column stretches to the edge; it needs no help.
    for (int column = 0; column + 1 < model()->columnCount(); ++column) {
        const int needed = fittingWidth(column);
        if (columnWidth(column) < needed)
            setColumnWidth(column, needed);
    }
}

void TaskTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        growColumnsToFit();
}

QList<quint64> TaskTableView::selectedTaskIds() const
{
    QList<quint64> ids;
    if (!selectionModel())
        return ids;
    const QModelIndexList rows = selectionModel()->selectedRows(TaskTableModel::IdColumn);
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(TaskTableModel::TaskIdRole).toULongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TaskTableView::onActivated(const QModelIndex &index)
{
    const QString path
        = index.siblingAtColumn(TaskTableModel::FileColumn).data(TaskTableModel::FilePathRole).toString();
    if (!path.isEmpty())
        emit openFileRequested(path);
}

void TaskTableView::updateScrollBarPolicy()
{
    // An empty list has nothing to scroll sideways to, however wide its columns.
    const bool empty = !model() || model()->rowCount() == 0;
    setHorizontalScrollBarPolicy(empty ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
}

void TaskTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (model() && model()->rowCount() > 0)
        return;
    // An empty list says what to do, instead of looking broken.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
        tr("No tasks yet. Type a number of seconds above and press Return."));
}
