#include "tasks/stateicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QColor colorOf(TaskState state)
{
    switch (state) {
    case TaskState::Queued:
        return QColor(0x8a, 0x8a, 0x8a);
    case TaskState::Running:
        return QColor(0x2a, 0x7a, 0xd4);
    case TaskState::Done:
        return QColor(0x2e, 0x9d, 0x45);
    case TaskState::Failed:
        return QColor(0xd0, 0x32, 0x2b);
    case TaskState::Cancelled:
        return QColor(0x70, 0x70, 0x70);
    }
    return Qt::gray;
}

/** Draws the symbol inside a 16×16 box (the painter is scaled for larger sizes). */
void drawSymbol(QPainter &p, TaskState state)
{
    const QColor color = colorOf(state);
    if (state == TaskState::Queued) {
        p.setPen(QPen(color, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(2, 2, 12, 12));
        return;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 14, 14));
    p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::white);
    switch (state) {
    case TaskState::Running: {
        const QPointF play[] = {{6.2, 4.6}, {11.6, 8.0}, {6.2, 11.4}};
        p.setPen(Qt::NoPen);
        p.drawPolygon(play, 3);
        break;
    }
    case TaskState::Done: {
        QPainterPath tick;
        tick.moveTo(4.6, 8.3);
        tick.lineTo(7.0, 10.7);
        tick.lineTo(11.4, 5.6);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case TaskState::Failed:
        p.drawLine(QPointF(8, 4.2), QPointF(8, 9.0));
        p.drawPoint(QPointF(8, 11.8));
        break;
    case TaskState::Cancelled:
        p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
        p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
        break;
    case TaskState::Queued:
        break;
    }
}

} // namespace

QIcon StateIcons::paint(TaskState state)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        drawSymbol(p, state);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
