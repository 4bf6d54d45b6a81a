#pragma once

#include "timeline/timelinelayout.h"
#include "timeline/timelinenavigation.h"
#include "timeline/timelinepainter.h"

#include <QAbstractScrollArea>
#include <QList>

#include <algorithm>

#include <vector>

class QHelpEvent;
class TimelineSource;

/**
 * Scrolls, zooms and paints a timeline read from a TimelineSource. Ctrl+wheel or a pinch zooms,
 * the wheel or a drag moves along time (and along lanes when they do not fit), "follow now" keeps
 * the current time in view, hovering explains a bar, clicking one reports its task. TimelineView
 * adds the live queue, the frame clock, the actions and the export.
 */
class TimelineArea : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineArea(QWidget *parent = nullptr);
    ~TimelineArea() override;

    bool followNow() const { return m_navigation.followNow(); }
    /** Shows [fromMs, toMs] (wall clock) across the plot: leaves "fit" and "follow now". */
    void setVisibleTimeRange(qint64 fromMs, qint64 toMs);
    double pixelsPerMs() const { return m_layout.scale().pxPerMs(); }
    /** Where bars go, and one row's band, in viewport coordinates (as of the last arrangement). */
    QRectF plotRect() const;
    QRectF rowRect(int row) const { return m_layout.rowRect(row); }
    const TimelineLayout &layout() const { return m_layout; }
    const TimelinePainter &timelinePainter() const { return m_painter; }

    /** How wide the lane labels' column is now; at least @p width from now on (timelines shown
     *  one above another line their time axes up). */
    int labelColumnWidth() const { return std::max(m_labelColumnWidth, m_minimumLabelColumnWidth); }
    void setMinimumLabelColumnWidth(int width);
    /** What an empty timeline says instead of its usual hint (empty: the usual hint). */
    void setEmptyText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void taskClicked(quint64 id);
    void followNowChanged(bool follow);

public slots:
    void setFollowNow(bool follow);
    void setSelectedTasks(const QList<quint64> &ids);
    void zoomIn();
    void zoomOut();
    /** Shows every task: the default until the user zooms or scrolls. */
    void zoomToFit();
    /** Arranges and repaints now (the queue's places too: after the workers setting changed). */
    virtual void refresh();

protected:
    /** Shows @p source (not owned, may be null) and reads every task once. */
    void showSource(const TimelineSource *source);
    const TimelineSource *source() const { return m_source; }
    TimelineLayout &mutableLayout() { return m_layout; }
    /** Places time, rows and scroll bars for a viewport of @p size; @p allRows for an export. */
    void arrange(const QSize &size, bool allRows);
    /** Paints into @p area what arrange() placed. */
    void paintTimeline(QPainter &painter, const QRectF &area);

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void arrangeRows(const QSize &size, bool allRows);
    void updateScrollBars();
    void updateRowLabels();
    void zoomAt(double x, double factor);
    void scrollTime(double dx);
    void leaveAutomaticView();
    void revealTask(quint64 id);
    void showToolTip(QHelpEvent *event);
    void clickAt(QPointF point);
    void select(quint64 id);

    TimelineLayout m_layout;
    TimelinePainter m_painter;
    TimelineNavigation m_navigation;
    const TimelineSource *m_source = nullptr;
    std::vector<QString> m_rowLabels;
    QPointF m_pressPosition;
    int m_labelledLanes = -1; ///< what m_rowLabels were made for
    int m_labelledWaitingRows = -1;
    int m_labelColumnWidth = 0;
    int m_minimumLabelColumnWidth = 0;
    bool m_followNowShown = true; ///< what followNowChanged() last said
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_arranging = false;
};
