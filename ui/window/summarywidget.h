#pragma once

#include "models/taskcostmeter.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class TaskQueue;
class TaskTableModel;

/**
 * Counts per state, an overall progress bar (finished of all) and the exact time left
 * (TaskQueue::remainingTime). Refreshed a few times a second while anything runs, never per task,
 * so a flood of short tasks costs nothing here. The exact time left costs time in proportion to the
 * queue; with a huge queue it is computed less often and counts down in between.
 */
class SummaryWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 250;

    explicit SummaryWidget(TaskQueue *queue, QWidget *parent = nullptr);

    /** Counts only the listed tasks of @p model (not owned): Clear finished forgets the rest. */
    void setModel(const TaskTableModel *model);

public slots:
    /** Reads the queue now. */
    void refresh();
    /** The schedule changed (workers, cancel, retry): compute the time left afresh. */
    void invalidateTimeLeft();

signals:
    /** After every refresh (the window updates "Finishing… N left" from it). */
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void scheduleRefresh();
    void updateTimer();
    QString timeLeftText();
    int listedCount(int state) const;

    TaskQueue *m_queue;
    const TaskTableModel *m_model = nullptr;
    QLabel *m_summaryLabel;
    QProgressBar *m_overallProgressBar;
    QLabel *m_progressLabel;
    QLabel *m_etaLabel;
    QTimer m_timer;
    QElapsedTimer m_etaClock; ///< since the time left was last computed
    qint64 m_eta = 0; ///< ms left when it was last computed
    qint64 m_etaInterval = 0; ///< how long a computed time left is used, counting down
    bool m_etaStale = true;
    TaskCostMeter m_costMeter; ///< what each task costs besides its wait
    QElapsedTimer m_clock; ///< monotonic time for the cost meter
};
