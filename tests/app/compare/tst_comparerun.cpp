#include "compare/comparerun.h"
#include "engine/processrunner.h"
#include "testdir.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using std::chrono::milliseconds;

/**
 * CompareRun: the same numbers through every mode, one after another, measured. Figures must be
 * plausible (a mode takes at least its longest task, waiting costs little CPU, a thread pool
 * holds more threads than the event loop), files are written and then removed, Stop stops.
 */
class tst_CompareRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ProcessRunner::setWorkerProgram(QStringLiteral(HQ_WORKER_BINARY)); }
    void runsEveryModeInOrder();
    void figuresArePlausible();
    void threadsHoldMoreThreadsThanTheEventLoop();
    void writesFilesThenRemovesThem();
    void stopEndsTheRunAndRunsNoOtherMode();
    void refusesNothingToRun();

private:
    static QList<CompareResult> runToEnd(CompareRun &run);
};

QList<CompareResult> tst_CompareRun::runToEnd(CompareRun &run)
{
    QSignalSpy finished(&run, &CompareRun::finished);
    if (!run.start())
        return {};
    if (!finished.wait(30000))
        return {};
    return run.results();
}

void tst_CompareRun::runsEveryModeInOrder()
{
    CompareRun run;
    run.setNumbers({0, 1});
    run.setWorkers(2);
    run.setSecondLength(milliseconds(20));
    QSignalSpy progress(&run, &CompareRun::progress);
    const QList<CompareResult> results = runToEnd(run);
    QCOMPARE(results.size(), CompareRun::allModes().size());
    QCOMPARE(progress.size(), CompareRun::allModes().size());
    for (int i = 0; i < progress.size(); ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), i + 1); // "mode 2 of 3"
        QCOMPARE(progress.at(i).at(1).toInt(), int(CompareRun::allModes().size()));
        QCOMPARE(progress.at(i).at(2).value<RunMode>(), CompareRun::allModes().at(i));
        QCOMPARE(results.at(i).mode, CompareRun::allModes().at(i));
    }
    QVERIFY(!run.isRunning());
}

void tst_CompareRun::figuresArePlausible()
{
    CompareRun run;
    run.setNumbers({3, 1, 1});
    run.setWorkers(2);
    run.setSecondLength(milliseconds(100));
    const QList<CompareResult> results = runToEnd(run);
    QVERIFY(!results.isEmpty());
    for (const CompareResult &r : results) {
        const QByteArray mode = QByteArray::number(int(r.mode));
        QVERIFY2(r.complete, mode);
        QVERIFY2(r.wallMs >= 300, mode + " took " + QByteArray::number(r.wallMs) + " ms"); // the 3
        QVERIFY2(r.cpuMs >= 0 && r.cpuMs < r.wallMs / 2, mode + " spent " + QByteArray::number(r.cpuMs));
        QVERIFY2(r.peakThreads >= 2, mode); // the caller's thread and the runner's
        // Threads and the event loop start no process; Processes one per worker.
        QCOMPARE(r.peakProcesses, r.mode == RunMode::Processes ? 1 + 2 : 1);
        QVERIFY2(r.peakMemoryKiB > 1024, mode);
        QCOMPARE(r.tasks.size(), size_t(3));
        for (const Task &task : r.tasks) {
            QCOMPARE(task.state, TaskState::Done);
            QCOMPARE(task.mode, r.mode);
            QVERIFY(task.worker >= 1 && task.worker <= 2);
            QVERIFY(task.startedMs >= r.startMs - 1 && task.finishedMs <= r.endMs + 1);
            QVERIFY(task.finishedMs - task.startedMs >= task.duration.count());
        }
    }
}

void tst_CompareRun::threadsHoldMoreThreadsThanTheEventLoop()
{
    CompareRun run;
    run.setNumbers({1, 1, 1, 1});
    run.setWorkers(4);
    run.setModes({RunMode::Threads, RunMode::Events});
    run.setSecondLength(milliseconds(150));
    const QList<CompareResult> results = runToEnd(run);
    QCOMPARE(results.size(), 2);
    // Four tasks wait at once on four pool threads; the event loop waits for all on its one thread.
    QVERIFY2(results.at(0).peakThreads >= results.at(1).peakThreads + 3,
        qPrintable(QStringLiteral("threads %1, event loop %2")
                       .arg(results.at(0).peakThreads)
                       .arg(results.at(1).peakThreads)));
    // ...and both overlap the four: about one "second", not four.
    for (const CompareResult &r : results)
        QVERIFY2(r.wallMs < 4 * 150, QByteArray::number(r.wallMs));
}

void tst_CompareRun::writesFilesThenRemovesThem()
{
    CompareRun run;
    run.setNumbers({2, 0});
    run.setWorkers(2);
    run.setSecondLength(milliseconds(10));
    QStringList folders;
    QList<QStringList> files;
    QByteArray content;
    connect(&run, &CompareRun::modeFinished, this, [&] {
        folders.append(run.folder());
        files.append(QDir(run.folder()).entryList(QDir::Files, QDir::Name));
        content = readFile(QDir(run.folder()).filePath(QStringLiteral("2.txt")));
    });
    const QList<CompareResult> results = runToEnd(run);
    QCOMPARE(folders.size(), results.size());
    QCOMPARE(QSet<QString>(folders.begin(), folders.end()).size(), folders.size()); // a fresh one each
    for (int i = 0; i < folders.size(); ++i) {
        QCOMPARE(files.at(i), (QStringList {QStringLiteral("0.txt"), QStringLiteral("2.txt")}));
        QVERIFY2(!QDir(folders.at(i)).exists(), qPrintable(folders.at(i)));
    }
    QCOMPARE(content, QByteArray("Hello, 2!"));
    QVERIFY(run.folder().isEmpty());
}

void tst_CompareRun::stopEndsTheRunAndRunsNoOtherMode()
{
    CompareRun run;
    run.setNumbers({100, 100});
    run.setWorkers(1);
    run.setSecondLength(milliseconds(1000));
    QSignalSpy finished(&run, &CompareRun::finished);
    QVERIFY(run.start());
    const QString folder = run.folder();
    QVERIFY(QDir(folder).exists());
    QTest::qWait(50); // let the first task start
    QElapsedTimer timer;
    timer.start();
    run.stop();
    QVERIFY(finished.wait(5000));
    QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(run.results().size(), 1);
    const CompareResult &r = run.results().at(0);
    QVERIFY(!r.complete);
    QVERIFY(r.wallMs < 1000);
    for (const Task &task : r.tasks)
        QCOMPARE(task.state, TaskState::Cancelled);
    QVERIFY(!QDir(folder).exists());
    QVERIFY(!run.isRunning());
}

void tst_CompareRun::refusesNothingToRun()
{
    CompareRun run;
    QSignalSpy progress(&run, &CompareRun::progress);
    QVERIFY(!run.start());
    QVERIFY(!run.errorString().isEmpty());
    QCOMPARE(progress.size(), 0);
    QVERIFY(!run.isRunning());
}

QTEST_GUILESS_MAIN(tst_CompareRun)
#include "tst_comparerun.moc"
