#include "engine/fifoschedule.h"

#include <QRandomGenerator>
#include <QTest>

using std::chrono::milliseconds;
Q_DECLARE_METATYPE(std::chrono::milliseconds)

class tst_FifoSchedule : public QObject
{
    Q_OBJECT
private slots:
    void makespan_data();
    void makespan();
    void fifoNeverOvertakes();
    void computing_data();
    void computing();
    void runsAreTheirTasks();
};

void tst_FifoSchedule::makespan_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<QList<int>>("running");
    QTest::addColumn<QList<int>>("queued");
    QTest::addColumn<int>("expected");

    QTest::newRow("nothing") << 1 << QList<int> {} << QList<int> {} << 0;
    QTest::newRow("one worker sums") << 1 << QList<int> {} << QList<int> {3, 2, 1} << 6;
    QTest::newRow("two workers") << 2 << QList<int> {} << QList<int> {2, 1, 1} << 2;
    QTest::newRow("eight on four") << 4 << QList<int> {} << QList<int> {1, 1, 1, 1, 1, 1, 1, 1} << 2;
    QTest::newRow("running first") << 1 << QList<int> {5} << QList<int> {1} << 6;
    QTest::newRow("more running than workers") << 1 << QList<int> {4, 2} << QList<int> {1} << 5;
    QTest::newRow("more workers than tasks") << 64 << QList<int> {} << QList<int> {3, 7} << 7;
}

void tst_FifoSchedule::makespan()
{
    QFETCH(int, workers);
    QFETCH(QList<int>, running);
    QFETCH(QList<int>, queued);
    QFETCH(int, expected);
    FifoSchedule schedule(workers);
    for (int r : running)
        schedule.addRunning(milliseconds(r));
    for (int q : queued)
        schedule.addQueued(milliseconds(q));
    QCOMPARE(schedule.makespan().count(), expected);
}

void tst_FifoSchedule::fifoNeverOvertakes()
{
    // 10 then 1 then 1 on two workers: the second 1 starts at 1, after the first 1, not before it.
    FifoSchedule schedule(2);
    QCOMPARE(schedule.addQueued(milliseconds(10)).count(), 0);
    QCOMPARE(schedule.addQueued(milliseconds(1)).count(), 0);
    QCOMPARE(schedule.addQueued(milliseconds(1)).count(), 1);
    QCOMPARE(schedule.makespan().count(), 10);
}

void tst_FifoSchedule::computing_data()
{
    // Tasks as "w3" (wait 3) or "c3" (compute 3); running ones give what is left.
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("cores");
    QTest::addColumn<bool>("blocksLoop");
    QTest::addColumn<QList<QByteArray>>("running");
    QTest::addColumn<QList<QByteArray>>("queued");
    QTest::addColumn<int>("expected");

    const QList<QByteArray> four {"c1000", "c1000", "c1000", "c1000"};
    QTest::newRow("threads: 4 x 1 s on 4 workers, 2 cores")
        << 4 << 2 << false << QList<QByteArray> {} << four << 2000;
    QTest::newRow("threads: 4 x 1 s on 4 workers, 4 cores")
        << 4 << 4 << false << QList<QByteArray> {} << four << 1000;
    QTest::newRow("threads: 4 x 1 s on 1 worker") << 1 << 8 << false << QList<QByteArray> {} << four << 4000;
    QTest::newRow("threads: waits need no core")
        << 4 << 1 << false << QList<QByteArray> {} << QList<QByteArray> {"w1000", "w1000", "w1000", "w1000"}
        << 1000;
    QTest::newRow("events: 4 x 1 s on 4 workers") << 4 << 2 << true << QList<QByteArray> {} << four << 4000;
    QTest::newRow("events: one computing, three queued")
        << 4 << 2 << true << QList<QByteArray> {"c500"} << QList<QByteArray> {"c1000", "c1000", "c1000"}
        << 3500;
    QTest::newRow("events: a wait after a computation starts late")
        << 4 << 2 << true << QList<QByteArray> {} << QList<QByteArray> {"c1000", "w1000"} << 2000;
    QTest::newRow("events: waits overlap")
        << 4 << 2 << true << QList<QByteArray> {} << QList<QByteArray> {"w1000", "w1000", "w1000"} << 1000;
}

void tst_FifoSchedule::computing()
{
    QFETCH(int, workers);
    QFETCH(int, cores);
    QFETCH(bool, blocksLoop);
    QFETCH(QList<QByteArray>, running);
    QFETCH(QList<QByteArray>, queued);
    QFETCH(int, expected);
    FifoSchedule schedule(
        workers, cores, blocksLoop ? FifoSchedule::Computing::BlocksLoop : FifoSchedule::Computing::OnCores);
    for (const QByteArray &r : running)
        schedule.addRunning(milliseconds(r.mid(1).toInt()), r.startsWith('c'));
    for (const QByteArray &q : queued)
        schedule.addQueued(milliseconds(q.mid(1).toInt()), q.startsWith('c'));
    QCOMPARE(schedule.makespan().count(), expected);
}

void tst_FifoSchedule::runsAreTheirTasks()
{
    // A run of equal tasks must schedule exactly as its tasks added one by one: same makespan, and
    // the same start for whatever comes next. Random schedules, runs long enough to take the
    // shortcut, with running tasks, computing tasks and both ways of computing.
    QRandomGenerator random(20261201);
    for (int round = 0; round < 400; ++round) {
        const int workers = random.bounded(1, 7);
        const auto computing
            = random.bounded(2) ? FifoSchedule::Computing::BlocksLoop : FifoSchedule::Computing::OnCores;
        FifoSchedule runs(workers, random.bounded(1, 5), computing);
        FifoSchedule tasks = runs;
        for (int r = random.bounded(0, workers + 2); r > 0; --r) {
            const milliseconds left(random.bounded(0, 3000));
            const bool computes = random.bounded(4) == 0;
            runs.addRunning(left, computes);
            tasks.addRunning(left, computes);
        }
        for (int run = random.bounded(1, 6); run > 0; --run) {
            const milliseconds duration(random.bounded(4) == 0 ? 0 : random.bounded(1, 2000));
            const bool computes = random.bounded(5) == 0;
            const int count = random.bounded(0, 60);
            runs.addQueued(duration, computes, count);
            for (int i = 0; i < count; ++i)
                tasks.addQueued(duration, computes);
            QCOMPARE(runs.makespan().count(), tasks.makespan().count());
            FifoSchedule nextOfRuns = runs;
            FifoSchedule nextOfTasks = tasks;
            QCOMPARE(nextOfRuns.addQueued(milliseconds(1)).count(),
                nextOfTasks.addQueued(milliseconds(1)).count());
        }
    }
}

QTEST_GUILESS_MAIN(tst_FifoSchedule)
#include "tst_fifoschedule.moc"
