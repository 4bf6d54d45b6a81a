#include "console/workerprocess.h"

#include "engine/computework.h"
#include "engine/taskwriter.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <unistd.h>

using std::chrono::steady_clock;

namespace {

/** @p instant as the protocol's AT: ns of the steady clock, which parent and child share. */
qint64 nanoseconds(steady_clock::time_point instant)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(instant.time_since_epoch()).count();
}

/** How often a waiting worker looks whether its parent still lives (PR_SET_PDEATHSIG's backup). */
constexpr int ParentCheckMs = 1000;
/**
 * CPU time computed between two looks at standard input: the longest a cancel of a computing job
 * waits (in wall time more, when more processes compute than there are cores).
 */
constexpr std::chrono::milliseconds ComputeStep {5};

} // namespace

bool WorkerProcess::wanted(int argc, char **argv)
{
    return argc >= 2 && std::strcmp(argv[1], "--worker") == 0;
}

int WorkerProcess::run(int argc, char **argv)
{
    // First of all: if the parent dies from now on, the kernel kills us.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    const qint64 parentPid = argc >= 3 ? QByteArray(argv[2]).toLongLong() : 0;
    // A parent that died before the line above left us to another parent already.
    if (parentPid <= 0 || ::getppid() != pid_t(parentPid))
        return 1;
    // Offers the parent passed but that cannot be mapped would strand the jobs it offers: better
    // to end, which fails the job at hand and lets the parent start another worker.
    std::unique_ptr<JobOffers> offers;
    if (argc >= 4) {
        offers = JobOffers::attach(QByteArray(argv[3]).toInt());
        if (!offers)
            return 1;
    }
    ::signal(SIGINT, SIG_IGN);
    ::signal(SIGHUP, SIG_IGN);
    TaskWriter::setOwnerProcess(parentPid); // its leftovers are stale once the app is gone
    // No QCoreApplication: the worker words nothing (failures go back as data), and starts faster.
    // Never blocks on its input: poll() says when to read, and a finished job looks for an offer.
    ::fcntl(STDIN_FILENO, F_SETFL, ::fcntl(STDIN_FILENO, F_GETFL) | O_NONBLOCK);
    WorkerProcess worker(parentPid, std::move(offers));
    return worker.loop();
}

WorkerProcess::WorkerProcess(qint64 parentPid, std::unique_ptr<JobOffers> offers)
    : m_parentPid(parentPid), m_offers(std::move(offers))
{ }

int WorkerProcess::loop()
{
    for (;;) {
        // A wait that is over (a zero-second job, most often) ends without a look at the input
        // first: a cancel read now would come after its end anyway, and a flood of them saves a
        // system call each.
        const int timeout = timeoutMs();
        const bool due = timeout == 0 && m_job && m_job->work == WorkKind::Wait;
        pollfd input {STDIN_FILENO, POLLIN, 0};
        const int ready = due ? 0 : ::poll(&input, 1, timeout);
        if (ready < 0 && errno != EINTR)
            return 1;
        if (ready > 0 && !readInput())
            m_inputEnded = true;
        if (m_job && !m_inputEnded)
            advanceJob();
        if (m_inputEnded)
            return 0; // the parent closed our input, or is gone
        if (::getppid() != pid_t(m_parentPid))
            return 0;
    }
}

int WorkerProcess::timeoutMs() const
{
    if (!m_job)
        return ParentCheckMs;
    if (m_job->work == WorkKind::Compute)
        return 0; // only a look: the time goes to computing
    // Rounded up: waking a moment early would only loop back here.
    const auto left = m_job->deadline - steady_clock::now();
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(left).count();
    return int(std::clamp<qint64>(ms, 0, ParentCheckMs));
}

bool WorkerProcess::readInput()
{
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0)
        return errno == EINTR || errno == EAGAIN;
    if (n == 0)
        return false;
    m_input.append(buffer, n);
    const QList<QByteArray> lines = WorkerProtocol::takeLines(m_input);
    for (const QByteArray &line : lines)
        handle(WorkerProtocol::parse(line));
    return true;
}

