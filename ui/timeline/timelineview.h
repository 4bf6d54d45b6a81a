#pragma once

#include "timeline/timelinearea.h"

#include <QImage>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class TaskQueue;

/**
 * A live timeline of the queue: one lane per worker (a pool thread, or a timer slot on the main
 * thread), each task a bar from its start to its end, queued tasks waiting at the right where the
 * FIFO schedule expects them, and a "now" line. Queue changes are gathered into one repaint per
 * frame, at most ~30 a second, and the view repaints by itself only while something runs.
 */
class TimelineView : public TimelineArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    /** Shows a live queue (not owned) and follows its signals; @p isListed leaves out the
     *  tasks taken off the list (Clear finished; none given: every task shows). */
    void setQueue(TaskQueue *queue, std::function<bool(quint64)> isListed = {});
    /** Shows any source (not owned), e.g. a fixed schedule; call reload() after changing it. */
    void setSource(const TimelineSource *source);
    /** Reads every task again (lanes, time range, queued places). */
    void reload();

    /** Writes the timeline, every lane, at the current zoom into a PNG file. */
    bool exportPng(const QString &path);
    /** What exportPng() writes. */
    QImage renderImage();

    /** True while the view repaints by itself (something runs). */
    bool isAnimating() const { return m_frameTimer.isActive(); }
    /** Checkable "Follow now", for a View menu as well as the context menu. */
    QAction *followNowAction() const { return m_followAction; }
    /** "Export timeline as PNG…", for the File menu. */
    QAction *exportAction() const { return m_exportAction; }

public slots:
    /** Asks for a file name and exports; a failure is reported in a message box. */
    void exportPngWithDialog();
    void refresh() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void retranslate();
    void connectQueue();
    void onTasksAdded();
    void onTaskChanged(quint64 id);
    void scheduleFrame();
    void onFrame();
    bool anythingRunning() const;

    std::unique_ptr<TimelineSource> m_queueSource;
    QPointer<TaskQueue> m_queue;
    QMetaObject::Connection m_queueConnections[4];
    QTimer m_frameTimer;
    QAction *m_followAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_exportAction = nullptr;
    bool m_dirty = true;
};
