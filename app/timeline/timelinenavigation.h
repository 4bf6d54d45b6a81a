#pragma once

#include "timeline/timescale.h"

#include <QtGlobal>

class TimelineSource;

/**
 * Where the timeline looks. "Fit" shows every task (the default until the user zooms or scrolls);
 * "follow now" keeps the current time two thirds across, so that queued tasks show at its right;
 * otherwise the view stays where the user put it. Also maps the view to a scroll bar's integers.
 */
class TimelineNavigation
{
public:
    /** "Fit" never stretches a second wider than this: a short run stays readable, not huge. */
    static constexpr double FitMaximumPxPerMs = 0.25;
    /** "Fit" never shows more than this much time: one huge task (a day) would squeeze the tasks
     *  running now below a pixel. Longer content is shown around "now"; what lies beyond is
     *  reached by scrolling, and the queue's far end is summarized as one strip. */
    static constexpr double FitMaximumSpanMs = 15 * 60 * 1000;
    /** When "fit" cannot show everything, it shows this many times the shortest running task
     *  (at least MinimumFollowSpanMs): what runs now stays readable beside a day-long task. */
    static constexpr double FollowSpanFactor = 4;
    static constexpr double MinimumFollowSpanMs = 30 * 1000;
    /** The empty time shown before the first task and after the last: 2 % of the run, at most
     *  this (2 % of a day would open the view on half an hour of nothing). */
    static constexpr double MaximumMarginMs = 10 * 1000;
    /** Where "now" sits while following, as a fraction of the plot's width. */
    static constexpr double FollowPosition = 2.0 / 3;

    /** What a horizontal scroll bar shows: its range, steps and position. */
    struct ScrollBar
    {
        int maximum = 0;
        int pageStep = 1;
        int singleStep = 1;
        int value = 0;
    };

    bool fitAll() const { return m_fitAll; }
    void setFitAll(bool fit) { m_fitAll = fit; }
    bool followNow() const { return m_followNow; }
    void setFollowNow(bool follow) { m_followNow = follow; }

    /** Moves @p scale for the tasks spanning [firstMs, lastMs] (0: none yet) at @p nowMs, if
     *  fitting or following; @p focusMs is the shortest running task (0: none), see focusMs(). */
    void arrange(TimeScale &scale, qint64 firstMs, qint64 lastMs, qint64 nowMs, qint64 focusMs = 0) const;
    /** The duration of the shortest task running in @p source (0 when none runs): the scale
     *  "fit" keeps readable when everything does not fit. */
    static qint64 focusMs(const TimelineSource &source);
    /** Zooms by @p factor around @p x, or around "now" while following (which goes on). */
    void zoomAt(TimeScale &scale, double x, double factor, qint64 nowMs);
    /** The user moved along time: neither fitting nor following any more. */
    void leave();

    /** The scroll bar for the view: it spans the tasks (and the view, wherever it is). */
    ScrollBar scrollBar(const TimeScale &scale, qint64 firstMs, qint64 lastMs, qint64 nowMs);
    /** The user moved the scroll bar set up by scrollBar() to @p value. */
    void scrollTo(TimeScale &scale, int value);

private:
    /** The tasks' time range with a little margin, never empty. */
    static void content(qint64 firstMs, qint64 lastMs, qint64 nowMs, double &from, double &to);

    double m_scrollOrigin = 0; ///< the time at scroll bar value 0
    double m_scrollUnit = 1; ///< ms per scroll bar step
    bool m_fitAll = true;
    bool m_followNow = true;
};
