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

QTEST_GUILESS_MAIN(tst_TimerRunner)
#include "tst_timerrunner.moc"
