#pragma once

class QWidget;

/** Keeps a window on the screen it opens on. */
class WindowGeometry
{
public:
    /**
     * Shrinks @p window to the available area of its screen (never below its minimum size) and
     * moves it inside: a geometry saved on a larger screen, or at another scale (2× doubles it),
     * would otherwise open partly off this one.
     */
    static void fitToScreen(QWidget *window);
};
