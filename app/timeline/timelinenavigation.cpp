#include "timeline/timelinenavigation.h"

#include "timeline/timelinesource.h"

#include <algorithm>
#include <cmath>

void TimelineNavigation::content(qint64 firstMs, qint64 lastMs, qint64 nowMs, double &from, double &to)
{
    const double first = double(firstMs != 0 ? firstMs : nowMs);
    const double last = std::max(double(lastMs), first + 1000);
    const double margin = std::min((last - first) * 0.02, MaximumMarginMs);
    from = first - margin;
    to = last + margin;
}

void TimelineNavigation::arrange(
    TimeScale &scale, qint64 firstMs, qint64 lastMs, qint64 nowMs, qint64 focusMs) const
{
    double from = 0;
    double to = 0;
    content(firstMs, lastMs, nowMs, from, to);
    if (m_fitAll && to - from > FitMaximumSpanMs) {
        // Follow the present at a scale that keeps the running tasks readable instead of fitting a
        // day into the plot; what lies beyond is reached by scrolling.
        const double span = focusMs > 0
            ? std::clamp(double(focusMs) * FollowSpanFactor, MinimumFollowSpanMs, FitMaximumSpanMs)
            : FitMaximumSpanMs;
        const double start = std::clamp(double(nowMs) - span * FollowPosition, from, to - span);
        scale.fit(start, start + span, FitMaximumPxPerMs);
    } else if (m_fitAll) {
        scale.fit(from, to, FitMaximumPxPerMs);
    } else if (m_followNow) {
        scale.placeTime(double(nowMs), FollowPosition);
        if (scale.startMs() < from) // nothing to see before the first task
            scale.setWindow(from, scale.pxPerMs());
    }
}

qint64 TimelineNavigation::focusMs(const TimelineSource &source)
{
    // Running tasks are among the oldest unfinished ones: the scan stops once all are seen.
    int running = source.count(TaskState::Running);
    qint64 shortest = 0;
    for (quint64 id = source.oldestUnfinishedId(); running > 0 && id < source.endId(); ++id) {
        const Task &task = source.task(id);
        if (task.state != TaskState::Running)
            continue;
        --running;
        const qint64 ms = std::max<qint64>(task.duration.count(), 1);
        shortest = shortest == 0 ? ms : std::min(shortest, ms);
    }
    return shortest;
}

void TimelineNavigation::zoomAt(TimeScale &scale, double x, double factor, qint64 nowMs)
{
    if (!std::isfinite(factor) || factor <= 0)
        return;
    m_fitAll = false;
    if (m_followNow)
        x = std::clamp(scale.xForTime(double(nowMs)), scale.left(), scale.right());
    scale.zoomAt(x, factor);
}

void TimelineNavigation::leave()
{
    m_fitAll = false;
    m_followNow = false;
}

TimelineNavigation::ScrollBar TimelineNavigation::scrollBar(
    const TimeScale &scale, qint64 firstMs, qint64 lastMs, qint64 nowMs)
{
    double from = 0;
    double to = 0;
    content(firstMs, lastMs, nowMs, from, to);
    from = std::min(from, scale.startMs());
    to = std::max(to, scale.endMs());
    const double view = scale.endMs() - scale.startMs();
    // One step per pixel, unless a long run in pixels would not fit in an int.
    m_scrollOrigin = from;
    m_scrollUnit = std::max(1.0 / scale.pxPerMs(), (to - from) / 1e9);
    ScrollBar bar;
    bar.maximum = int(std::max(0.0, (to - from - view) / m_scrollUnit)); // 0 when all fits
    bar.pageStep = std::max(1, int(view / m_scrollUnit));
    bar.singleStep = std::max(1, bar.pageStep / 20);
    bar.value = std::clamp(int(std::lround((scale.startMs() - from) / m_scrollUnit)), 0, bar.maximum);
    return bar;
}

void TimelineNavigation::scrollTo(TimeScale &scale, int value)
{
    leave();
    scale.setWindow(m_scrollOrigin + value * m_scrollUnit, scale.pxPerMs());
}
