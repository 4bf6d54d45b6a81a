#pragma once

#include "engine/taskrunner.h"

#include <deque>
#include <vector>

class QTimerEvent;

/**
 * Runs jobs on the thread it lives on (the GUI thread), like the lesson's asyncio program: each
 * running job's wait is a precise timer, so no thread is blocked and a waiting job costs nothing.
 * The file is written inline when the timer fires: it takes microseconds, not a visible pause.
 */
class TimerRunner : public TaskRunner
{
    Q_OBJECT
public:
    explicit TimerRunner(QObject *parent = nullptr);
    ~TimerRunner() override;

    void setConcurrency(int count) override;
    void submit(const QList<TaskJob> &jobs) override;
    QList<quint64> takeUnstarted() override;
    void cancel(quint64 id) override;
    void cancelAll() override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Running
    {
        TaskJob job;
        int timerId = 0;
        qint16 lane = 0;
    };

    void startWaiting();
    void runDueJobsInline();
    qint16 takeFreeLane();
    void finish(std::vector<Running>::iterator running, TaskState state, const QString &error);

    std::deque<TaskJob> m_waiting;
    std::vector<Running> m_running;
    std::vector<bool> m_laneBusy;
    int m_concurrency = 1;
};
