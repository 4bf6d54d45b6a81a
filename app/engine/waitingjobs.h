#pragma once

#include "engine/task.h"

#include <QList>

#include <algorithm>
#include <deque>

/**
 * Jobs a runner holds but has not started, in FIFO order. Each runner guards its own with its
 * mutex; these are the two steps both runners take on it.
 */
class WaitingJobs : public std::deque<TaskJob>
{
public:
    /** The ids of every waiting job, in order; none waits afterwards. */
    QList<quint64> takeIds()
    {
        QList<quint64> ids;
        ids.reserve(qsizetype(size()));
        for (const TaskJob &job : *this)
            ids.append(job.id);
        clear();
        return ids;
    }

    /** Drops the job @p id; false when it does not wait here (running, or ended). */
    bool remove(quint64 id)
    {
        const auto job = std::find_if(begin(), end(), [id](const TaskJob &j) { return j.id == id; });
        if (job == end())
            return false;
        erase(job);
        return true;
    }
};
