#pragma once

#include "timelinelayout.h"
#include "timelinepainter.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QAction;
class QHelpEvent;
class TaskQueue;
class TimelineSource;

/**
 * A live timeline of the queue: one lane per worker (a pool thread, or a timer slot on the main
 * thread), each task a bar from its start to its end, queued tasks waiting at the right where the
 * FIFO schedule expects them, and a "now" line. Repaints at most ~30 times a second and only while
 * something runs. Ctrl+wheel or a pinch zooms, the wheel or a drag scrolls along time; "Follow now"
 * keeps the current time in view. Clicking a bar reports the task; setSelectedTasks() marks tasks.
 */
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    /** Shows a live queue (not owned) and follows its signals. */
    void setQueue(TaskQueue *queue);
    /** Shows any source (not owned), e.g. a fixed schedule; call reload() after changing it. */
    void setSource(const TimelineSource *source);
    /** Reads every task again (lanes, time range, queued places). */
    void reload();

    /** Writes the timeline, every lane, at the current zoom into a PNG file. */
    bool exportPng(const QString &path);
    /** What exportPng() writes. */
    QImage renderImage();

    bool followNow() const { return m_followNow; }
    void setFollowNow(bool follow);
    /** Shows [fromMs, toMs] (wall clock) across the plot: leaves "fit" and "follow now". */
    void setVisibleTimeRange(qint64 fromMs, qint64 toMs);
    double pixelsPerMs() const { return m_layout.scale().pxPerMs(); }
    /** Where bars go, and one row's band, in viewport coordinates (as of the last paint). */
    QRectF plotRect() const;
    QRectF rowRect(int row) const { return m_layout.rowRect(row); }
    const TimelineLayout &layout() const { return m_layout; }
    const TimelinePainter &timelinePainter() const { return m_painter; }
    /** True while the view repaints by itself (something runs). */
    bool isAnimating() const { return m_frameTimer.isActive(); }

    QAction *followNowAction() const { return m_followAction; }
    QAction *exportAction() const { return m_exportAction; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void taskClicked(quint64 id);
    void followNowChanged(bool follow);

public slots:
    void setSelectedTasks(const QList<quint64> &ids);
    /** Asks for a file name and exports (the File menu's "Export timeline as PNG…"). */
    void exportPngWithDialog();
    /** Re-reads the queue's places and repaints (after the workers setting changed). */
    void refresh();
    void zoomIn();
    void zoomOut();
    /** Shows every task: the default until the user zooms or scrolls. */
    void zoomToFit();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void createActions();
    void retranslate();
    void connectQueue();
    void onTasksAdded();
    void onTaskChanged(quint64 id);
    void scheduleFrame();
    void onFrame();
    bool anythingRunning() const;
    void arrange(const QSize &size, bool allRows);
    void arrangeTime();
    void arrangeRows(const QSize &size, bool allRows);
    void updateScrollBars();
    void updateRowLabels();
    void zoomAt(double x, double factor);
    void scrollTime(double dx);
    void leaveAutomaticView();
    void revealTask(quint64 id);
    void showToolTip(QHelpEvent *event);
    void clickAt(QPointF point);

    TimelineLayout m_layout;
    TimelinePainter m_painter;
    std::unique_ptr<TimelineSource> m_queueSource;
    const TimelineSource *m_source = nullptr;
    QPointer<TaskQueue> m_queue;
    QMetaObject::Connection m_queueConnections[3];
    QTimer m_frameTimer;
    std::vector<QString> m_rowLabels;
    QAction *m_followAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_exportAction = nullptr;
    QPointF m_pressPosition;
    double m_timeScroll = 0; ///< the horizontal scroll bar's origin (ms) and unit (ms per step)
    double m_timeUnit = 1;
    int m_labelWidth = 0;
    bool m_followNow = true;
    bool m_fitAll = true;
    bool m_dirty = true;
    bool m_dragging = false;
    bool m_pressed = false;
    bool m_arranging = false;
};
