#pragma once

#include "engine/taskwriter.h"
#include "runnerlog.h"
#include "testdir.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/**
 * What every TaskRunner promises, checked the same way for ThreadPoolRunner and TimerRunner
 * (each test calls these with its own runner, then adds what is particular to that runner).
 */
namespace RunnerContract {

using namespace std::chrono_literals;

/** One slot: jobs start in the order submitted, one at a time, and each writes its exact bytes. */
inline void fifoWithExactBytes(TaskRunner &runner, const QString &dir)
{
    RunnerLog log(runner);
    runner.setConcurrency(1);
    runner.submit({makeJob(1, 30ms, dir), makeJob(2, 0ms, dir), makeJob(3, 10ms, dir), makeJob(4, 0ms, dir)});
    QTRY_COMPARE(log.finishedCount(), 4);
    QCOMPARE(log.startOrder(), QList<quint64>({1, 2, 3, 4}));
    QCOMPARE(log.maxRunning, 1);
    QVERIFY2(log.problems.isEmpty(), qPrintable(log.problems.join(QLatin1Char('\n'))));
    for (quint64 id = 1; id <= 4; ++id) {
        QCOMPARE(log.finished(id)->state, TaskState::Done);
        QCOMPARE(log.started(id)->worker, qint16(1));
        QCOMPARE(readFile(TaskWriter::filePath(dir, int(id))), TaskWriter::contents(int(id)));
        QVERIFY(log.finished(id)->timeMs - log.started(id)->timeMs >= (id == 1 ? 30 : id == 3 ? 10 : 0));
    }
}

/** A flood of zero-second jobs is reported in batches, not one wake-up per job. */
inline void floodIsBatched(TaskRunner &runner)
{
    // A RAM folder keeps 2 000 synced writes quick where there is one.
    QTemporaryDir ram(ramFolderTemplate("hq-flood"));
    QVERIFY(ram.isValid());
    const QString dir = ram.path();
    constexpr int Count = 2000;
    RunnerLog log(runner);
    runner.setConcurrency(4);
    QList<TaskJob> jobs;
    for (int id = 1; id <= Count; ++id)
        jobs.append(makeJob(quint64(id), 0ms, dir));
    runner.submit(jobs);
    QTRY_COMPARE_WITH_TIMEOUT(log.finishedCount(), Count, 30000);
    QVERIFY2(log.problems.isEmpty(), qPrintable(log.problems.join(QLatin1Char('\n'))));
    QVERIFY(log.maxRunning <= 4);
    QVERIFY2(log.batchSizes.size() * 10 < Count * 2,
        qPrintable(QStringLiteral("%1 batches for %2 events").arg(log.batchSizes.size()).arg(Count * 2)));
    for (int id = 1; id <= Count; id += 199)
        QCOMPARE(readFile(TaskWriter::filePath(dir, id)), TaskWriter::contents(id));
}

/** Slots are the lowest free numbers 1..N: a freed slot is reused, none grows past N. */
inline void slotsAreLowestFree(TaskRunner &runner, const QString &dir)
{
    RunnerLog log(runner);
    runner.setConcurrency(3);
    runner.submit({makeJob(1, 10s, dir), makeJob(2, 10s, dir), makeJob(3, 10s, dir), makeJob(4, 10s, dir)});
    QTRY_VERIFY(log.started(1) && log.started(2) && log.started(3));
    QList<qint16> numbers {log.started(1)->worker, log.started(2)->worker, log.started(3)->worker};
    std::sort(numbers.begin(), numbers.end());
    QCOMPARE(numbers, QList<qint16>({1, 2, 3}));
    const qint16 freed = log.started(2)->worker;
    runner.cancel(2);
    QTRY_VERIFY(log.started(4));
    QCOMPARE(log.finished(2)->state, TaskState::Cancelled);
    QCOMPARE(log.started(4)->worker, freed);
    runner.cancelAll();
    QTRY_COMPARE(log.finishedCount(), 4);
    QVERIFY2(log.problems.isEmpty(), qPrintable(log.problems.join(QLatin1Char('\n'))));
    QCOMPARE(log.maxRunning, 3);
}

/** Cancel drops a waiting job (no start) and interrupts a running one at once; no file is left. */
inline void cancelWaitingAndRunning(TaskRunner &runner, const QString &dir)
{
    RunnerLog log(runner);
    runner.setConcurrency(1);
    runner.submit({makeJob(1, 30s, dir), makeJob(2, 30s, dir)});
    QTRY_VERIFY(log.started(1));
    runner.cancel(2);
    QTRY_VERIFY(log.finished(2));
    QCOMPARE(log.finished(2)->state, TaskState::Cancelled);
    QVERIFY(!log.started(2));
    runner.cancel(1);
    QTRY_VERIFY(log.finished(1)); // far sooner than the 30 s wait
    QCOMPARE(log.finished(1)->state, TaskState::Cancelled);
    QVERIFY(!QFile::exists(TaskWriter::filePath(dir, 1)));
    QVERIFY(!QFile::exists(TaskWriter::filePath(dir, 2)));
}

/** takeUnstarted hands back exactly the jobs not started, in order; they are never reported. */
inline void takeUnstartedReturnsOnlyWaitingJobs(TaskRunner &runner, const QString &dir)
{
    RunnerLog log(runner);
    runner.setConcurrency(1);
    runner.submit({makeJob(1, 30s, dir), makeJob(2, 0ms, dir), makeJob(3, 0ms, dir)});
    QTRY_VERIFY(log.started(1));
    QCOMPARE(runner.takeUnstarted(), QList<quint64>({2, 3}));
    QCOMPARE(runner.takeUnstarted(), QList<quint64>());
    runner.cancelAll();
    QTRY_VERIFY(log.finished(1));
    QCOMPARE(log.finished(1)->state, TaskState::Cancelled);
    QTest::qWait(50); // a negative check: give a wrongly kept job the time to run
    QCOMPARE(log.events.size(), 2);
}

/** Raising the concurrency starts waiting jobs at once; lowering it lets running ones end. */
inline void concurrencyChanges(TaskRunner &runner, const QString &dir)
{
    RunnerLog log(runner);
    runner.setConcurrency(1);
    runner.submit({makeJob(1, 300ms, dir), makeJob(2, 300ms, dir), makeJob(3, 300ms, dir),
        makeJob(4, 0ms, dir), makeJob(5, 0ms, dir)});
    QTRY_VERIFY(log.started(1));
    runner.setConcurrency(3);
    QTRY_VERIFY(log.started(2) && log.started(3));
    QVERIFY(!log.finished(1)); // started while the first still ran
    runner.setConcurrency(1);
    QTRY_COMPARE(log.finishedCount(), 5);
    QCOMPARE(log.maxRunning, 3);
    // Jobs 4 and 5 started only when one running job was left or none.
    for (quint64 late : {quint64(4), quint64(5)}) {
        int endedBefore = 0;
        for (const TaskEvent &e : log.events) {
            if (e.id == late)
                break;
            endedBefore += e.kind == TaskEvent::Kind::Finished ? 1 : 0;
        }
        QVERIFY2(endedBefore >= 2, qPrintable(QString::number(endedBefore)));
    }
}

/**
 * Computing jobs run in order, write their exact bytes, spend at least their time, and report
 * rising CPU time while they compute.
 */
inline void computeInOrderWithProgress(TaskRunner &runner, const QString &dir)
{
    RunnerLog log(runner);
    runner.setConcurrency(1);
    runner.submit({makeJob(1, 350ms, dir, WorkKind::Compute), makeJob(2, 0ms, dir, WorkKind::Compute),
        makeJob(3, 20ms, dir, WorkKind::Compute)});
    QTRY_COMPARE_WITH_TIMEOUT(log.finishedCount(), 3, 10000);
    QVERIFY2(log.problems.isEmpty(), qPrintable(log.problems.join(QLatin1Char('\n'))));
    QCOMPARE(log.startOrder(), QList<quint64>({1, 2, 3}));
    for (quint64 id = 1; id <= 3; ++id) {
        QCOMPARE(log.finished(id)->state, TaskState::Done);
        QCOMPARE(readFile(TaskWriter::filePath(dir, int(id))), TaskWriter::contents(int(id)));
    }
    // CPU time never runs faster than the wall clock.
    QVERIFY(log.finished(1)->timeMs - log.started(1)->timeMs >= 350);
    const QList<qint32> progress = log.progress(1);
    QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QVERIFY(progress.first() > 0 && progress.last() <= 350);
}

/** A cancel interrupts a running computation within 50 ms (by the runner's clock); no file is left. */
inline void cancelComputingAtOnce(TaskRunner &runner, const QString &dir)
{
    RunnerLog log(runner);
    runner.setConcurrency(2);
    runner.submit({makeJob(1, 30s, dir, WorkKind::Compute), makeJob(2, 30s, dir, WorkKind::Compute)});
    QTRY_VERIFY(log.started(1));
    QTest::qWait(20); // well into the computation
    const qint64 cancelledAt = runner.clock().nowMs();
    runner.cancel(1);
    QTRY_VERIFY(log.finished(1));
    QCOMPARE(log.finished(1)->state, TaskState::Cancelled);
    QVERIFY2(log.finished(1)->timeMs - cancelledAt <= 50,
        qPrintable(QStringLiteral("%1 ms").arg(log.finished(1)->timeMs - cancelledAt)));
    QTRY_VERIFY(log.started(2)); // in the event loop only now: the loop was busy with the first
    const qint64 allAt = runner.clock().nowMs();
    runner.cancelAll();
    QTRY_VERIFY(log.finished(2));
    QCOMPARE(log.finished(2)->state, TaskState::Cancelled);
    QVERIFY2(log.finished(2)->timeMs - allAt <= 50,
        qPrintable(QStringLiteral("%1 ms").arg(log.finished(2)->timeMs - allAt)));
    QVERIFY(!QFile::exists(TaskWriter::filePath(dir, 1)));
    QVERIFY(!QFile::exists(TaskWriter::filePath(dir, 2)));
}

/** Destroying the runner while it computes a long job returns at once, not after the job. */
template<typename Runner> void destroyWhileComputing(const QString &dir)
{
    auto runner = std::make_unique<Runner>();
    RunnerLog log(*runner);
    runner->setConcurrency(1);
    runner->submit({makeJob(1, 30s, dir, WorkKind::Compute)});
    QTRY_VERIFY(log.started(1));
    QElapsedTimer timer;
    timer.start();
    runner.reset();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

} // namespace RunnerContract
