#include "engine/taskqueue.h"

#include "engine/fifoschedule.h"
#include "engine/processrunner.h"
#include "engine/taskjournal.h"
#include "engine/taskprogress.h"
#include "engine/taskwriter.h"
#include "engine/threadpoolrunner.h"
#include "engine/timerrunner.h"

#include <QDir>
#include <QThread>

#include <algorithm>

using std::chrono::milliseconds;

namespace {

/**
 * Jobs handed to a runner beyond its free slots, so that the next task starts without a round
 * trip through the GUI thread and a flood of short tasks is reported in batches. Enough to outlast
 * the thread's pauses: the console's reads wait for their commit, which waits behind the journal's
 * other work (a burst of finished tasks, a prune); 1024 zero-second jobs lasted ~4 ms, and the
 * pool thread of a 100 000-task flood slept ~50 ms for want of jobs.
 */
constexpr int Prefetch = 4096;

constexpr std::array<RunMode, RunModeCount> AllModes {RunMode::Threads, RunMode::Events, RunMode::Processes};

} // namespace

TaskQueue::TaskQueue(QObject *parent)
    : QObject(parent)
    , m_runners {std::make_unique<ThreadPoolRunner>(), std::make_unique<TimerRunner>(),
          std::make_unique<ProcessRunner>()}
    , m_outputDirectory(QDir::currentPath())
    , m_cores(std::max(1, QThread::idealThreadCount()))
{
    qRegisterMetaType<TaskEvent>();
    for (RunMode mode : AllModes) {
        connect(runner(mode), &TaskRunner::events, this,
            [this, mode](const QList<TaskEvent> &events) { onRunnerEvents(mode, events); });
    }
}

TaskQueue::~TaskQueue()
{
    // Runners stop their waits, join their threads and end their processes before the tasks go.
    for (auto &runner : m_runners)
        runner->cancelAll();
    for (auto &runner : m_runners)
        runner.reset();
    if (m_journal)
        m_journal->flush();
}

TaskRunner *TaskQueue::runner(RunMode mode) const
{
    return m_runners[size_t(mode)].get();
}

void TaskQueue::setClock(const TaskClock &clock)
{
    if (!m_tasks.empty())
        return;
    m_clock = &clock;
    for (auto &runner : m_runners)
        runner->setClock(clock);
}

void TaskQueue::setOutputDirectory(const QString &directory)
{
    m_outputDirectory = directory;
}

void TaskQueue::setWorkers(int count)
{
    m_workers = std::clamp(count, 1, MaximumWorkers);
    dispatch();
}

void TaskQueue::setMode(RunMode mode)
{
    if (mode == m_mode)
        return;
    reclaimUnstarted(m_mode);
    m_mode = mode;
    dispatch();
}

void TaskQueue::setFirstId(quint64 id)
{
    if (!m_tasks.empty() || id == 0)
        return;
    m_firstId = m_cursor = m_oldestUnfinished = id;
}

bool TaskQueue::contains(quint64 id) const
{
    return id >= m_firstId && id - m_firstId < m_tasks.size();
}

const Task &TaskQueue::task(quint64 id) const
{
    Q_ASSERT(contains(id));
    return m_tasks[size_t(id - m_firstId)];
}

QString TaskQueue::filePath(const Task &task) const
{
    return TaskWriter::filePath(task.outputDirectory, task.number);
}

quint64 TaskQueue::enqueue(const QList<int> &numbers)
{
    return enqueue(numbers, m_work);
}

quint64 TaskQueue::enqueue(const QList<int> &numbers, WorkKind work)
{
    return append(size_t(numbers.size()), [&](size_t i) {
        const int number = numbers[qsizetype(i)];
        return NewTask {number, number * m_secondLength, work};
    });
}

void TaskQueue::prepare(quint64 firstId, const QList<int> &numbers, WorkKind work)
{
    if (m_finishing || firstId != m_firstId + m_tasks.size() + m_tasks.staged())
        return;
    m_tasks.expect(size_t(numbers.size()));
    for (qsizetype i = 0; i < numbers.size(); ++i)
        fill(m_tasks.stageBack(), firstId + quint64(i), {numbers[i], numbers[i] * m_secondLength, work});
}

