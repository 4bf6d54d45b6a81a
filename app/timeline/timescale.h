#pragma once

/**
 * The timeline's horizontal axis: maps wall-clock time (ms since the epoch) to x in pixels and
 * back, zooms around a point, fits a time range, and picks tick steps a reader can follow.
 */
class TimeScale
{
public:
    static constexpr double MinimumPxPerMs = 1e-7; ///< about 1 px per 3 hours
    static constexpr double MaximumPxPerMs = 2.0; ///< 2 px per ms

    /** The plot's horizontal extent in pixels: time startMs() is drawn at x = left. */
    void setPlot(double left, double width);
    double left() const { return m_left; }
    double width() const { return m_width; }
    double right() const { return m_left + m_width; }

    /** Shows time @p startMs at the left edge, @p pxPerMs pixels per millisecond (clamped). */
    void setWindow(double startMs, double pxPerMs);
    double startMs() const { return m_startMs; }
    double endMs() const { return timeForX(right()); }
    double pxPerMs() const { return m_pxPerMs; }

    double xForTime(double ms) const { return m_left + (ms - m_startMs) * m_pxPerMs; }
    double timeForX(double x) const { return m_startMs + (x - m_left) / m_pxPerMs; }

    /** Zooms by @p factor (> 1 zooms in), keeping the time under @p x where it is. */
    void zoomAt(double x, double factor);
    /** Shows [fromMs, toMs] across the plot, but never more than @p maxPxPerMs pixels per ms. */
    void fit(double fromMs, double toMs, double maxPxPerMs = MaximumPxPerMs);
    /** Moves the view by @p dx pixels (positive: later times come into view). */
    void scrollBy(double dx) { m_startMs += dx / m_pxPerMs; }
    /** Scrolls so that @p ms is drawn @p fraction of the way across the plot. */
    void placeTime(double ms, double fraction);

    /** The smallest "round" step (1, 2, 5 × 10^k ms, then seconds, minutes, hours) that puts
     *  ticks at least @p minSpacingPx apart. */
    double tickStepMs(double minSpacingPx) const;

private:
    double m_left = 0;
    double m_width = 1;
    double m_startMs = 0;
    double m_pxPerMs = 0.1;
};
