#include "timeline/timelinepainter.h"

#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace {

/** Okabe–Ito colours: told apart with every common colour-vision deficiency. */
const QColor RunningColor(0x00, 0x72, 0xB2); // blue
const QColor DoneColor(0x00, 0x9E, 0x73); // bluish green
const QColor FailedColor(0xD5, 0x5E, 0x00); // vermilion
const QColor CancelledColor(0x99, 0x99, 0x99); // grey, and hatched
const QColor NowColor(0xCC, 0x79, 0xA7); // reddish purple

double luminance(const QColor &color)
{
    auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

/** Black or white, whichever reads better on @p background (WCAG contrast). */
QColor textColorOn(const QColor &background)
{
    const double l = luminance(background);
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    auto channel = [amount](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())),
        float(channel(from.greenF(), to.greenF())), float(channel(from.blueF(), to.blueF())));
}

/** Splits a "%1" template into what comes before and after the number. */
void splitTemplate(const QString &text, QString &prefix, QString &suffix)
{
    const qsizetype at = text.indexOf(QLatin1String("%1"));
    prefix = at < 0 ? QString() : text.left(at);
    suffix = at < 0 ? QString() : text.mid(at + 2);
}

} // namespace

TimelinePainter::TimelinePainter()
{
    m_text.reserve(64);
    retranslate();
}

void TimelinePainter::setStyle(const QPalette &palette, const QFont &font)
{
    m_font = font;
    m_metrics = QFontMetricsF(font);
    m_digitWidth = m_metrics.horizontalAdvance(QLatin1Char('0'));
    m_axisHeight = int(std::ceil(m_metrics.height())) + 10;
    m_minimumRowHeight = int(std::ceil(m_metrics.height())) + 6;
    m_preferredRowHeight = int(std::ceil(m_metrics.height() * 1.5)) + 8;

    const QColor text = palette.color(QPalette::Text);
    m_base = palette.color(QPalette::Base);
    const bool dark = m_base.lightnessF() < 0.5;
    m_alternate = palette.color(QPalette::AlternateBase);
    if (m_alternate == m_base)
        m_alternate = dark ? m_base.lighter(115) : m_base.darker(104);
    m_waiting = dark ? m_base.lighter(125) : m_base.darker(108);
    m_header = palette.color(QPalette::Window);
    setStateStyles(text, dark);
    const QColor hatch = dark ? CancelledColor.lighter(150) : CancelledColor.darker(160);
    m_pattern.fill(QBrush());
    m_pattern[size_t(TaskState::Failed)] = QBrush(withAlpha(Qt::black, 0.45), Qt::DiagCrossPattern);
    m_pattern[size_t(TaskState::Cancelled)] = QBrush(hatch, Qt::BDiagPattern);
    m_cancelMarkPen = QPen(hatch, 2);
    m_remainingBrush = QBrush(withAlpha(m_fill[size_t(TaskState::Running)], 0.22));
    m_remainingPen = QPen(m_fill[size_t(TaskState::Running)], 1);
    m_queuedPen = QPen(withAlpha(text, 0.75), 1, Qt::DashLine);
    m_selectedPen = QPen(palette.color(QPalette::Highlight), 2);
    m_gridPen = QPen(withAlpha(text, 0.12), 1);
    m_separatorPen = QPen(withAlpha(text, 0.35), 1);
    m_nowPen = QPen(dark ? NowColor.lighter(125) : NowColor, 2);
    m_nowTextPen = QPen(textColorOn(m_nowPen.color()));
    m_textOnBase = QPen(text);
    m_placeholderPen = QPen(palette.color(QPalette::PlaceholderText));
}

void TimelinePainter::setStateStyles(const QColor &text, bool dark)
{
    auto adapt = [dark](const QColor &c) { return dark ? c.lighter(125) : c; };
    m_fill = {withAlpha(text, 0.0), adapt(RunningColor), adapt(DoneColor), adapt(FailedColor),
        withAlpha(adapt(CancelledColor), 0.35)};
    for (size_t s = 0; s < TaskStateCount; ++s) {
        const TaskState state = TaskState(s);
        const bool solid
            = state == TaskState::Running || state == TaskState::Done || state == TaskState::Failed;
        m_textPen[s] = QPen(solid ? textColorOn(m_fill[s]) : text);
        m_brush[s] = QBrush(m_fill[s]);
        // Strips are opaque mixes with the row's background: where merged bars touch, they do not
        // darken each other into stripes as translucent fills would.
        const QColor strip = state == TaskState::Queued ? text : withAlpha(m_fill[s], 1);
        const QColor under = state == TaskState::Queued ? m_waiting : m_base;
        const double strength = state == TaskState::Queued ? 0.3 : state == TaskState::Cancelled ? 0.5 : 1;
        for (int level = 0; level < DensityLevels; ++level)
            m_density[s][size_t(level)]
                = QBrush(mix(under, strip, strength * (0.3 + 0.7 * (level + 1) / DensityLevels)));
    }
}

