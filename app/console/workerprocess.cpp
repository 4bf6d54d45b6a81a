#include "console/workerprocess.h"

#include "engine/taskwriter.h"
#include "translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/prctl.h>
#include <unistd.h>

using std::chrono::steady_clock;

namespace {

/** How often a waiting worker looks whether its parent still lives (PR_SET_PDEATHSIG's backup). */
constexpr int ParentCheckMs = 1000;

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
    ::signal(SIGINT, SIG_IGN);
    ::signal(SIGHUP, SIG_IGN);
    QCoreApplication app(argc, argv); // for the translators of the write errors
    WorkerProcess worker(parentPid);
    return worker.loop();
}

WorkerProcess::WorkerProcess(qint64 parentPid) : m_parentPid(parentPid) { }

int WorkerProcess::loop()
{
    for (;;) {
        pollfd input {STDIN_FILENO, POLLIN, 0};
        const int ready = ::poll(&input, 1, timeoutMs());
        if (ready < 0 && errno != EINTR)
            return 1;
        if (ready > 0 && !readInput())
            return 0; // input ended: the parent closed it, or is gone
        if (m_job && steady_clock::now() >= m_job->deadline)
            finishJob();
        if (::getppid() != pid_t(m_parentPid))
            return 0;
    }
}

int WorkerProcess::timeoutMs() const
{
    if (!m_job)
        return ParentCheckMs;
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
    if (message.verb == WorkerMessage::Verb::Cancel && m_job && m_job->id == message.id) {
        m_job.reset();
        send(WorkerProtocol::cancelled(message.id));
        return;
    }
    if (message.verb != WorkerMessage::Verb::Run || m_job)
        return; // the parent sends one job at a time; anything else is not for us
    if (message.language != m_language) {
        m_language = message.language;
        Translation::apply(m_language);
    }
    // No answer now: the parent counts the job started when it sent it, and each line costs the
    // parent a wake-up.
    m_job = Job {message.id, message.number, message.text,
        steady_clock::now() + std::chrono::milliseconds(message.durationMs)};
}

void WorkerProcess::finishJob()
{
    const Job job = *m_job;
    m_job.reset();
    const TaskFailure failure = TaskWriter::write(job.directory, job.number);
    send(failure.isNone() ? WorkerProtocol::done(job.id) : WorkerProtocol::failed(job.id, failure));
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
