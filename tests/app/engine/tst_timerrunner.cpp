#include "engine/timerloop.h"
#include "engine/timerrunner.h"
#include "runnercontract.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <mutex>

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
    void aFloodIsHandedOverWhileItRuns();

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

void tst_TimerRunner::aFloodIsHandedOverWhileItRuns()
{
    // The GUI thread hands out the next jobs as it hears of ends (TaskQueue's Prefetch). A pass of
    // the loop that reported its zero-second jobs only at its end (16 ms: thousands of files in
    // RAM) outran the jobs handed ahead, and the loop then waited for the GUI thread.
    QTemporaryDir ram(ramFolderTemplate("hq-flood"));
    QVERIFY(ram.isValid());
    std::mutex mutex;
    QList<qsizetype> reports; // events per hand-over, before TaskRunner may merge them
    int finished = 0;
    TimerLoop loop(
        [&](QList<TaskEvent> &events) {
            const std::lock_guard<std::mutex> lock(mutex);
            reports.append(events.size());
            finished += int(std::count_if(events.begin(), events.end(),
                [](const TaskEvent &e) { return e.kind == TaskEvent::Kind::Finished; }));
            events.clear();
        },
        [] { return qint64(0); });
    QThread thread;
    loop.moveToThread(&thread);
    thread.start();
    constexpr int Count = 4000;
    QList<TaskJob> jobs;
    for (int id = 1; id <= Count; ++id)
        jobs.append(makeJob(quint64(id), 0ms, ram.path()));
    loop.setConcurrency(1);
    loop.submit(jobs);
    const auto finishedSoFar = [&] {
        const std::lock_guard<std::mutex> lock(mutex);
        return finished;
    };
    QTRY_COMPARE_WITH_TIMEOUT(finishedSoFar(), Count, 30000);
    thread.quit();
    thread.wait();
    const qsizetype largest = *std::max_element(reports.begin(), reports.end());
    QVERIFY2(largest <= 512, qPrintable(QStringLiteral("%1 events in one hand-over").arg(largest)));
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
