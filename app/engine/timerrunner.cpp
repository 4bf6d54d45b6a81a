#include "engine/timerrunner.h"

#include "engine/timerloop.h"

TimerRunner::TimerRunner(QObject *parent)
    : TaskRunner(parent)
    , m_loop(std::make_unique<TimerLoop>(
          [this](QList<TaskEvent> &events) { report(events); }, [this] { return clock().nowMs(); }))
{
    m_thread.setObjectName(QStringLiteral("HelloQueue event loop"));
    m_loop->moveToThread(&m_thread);
    // Timers may only be stopped on their own thread: finished() is emitted there, last.
    connect(&m_thread, &QThread::finished, m_loop.get(), &TimerLoop::stop, Qt::DirectConnection);
    // The thread starts with the first job (submit): a run in another mode, or a console start
    // that reads no number, never pays for it. Calls before then wait in the loop's inbox.
}

TimerRunner::~TimerRunner()
{
    // The loop stops its timers as its thread ends; it is deleted here (m_loop) afterwards.
    // A computation would hold the thread until it ends: interrupt it first.
    m_loop->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void TimerRunner::setConcurrency(int count)
{
    m_loop->setConcurrency(count);
}

void TimerRunner::submit(const QList<TaskJob> &jobs)
{
    m_loop->submit(jobs);
    if (!m_thread.isRunning())
        m_thread.start();
}

QList<quint64> TimerRunner::takeUnstarted()
{
    return m_loop->takeUnstarted();
}

void TimerRunner::cancel(quint64 id)
{
    m_loop->cancel(id);
}

void TimerRunner::cancelAll()
{
    m_loop->cancelAll();
}
