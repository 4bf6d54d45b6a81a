#include "engine/taskprogress.h"

#include <QTest>

/** What a task's bar and time left say: wall time for waits, CPU time (at its share) for computing. */
class tst_TaskProgress : public QObject
{
    Q_OBJECT
private slots:
    void progress_data();
    void progress();
};

void tst_TaskProgress::progress_data()
{
    QTest::addColumn<int>("work");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("elapsedMs");
    QTest::addColumn<int>("cpuMs");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("remainingMs");
    const int wait = int(WorkKind::Wait);
    const int compute = int(WorkKind::Compute);
    const int running = int(TaskState::Running);
    QTest::newRow("queued") << wait << int(TaskState::Queued) << 0 << 0 << 0.0 << 1000;
    QTest::newRow("done") << compute << int(TaskState::Done) << 1000 << 1000 << 1.0 << 0;
    QTest::newRow("wait, half way") << wait << running << 500 << 0 << 0.5 << 500;
    QTest::newRow("wait, late") << wait << running << 1200 << 0 << 1.0 << 0;
    QTest::newRow("compute, no report yet: a whole core") << compute << running << 50 << 0 << 0.0 << 950;
    QTest::newRow("compute, a whole core") << compute << running << 400 << 400 << 0.4 << 600;
    // Four threads on two cores: half a core each, so the bar is at a quarter after 0.5 s and the
    // 750 ms of CPU still needed take 1.5 s.
    QTest::newRow("compute, half a core") << compute << running << 500 << 250 << 0.25 << 1500;
    QTest::newRow("compute, all done, file not yet written")
        << compute << running << 2000 << 1000 << 1.0 << 0;
}

void tst_TaskProgress::progress()
{
    QFETCH(int, work);
    QFETCH(int, state);
    QFETCH(int, elapsedMs);
    QFETCH(int, cpuMs);
    QFETCH(double, fraction);
    QFETCH(int, remainingMs);
    Task task;
    task.duration = std::chrono::milliseconds(1000);
    task.work = WorkKind(work);
    task.state = TaskState(state);
    task.startedMs = 10'000;
    task.workDoneMs = cpuMs;
    const qint64 now = task.startedMs + elapsedMs;
    QCOMPARE(TaskProgress::fraction(task, now), fraction);
    QCOMPARE(TaskProgress::remainingMs(task, now), qint64(remainingMs));
}

QTEST_GUILESS_MAIN(tst_TaskProgress)
#include "tst_taskprogress.moc"
