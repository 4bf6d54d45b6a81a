#include "engine/processrunner.h"

#include "engine/workerexit.h"

#include <QCoreApplication>

#include <algorithm>
#include <fcntl.h>
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
/**
 * How many jobs a lone worker is offered ahead of the one it runs: it runs them one after another
 * without waiting for the parent, which hears their ends in batches and tops the offers up.
 */
constexpr size_t OfferedAhead = 16;

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
    if (m_concurrency != 1)
        withdrawAllOffers(); // only a lone worker is offered jobs ahead
    for (int slot = m_concurrency + 1; slot <= MaximumWorkers; ++slot) {
        if (m_workers[size_t(slot)] && !busy(*m_workers[size_t(slot)]))
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
    QList<quint64> ids;
    for (auto &worker : m_workers) {
        if (!worker)
            continue;
        for (const TaskJob &job : withdrawOffers(*worker))
            ids.append(job.id); // offered jobs were the first in line
    }
    ids.append(m_waiting.takeIds());
    return ids;
}

void ProcessRunner::cancel(quint64 id)
{
    bool dropped = m_waiting.remove(id);
    bool withdrew = false;
    for (auto &worker : m_workers) {
        const auto isIt = [id](const Offer &offer) { return offer.job.id == id; };
        if (dropped || !worker || std::none_of(worker->offered.begin(), worker->offered.end(), isIt))
            continue;
        // Offers are withdrawn all at once: the others go back in line, first, and are offered again.
        QList<TaskJob> back = withdrawOffers(*worker);
        withdrew = true;
        dropped = back.removeIf([id](const TaskJob &job) { return job.id == id; }) > 0;
        m_waiting.insert(m_waiting.begin(), back.begin(), back.end());
        if (!worker)
            continue; // retired, idle
        const auto taken = std::find_if(worker->offered.begin(), worker->offered.end(), isIt);
        if (taken != worker->offered.end() && !taken->cancelled) {
            // Started already, behind the job the worker was running: the cancel interrupts it there.
            taken->cancelled = true;
            send(*worker->process, WorkerProtocol::cancel(id));
        }
    }
    if (dropped) {
        QList<TaskEvent> batch {
            {id, clock().nowMs(), {}, -1, TaskEvent::Kind::Finished, TaskState::Cancelled}};
        hold(batch);
    }
    for (auto &worker : m_workers) {
        if (!dropped && worker && worker->job == id && !worker->cancelled) {
            worker->cancelled = true;
            send(*worker->process, WorkerProtocol::cancel(id));
        }
    }
    if (withdrew)
        serve(); // what the withdraw put back in line
}

void ProcessRunner::cancelAll()
{
    QList<quint64> dropped = takeUnstarted();
    for (auto &worker : m_workers) {
        if (!worker)
            continue;
        QList<quint64> running; // offers that takeUnstarted() found started, then the job
        for (const Offer &offer : worker->offered)
            running.append(offer.job.id);
        if (worker->job != 0)
            running.append(worker->job);
        for (quint64 id : running)
            cancel(id);
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
        while (m_workers[size_t(slot)] && busy(*m_workers[size_t(slot)]))
            ++slot;
        const TaskJob job = std::move(m_waiting.front());
        m_waiting.pop_front();
        Worker &worker = workerFor(slot);
        startJob(worker, job);
        // Started when handed over, in the batch of the job that freed the slot: the task is the
        // worker's from now on (a worker that dies before it answers fails it), and the list does
        // not show the slot idle for the round trip to the child.
        batch.append({job.id, worker.startedMs, {}, slot, TaskEvent::Kind::Started, TaskState::Running,
            qint32(worker.pid)});
    }
    hold(batch);
    offerAhead();
}

void ProcessRunner::offerAhead()
{
    // Only to a lone worker, the only one busy: with more workers a waiting job goes to whichever
    // frees first, and one offered behind a job in a slot above a lowered concurrency would make
    // two at once.
    if (m_concurrency != 1 || m_running != 1 || m_waiting.empty())
        return;
    Worker *worker = m_workers[1].get();
    if (!worker || !busy(*worker) || !worker->offers || worker->offered.size() >= OfferedAhead)
        return;
    QByteArray lines;
    while (worker->offered.size() < OfferedAhead && !m_waiting.empty()) {
        Offer offer {worker->offers->add(), std::move(m_waiting.front())};
        m_waiting.pop_front();
        lines += WorkerProtocol::next(offer.job, offer.number);
        worker->offered.push_back(std::move(offer));
    }
    send(*worker->process, lines);
}

QList<TaskJob> ProcessRunner::withdrawOffers(Worker &worker)
{
    if (worker.offered.empty())
        return {};
    // The worker takes offers in order: those numbered below `untaken` have started (all but the
    // last have even ended), and the job before each ended by now. The rest come back.
    const quint32 untaken = worker.offers->withdrawAll();
    const qint64 now = clock().nowMs();
    auto offer = worker.offered.begin();
    for (; offer != worker.offered.end() && qint32(offer->number - untaken) < 0; ++offer) {
        if (offer->takenAt < 0)
            offer->takenAt = now;
    }
    QList<TaskJob> back;
    for (auto rest = offer; rest != worker.offered.end(); ++rest)
        back.append(std::move(rest->job));
    worker.offered.erase(offer, worker.offered.end());
    QList<TaskEvent> batch;
    settle(worker, batch, now); // idle between two jobs: its next one has started, or it has none
    hold(batch);
    return back;
}

void ProcessRunner::withdrawAllOffers()
{
    for (auto &worker : m_workers) {
        if (!worker)
            continue;
        const QList<TaskJob> back = withdrawOffers(*worker);
        m_waiting.insert(m_waiting.begin(), back.begin(), back.end()); // first in line, in order
    }
}