quint64 TaskQueue::enqueuePrepared(quint64 firstId, qsizetype count)
{
    if (m_finishing || count <= 0 || firstId != m_firstId + m_tasks.size()
        || m_tasks.staged() < size_t(count)) {
        dropPrepared();
        return 0;
    }
    // Durable before it is shown. The window's numbers are recorded ahead; were they not, they are
    // recorded now, as append() does.
    if (m_journal && !m_journal->takeRecordedAhead(firstId, count)) {
        std::vector<Task> copies;
        copies.reserve(size_t(count));
        for (qsizetype i = 0; i < count; ++i)
            copies.push_back(m_tasks[m_tasks.size() + size_t(i)]);
        const QString error = m_journal->recordAdded(copies.data(), count);
        if (!error.isEmpty()) {
            dropPrepared();
            emit errorOccurred(error);
            return 0;
        }
    }
    m_tasks.publish(size_t(count));
    added(firstId, size_t(count));
    return firstId;
}

void TaskQueue::dropPrepared()
{
    m_tasks.dropStaged();
}

quint64 TaskQueue::enqueue(int number, milliseconds duration)
{
    return enqueue(number, duration, m_work);
}

quint64 TaskQueue::enqueue(int number, milliseconds duration, WorkKind work)
{
    return append({{number, duration, work}});
}

quint64 TaskQueue::append(const std::vector<NewTask> &tasks)
{
    return append(tasks.size(), [&tasks](size_t i) { return tasks[i]; });
}

void TaskQueue::fill(Task &task, quint64 id, const NewTask &described) const
{
    task.id = id;
    task.number = described.number;
    task.duration = described.duration;
    task.work = described.work;
    task.outputDirectory = m_outputDirectory;
}

template<typename TaskAt> quint64 TaskQueue::append(size_t count, const TaskAt &taskAt)
{
    if (m_finishing || count == 0)
        return 0;
    const quint64 first = m_firstId + m_tasks.size();
    // Durable before it is shown: a task the user saw as Queued survives a crash.
    if (m_journal && !m_journal->takeRecordedAhead(first, qsizetype(count))) {
        std::vector<Task> built(count);
        for (size_t i = 0; i < count; ++i)
            fill(built[i], first + i, taskAt(i));
        const QString error = m_journal->recordAdded(built.data(), qsizetype(built.size()));
        if (!error.isEmpty()) {
            emit errorOccurred(error);
            return 0;
        }
        m_tasks.dropStaged(); // prepared for numbers this add came before: they are added anew
        m_tasks.expect(count);
        for (Task &task : built)
            m_tasks.emplaceBack() = std::move(task);
    } else { // built in place: a million tasks are built once, not twice
        m_tasks.dropStaged();
        m_tasks.expect(count);
        for (size_t i = 0; i < count; ++i)
            fill(m_tasks.emplaceBack(), first + i, taskAt(i));
    }
    added(first, count);
    return first;
}

void TaskQueue::added(quint64 first, size_t count)
{
    m_counts[size_t(TaskState::Queued)] += int(count);
    emit tasksAdded(first, int(count));
    dispatch();
    updateState();
}

void TaskQueue::cancel(const QList<quint64> &ids)
{
    for (quint64 id : ids) {
        if (!contains(id))
            continue;
        Task &t = taskRef(id);
        if (t.state == TaskState::Running || (t.state == TaskState::Queued && t.submitted)) {
            t.cancelRequested = true; // its report may arrive after a Stop now: still the user's
            runner(t.mode)->cancel(id); // reports Cancelled through its events
        } else if (t.state == TaskState::Queued) {
            t.finishedMs = m_clock->nowMs();
            setTaskState(t, TaskState::Cancelled);
        }
    }
    updateState();
}

