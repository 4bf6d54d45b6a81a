#include "engine/threadpoolrunner.h"
#include "runnercontract.h"

#include <QSet>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_ThreadPoolRunner : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void fifoWithExactBytes() { RunnerContract::fifoWithExactBytes(*m_runner, m_dir->path()); }
    void floodIsBatched() { RunnerContract::floodIsBatched(*m_runner); }
    void slotsAreLowestFree() { RunnerContract::slotsAreLowestFree(*m_runner, m_dir->path()); }
    void cancelWaitingAndRunning() { RunnerContract::cancelWaitingAndRunning(*m_runner, m_dir->path()); }
    void takeUnstartedReturnsOnlyWaitingJobs()
    {
        RunnerContract::takeUnstartedReturnsOnlyWaitingJobs(*m_runner, m_dir->path());
    }
    void concurrencyChanges() { RunnerContract::concurrencyChanges(*m_runner, m_dir->path()); }
    void computeInOrderWithProgress()
    {
        RunnerContract::computeInOrderWithProgress(*m_runner, m_dir->path());
    }
    void cancelComputingAtOnce() { RunnerContract::cancelComputingAtOnce(*m_runner, m_dir->path()); }
    void destroyWhileComputing() { RunnerContract::destroyWhileComputing<ThreadPoolRunner>(m_dir->path()); }
    void computingJobs();
    void slotStaysOneWhenPoolThreadsRetire();
    void eachRunnerCountsSlotsFromOne();
    void aFloodIntoRamIsWrittenByOneWorker();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ThreadPoolRunner> m_runner;
};

void tst_ThreadPoolRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_runner = std::make_unique<ThreadPoolRunner>();
}

void tst_ThreadPoolRunner::slotStaysOneWhenPoolThreadsRetire()
{
    // The pool retires a thread idle for 1 ms, so each job below runs on a fresh OS thread, as
    // after an idle minute in the app; with one worker the task list must still say worker 1.
    ThreadPoolRunner runner(nullptr, 1ms);
    RunnerLog log(runner);
    runner.setConcurrency(1);
    for (quint64 id = 1; id <= 4; ++id) {
        runner.submit({makeJob(id, 0ms, m_dir->path())});
        QTRY_VERIFY(log.finished(id));
        QCOMPARE(log.finished(id)->state, TaskState::Done);
        QTest::qWait(30); // idle time is the point here: longer than the pool keeps a thread
    }
    for (quint64 id = 1; id <= 4; ++id)
        QCOMPARE(log.started(id)->worker, qint16(1));
}

void tst_ThreadPoolRunner::eachRunnerCountsSlotsFromOne()
{
    // Worker numbers mean "worker k of N" for this runner, whatever other runners did before.
    for (int round = 0; round < 3; ++round) {
        ThreadPoolRunner runner;
        RunnerLog log(runner);
        runner.setConcurrency(2);
        runner.submit({makeJob(1, 50ms, m_dir->path()), makeJob(2, 50ms, m_dir->path())});
        QTRY_COMPARE(log.finishedCount(), 2);
        QList<qint16> numbers {log.started(1)->worker, log.started(2)->worker};
        std::sort(numbers.begin(), numbers.end());
        QCOMPARE(numbers, QList<qint16>({1, 2}));
    }
}

void tst_ThreadPoolRunner::computingJobs()
{
    // On threads, computing jobs run at once on their own threads: they overlap.
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(4);
    const QString dir = m_dir->path();
    m_runner->submit({makeJob(1, 150ms, dir, WorkKind::Compute), makeJob(2, 150ms, dir, WorkKind::Compute),
        makeJob(3, 150ms, dir, WorkKind::Compute), makeJob(4, 150ms, dir, WorkKind::Compute)});
    QTRY_COMPARE_WITH_TIMEOUT(log.finishedCount(), 4, 10000);
    QVERIFY2(log.problems.isEmpty(), qPrintable(log.problems.join(QLatin1Char('\n'))));
    QCOMPARE(log.maxRunning, 4);
    for (quint64 id = 1; id <= 4; ++id)
        QCOMPARE(log.finished(id)->state, TaskState::Done);
}

void tst_ThreadPoolRunner::aFloodIntoRamIsWrittenByOneWorker()
{
    // Files into a folder in RAM are the kernel's work under the folder's lock: a second thread
    // writing beside the first only contends with it (two workers wrote a flood slower than one).
    QTemporaryDir ram(QStringLiteral("/dev/shm/hq-flood-XXXXXX"));
    if (!ram.isValid() || QStorageInfo(ram.path()).fileSystemType() != "tmpfs")
        QSKIP("no folder in RAM at /dev/shm");
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(2);
    m_runner->submit({makeJob(1, 0ms, ram.path())}); // the folder is known from its first file on
    QTRY_VERIFY(log.finished(1));
    // A flood, then two jobs that wait: those still run side by side.
    constexpr quint64 Last = 2001;
    QList<TaskJob> jobs;
    for (quint64 id = 2; id <= Last; ++id)
        jobs.append(makeJob(id, 0ms, ram.path()));
    jobs.append({makeJob(Last + 1, 300ms, ram.path()), makeJob(Last + 2, 300ms, ram.path())});
    m_runner->submit(jobs);
    QTRY_VERIFY_WITH_TIMEOUT(log.finished(Last + 1) && log.finished(Last + 2), 20000);
    QSet<qint16> workers;
    for (quint64 id = 2; id <= Last; ++id) {
        QCOMPARE(log.finished(id)->state, TaskState::Done);
        workers.insert(log.started(id)->worker);
    }
    QCOMPARE(workers.size(), 1);
    QVERIFY2(
        log.started(Last + 2)->timeMs < log.finished(Last + 1)->timeMs, "the second waited for the first");
    QVERIFY2(log.problems.isEmpty(), qPrintable(log.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_ThreadPoolRunner)
#include "tst_threadpoolrunner.moc"
