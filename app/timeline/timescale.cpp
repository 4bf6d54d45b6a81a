#include "timeline/timescale.h"

#include <algorithm>
#include <array>
#include <cmath>

void TimeScale::setPlot(double left, double width)
{
    m_left = left;
    m_width = std::max(1.0, width);
}

void TimeScale::setWindow(double startMs, double pxPerMs)
{
    m_startMs = startMs;
    m_pxPerMs = std::clamp(pxPerMs, MinimumPxPerMs, MaximumPxPerMs);
}

void TimeScale::zoomAt(double x, double factor)
{
    const double anchor = timeForX(x);
    m_pxPerMs = std::clamp(m_pxPerMs * factor, MinimumPxPerMs, MaximumPxPerMs);
    m_startMs = anchor - (x - m_left) / m_pxPerMs;
}

void TimeScale::fit(double fromMs, double toMs, double maxPxPerMs)
{
    const double span = std::max(1.0, toMs - fromMs);
    setWindow(fromMs, std::min(m_width / span, maxPxPerMs));
}

void TimeScale::placeTime(double ms, double fraction)
{
    m_startMs = ms - fraction * m_width / m_pxPerMs;
}

double TimeScale::tickStepMs(double minSpacingPx) const
{
    // Steps a reader counts in: milliseconds in 1-2-5, then seconds, minutes and hours.
    static constexpr std::array<double, 27> steps {1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 10e3,
        15e3, 30e3, 60e3, 120e3, 300e3, 600e3, 900e3, 1800e3, 3600e3, 7200e3, 10800e3, 21600e3, 43200e3,
        86400e3};
    const double minimum = minSpacingPx / m_pxPerMs;
    for (double step : steps) {
        if (step >= minimum)
            return step;
    }
    // Beyond a day: whole days.
    return std::ceil(minimum / steps.back()) * steps.back();
}