quint64 TaskQueue::retry(const QList<quint64> &ids)
{
    std::vector<NewTask> tasks;
    std::vector<quint64> originals;
    for (quint64 id : ids) {
        // Idempotent: a task already retried (or listed twice) gets no second copy.
        if (!contains(id) || !canRetry(task(id))
            || std::find(originals.begin(), originals.end(), id) != originals.end())
            continue;
        tasks.push_back({task(id).number, task(id).duration, task(id).work});
        originals.push_back(id);
    }
    const quint64 first = append(tasks);
    if (first == 0)
        return 0;
    for (size_t i = 0; i < originals.size(); ++i) {
        taskRef(originals[i]).retriedAs = first + i;
        emit taskChanged(originals[i]);
    }
    return first;
}

void TaskQueue::pause()
{
    if (m_paused || m_finishing)
        return;
    m_paused = true;
    reclaimAllUnstarted();
    updateState();
}

void TaskQueue::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    dispatch();
    updateState();
}

void TaskQueue::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_paused) {
        m_paused = false;
        dispatch();
    }
    updateState();
}

void TaskQueue::stopNow()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_finishing = true;
    reclaimAllUnstarted();
    for (auto &runner : m_runners)
        runner->cancelAll();
    updateState();
}

void TaskQueue::reclaimUnstarted(RunMode mode)
{
    const QList<quint64> ids = runner(mode)->takeUnstarted();
    for (quint64 id : ids) {
        taskRef(id).submitted = false;
        m_cursor = std::min(m_cursor, id);
    }
    load(mode).unstarted -= int(ids.size());
}

void TaskQueue::reclaimAllUnstarted()
{
    for (RunMode mode : AllModes)
        reclaimUnstarted(mode);
}

void TaskQueue::dispatch()
{
    if (m_paused || m_stopping)
        return;
    // Tasks still running in other modes count against the same number of workers, and so do
    // the ones they have already started whose reports are still on the way: what they had not
    // started was taken back when the mode changed, so all they still hold is running.
    int freeSlots = m_workers;
    for (RunMode other : AllModes) {
        if (other == m_mode)
            continue;
        freeSlots -= load(other).running + load(other).unstarted;
        runner(other)->setConcurrency(0);
    }
    freeSlots = std::max(0, freeSlots);
    TaskRunner *active = runner(m_mode);
    active->setConcurrency(freeSlots);
    RunnerLoad &activeLoad = load(m_mode);
    const int limit = freeSlots == 0 ? 0 : freeSlots + Prefetch;
    const quint64 end = m_firstId + m_tasks.size();
    QList<TaskJob> jobs;
    while (activeLoad.unstarted + activeLoad.running < limit && m_cursor < end) {
        Task &t = taskRef(m_cursor++);
        if (t.state != TaskState::Queued || t.submitted)
            continue;
        t.submitted = true;
        t.mode = m_mode;
        ++activeLoad.unstarted;
        jobs.append({t.id, t.number, t.duration, t.outputDirectory, t.work});
    }
    if (!jobs.isEmpty())
        active->submit(jobs);
}

void TaskQueue::onRunnerEvents(RunMode mode, const QList<TaskEvent> &events)
{
    for (const TaskEvent &event : events)
        apply(mode, event);
    dispatch();
    updateState();
}

void TaskQueue::apply(RunMode mode, const TaskEvent &event)
{
    if (!contains(event.id))
        return;
    Task &t = taskRef(event.id);
    if (event.kind == TaskEvent::Kind::Progress) {
        if (t.state == TaskState::Running && event.workDoneMs > t.workDoneMs) {
            t.workDoneMs = event.workDoneMs;
            emit taskChanged(t.id);
        }
        return;
    }
    RunnerLoad &runnerLoad = load(mode);
    if (event.kind == TaskEvent::Kind::Started) {
        --runnerLoad.unstarted;
        ++runnerLoad.running;
        t.submitted = false;
        t.startedMs = event.timeMs;
        // The wall clock only to print when it started: now's wall time, less the report's delay.
        t.startedWallMs = m_clock->wallMs() - (m_clock->nowMs() - event.timeMs);
        t.worker = event.worker;
        t.pid = event.pid;
        t.mode = mode;
        setTaskState(t, TaskState::Running);
        return;
    }
    if (t.state == TaskState::Running)
        --runnerLoad.running;
    else
        --runnerLoad.unstarted;
    t.submitted = false;
    if (m_stopping && event.state == TaskState::Cancelled && !t.cancelRequested) {
        // Stop now interrupts; the task is not the user's cancel, so it stays unfinished and is kept.
        t.startedMs = 0;
        t.startedWallMs = 0;
        t.worker = -1;
        t.workDoneMs = 0;
        t.pid = 0;
        m_cursor = std::min(m_cursor, t.id);
        setTaskState(t, TaskState::Queued);
        return;
    }
    t.finishedMs = event.timeMs;
    t.failure = event.failure;
    setTaskState(t, event.state);
}

