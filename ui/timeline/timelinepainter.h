#pragma once

#include "timeline/timelinelayout.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPen>

#include <array>
#include <vector>

class QPainter;
class QPalette;

/**
 * Paints a TimelineLayout: the time axis, the lanes with their labels, bars coloured by state and
 * also marked by pattern (outline-only Queued, hatched Cancelled, cross-hatched "!" Failed), density
 * strips, and the "now" line. Colours are the Okabe–Ito set, readable for colour-blind users and on
 * light and dark palettes. Pens, brushes and text templates are made once per style, not per frame.
 */
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    TimelinePainter();

    /** Takes colours from @p palette and sizes from @p font; call again when either changes. */
    void setStyle(const QPalette &palette, const QFont &font);
    /** Re-reads the translated text pieces and the locale's digit grouping (language change). */
    void retranslate();
    /** Replaces the empty timeline's hint (empty: the usual one). */
    void setEmptyText(const QString &text) { m_customEmpty = text; }
    const QString &emptyText() const { return m_customEmpty.isEmpty() ? m_empty : m_customEmpty; }
    /** The id of the run's first task: bars show numbers from 1 in each run, as the table does. */
    void setFirstId(quint64 id) { m_firstId = id; }

    /** The fill of a bar in @p state (Queued bars have none: they are outlined). */
    QColor stateColor(TaskState state) const { return m_fill[size_t(state)]; }
    QColor nowColor() const { return m_nowPen.color(); }
    int axisHeight() const { return m_axisHeight; }
    int minimumRowHeight() const { return m_minimumRowHeight; }
    int preferredRowHeight() const { return m_preferredRowHeight; }
    /** How wide the label column must be for @p labels. */
    int labelColumnWidth(const std::vector<QString> &labels) const;

    /** Paints the whole timeline into @p area (the layout's rows and plot must lie inside it). */
    void paint(QPainter &painter, const TimelineLayout &layout, const std::vector<QString> &rowLabels,
        const QRectF &area) const;
    /** What an empty timeline says. */
    void paintEmpty(QPainter &painter, const QRectF &area) const;

private:
    void setStateStyles(const QColor &text, bool dark);
    void paintRows(QPainter &painter, const TimelineLayout &layout, const QRectF &area) const;
    void paintGrid(QPainter &painter, const TimelineLayout &layout, const QRectF &area) const;
    void paintBar(QPainter &painter, const TimelineLayout &layout, const TimelineLayout::Bar &bar) const;
    void paintBarLabel(
        QPainter &painter, const TimelineLayout::Bar &bar, const QRectF &rect, const QPen &pen) const;
    void paintRunning(QPainter &painter, const TimelineLayout &layout, const QRectF &rect, QRectF &labelRect,
        const QPen *&labelPen) const;
    /** Writes the longest label that fits in @p room pixels into m_text; its width, or -1. */
    double composeLabel(const TimelineLayout::Bar &bar, double room) const;
    void paintBucket(
        QPainter &painter, const TimelineLayout &layout, const TimelineLayout::Bucket &bucket) const;
    void paintNow(QPainter &painter, const TimelineLayout &layout, const QRectF &area) const;
    void paintAxis(QPainter &painter, const TimelineLayout &layout, const QRectF &area) const;
    void paintRowLabels(QPainter &painter, const TimelineLayout &layout, const std::vector<QString> &labels,
        const QRectF &area) const;
    QRectF barRect(const TimelineLayout &layout, int row, double x0, double x1, bool separate = true) const;
    /** Writes a time since the first task ("2 s", "0.25 s", "1:30") into m_text. */
    void formatOffset(double offsetMs, double stepMs) const;
    void appendNumber(qint64 value, int minimumDigits = 1) const;
    /** A count or a number of seconds, grouped as QLocale groups it ("86,400", "86 400"). */
    void appendGrouped(qint64 value) const;

    static constexpr int DensityLevels = 8;

    std::array<QColor, TaskStateCount> m_fill;
    std::array<QPen, TaskStateCount> m_textPen;
    std::array<QBrush, TaskStateCount> m_brush;
    std::array<QBrush, TaskStateCount> m_pattern; ///< drawn over the fill: hatching, cross-hatching
    std::array<std::array<QBrush, DensityLevels>, TaskStateCount> m_density;
    QBrush m_remainingBrush; ///< the part of a running bar still ahead of "now"
    QPen m_remainingPen;
    QPen m_queuedPen;
    QPen m_cancelMarkPen;
    QPen m_selectedPen;
    QPen m_gridPen;
    QPen m_separatorPen;
    QPen m_nowPen;
    QPen m_nowTextPen;
    QPen m_textOnBase;
    QPen m_placeholderPen;
    QColor m_base;
    QColor m_alternate;
    QColor m_waiting;
    QColor m_header;
    QFont m_font;
    QFontMetricsF m_metrics {QFont()};
    QString m_idPrefix, m_idSuffix; ///< "#%1" around the number
    QString m_secondsPrefix, m_secondsSuffix; ///< "%1 s" around the number
    QString m_decimalPoint;
    QString m_groupSeparator; ///< empty where the locale does not group
    qint64 m_groupFrom = 1000; ///< the smallest number the locale groups (1 000 or 10 000)
    quint64 m_firstId = 1;
    QString m_failedMark, m_cancelledMark, m_now, m_empty, m_customEmpty;
    mutable QString m_text; ///< reused for every label, so painting allocates nothing per bar
    double m_digitWidth = 7;
    int m_axisHeight = 20;
    int m_minimumRowHeight = 18;
    int m_preferredRowHeight = 26;
};
