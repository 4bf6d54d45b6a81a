#pragma once

#include "engine/task.h"

#include <QIcon>

/**
 * Small painted icons, one per task state, so the state column reads at a glance in any style
 * or icon theme: a hollow circle (queued), play (running), a tick (done), "!" (failed), a cross
 * (cancelled).
 */
class StateIcons
{
public:
    /** Paints the icon; callers keep it (no global cache: pixmaps must not outlive the app). */
    static QIcon paint(TaskState state);
};
