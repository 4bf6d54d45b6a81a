#include "engine/processrunner.h"

#include "engine/workerexit.h"

#include <QCoreApplication>

#include <algorithm>
#include <unistd.h>

namespace {

/** How long the runner's destructor waits for a killed worker to be reaped. */
constexpr int ReapTimeoutMs = 2000;

/**
 * Events are held at most this long, or until there are MaxBatch, before they go to the GUI
 * thread's queue: each worker answers on its own, so a zero-second flood would otherwise hand
 * over a batch per answer or two.
 */
constexpr int MaxBatchAgeMs = 2;
constexpr qsizetype MaxBatch = 256;

QString &programOverride()
{
    static QString program;
    return program;
}

} // namespace

ProcessRunner::ProcessRunner(QObject *parent) : TaskRunner(parent)
{
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setTimerType(Qt::PreciseTimer);
    m_holdTimer.setInterval(MaxBatchAgeMs);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] { report(m_held); });
}

void ProcessRunner::hold(QList<TaskEvent> &events)
{
    if (events.isEmpty())
        return;
    m_held.append(events);
    events.clear();
    if (m_held.size() >= MaxBatch) {
        m_holdTimer.stop();
        report(m_held);
    } else if (!m_holdTimer.isActive()) {
        m_holdTimer.start();
    }
}

ProcessRunner::~ProcessRunner()
{
    for (auto &worker : m_workers) {
        if (worker)
            stop(*worker->process);
    }
    for (auto &worker : m_retiring)
        stop(*worker->process);
}

void ProcessRunner::stop(QProcess &process)
{
    // Killed, not asked: a worker may be in the middle of a long wait, and its file is written
    // atomically, so nothing half-done is left. Reaped here, so no zombie stays either.
    process.disconnect();
    if (process.state() == QProcess::NotRunning)
        return;
    process.kill();
    process.waitForFinished(ReapTimeoutMs);
}

void ProcessRunner::send(QProcess &process, const QByteArray &line)
{
    process.write(line);
    // Now, not on the event loop's next pass: a cancel is answered sooner, and a zero-second
    // flood pays one round trip per task, not one and an event-loop pass.
    if (process.state() == QProcess::Running)
        process.waitForBytesWritten(0);
}

void ProcessRunner::setWorkerProgram(const QString &program)
{
    programOverride() = program;
}

QString ProcessRunner::workerProgram()
{
    return programOverride().isEmpty() ? QCoreApplication::applicationFilePath() : programOverride();
}

void ProcessRunner::setConcurrency(int count)
{
    m_concurrency = std::clamp(count, 0, MaximumWorkers);
    for (int slot = m_concurrency + 1; slot <= MaximumWorkers; ++slot) {
        if (m_workers[size_t(slot)] && m_workers[size_t(slot)]->job == 0)
            retire(qint16(slot));
    }
    // Like the lesson's Pool, the processes start with the pool, not with the first task: a task
    // handed over later starts at once, not after an exec and the loading of Qt (tens of ms).
    for (int slot = 1; slot <= m_concurrency; ++slot)
        workerFor(qint16(slot));
    serve();
}

void ProcessRunner::submit(const QList<TaskJob> &jobs)
{
    m_waiting.insert(m_waiting.end(), jobs.begin(), jobs.end());
    serve();
}

QList<quint64> ProcessRunner::takeUnstarted()
{
    return m_waiting.takeIds();
}

void ProcessRunner::cancel(quint64 id)
{
    if (m_waiting.remove(id)) {
        QList<TaskEvent> batch {
            {id, clock().nowMs(), {}, -1, TaskEvent::Kind::Finished, TaskState::Cancelled}};
        hold(batch);
        return;
    }
    for (auto &worker : m_workers) {
        if (worker && worker->job == id && !worker->cancelled) {
            worker->cancelled = true;
            send(*worker->process, WorkerProtocol::cancel(id));
        }
    }
}

void ProcessRunner::cancelAll()
{
    QList<quint64> dropped = m_waiting.takeIds();
    for (auto &worker : m_workers) {
        if (worker && worker->job != 0)
            cancel(worker->job);
    }
    const qint64 now = clock().nowMs();
    QList<TaskEvent> batch;
    for (quint64 id : dropped)
        batch.append({id, now, {}, -1, TaskEvent::Kind::Finished, TaskState::Cancelled});
    hold(batch);
}

QList<qint64> ProcessRunner::processIds() const
{
    QList<qint64> ids;
    for (const auto &worker : m_workers) {
        if (worker && worker->pid > 0)
            ids.append(worker->pid);
    }
    for (const auto &worker : m_retiring) {
        if (worker->pid > 0)
            ids.append(worker->pid);
    }
    return ids;
}

void ProcessRunner::serve()
{
    // Running jobs may sit in slots above a lowered concurrency until they end, so there is a
    // free slot in 1..concurrency whenever fewer than concurrency jobs run.
    QList<TaskEvent> batch;
    while (m_running < m_concurrency && !m_waiting.empty()) {
        qint16 slot = 1;
        while (m_workers[size_t(slot)] && m_workers[size_t(slot)]->job != 0)
            ++slot;
        const TaskJob job = std::move(m_waiting.front());
        m_waiting.pop_front();
        Worker &worker = workerFor(slot);
        startJob(worker, job);
        // Started when handed over, in the batch of the job that freed the slot: the task is the
        // worker's from now on (a worker that dies before it answers fails it), and the list does
        // not show the slot idle for the round trip to the child.
        batch.append({job.id, clock().nowMs(), {}, slot, TaskEvent::Kind::Started, TaskState::Running,
            qint32(worker.pid)});
    }
    hold(batch);
}

