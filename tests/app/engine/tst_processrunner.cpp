#include "engine/processrunner.h"
#include "processtable.h"
#include "runnercontract.h"
#include "taskfailuretext.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>

using namespace std::chrono_literals;

class tst_ProcessRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ProcessRunner::setWorkerProgram(QStringLiteral(HQ_WORKER_BINARY)); }
    void init();
    void cleanup();

    void fifoWithExactBytes() { RunnerContract::fifoWithExactBytes(*m_runner, m_dir->path()); }
    void floodIsBatched() { RunnerContract::floodIsBatched(*m_runner); }
    void slotsAreLowestFree() { RunnerContract::slotsAreLowestFree(*m_runner, m_dir->path()); }
    void cancelWaitingAndRunning() { RunnerContract::cancelWaitingAndRunning(*m_runner, m_dir->path()); }
    void takeUnstartedReturnsOnlyWaitingJobs()
    {
        RunnerContract::takeUnstartedReturnsOnlyWaitingJobs(*m_runner, m_dir->path());
    }
    void concurrencyChanges() { RunnerContract::concurrencyChanges(*m_runner, m_dir->path()); }
    void eachJobRunsInAChildProcessNamedByItsPid();
    void processesStartWithThePoolAndAreReused();
    void loweringTheConcurrencyRetiresIdleProcesses();
    void raisingTheConcurrencyStartsAJobOfferedAheadAtOnce();
    void aJobOfferedAheadThatHasStartedIsNotHandedBack();
    void aJobStartedAheadIsDatedWhenItStarted();
    void aKilledWorkerFailsItsTaskAndIsReplaced();
    void aWorkerThatCannotStartFailsItsTask();
    void destroyingTheRunnerLeavesNoChild();
    void writeErrorsComeBackFromTheChild();

private:
    /** One worker, started and past its first lines: what the runner sends now reaches it at once. */
    void startOneWorker(RunnerLog &log)
    {
        m_runner->setConcurrency(1);
        m_runner->submit({makeJob(9, 0ms, m_dir->path())});
        QTRY_VERIFY(log.finished(9));
    }
    /**
     * Polls what a worker process does (at most 10 s) without the event loop, on purpose: the
     * runner must not hear of it meanwhile. No signal can be waited for without that loop.
     */
    template<typename Condition> static void waitWithoutEventLoop(Condition done)
    {
        const auto deadline = std::chrono::steady_clock::now() + 10s;
        while (!done() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(1ms);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProcessRunner> m_runner;
    QList<qint64> m_seen; ///< every worker pid a test saw, checked gone afterwards
};

void tst_ProcessRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_runner = std::make_unique<ProcessRunner>();
    m_seen.clear();
}

void tst_ProcessRunner::cleanup()
{
    if (m_runner)
        m_seen += m_runner->processIds();
    m_runner.reset();
    // Whatever a test did, no worker process outlives its runner.
    for (qint64 pid : qAsConst(m_seen))
        QVERIFY2(!ProcessTable::runs(pid), qPrintable(QString::number(pid)));
    QCOMPARE(ProcessTable::childrenOf(QCoreApplication::applicationPid()), QList<qint64>());
}

void tst_ProcessRunner::eachJobRunsInAChildProcessNamedByItsPid()
{
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(2);
    m_runner->submit({makeJob(1, 200ms, m_dir->path()), makeJob(2, 200ms, m_dir->path())});
    QTRY_VERIFY(log.started(1) && log.started(2));
    const QList<qint64> children = ProcessTable::childrenOf(QCoreApplication::applicationPid());
    QCOMPARE(children.size(), 2);
    QVERIFY(children.contains(log.started(1)->pid));
    QVERIFY(children.contains(log.started(2)->pid));
    QVERIFY(log.started(1)->pid != log.started(2)->pid);
    QTRY_COMPARE(log.finishedCount(), 2);
    QCOMPARE(log.finished(1)->state, TaskState::Done);
    QCOMPARE(readFile(TaskWriter::filePath(m_dir->path(), 2)), TaskWriter::contents(2));
}

