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
    window->resize(size);
    window->move(x, y); // move() places the frame, as x() and y() read it
}