void WorkerProcess::handle(const WorkerMessage &message)
{
    using Verb = WorkerMessage::Verb;
    const auto now = steady_clock::now();
    if (message.verb == Verb::Cancel && m_job && m_job->id == message.id) {
        m_job.reset();
        takeOffer(now);
        send(WorkerProtocol::cancelled(message.id, nanoseconds(now)));
        return;
    }
    if (message.verb == Verb::Next && m_offers) {
        m_offered.push_back(message);
        // Idle: take it now, and say so (a job taken as another ends shows in JobOffers instead).
        if (!m_job && takeOffer(now))
            send(WorkerProtocol::started(m_job->id, nanoseconds(now)));
        return;
    }
    if (message.verb == Verb::Run && !m_job)
        start(message, now);
    // Anything else is not for us: the parent sends `run` only to an idle worker.
}

void WorkerProcess::start(const WorkerMessage &run, steady_clock::time_point now)
{
    // No answer now: the parent counts a job started when it sends `run`, or when it finds the
    // offer taken, and each line costs the parent a wake-up.
    const auto duration = std::chrono::milliseconds(run.durationMs);
    m_job = Job {run.id, run.number, run.text, run.work, now + duration, duration,
        std::chrono::nanoseconds(0), now + ComputeWork::ProgressInterval};
}

bool WorkerProcess::takeOffer(steady_clock::time_point now)
{
    while (!m_offered.empty()) {
        const WorkerMessage offer = std::move(m_offered.front());
        m_offered.pop_front();
        // An offer the parent took back fails here, and so do the ones sent with it: the first
        // one offered afterwards is the next open one.
        if (m_offers->take(offer.offer)) {
            start(offer, now);
            return true;
        }
    }
    return false;
}

void WorkerProcess::advanceJob()
{
    if (m_job->work == WorkKind::Compute) {
        computeStep();
        if (m_job->cpuLeft.count() <= 0)
            finishJob();
    } else if (steady_clock::now() >= m_job->deadline) {
        finishJob();
    }
}

void WorkerProcess::computeStep()
{
    static const std::atomic<bool> never {false}; // a cancel is read between steps instead
    const auto step = std::min<std::chrono::nanoseconds>(ComputeStep, m_job->cpuLeft);
    const auto before = ComputeWork::threadCpuTime();
    ComputeWork::run(std::chrono::ceil<std::chrono::milliseconds>(step), never);
    const auto spent = ComputeWork::threadCpuTime() - before;
    m_job->cpuLeft -= spent;
    m_job->cpuDone += spent;
    const auto now = steady_clock::now();
    if (m_job->cpuLeft.count() > 0 && now >= m_job->nextProgress) {
        m_job->nextProgress = now + ComputeWork::ProgressInterval;
        send(WorkerProtocol::progress(
            m_job->id, std::chrono::duration_cast<std::chrono::milliseconds>(m_job->cpuDone).count()));
    }
}

void WorkerProcess::finishJob()
{
    // First what the parent sent meanwhile, without a poll(): a cancel of this job in time, and
    // offers, so that the next job starts now.
    const quint64 id = m_job->id;
    if (m_offers && m_offered.empty()) {
        if (!readInput())
            m_inputEnded = true;
        if (!m_job || m_job->id != id)
            return; // cancelled just now, and answered
    }
    const Job job = *m_job;
    m_job.reset();
    const TaskFailure failure = TaskWriter::write(job.directory, job.number);
    // The next job starts before this one's end is told, at the same instant: the parent, hearing
    // that end, finds the next offer taken and counts it started then.
    const auto ended = steady_clock::now();
    takeOffer(ended);
    const qint64 at = nanoseconds(ended);
    send(failure.isNone() ? WorkerProtocol::done(job.id, at) : WorkerProtocol::failed(job.id, failure, at));
}

void WorkerProcess::send(const QByteArray &line)
{
    // One write per line, unbuffered: the parent reads it at once. A parent that is gone makes
    // this fail (or SIGPIPE end us), which is what should happen.
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, line.constData() + written, size_t(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ::_exit(1);
        written += n;
    }
}