void tst_ProcessRunner::processesStartWithThePoolAndAreReused()
{
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(4);
    // Before any task, like the lesson's Pool: the first task does not wait for a process to start.
    const QList<qint64> pool = m_runner->processIds();
    QCOMPARE(pool.size(), 4);
    QTRY_COMPARE(ProcessTable::childrenOf(QCoreApplication::applicationPid()).size(), 4);
    for (quint64 id = 1; id <= 3; ++id) {
        m_runner->submit({makeJob(id, 0ms, m_dir->path())});
        QTRY_VERIFY(log.finished(id));
        QCOMPARE(log.finished(id)->state, TaskState::Done);
    }
    // One at a time: the same process ran all three, and no other was started.
    QVERIFY(pool.contains(log.started(1)->pid));
    QCOMPARE(log.started(2)->pid, log.started(1)->pid);
    QCOMPARE(log.started(3)->pid, log.started(1)->pid);
    QCOMPARE(m_runner->processIds(), pool);
}

void tst_ProcessRunner::loweringTheConcurrencyRetiresIdleProcesses()
{
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(3);
    m_runner->submit({makeJob(1, 100ms, m_dir->path()), makeJob(2, 100ms, m_dir->path()),
        makeJob(3, 100ms, m_dir->path())});
    QTRY_COMPARE(log.finishedCount(), 3);
    QCOMPARE(m_runner->processIds().size(), 3);
    const qint64 kept = log.started(1)->worker == 1 ? log.started(1)->pid
        : log.started(2)->worker == 1               ? log.started(2)->pid
                                                    : log.started(3)->pid;
    m_runner->setConcurrency(1);
    QTRY_COMPARE(m_runner->processIds(), QList<qint64>({kept}));
    for (quint64 id = 1; id <= 3; ++id) {
        if (log.started(id)->pid != kept)
            QTRY_VERIFY(!ProcessTable::runs(log.started(id)->pid));
    }
    QVERIFY(ProcessTable::runs(kept));
}

void tst_ProcessRunner::raisingTheConcurrencyStartsAJobOfferedAheadAtOnce()
{
    // With one worker, job 2 is offered to it ahead, behind a long job 1. A second worker must
    // take it at once, not leave it to wait for the first.
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(1);
    m_runner->submit({makeJob(1, 30s, m_dir->path()), makeJob(2, 0ms, m_dir->path())});
    QTRY_VERIFY(log.started(1));
    m_runner->setConcurrency(2);
    QTRY_VERIFY(log.finished(2));
    QCOMPARE(log.finished(2)->state, TaskState::Done);
    QCOMPARE(log.started(2)->worker, qint16(2));
    QVERIFY(!log.finished(1));
    QCOMPARE(log.startOrder(), QList<quint64>({1, 2}));
    QVERIFY2(log.problems.isEmpty(), qPrintable(log.problems.join(QLatin1Char('\n'))));
}

void tst_ProcessRunner::aJobOfferedAheadThatHasStartedIsNotHandedBack()
{
    RunnerLog log(*m_runner);
    startOneWorker(log);
    if (QTest::currentTestFailed())
        return;
    // Job 1 ends at once; job 2, offered ahead, starts in the worker the moment it does. The
    // runner is not given the event loop, so it cannot hear of either: the worker decides alone.
    m_runner->submit(
        {makeJob(1, 0ms, m_dir->path()), makeJob(2, 400ms, m_dir->path()), makeJob(3, 0ms, m_dir->path())});
    const qint64 pid = m_runner->processIds().value(0);
    char state = 0;
    qint64 parent = 0;
    // Job 1's file, then the worker asleep in job 2's wait (it sleeps nowhere between the two).
    waitWithoutEventLoop([&] { return QFile::exists(TaskWriter::filePath(m_dir->path(), 1)); });
    waitWithoutEventLoop([&] { return !ProcessTable::stat(pid, &state, &parent) || state == 'S'; });
    QCOMPARE(state, 'S');
    const qint64 before = m_runner->clock().nowMs();
    // Job 2 has started: only job 3 comes back, and job 2 is reported started no later than now.
    QCOMPARE(m_runner->takeUnstarted(), QList<quint64>({3}));
    QTRY_VERIFY(log.finished(2));
    QCOMPARE(log.finished(1)->state, TaskState::Done);
    QCOMPARE(log.finished(2)->state, TaskState::Done);
    QVERIFY(log.started(2)->timeMs <= before);
    QVERIFY(log.finished(1)->timeMs <= log.started(2)->timeMs);
    QCOMPARE(log.started(2)->pid, pid);
    QVERIFY(!log.started(3));
    QVERIFY(!QFile::exists(TaskWriter::filePath(m_dir->path(), 3)));
    QVERIFY2(log.problems.isEmpty(), qPrintable(log.problems.join(QLatin1Char('\n'))));
}

