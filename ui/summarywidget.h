#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class TaskQueue;

/**
 * Counts per state, an overall progress bar (finished of all) and the exact time left
 * (TaskQueue::remainingTime). Refreshed a few times a second while anything runs, never per task,
 * so a flood of short tasks costs nothing here.
 */
class SummaryWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 250;

    explicit SummaryWidget(TaskQueue *queue, QWidget *parent = nullptr);

public slots:
    /** Reads the queue now. */
    void refresh();

signals:
    /** After every refresh (the window updates "Finishing… N left" from it). */
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void updateTimer();

    TaskQueue *m_queue;
    QLabel *m_summaryLabel;
    QProgressBar *m_overallProgressBar;
    QLabel *m_etaLabel;
    QTimer m_timer;
};