void TaskQueue::setTaskState(Task &task, TaskState state)
{
    if (task.state == state)
        return;
    --m_counts[size_t(task.state)];
    ++m_counts[size_t(state)];
    task.state = state;
    if (isFinal(state) && m_journal)
        m_journal->recordFinished(task);
    emit taskChanged(task.id);
}

void TaskQueue::updateState()
{
    const quint64 end = m_firstId + m_tasks.size();
    while (m_oldestUnfinished < end && isFinal(taskRef(m_oldestUnfinished).state))
        ++m_oldestUnfinished;

    const bool inFlight = std::any_of(
        m_loads.begin(), m_loads.end(), [](const RunnerLoad &l) { return l.unstarted + l.running > 0; });
    State next = State::Running;
    if (m_stopping)
        next = inFlight ? State::Finishing : State::Finished;
    else if (m_finishing)
        next = unfinished() > 0 ? State::Finishing : State::Finished;
    else if (m_paused)
        next = State::Paused;
    else if (unfinished() == 0)
        next = State::Idle;
    if (next == m_state)
        return;
    const State previous = m_state;
    m_state = next;
    if (m_journal && (next == State::Idle || next == State::Finished))
        m_journal->flush();
    emit stateChanged(next);
    if (next == State::Idle || (next == State::Finished && previous == State::Finishing && !m_stopping))
        emit drained();
    if (next == State::Finished)
        emit finished();
}

qsizetype TaskQueue::dropFinished()
{
    const quint64 end = std::min<quint64>(m_oldestUnfinished, m_firstId + m_tasks.size());
    const auto dropped = qsizetype(end - m_firstId);
    m_tasks.dropFront(size_t(dropped));
    m_firstId = end;
    m_cursor = std::max(m_cursor, end);
    return dropped;
}

FifoSchedule TaskQueue::emptySchedule() const
{
    return FifoSchedule(m_workers, m_cores,
        m_mode == RunMode::Events ? FifoSchedule::Computing::BlocksLoop : FifoSchedule::Computing::OnCores);
}

milliseconds TaskQueue::remainingTime() const
{
    FifoSchedule schedule = emptySchedule();
    const qint64 now = m_clock->nowMs();
    const auto from = size_t(m_oldestUnfinished - m_firstId);
    // The running tasks first (a schedule adds them before the queued ones): one per worker at
    // most, near the front, so this walk stops early.
    int running = count(TaskState::Running);
    if (running > 0) {
        m_tasks.walk(from, [&](const Task &t) {
            if (t.state == TaskState::Running) {
                // A computing task ends when its CPU share says (the same end as its bar in the table).
                schedule.addRunning(
                    milliseconds(TaskProgress::remainingMs(t, now)), t.work == WorkKind::Compute);
                --running;
            }
            return running > 0;
        });
    }
    // Queued tasks in runs of one duration and work (a paste is mostly one run).
    milliseconds runDuration {0};
    bool runComputes = false;
    qsizetype runLength = 0;
    m_tasks.walk(from, [&](const Task &t) {
        if (t.state != TaskState::Queued)
            return true;
        const bool computes = t.work == WorkKind::Compute;
        if (runLength > 0 && (t.duration != runDuration || computes != runComputes)) {
            schedule.addQueued(runDuration, runComputes, runLength);
            runLength = 0;
        }
        runDuration = t.duration;
        runComputes = computes;
        ++runLength;
        return true;
    });
    schedule.addQueued(runDuration, runComputes, runLength);
    return schedule.makespan();
}