void tst_ProcessRunner::aJobStartedAheadIsDatedWhenItStarted()
{
    RunnerLog log(*m_runner);
    startOneWorker(log);
    if (QTest::currentTestFailed())
        return;
    m_runner->submit({makeJob(1, 0ms, m_dir->path()), makeJob(2, 200ms, m_dir->path())});
    // Both run while the runner hears nothing (no event loop, on purpose): it hears of job 1's end,
    // and so of job 2's start, only with job 2's end. Job 2 still took its 200 ms.
    waitWithoutEventLoop([&] { return QFile::exists(TaskWriter::filePath(m_dir->path(), 2)); });
    QTRY_VERIFY(log.finished(2));
    QCOMPARE(log.finished(2)->state, TaskState::Done);
    QVERIFY2(log.finished(2)->timeMs - log.started(2)->timeMs >= 200,
        qPrintable(QString::number(log.finished(2)->timeMs - log.started(2)->timeMs)));
    QCOMPARE(log.started(2)->timeMs, log.finished(1)->timeMs); // it started as job 1 ended
    QVERIFY2(log.problems.isEmpty(), qPrintable(log.problems.join(QLatin1Char('\n'))));
}

void tst_ProcessRunner::aKilledWorkerFailsItsTaskAndIsReplaced()
{
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(1);
    m_runner->submit({makeJob(1, 30s, m_dir->path()), makeJob(2, 0ms, m_dir->path())});
    QTRY_VERIFY(log.started(1));
    const qint64 pid = log.started(1)->pid;
    QVERIFY(ProcessTable::runs(pid));
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_VERIFY(log.finished(1));
    QCOMPARE(log.finished(1)->state, TaskState::Failed);
    QCOMPARE(TaskFailureText::describe(log.finished(1)->failure),
        QStringLiteral("the worker process (pid %1) ended unexpectedly: killed by signal 9").arg(pid));
    // The next task gets a fresh process in the same slot.
    QTRY_VERIFY(log.finished(2));
    QCOMPARE(log.finished(2)->state, TaskState::Done);
    QCOMPARE(log.started(2)->worker, qint16(1));
    QVERIFY(log.started(2)->pid != pid);
    QVERIFY(!QFile::exists(TaskWriter::filePath(m_dir->path(), 1)));
}

void tst_ProcessRunner::aWorkerThatCannotStartFailsItsTask()
{
    ProcessRunner::setWorkerProgram(m_dir->filePath(QStringLiteral("no-such-program")));
    ProcessRunner runner;
    RunnerLog log(runner);
    runner.setConcurrency(1);
    runner.submit({makeJob(1, 0ms, m_dir->path()), makeJob(2, 0ms, m_dir->path())});
    QTRY_COMPARE(log.finishedCount(), 2);
    ProcessRunner::setWorkerProgram(QStringLiteral(HQ_WORKER_BINARY));
    QCOMPARE(log.finished(1)->state, TaskState::Failed);
    const QString reason = TaskFailureText::describe(log.finished(1)->failure);
    QVERIFY2(
        reason.startsWith(QStringLiteral("the worker process could not be started: ")), qPrintable(reason));
    QCOMPARE(log.finished(2)->state, TaskState::Failed);
}

void tst_ProcessRunner::destroyingTheRunnerLeavesNoChild()
{
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(3);
    m_runner->submit(
        {makeJob(1, 30s, m_dir->path()), makeJob(2, 30s, m_dir->path()), makeJob(3, 0ms, m_dir->path())});
    QTRY_VERIFY(log.started(1) && log.started(2) && log.finished(3));
    m_seen = m_runner->processIds();
    QCOMPARE(m_seen.size(), 3); // two busy, one idle: cleanup() checks that all three are gone
}

void tst_ProcessRunner::writeErrorsComeBackFromTheChild()
{
    // The output "folder" is a file: the child's TaskWriter fails, and its reason reaches the task.
    const QString file = m_dir->filePath(QStringLiteral("plain-file"));
    QVERIFY(writeBytes(file, "x"));
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(1);
    m_runner->submit({makeJob(7, 0ms, file)});
    QTRY_VERIFY(log.finished(7));
    QCOMPARE(log.finished(7)->state, TaskState::Failed);
    QCOMPARE(log.finished(7)->failure, TaskWriter::write(file, 7)); // the same failure as in-process
}

QTEST_GUILESS_MAIN(tst_ProcessRunner)
#include "tst_processrunner.moc"
