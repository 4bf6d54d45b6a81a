#include "engine/fifoschedule.h"

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

QTEST_GUILESS_MAIN(tst_FifoSchedule)
#include "tst_fifoschedule.moc"
