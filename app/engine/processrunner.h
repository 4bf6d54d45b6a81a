#pragma once

#include "engine/joboffers.h"
#include "engine/taskrunner.h"
#include "engine/waitingjobs.h"
#include "engine/workerprotocol.h"

#include <QProcess>
#include <QTimer>

#include <array>
#include <deque>
#include <memory>

/**
 * Runs jobs in worker processes of HelloQueue itself (`helloqueue --worker PARENT_PID`), like the
 * lesson's multiprocessing workers: each process runs one job at a time, waiting and writing the
 * file itself, and talks over its standard streams (WorkerProtocol). One process per slot
 * 1..concurrency starts when the concurrency is set, like the lesson's Pool, and stays for the
 * next job; lowering the concurrency retires idle ones.
 * With one worker, the jobs after the running one are offered to it ahead (`next`, JobOffers), up
 * to OfferedAhead: the worker starts each the moment the one before ends, instead of waiting a
 * round trip for it, and its answers come in batches. The offers are withdrawn, at once and
 * without asking the worker, whenever they must not start there: takeUnstarted(), a cancel,
 * another concurrency, the worker's death. An offer a withdraw finds started is reported started
 * as of that moment at the latest, and the job before it ended by then.
 * A process that dies while it runs a job makes that job Failed (WorkerExit) and is replaced by
 * the next job that needs its slot. Lives on the GUI thread (QProcess needs an event loop, and
 * PR_SET_PDEATHSIG in the child follows the thread that started it, which must outlive it).
 */
class ProcessRunner : public TaskRunner
{
    Q_OBJECT
public:
    explicit ProcessRunner(QObject *parent = nullptr);
    /** Kills every worker process and waits for it: none outlives the runner. */
    ~ProcessRunner() override;

    /**
     * The program started as a worker; by default this very executable. Tests, whose executable
     * is not HelloQueue, point it at the app. Before the first job.
     */
    static void setWorkerProgram(const QString &program);
    static QString workerProgram();

    void setConcurrency(int count) override;
    void submit(const QList<TaskJob> &jobs) override;
    QList<quint64> takeUnstarted() override;
    void cancel(quint64 id) override;
    void cancelAll() override;

    /** The ids of the worker processes alive now, busy or idle (tests, the benchmark). */
    QList<qint64> processIds() const;

private:
    /** A job offered ahead to a worker, not yet known to have started. */
    struct Offer
    {
        quint32 number = 0; ///< in the worker's JobOffers
        TaskJob job;
        qint64 takenAt
            = -1; ///< when a withdraw found it taken: it started, and the job before ended, by then
        bool cancelled = false;
    };

    struct Worker
    {
        std::unique_ptr<QProcess> process;
        QByteArray output; ///< what the process wrote that is not a whole line yet
        quint64 job = 0; ///< the job it runs; 0 when idle
        qint64 startedMs = 0; ///< when `job` was reported started
        qint64 pid = 0; ///< kept: QProcess forgets it once the process has ended
        qint16 slot = 0; ///< 1..concurrency: "process k"
        bool cancelled = false;
        std::unique_ptr<JobOffers> offers; ///< null if the system gave none: nothing is offered
        std::deque<Offer> offered; ///< in order: the worker runs them after `job`, as it takes them
    };

    void serve();
    void offerAhead();
    QList<TaskJob> withdrawOffers(Worker &worker);
    void withdrawAllOffers();
    void settle(Worker &worker, QList<TaskEvent> &batch, qint64 at);
    static bool busy(const Worker &worker) { return worker.job != 0 || !worker.offered.empty(); }
    Worker &workerFor(qint16 slot);
    void startJob(Worker &worker, const TaskJob &job);
    void readFrom(Worker *worker);
    void handle(Worker &worker, const WorkerMessage &message, QList<TaskEvent> &batch);
    void processEnded(Worker *worker, int exitCode, QProcess::ExitStatus status);
    void startFailed(Worker *worker);
    void failJob(Worker &worker, const TaskFailure &reason);
    void endJob(
        Worker &worker, TaskState state, const TaskFailure &failure, QList<TaskEvent> &batch, qint64 at);
    void retire(qint16 slot);
    std::unique_ptr<Worker> takeWorker(Worker *worker);
    void hold(QList<TaskEvent> &events);
    static void stop(QProcess &process);
    static void send(QProcess &process, const QByteArray &line);

    std::array<std::unique_ptr<Worker>, MaximumWorkers + 1> m_workers; ///< by slot; index 0 unused
    std::vector<std::unique_ptr<Worker>> m_retiring; ///< idle, told to end (stdin closed)
    WaitingJobs m_waiting;
    QList<TaskEvent> m_held; ///< events not yet handed to TaskRunner::report()
    QTimer m_holdTimer;
    int m_concurrency = 1;
    int m_running = 0; ///< busy workers: with a job, or with offers they have not taken yet
};