ProcessRunner::Worker &ProcessRunner::workerFor(qint16 slot)
{
    std::unique_ptr<Worker> &worker = m_workers[size_t(slot)];
    if (worker)
        return *worker;
    worker = std::make_unique<Worker>();
    worker->slot = slot;
    worker->process = std::make_unique<QProcess>();
    QProcess *process = worker->process.get();
    Worker *raw = worker.get();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A process group of its own: Ctrl+C and a terminal's hang-up go to the app's group, and the
    // app decides what they mean for its tasks (the worker also ignores them, for the moment
    // between this and its own first lines).
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, raw] {
        readFrom(raw);
        serve();
    });
    connect(process, &QProcess::finished, this,
        [this, raw](int code, QProcess::ExitStatus status) { processEnded(raw, code, status); });
    connect(process, &QProcess::errorOccurred, this, [this, raw](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            startFailed(raw);
    });
    // The child checks that its parent is still the one that started it (see WorkerProcess).
    process->start(
        workerProgram(), {QStringLiteral("--worker"), QString::number(QCoreApplication::applicationPid())});
    worker->pid = process->processId();
    return *worker;
}

void ProcessRunner::startJob(Worker &worker, const TaskJob &job)
{
    worker.job = job.id;
    worker.cancelled = false;
    ++m_running;
    // Written into QProcess's buffer even before the process runs: it is sent once it does.
    send(*worker.process, WorkerProtocol::run(job));
}

void ProcessRunner::readFrom(Worker *worker)
{
    worker->input += worker->process->readAllStandardOutput();
    QList<TaskEvent> batch;
    const QList<QByteArray> lines = WorkerProtocol::takeLines(worker->input);
    for (const QByteArray &line : lines)
        handle(*worker, WorkerProtocol::parse(line), batch);
    hold(batch);
}

void ProcessRunner::handle(Worker &worker, const WorkerMessage &message, QList<TaskEvent> &batch)
{
    using Verb = WorkerMessage::Verb;
    if (message.id != worker.job || worker.job == 0)
        return; // a late answer about a job this worker no longer runs
    switch (message.verb) {
    case Verb::Progress:
        batch.append({worker.job, clock().nowMs(), {}, worker.slot, TaskEvent::Kind::Progress,
            TaskState::Running, qint32(worker.pid), qint32(message.workDoneMs)});
        break;
    case Verb::Done:
        endJob(worker, TaskState::Done, {}, batch);
        break;
    case Verb::Cancelled:
        endJob(worker, TaskState::Cancelled, {}, batch);
        break;
    case Verb::Failed:
        endJob(worker, TaskState::Failed, message.failure, batch);
        break;
    default:
        break;
    }
}

void ProcessRunner::endJob(
    Worker &worker, TaskState state, const TaskFailure &failure, QList<TaskEvent> &batch)
{
    batch.append({worker.job, clock().nowMs(), failure, worker.slot, TaskEvent::Kind::Finished, state,
        qint32(worker.pid)});
    worker.job = 0;
    worker.cancelled = false;
    --m_running;
    if (worker.slot > m_concurrency && m_workers[size_t(worker.slot)].get() == &worker)
        retire(worker.slot);
}

void ProcessRunner::retire(qint16 slot)
{
    std::unique_ptr<Worker> worker = std::move(m_workers[size_t(slot)]);
    // Its standard input closes: the worker reads the end and exits by itself.
    worker->process->closeWriteChannel();
    m_retiring.push_back(std::move(worker));
}

std::unique_ptr<ProcessRunner::Worker> ProcessRunner::takeWorker(Worker *worker)
{
    std::unique_ptr<Worker> taken;
    for (auto &slot : m_workers) {
        if (slot.get() == worker)
            taken = std::move(slot);
    }
    const auto retired = std::find_if(
        m_retiring.begin(), m_retiring.end(), [worker](const auto &w) { return w.get() == worker; });
    if (retired != m_retiring.end()) {
        taken = std::move(*retired);
        m_retiring.erase(retired);
    }
    // Called from the process's own signal: it is deleted once that signal has returned.
    QProcess *process = taken->process.release();
    process->disconnect(this);
    process->setParent(this);
    process->deleteLater();
    return taken;
}

void ProcessRunner::processEnded(Worker *worker, int exitCode, QProcess::ExitStatus status)
{
    readFrom(worker); // what it wrote before it ended comes first: it may have finished its job
    const std::unique_ptr<Worker> ended = takeWorker(worker);
    const auto kind = status == QProcess::CrashExit ? WorkerExit::Kind::Signal : WorkerExit::Kind::Status;
    failJob(*ended, WorkerExit::failure(kind, ended->pid, exitCode));
}

void ProcessRunner::startFailed(Worker *worker)
{
    const QString detail = worker->process->errorString();
    const std::unique_ptr<Worker> failed = takeWorker(worker);
    failJob(*failed, WorkerExit::failure(WorkerExit::Kind::StartFailed, 0, 0, detail));
}

void ProcessRunner::failJob(Worker &worker, const TaskFailure &reason)
{
    if (worker.job != 0) {
        QList<TaskEvent> batch;
        // A job the user cancelled stays Cancelled, whatever ended its process.
        endJob(worker, worker.cancelled ? TaskState::Cancelled : TaskState::Failed,
            worker.cancelled ? TaskFailure() : reason, batch);
        hold(batch);
    }
    // Not at once: a new process for the slot may fail the same way, inside this very call.
    QMetaObject::invokeMethod(this, &ProcessRunner::serve, Qt::QueuedConnection);
}
