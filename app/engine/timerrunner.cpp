#include "engine/timerrunner.h"

#include "engine/taskwriter.h"

#include <QElapsedTimer>
#include <QTimerEvent>

#include <algorithm>

TimerRunner::TimerRunner(QObject *parent) : TaskRunner(parent), m_laneBusy(MaximumWorkers + 1, false) { }

TimerRunner::~TimerRunner() = default;

void TimerRunner::setConcurrency(int count)
{
    m_concurrency = std::clamp(count, 0, MaximumWorkers);
    startWaiting();
}

void TimerRunner::submit(const QList<TaskJob> &jobs)
{
    m_waiting.insert(m_waiting.end(), jobs.begin(), jobs.end());
    startWaiting();
}

QList<quint64> TimerRunner::takeUnstarted()
{
    QList<quint64> ids;
    ids.reserve(qsizetype(m_waiting.size()));
    for (const TaskJob &job : m_waiting)
        ids.append(job.id);
    m_waiting.clear();
    return ids;
}

void TimerRunner::cancel(quint64 id)
{
    const auto waiting
        = std::find_if(m_waiting.begin(), m_waiting.end(), [id](const TaskJob &job) { return job.id == id; });
    if (waiting != m_waiting.end()) {
        m_waiting.erase(waiting);
        report({id, clock().nowMs(), {}, -1, TaskEvent::Kind::Finished, TaskState::Cancelled});
        return;
    }
    const auto running
        = std::find_if(m_running.begin(), m_running.end(), [id](const Running &r) { return r.job.id == id; });
    if (running != m_running.end()) {
        finish(running, TaskState::Cancelled, {});
        startWaiting();
    }
}

void TimerRunner::cancelAll()
{
    const qint64 now = clock().nowMs();
    for (const TaskJob &job : m_waiting)
        report({job.id, now, {}, -1, TaskEvent::Kind::Finished, TaskState::Cancelled});
    m_waiting.clear();
    while (!m_running.empty())
        finish(m_running.begin(), TaskState::Cancelled, {});
}

void TimerRunner::startWaiting()
{
    while (int(m_running.size()) < m_concurrency && !m_waiting.empty()) {
        Running running {std::move(m_waiting.front()), 0, takeFreeLane()};
        m_waiting.pop_front();
        running.timerId = startTimer(running.job.duration, Qt::PreciseTimer);
        report({running.job.id, clock().nowMs(), {}, running.lane, TaskEvent::Kind::Started,
            TaskState::Running});
        m_running.push_back(std::move(running));
    }
}

qint16 TimerRunner::takeFreeLane()
{
    // Lanes are numbered from 1, so the timeline and the task list show "slot 1", "slot 2", ...
    for (int lane = 1; lane <= MaximumWorkers; ++lane) {
        if (!m_laneBusy[size_t(lane)]) {
            m_laneBusy[size_t(lane)] = true;
            return qint16(lane);
        }
    }
    return qint16(MaximumWorkers);
}

void TimerRunner::timerEvent(QTimerEvent *event)
{
    const auto running = std::find_if(m_running.begin(), m_running.end(),
        [event](const Running &r) { return r.timerId == event->timerId(); });
    if (running == m_running.end()) {
        TaskRunner::timerEvent(event);
        return;
    }
    const QString error = TaskWriter::write(running->job.outputDirectory, running->job.number);
    finish(running, error.isEmpty() ? TaskState::Done : TaskState::Failed, error);
    runDueJobsInline();
    startWaiting();
}

void TimerRunner::runDueJobsInline()
{
    // Zero-second jobs next in line are due now: run them here rather than one event-loop pass
    // each, within a small time budget so the window keeps painting during a flood.
    constexpr qint64 BudgetNs = 4'000'000;
    QElapsedTimer budget;
    budget.start();
    while (int(m_running.size()) < m_concurrency && !m_waiting.empty()
        && m_waiting.front().duration.count() <= 0 && budget.nsecsElapsed() < BudgetNs) {
        const TaskJob job = std::move(m_waiting.front());
        m_waiting.pop_front();
        const qint16 lane = takeFreeLane();
        report({job.id, clock().nowMs(), {}, lane, TaskEvent::Kind::Started, TaskState::Running});
        const QString error = TaskWriter::write(job.outputDirectory, job.number);
        m_laneBusy[size_t(lane)] = false;
        report({job.id, clock().nowMs(), error, lane, TaskEvent::Kind::Finished,
            error.isEmpty() ? TaskState::Done : TaskState::Failed});
    }
}

void TimerRunner::finish(std::vector<Running>::iterator running, TaskState state, const QString &error)
{
    killTimer(running->timerId);
    m_laneBusy[size_t(running->lane)] = false;
    report({running->job.id, clock().nowMs(), error, running->lane, TaskEvent::Kind::Finished, state});
    m_running.erase(running);
}
