#include "engine/timerrunner.h"
#include "runnercontract.h"

#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_TimerRunner : public QObject
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
    void destroyWhileComputing() { RunnerContract::destroyWhileComputing<TimerRunner>(m_dir->path()); }
    void computingJobs();
    void zeroSecondJobsRunInlineInOrder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TimerRunner> m_runner;
};

void tst_TimerRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_runner = std::make_unique<TimerRunner>();
}

void tst_TimerRunner::zeroSecondJobsRunInlineInOrder()
{
    // Zero-second jobs behind a timer's job run when it fires, in order, reported together.
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(1);
    QList<TaskJob> jobs {makeJob(1, 20ms, m_dir->path())};
    for (quint64 id = 2; id <= 50; ++id)
        jobs.append(makeJob(id, 0ms, m_dir->path()));
    m_runner->submit(jobs);
    QTRY_COMPARE(log.finishedCount(), 50);
    QList<quint64> expected;
    for (quint64 id = 1; id <= 50; ++id)
        expected.append(id);
    QCOMPARE(log.startOrder(), expected);
    QCOMPARE(log.maxRunning, 1);
    // Reported together, not one wake-up of the GUI thread per job (how many per pass depends on
    // the disk: inline runs keep to a time budget).
    QVERIFY2(
        log.batchSizes.size() * 2 < log.events.size(), qPrintable(QString::number(log.batchSizes.size())));
}

void tst_TimerRunner::computingJobs()
{
    // The lesson's point: on one event loop, computing jobs never overlap, whatever the slots, and
    // a timer due while the loop computes fires late.
    RunnerLog log(*m_runner);
    m_runner->setConcurrency(4);
    const QString dir = m_dir->path();
    m_runner->submit({makeJob(1, 30ms, dir), makeJob(2, 150ms, dir, WorkKind::Compute),
        makeJob(3, 150ms, dir, WorkKind::Compute), makeJob(4, 150ms, dir, WorkKind::Compute)});
    QTRY_COMPARE_WITH_TIMEOUT(log.finishedCount(), 4, 10000);
    QVERIFY2(log.problems.isEmpty(), qPrintable(log.problems.join(QLatin1Char('\n'))));
    QCOMPARE(log.startOrder(), QList<quint64>({1, 2, 3, 4}));
    for (quint64 id = 3; id <= 4; ++id)
        QVERIFY(log.started(id)->timeMs >= log.finished(id - 1)->timeMs);
    QVERIFY(log.finished(4)->timeMs - log.started(2)->timeMs >= 450);
    // Job 1's 30 ms timer was due while job 2 computed: it ended only after job 2.
    QVERIFY2(log.finished(1)->timeMs >= log.finished(2)->timeMs,
        qPrintable(QStringLiteral("%1 < %2").arg(log.finished(1)->timeMs).arg(log.finished(2)->timeMs)));
}

QTEST_GUILESS_MAIN(tst_TimerRunner)
#include "tst_timerrunner.moc"
