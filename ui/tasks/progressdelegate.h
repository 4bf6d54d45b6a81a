#pragma once

#include <QStyledItemDelegate>

/**
 * Paints a task's progress as a real progress bar (QStyle::CE_ProgressBar, as Qt's torrent
 * example does), with the time left written on it. Failed and cancelled tasks show their text.
 */
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** Whether a row in this state gets a bar (queued, running, done). */
    static bool hasBar(const QModelIndex &index);
    /** What the bar says: the time left, or the final state. */
    static QString barText(const QModelIndex &index);
    /** How full the bar is, 0 to 1000. */
    static int barValue(const QModelIndex &index);
};
