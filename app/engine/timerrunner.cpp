#include "engine/timerrunner.h"

#include "engine/timerloop.h"

TimerRunner::TimerRunner(QObject *parent)
    : TaskRunner(parent)
    , m_loop(std::make_unique<TimerLoop>([this](QList<TaskEvent> &events) { report(events); }))
{
    m_thread.setObjectName(QStringLiteral("HelloQueue event loop"));
    m_loop->moveToThread(&m_thread);
    m_thread.start();
}

TimerRunner::~TimerRunner()
{
    // Timers may only be stopped on their own thread: stop them there, end the thread, and only
    // then delete the loop (m_loop, here): joining the thread orders everything the loop did
    // before its deletion in a way ThreadSanitizer sees, which Qt's own hand-over is not.
    QMetaObject::invokeMethod(m_loop.get(), &TimerLoop::stop, Qt::BlockingQueuedConnection);
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
