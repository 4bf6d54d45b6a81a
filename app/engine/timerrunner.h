#pragma once

#include "engine/taskrunner.h"

#include <QThread>

#include <memory>

class TimerLoop;

/**
 * Runs jobs like the lesson's asyncio program: one thread, many timers. The thread is its own,
 * never the GUI thread, so neither a slow disk nor a flood of short tasks freezes the window.
 * The runner itself lives on the caller's thread and hands every call to its TimerLoop.
 */
class TimerRunner : public TaskRunner
{
    Q_OBJECT
public:
    explicit TimerRunner(QObject *parent = nullptr);
    /** Stops the loop's thread; timers still running are dropped without a report. */
    ~TimerRunner() override;

    void setConcurrency(int count) override;
    void submit(const QList<TaskJob> &jobs) override;
    QList<quint64> takeUnstarted() override;
    void cancel(quint64 id) override;
    void cancelAll() override;

private:
    QThread m_thread;
    std::unique_ptr<TimerLoop> m_loop; ///< lives on m_thread; deleted here once the thread has ended
};
