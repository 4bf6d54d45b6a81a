#include "tasks/progressdelegate.h"

#include "engine/task.h"
#include "models/tasktablemodel.h"
#include "tasks/durationtext.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr int BarMaximum = 1000;

TaskState stateOf(const QModelIndex &index)
{
    return TaskState(index.data(TaskTableModel::StateRole).toInt());
}

} // namespace

bool ProgressDelegate::hasBar(const QModelIndex &index)
{
    const TaskState state = stateOf(index);
    return state == TaskState::Queued || state == TaskState::Running || state == TaskState::Done;
}

QString ProgressDelegate::barText(const QModelIndex &index)
{
    const TaskState state = stateOf(index);
    if (state == TaskState::Queued || state == TaskState::Running) {
        const qint64 left = index.data(TaskTableModel::RemainingRole).toLongLong();
        return tr("%1 left", "time left of a task")
            .arg(DurationText::format(std::chrono::milliseconds(left)));
    }
    return TaskTableModel::stateText(int(state));
}

int ProgressDelegate::barValue(const QModelIndex &index)
{
    const double progress = index.data(TaskTableModel::ProgressRole).toDouble();
    return std::clamp(int(std::lround(progress * BarMaximum)), 0, BarMaximum);
}

void ProgressDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!hasBar(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The cell's own background first, so a selected row stays highlighted behind the bar.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    bar.direction = option.direction;
    bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
    bar.minimum = 0;
    bar.maximum = BarMaximum;
    bar.progress = barValue(index);
    bar.text = barText(index);
    bar.textAlignment = Qt::AlignCenter;
    bar.textVisible = true;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}
