#pragma once

#include "engine/workerprotocol.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

/**
 * The child side of Processes mode: `helloqueue --worker PARENT_PID`. Reads WorkerProtocol lines
 * on standard input and runs one job at a time: waits its duration in poll() on standard input
 * (so a `cancel` interrupts it at once and costs no CPU), writes the file with TaskWriter, and
 * answers on standard output. It never outlives its parent: PR_SET_PDEATHSIG kills it when the
 * parent dies, a parent that died before that was set is noticed by getppid(), and the end of
 * standard input ends it. Ctrl+C and a terminal hang-up reach the whole process group: the
 * worker ignores them and lets its parent decide.
 */
class WorkerProcess
{
public:
    /** True when the arguments ask for a worker process (`--worker` first). */
    static bool wanted(int argc, char **argv);
    /** Runs the worker until its input ends or its parent is gone; returns the exit status. */
    static int run(int argc, char **argv);

private:
    struct Job
    {
        quint64 id = 0;
        int number = 0;
        QString directory;
        std::chrono::steady_clock::time_point deadline;
    };

    explicit WorkerProcess(qint64 parentPid);
    int loop();
    bool readInput();
    void handle(const WorkerMessage &message);
    void finishJob();
    int timeoutMs() const;
    static void send(const QByteArray &line);

    qint64 m_parentPid;
    QByteArray m_input;
    QString m_language;
    std::optional<Job> m_job;
};
