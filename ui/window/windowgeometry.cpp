#include "window/windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

void WindowGeometry::fitToScreen(QWidget *window)
{
    const QScreen *screen = QGuiApplication::screenAt(window->frameGeometry().center());
    if (!screen)
        screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is known once the window is shown; before, it counts as none.
    const QSize frame = window->frameGeometry().size() - window->size();
    const QSize size
        = window->size().boundedTo(available.size() - frame).expandedTo(window->minimumSizeHint());
    const QSize outer = size + frame;
    const int x = std::clamp(
        window->x(), available.left(), std::max(available.left(), available.right() + 1 - outer.width()));
    const int y = std::clamp(
        window->y(), available.top(), std::max(available.top(), available.bottom() + 1 - outer.height()));
    if (size != window->size())
        window->resize(size);
    if (x == window->x() && y == window->y())
        return; // a window that fits where it is stays there
    if (frame.isNull()) {
        // No frame known yet (not shown): x() and y() read where its inside will be, which is what
        // setGeometry() places. move() would place the frame there: the window crept down by its
        // title bar at every start.
        window->setGeometry(x, y, size.width(), size.height());
    } else
        window->move(x, y); // move() places the frame, as x() and y() read it
}
