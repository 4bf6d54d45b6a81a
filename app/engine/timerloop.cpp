#include "engine/timerloop.h"

#include "engine/computework.h"
#include "engine/foldersyncbatch.h"
#include "engine/taskwriter.h"

#include <QElapsedTimer>
#include <QTimerEvent>

#include <algorithm>

namespace {

/**
 * How long the loop may run zero-second jobs back to back before it looks at its inbox again:
 * a flood of them is reported in batches (their folder synced once), and a cancel still gets
 * through within a frame.
 */
constexpr qint64 InlineBudgetNs = 16'000'000;
/**
 * Zero-second jobs run inline between two hand-overs of their events: the GUI thread hands out the
 * next jobs as it hears of ends. A whole slice (~3 500 jobs in RAM) outran the jobs handed ahead
 * (TaskQueue's Prefetch), and the loop waited for the GUI thread at every slice.
 */
constexpr qsizetype InlineBatch = 256;

} // namespace

TimerLoop::TimerLoop(Reporter reporter, Now now)
    : m_reporter(std::move(reporter)), m_now(std::move(now)), m_laneBusy(MaximumWorkers + 1, false)
{ }

TimerLoop::~TimerLoop()
{
    // Pairs with stop(): everything the loop's thread did happens-before this, visibly to
    // ThreadSanitizer (QThread::wait() synchronises through Qt's uninstrumented locks).
    const std::lock_guard<std::mutex> lock(m_mutex);
}

void TimerLoop::stop()
{
    for (const Running &running : m_running)
        killTimer(running.timerId);
    m_running.clear();
    const std::lock_guard<std::mutex> lock(m_mutex); // the thread's last touch: see the destructor
}

void TimerLoop::setConcurrency(int count)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_concurrency = std::clamp(count, 0, MaximumWorkers);
    if (m_runningCount < m_concurrency && !m_waiting.empty())
        wake(lock);
}

void TimerLoop::submit(const QList<TaskJob> &jobs)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_waiting.insert(m_waiting.end(), jobs.begin(), jobs.end());
    wake(lock);
}

QList<quint64> TimerLoop::takeUnstarted()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_waiting.takeIds();
}

void TimerLoop::cancel(quint64 id)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_waiting.remove(id)) {
        // Running, or already ended: the loop interrupts it if it still runs.
        m_cancels.push_back(id);
        if (id == m_computingId) // the loop is busy computing it: only the flag reaches it now
            m_computeCancel = true;
        wake(lock);
        return;
    }
    lock.unlock();
    reportOne({id, m_now(), {}, -1, TaskEvent::Kind::Finished, TaskState::Cancelled});
}

void TimerLoop::cancelAll()
{
    std::deque<TaskJob> dropped;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        dropped.swap(m_waiting);
        m_cancelAllBelow = m_started; // jobs started from now on are not this call's to cancel
        if (m_computingId != 0)
            m_computeCancel = true;
        wake(lock);
    }
    const qint64 now = m_now();
    QList<TaskEvent> events;
    for (const TaskJob &job : dropped)
        events.append({job.id, now, {}, -1, TaskEvent::Kind::Finished, TaskState::Cancelled});
    m_reporter(events);
}

void TimerLoop::interrupt()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_interrupted = true;
    if (m_computingId != 0)
        m_computeCancel = true;
}

void TimerLoop::reportOne(TaskEvent &&event)
{
    QList<TaskEvent> events {std::move(event)};
    m_reporter(events);
}

void TimerLoop::wake(std::unique_lock<std::mutex> &lock)
{
    Q_UNUSED(lock);
    // One queued call per batch of requests, as TaskRunner::report does the other way.
    if (m_wakePending)
        return;
    m_wakePending = true;
    QMetaObject::invokeMethod(this, &TimerLoop::serve, Qt::QueuedConnection);
}

void TimerLoop::serve()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_wakePending = false;
    }
    applyCancels();
    runDueJobsInline();
    startWaiting();
}

void TimerLoop::applyCancels()
{
    std::vector<quint64> ids;
    quint64 below = 0;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        ids.swap(m_cancels);
        below = m_cancelAllBelow;
    }
    for (auto running = m_running.begin(); running != m_running.end();) {
        const bool asked
            = running->sequence < below || std::find(ids.begin(), ids.end(), running->job.id) != ids.end();
        running = asked ? finish(running, TaskState::Cancelled, {}) : running + 1;
    }
}

bool TimerLoop::takeNext(TaskJob &job, quint64 &sequence, Take take)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_interrupted || m_runningCount >= m_concurrency || m_waiting.empty()
        || (m_waiting.front().duration.count() > 0) != (take == Take::Timed))
        return false;
    job = std::move(m_waiting.front());
    m_waiting.pop_front();
    sequence = m_started++;
    ++m_runningCount;
    if (job.work == WorkKind::Compute && job.duration.count() > 0) {
        // Marked under the same lock that took it: a cancel from now on finds it by this id.
        m_computingId = job.id;
        m_computeCancel = false;
    }
    return true;
}