void TimelinePainter::retranslate()
{
    splitTemplate(tr("#%1", "a task's number on its bar"), m_idPrefix, m_idSuffix);
    splitTemplate(tr("%1 s", "seconds on the time axis"), m_secondsPrefix, m_secondsSuffix);
    const QLocale locale;
    m_decimalPoint = locale.decimalPoint();
    m_groupSeparator
        = locale.numberOptions().testFlag(QLocale::OmitGroupSeparator) ? QString() : locale.groupSeparator();
    m_groupFrom = locale.toString(1000).size() > 4 ? 1000 : 10000;
    m_failedMark = tr("!", "marks a failed task's bar");
    m_cancelledMark = tr("×", "marks a cancelled task's bar");
    m_now = tr("now", "the line at the current time");
    m_empty = tr("Each task you add appears here as a bar from its start to its end, one lane per "
                 "worker.");
}

int TimelinePainter::labelColumnWidth(const std::vector<QString> &labels) const
{
    const QFontMetricsF &metrics = m_metrics;
    double widest = metrics.horizontalAdvance(m_now);
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return int(std::ceil(widest)) + 16;
}

void TimelinePainter::paint(QPainter &painter, const TimelineLayout &layout,
    const std::vector<QString> &rowLabels, const QRectF &area) const
{
    // No save()/restore(): the caller's painter is its own, and a saved state is an allocation.
    painter.setFont(m_font);
    painter.fillRect(area, m_base);
    paintRows(painter, layout, area);
    const TimeScale &scale = layout.scale();
    const double rowsTop = area.top() + m_axisHeight;
    painter.setClipRect(QRectF(scale.left(), rowsTop, scale.width(), area.bottom() - rowsTop));
    paintGrid(painter, layout, area);
    for (const TimelineLayout::Bar &bar : layout.bars())
        paintBar(painter, layout, bar);
    for (const TimelineLayout::Bucket &bucket : layout.buckets())
        paintBucket(painter, layout, bucket);
    paintNow(painter, layout, area);
    painter.setClipping(false);
    paintAxis(painter, layout, area);
    paintRowLabels(painter, layout, rowLabels, area);
}

void TimelinePainter::paintEmpty(QPainter &painter, const QRectF &area) const
{
    painter.fillRect(area, m_base);
    painter.setFont(m_font);
    painter.setPen(m_placeholderPen);
    painter.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, emptyText());
}

void TimelinePainter::paintRows(QPainter &painter, const TimelineLayout &layout, const QRectF &area) const
{
    const double rowsTop = area.top() + m_axisHeight;
    for (int row = std::max(0, layout.rowAt(rowsTop)); row >= 0 && row < layout.rowCount(); ++row) {
        const QRectF rect = layout.rowRect(row);
        if (rect.top() > area.bottom())
            break;
        const QRectF full(area.left(), rect.top(), area.width(), rect.height());
        if (row >= layout.firstWaitingRow())
            painter.fillRect(full, m_waiting);
        else if (row % 2 == 1)
            painter.fillRect(full, m_alternate);
        if (row == layout.firstWaitingRow() && row > 0) {
            painter.setPen(m_separatorPen);
            painter.drawLine(QPointF(area.left(), rect.top()), QPointF(area.right(), rect.top()));
        }
    }
}

void TimelinePainter::paintGrid(QPainter &painter, const TimelineLayout &layout, const QRectF &area) const
{
    const TimeScale &scale = layout.scale();
    const double origin = double(layout.firstMs() != 0 ? layout.firstMs() : layout.nowMs());
    const double step = scale.tickStepMs(m_digitWidth * 8 + 24);
    painter.setPen(m_gridPen);
    for (double k = std::max(0.0, std::ceil((scale.startMs() - origin) / step));; ++k) {
        const double x = std::round(scale.xForTime(origin + k * step)) + 0.5;
        if (x > scale.right())
            break;
        painter.drawLine(QPointF(x, area.top() + m_axisHeight), QPointF(x, area.bottom()));
    }
}