ProcessRunner::Worker &ProcessRunner::workerFor(qint16 slot)
{
    std::unique_ptr<Worker> &worker = m_workers[size_t(slot)];
    if (worker)
        return *worker;
    worker = std::make_unique<Worker>();
    worker->slot = slot;
    worker->offers = JobOffers::create();
    worker->process = std::make_unique<QProcess>();
    QProcess *process = worker->process.get();
    Worker *raw = worker.get();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A process group of its own: Ctrl+C and a terminal's hang-up go to the app's group, and the
    // app decides what they mean for its tasks (the worker also ignores them, for the moment
    // between this and its own first lines).
    // The JobOffers' descriptor is inherited by this child only.
    const int offersFd = worker->offers ? worker->offers->fd() : -1;
    process->setChildProcessModifier([offersFd] {
        ::setpgid(0, 0);
        if (offersFd >= 0)
            ::fcntl(offersFd, F_SETFD, 0);
    });
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
    QStringList arguments {QStringLiteral("--worker"), QString::number(QCoreApplication::applicationPid())};
    if (offersFd >= 0)
        arguments.append(QString::number(offersFd));
    process->start(workerProgram(), arguments);
    worker->pid = process->processId();
    if (worker->offers)
        worker->offers->closeFd(); // the child has its own; the mapping stays
    return *worker;
}

void ProcessRunner::startJob(Worker &worker, const TaskJob &job)
{
    worker.job = job.id;
    worker.cancelled = false;
    worker.startedMs = clock().nowMs();
    ++m_running;
    // Written into QProcess's buffer even before the process runs: it is sent once it does.
    send(*worker.process, WorkerProtocol::run(job));
}

void ProcessRunner::readFrom(Worker *worker)
{
    worker->output += worker->process->readAllStandardOutput();
    QList<TaskEvent> batch;
    const QList<QByteArray> lines = WorkerProtocol::takeLines(worker->output);
    for (const QByteArray &line : lines)
        handle(*worker, WorkerProtocol::parse(line), batch);
    hold(batch);
}

void ProcessRunner::handle(Worker &worker, const WorkerMessage &message, QList<TaskEvent> &batch)
{
    using Verb = WorkerMessage::Verb;
    // When it happened, on our clock: a job taken ahead started as the one before ended, which we
    // may hear of much later (the child's steady clock is ours; never later than now).
    const qint64 at = std::min(clock().nowMs(),
        clock().msAt(std::chrono::steady_clock::time_point(std::chrono::nanoseconds(message.atNs))));
    if (message.verb == Verb::Started) {
        settle(worker, batch, at); // it took an offer while idle: that offer is its job now
        return;
    }
    if (message.id != worker.job || worker.job == 0)
        return; // a late answer about a job this worker no longer runs
    switch (message.verb) {
    case Verb::Progress:
        batch.append({worker.job, clock().nowMs(), {}, worker.slot, TaskEvent::Kind::Progress,
            TaskState::Running, qint32(worker.pid), qint32(message.workDoneMs)});
        break;
    case Verb::Done:
        endJob(worker, TaskState::Done, {}, batch, at);
        break;
    case Verb::Cancelled:
        endJob(worker, TaskState::Cancelled, {}, batch, at);
        break;
    case Verb::Failed:
        endJob(worker, TaskState::Failed, message.failure, batch, at);
        break;
    default:
        break;
    }
}

void ProcessRunner::endJob(
    Worker &worker, TaskState state, const TaskFailure &failure, QList<TaskEvent> &batch, qint64 at)
{
    // A next job a withdraw found taken started after this one ended: this one ended by then.
    if (!worker.offered.empty() && worker.offered.front().takenAt >= 0)
        at = std::min(at, worker.offered.front().takenAt);
    at = std::max(at, worker.startedMs); // the clocks' rounding never ends a job before its start
    batch.append(
        {worker.job, at, failure, worker.slot, TaskEvent::Kind::Finished, state, qint32(worker.pid)});
    worker.job = 0;
    worker.cancelled = false;
    settle(worker, batch, at);
}

void ProcessRunner::settle(Worker &worker, QList<TaskEvent> &batch, qint64 at)
{
    if (worker.job != 0)
        return;
    if (!worker.offered.empty()) {
        Offer &next = worker.offered.front();
        // The worker takes its next offer as its job ends, or as soon as it reads the offer (it
        // says so then): until then it is busy but runs nothing.
        if (next.takenAt < 0 && !worker.offers->taken(next.number))
            return;
        worker.job = next.job.id;
        worker.cancelled = next.cancelled;
        worker.startedMs = next.takenAt >= 0 ? std::min(at, next.takenAt) : at;
        batch.append({worker.job, worker.startedMs, {}, worker.slot, TaskEvent::Kind::Started,
            TaskState::Running, qint32(worker.pid)});
        worker.offered.pop_front();
        return;
    }
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
    // Offered jobs the worker had not started go to the next one, first in line; one it had started
    // ends with it.
    const QList<TaskJob> back = withdrawOffers(worker);
    m_waiting.insert(m_waiting.begin(), back.begin(), back.end());
    QList<TaskEvent> batch;
    while (worker.job != 0) {
        // A job the user cancelled stays Cancelled, whatever ended its process.
        endJob(worker, worker.cancelled ? TaskState::Cancelled : TaskState::Failed,
            worker.cancelled ? TaskFailure() : reason, batch, clock().nowMs());
    }
    hold(batch);
    // Not at once: a new process for the slot may fail the same way, inside this very call.
    QMetaObject::invokeMethod(this, &ProcessRunner::serve, Qt::QueuedConnection);
}
