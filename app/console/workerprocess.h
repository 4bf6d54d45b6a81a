#pragma once

#include "engine/joboffers.h"
#include "engine/workerprotocol.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>

/**
 * The child side of Processes mode: `helloqueue --worker PARENT_PID [OFFERS_FD]`. Reads WorkerProtocol
 * lines on standard input and runs one job at a time: waits its duration in poll() on standard input
 * (so a `cancel` interrupts it at once and costs no CPU), or computes it in steps of ComputeStep
 * of CPU time with a look at standard input between two (so a cancel waits at most one step),
 * then writes the file with TaskWriter and answers on standard output. Jobs sent with `next` start
 * one after another as each job ends, before that end is told, if JobOffers (OFFERS_FD, memory
 * shared with the parent) still holds them open. One thread: the process
 * is the unit of parallelism here, as in the lesson's `multiprocessing`. It never outlives its parent:
 * PR_SET_PDEATHSIG kills it when the parent dies, a parent that died before that was set is noticed by
 * getppid(), and the end of standard input ends it. Ctrl+C and a terminal hang-up reach the whole process
 * group: the worker ignores them and lets its parent decide.
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
        WorkKind work = WorkKind::Wait;
        std::chrono::steady_clock::time_point deadline; ///< waiting: when it ends
        std::chrono::nanoseconds cpuLeft {0}; ///< computing: what is left to compute
        std::chrono::nanoseconds cpuDone {0};
        std::chrono::steady_clock::time_point nextProgress; ///< computing: when to tell it next
    };

    WorkerProcess(qint64 parentPid, std::unique_ptr<JobOffers> offers);
    int loop();
    bool readInput();
    void handle(const WorkerMessage &message);
    void start(const WorkerMessage &run, std::chrono::steady_clock::time_point now);
    bool takeOffer(std::chrono::steady_clock::time_point now);
    void advanceJob();
    void computeStep();
    void finishJob();
    int timeoutMs() const;
    static void send(const QByteArray &line);

    qint64 m_parentPid;
    QByteArray m_input;
    std::optional<Job> m_job;
    std::deque<WorkerMessage> m_offered; ///< sent with `next`, in order; each starts when taken
    bool m_inputEnded = false; ///< the parent closed our input, or is gone: end once the job is told
    std::unique_ptr<JobOffers> m_offers; ///< null when the parent gave none: `next` is then not sent
};