void TimerLoop::releaseSlot()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    --m_runningCount;
}

void TimerLoop::startWaiting()
{
    TaskJob job;
    quint64 sequence = 0;
    while (takeNext(job, sequence, Take::Timed)) {
        if (job.work == WorkKind::Compute) {
            compute(job);
            return; // back to the event loop: timers due meanwhile fire before the next job
        }
        Running running {std::move(job), sequence, 0, takeFreeLane()};
        running.timerId = startTimer(running.job.duration, Qt::PreciseTimer);
        reportOne({running.job.id, m_now(), {}, running.lane, TaskEvent::Kind::Started, TaskState::Running});
        m_running.push_back(std::move(running));
    }
}

void TimerLoop::compute(const TaskJob &job)
{
    const qint16 lane = takeFreeLane();
    reportOne({job.id, m_now(), {}, lane, TaskEvent::Kind::Started, TaskState::Running});
    const auto outcome
        = ComputeWork::run(job.duration, m_computeCancel, [this, &job](std::chrono::milliseconds done) {
              reportOne({job.id, m_now(), {}, -1, TaskEvent::Kind::Progress, TaskState::Running, 0,
                  qint32(done.count())});
          });
    bool cancelled = outcome == ComputeWork::Outcome::Cancelled;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        cancelled = cancelled || m_computeCancel;
        m_computingId = 0;
        wake(lock); // serve the inbox and the next job after the events that waited meanwhile
    }
    TaskEvent done {job.id, 0, {}, lane, TaskEvent::Kind::Finished, TaskState::Cancelled};
    if (!cancelled) {
        done.failure = TaskWriter::write(job.outputDirectory, job.number);
        done.state = done.failure.isNone() ? TaskState::Done : TaskState::Failed;
    }
    done.timeMs = m_now();
    m_laneBusy[size_t(lane)] = false;
    releaseSlot();
    reportOne(std::move(done));
}

qint16 TimerLoop::takeFreeLane()
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

void TimerLoop::timerEvent(QTimerEvent *event)
{
    // A cancel asked for before this timer fired wins over the write.
    applyCancels();
    const auto running = std::find_if(m_running.begin(), m_running.end(),
        [event](const Running &r) { return r.timerId == event->timerId(); });
    if (running == m_running.end()) {
        QObject::timerEvent(event);
        return;
    }
    const TaskFailure failure = TaskWriter::write(running->job.outputDirectory, running->job.number);
    finish(running, failure.isNone() ? TaskState::Done : TaskState::Failed, failure);
    runDueJobsInline();
    startWaiting();
}

void TimerLoop::runDueJobsInline()
{
    // Zero-second jobs next in line are due now: run them here rather than one event-loop pass
    // each, within a small time budget so that the inbox (a cancel, a pause) is read again soon.
    // Their events go out as one batch: one wake-up of the GUI thread per slice, not per job.
    QElapsedTimer budget;
    budget.start();
    // Their folder is synced once for the slice, before their Done goes out.
    QList<TaskEvent> events;
    FolderSyncBatch folders;
    TaskJob job;
    quint64 sequence = 0;
    bool more = true;
    while ((more = budget.nsecsElapsed() < InlineBudgetNs) && takeNext(job, sequence, Take::DueNow)) {
        const qint16 lane = takeFreeLane();
        events.append({job.id, m_now(), {}, lane, TaskEvent::Kind::Started, TaskState::Running});
        const TaskFailure failure
            = TaskWriter::write(job.outputDirectory, job.number, TaskWriter::FolderSync::Later);
        if (failure.isNone())
            folders.add(job.id, job.outputDirectory);
        m_laneBusy[size_t(lane)] = false;
        releaseSlot();
        events.append({job.id, m_now(), failure, lane, TaskEvent::Kind::Finished,
            failure.isNone() ? TaskState::Done : TaskState::Failed});
        if (events.size() >= 2 * InlineBatch) {
            folders.flush(events);
            m_reporter(events);
            events.clear();
        }
    }
    folders.flush(events);
    m_reporter(events);
    if (!more) { // the budget ran out: the inbox first, then the next slice
        std::unique_lock<std::mutex> lock(m_mutex);
        wake(lock);
    }
}

std::vector<TimerLoop::Running>::iterator TimerLoop::finish(
    std::vector<Running>::iterator running, TaskState state, const TaskFailure &failure)
{
    killTimer(running->timerId);
    m_laneBusy[size_t(running->lane)] = false;
    releaseSlot();
    reportOne({running->job.id, m_now(), failure, running->lane, TaskEvent::Kind::Finished, state});
    return m_running.erase(running);
}
