#include "window/windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

void WindowGeometry::fitToScreen(QWidget *window)
{
    const QScreen *screen = QGuiApplication::screenAt(window->geometry().center());
    if (!screen)
        screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size = window->size().boundedTo(available.size()).expandedTo(window->minimumSizeHint());
    const int x = std::clamp(window->x(), available.left(), std::max(available.left(), available.right() + 1 - size.width()));
    const int y = std::clamp(window->y(), available.top(), std::max(available.top(), available.bottom() + 1 - size.height()));
    window->setGeometry(QRect(QPoint(x, y), size));
}