QRectF TimelinePainter::barRect(
    const TimelineLayout &layout, int row, double x0, double x1, bool separate) const
{
    const QRectF rect = layout.rowRect(row);
    const double inset = std::max(2.0, std::round(rect.height() * 0.14));
    const double gap = separate && x1 - x0 > 4 ? 1 : 0; // back-to-back bars stay apart
    return {x0, rect.top() + inset, x1 - x0 - gap, rect.height() - 2 * inset};
}

void TimelinePainter::paintBar(
    QPainter &painter, const TimelineLayout &layout, const TimelineLayout::Bar &bar) const
{
    const QRectF rect = barRect(layout, bar.row, bar.x0, bar.x1);
    const size_t s = size_t(bar.state);
    if (rect.width() < 3) { // too thin for an outline or a pattern: paint it like a strip
        painter.fillRect(rect, m_density[s][DensityLevels - 1]);
        return;
    }
    QRectF labelRect = rect;
    const QPen *labelPen = &m_textPen[s];
    painter.setBrush(Qt::NoBrush);
    if (bar.state == TaskState::Queued) {
        painter.setPen(m_queuedPen);
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    } else if (bar.state == TaskState::Running) {
        paintRunning(painter, layout, rect, labelRect, labelPen);
    } else {
        painter.fillRect(rect, m_brush[s]);
        if (m_pattern[s].style() != Qt::NoBrush)
            painter.fillRect(rect, m_pattern[s]);
    }
    if (layout.isSelected(bar.id)) {
        painter.setPen(m_selectedPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
    }
    paintBarLabel(painter, bar, labelRect, *labelPen);
}

void TimelinePainter::paintRunning(QPainter &painter, const TimelineLayout &layout, const QRectF &rect,
    QRectF &labelRect, const QPen *&labelPen) const
{
    // Solid up to "now", outlined for the time it still needs.
    const double now = std::clamp(layout.scale().xForTime(double(layout.nowMs())), rect.left(), rect.right());
    painter.fillRect(QRectF(rect.left(), rect.top(), now - rect.left(), rect.height()),
        m_brush[size_t(TaskState::Running)]);
    const QRectF ahead(now, rect.top(), rect.right() - now, rect.height());
    // The label goes in the larger part, so that the "now" line never crosses it.
    if (ahead.width() > now - rect.left()) {
        labelRect = ahead;
        labelPen = &m_textOnBase;
    } else {
        labelRect.setRight(now);
    }
    if (ahead.width() >= 1) {
        painter.fillRect(ahead, m_remainingBrush);
        painter.setPen(m_remainingPen);
        painter.drawRect(ahead.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelinePainter::paintBarLabel(
    QPainter &painter, const TimelineLayout::Bar &bar, const QRectF &rect, const QPen &pen) const
{
    if (rect.width() < m_digitWidth * 2 + 8 || rect.height() < m_metrics.height() - 2)
        return;
    const double width = composeLabel(bar, rect.width() - 8);
    if (width < 0)
        return;
    const QRectF textRect(rect.left() + 2, rect.top() + 1, width + 4, rect.height() - 2);
    const size_t s = size_t(bar.state);
    if (m_pattern[s].style() != Qt::NoBrush) { // keep hatching out from under the text
        painter.fillRect(textRect, m_base);
        painter.fillRect(textRect, m_brush[s]);
    }
    painter.setPen(pen);
    const double baseline = rect.center().y() + (m_metrics.ascent() - m_metrics.descent()) / 2;
    painter.drawText(QPointF(rect.left() + 4, baseline), m_text);
}

double TimelinePainter::composeLabel(const TimelineLayout::Bar &bar, double room) const
{
    // The longest label that fits: "! #12 · 3 s", then "! #12", then "12".
    m_text.resize(0);
    if (bar.state == TaskState::Failed || bar.state == TaskState::Cancelled) {
        m_text += bar.state == TaskState::Failed ? m_failedMark : m_cancelledMark;
        m_text += QLatin1Char(' ');
    }
    m_text += m_idPrefix;
    appendGrouped(qint64(bar.id - m_firstId + 1));
    m_text += m_idSuffix;
    const qsizetype shortLength = m_text.size();
    m_text += QStringLiteral(" · ");
    m_text += m_secondsPrefix;
    appendGrouped(bar.number);
    m_text += m_secondsSuffix;
    double width = m_metrics.horizontalAdvance(m_text);
    if (width > room) {
        m_text.truncate(shortLength);
        width = m_metrics.horizontalAdvance(m_text);
    }
    if (width > room) {
        m_text.resize(0);
        appendNumber(qint64(bar.id));
        width = m_metrics.horizontalAdvance(m_text);
    }
    return width > room ? -1 : width;
}

void TimelinePainter::paintBucket(
    QPainter &painter, const TimelineLayout &layout, const TimelineLayout::Bucket &bucket) const
{
    const auto &n = bucket.states;
    auto count = [&n](TaskState s) { return n[size_t(s)]; };
    if (count(TaskState::Cancelled) == bucket.count) {
        // Cancelled only (often a task cancelled before it started): a hatched "×" mark.
        const QRectF row = barRect(layout, bucket.row, bucket.x0, bucket.x1, false);
        const double half = std::min(row.height() / 2, 6.0);
        const QRectF mark((bucket.x0 + bucket.x1) / 2.0 - half, row.center().y() - half, 2 * half, 2 * half);
        painter.fillRect(mark, m_brush[size_t(TaskState::Cancelled)]);
        painter.setPen(m_cancelMarkPen);
        painter.drawLine(mark.topLeft(), mark.bottomRight());
        painter.drawLine(mark.topRight(), mark.bottomLeft());
        return;
    }
    TaskState dominant = TaskState::Queued;
    for (TaskState s : {TaskState::Cancelled, TaskState::Done, TaskState::Running, TaskState::Failed}) {
        if (count(s) > 0)
            dominant = s;
    }
    const QRectF rect = barRect(layout, bucket.row, bucket.x0, std::max(bucket.x1, bucket.x0 + 2), false);
    const int level = std::clamp(int(bucket.density() * DensityLevels), 0, DensityLevels - 1);
    painter.fillRect(rect, m_density[size_t(dominant)][size_t(level)]);
    if (count(TaskState::Failed) > 0) // failures stay visible however many tasks merge
        painter.fillRect(
            QRectF(rect.left(), rect.top(), rect.width(), 3), m_brush[size_t(TaskState::Failed)]);
    if (bucket.selected) {
        painter.setPen(m_selectedPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(-1, 0, 1, 0));
    }
}

void TimelinePainter::paintNow(QPainter &painter, const TimelineLayout &layout, const QRectF &area) const
{
    const double x = layout.scale().xForTime(double(layout.nowMs()));
    if (!layout.isLive() || x < layout.scale().left() || x > layout.scale().right())
        return;
    painter.setPen(m_nowPen);
    painter.drawLine(QPointF(x, area.top() + m_axisHeight), QPointF(x, area.bottom()));
}

void TimelinePainter::paintAxis(QPainter &painter, const TimelineLayout &layout, const QRectF &area) const
{
    const TimeScale &scale = layout.scale();
    const QRectF band(area.left(), area.top(), area.width(), m_axisHeight);
    painter.fillRect(band, m_header);
    painter.setPen(m_separatorPen);
    painter.drawLine(QPointF(area.left(), band.bottom() - 0.5), QPointF(area.right(), band.bottom() - 0.5));
    const QFontMetricsF &metrics = m_metrics;
    const double baseline = band.top() + 4 + metrics.ascent();
    // The "now" tag first: tick labels under it are left out rather than half hidden.
    const double now = scale.xForTime(double(layout.nowMs()));
    const bool nowShown = layout.isLive() && now >= scale.left() && now <= scale.right();
    const double tagWidth = metrics.horizontalAdvance(m_now) + 8;
    const QRectF tag(std::clamp(now - tagWidth / 2, scale.left(), area.right() - tagWidth), band.top() + 2,
        tagWidth, band.height() - 4);
    const double origin = double(layout.firstMs() != 0 ? layout.firstMs() : layout.nowMs());
    const double step = scale.tickStepMs(m_digitWidth * 8 + 24);
    for (double k = std::max(0.0, std::ceil((scale.startMs() - origin) / step));; ++k) {
        const double x = std::round(scale.xForTime(origin + k * step)) + 0.5;
        if (x > scale.right())
            break;
        painter.setPen(m_separatorPen);
        painter.drawLine(QPointF(x, band.bottom() - 4), QPointF(x, band.bottom()));
        formatOffset(k * step, step);
        const double width = metrics.horizontalAdvance(m_text);
        // Centred on its tick, but kept inside the plot (the first and last label).
        const double left = std::clamp(x - width / 2, scale.left() + 2, area.right() - width - 2);
        if (std::abs(left + width / 2 - x) > width / 2
            || (nowShown && left < tag.right() + 4 && left + width > tag.left() - 4))
            continue;
        painter.setPen(m_textOnBase);
        painter.drawText(QPointF(left, baseline), m_text);
    }
    if (nowShown) {
        painter.fillRect(tag, m_nowPen.color());
        painter.setPen(m_nowTextPen);
        painter.drawText(tag, Qt::AlignCenter, m_now);
    }
}

void TimelinePainter::paintRowLabels(QPainter &painter, const TimelineLayout &layout,
    const std::vector<QString> &labels, const QRectF &area) const
{
    const double right = layout.scale().left();
    const double rowsTop = area.top() + m_axisHeight;
    painter.fillRect(QRectF(area.left(), area.top(), right - area.left(), m_axisHeight), m_header);
    painter.setPen(m_separatorPen);
    painter.drawLine(QPointF(right - 0.5, area.top()), QPointF(right - 0.5, area.bottom()));
    painter.setClipRect(QRectF(area.left(), rowsTop, right - area.left() - 1, area.bottom() - rowsTop));
    painter.setPen(m_textOnBase);
    for (int row = std::max(0, layout.rowAt(rowsTop)); row >= 0 && row < layout.rowCount(); ++row) {
        const QRectF rect = layout.rowRect(row);
        if (rect.top() > area.bottom())
            break;
        if (size_t(row) < labels.size())
            painter.drawText(QRectF(area.left() + 8, rect.top(), right - area.left() - 12, rect.height()),
                Qt::AlignVCenter | Qt::AlignLeft, labels[size_t(row)]);
    }
    painter.setClipping(false);
}

void TimelinePainter::formatOffset(double offsetMs, double stepMs) const
{
    m_text.resize(0);
    const qint64 ms = std::llround(offsetMs);
    if (stepMs < 1000 || ms < 60'000) {
        m_text += m_secondsPrefix;
        appendNumber(ms / 1000);
        const int decimals = stepMs >= 1000 ? 0 : stepMs >= 100 ? 1 : stepMs >= 10 ? 2 : 3;
        if (decimals > 0) {
            m_text += m_decimalPoint;
            appendNumber((ms % 1000) / qint64(std::pow(10, 3 - decimals)), decimals);
        }
        m_text += m_secondsSuffix;
        return;
    }
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600) {
        appendNumber(seconds / 3600);
        m_text += QLatin1Char(':');
        appendNumber(seconds / 60 % 60, 2);
    } else {
        appendNumber(seconds / 60);
    }
    m_text += QLatin1Char(':');
    appendNumber(seconds % 60, 2);
}

void TimelinePainter::appendGrouped(qint64 value) const
{
    if (m_groupSeparator.isEmpty() || value < m_groupFrom) {
        appendNumber(value);
        return;
    }
    // Thousands first, then each group of three with its leading zeros.
    qint64 scale = 1;
    while (value / scale >= 1000)
        scale *= 1000;
    appendNumber(value / scale);
    for (scale /= 1000; scale >= 1; scale /= 1000) {
        m_text += m_groupSeparator;
        appendNumber(value / scale % 1000, 3);
    }
}

void TimelinePainter::appendNumber(qint64 value, int minimumDigits) const
{
    // Digits into a stack buffer: QString::number would allocate a new string for every label.
    std::array<char16_t, 24> digits {};
    size_t at = digits.size();
    const bool negative = value < 0;
    quint64 rest = negative ? quint64(-value) : quint64(value);
    do {
        digits[--at] = char16_t(u'0' + rest % 10);
        rest /= 10;
    } while (rest != 0 || int(digits.size() - at) < minimumDigits);
    if (negative)
        digits[--at] = u'-';
    m_text += QStringView(digits.data() + at, qsizetype(digits.size() - at));
}
