#pragma once

#include "compare/compareresult.h"
#include "timeline/timelinesource.h"

#include <algorithm>
#include <utility>

/**
 * The timeline's view of one mode of a finished comparison (a copy: a list of results may move
 * as it grows): every task has ended, and "now" stands still at the mode's end.
 */
class CompareTimelineSource final : public TimelineSource
{
public:
    explicit CompareTimelineSource(CompareResult result) : m_result(std::move(result)) { }

    quint64 firstId() const override { return m_result.tasks.empty() ? 1 : m_result.tasks.front().id; }
    quint64 endId() const override { return firstId() + m_result.tasks.size(); }
    const Task &task(quint64 id) const override { return m_result.tasks[size_t(id - firstId())]; }
    quint64 oldestUnfinishedId() const override { return endId(); }
    int count(TaskState state) const override
    {
        return int(std::count_if(m_result.tasks.begin(), m_result.tasks.end(),
            [state](const Task &task) { return task.state == state; }));
    }
    int workers() const override { return m_result.workers; }
    qint64 nowMs() const override { return m_result.endMs; }
    bool isLive() const override { return false; }

private:
    CompareResult m_result;
};
