#include "models/taskcostmeter.h"

#include <QTest>

using namespace std::chrono_literals;

/** What a task costs besides its wait, measured from how fast tasks end while workers are busy. */
class tst_TaskCostMeter : public QObject
{
    Q_OBJECT
private slots:
    void zeroSecondTasksCostTheirOverhead();
    void waitsAreNotCost();
    void idleTimeIsNotCost();
    void workersShareTheCost();
};

void tst_TaskCostMeter::zeroSecondTasksCostTheirOverhead()
{
    // 100 000 zero-second tasks on one worker, 1.5 ms each: the rest take minutes, not 0 s.
    TaskCostMeter meter;
    meter.sample(0, 1, true);
    for (int step = 1; step <= 4; ++step) {
        for (int i = 0; i < 1000; ++i)
            meter.noteDone(0ms);
        meter.sample(step * 1500, 1, true);
    }
    QCOMPARE(meter.costPerTaskMs(), 1.5);
    QCOMPARE(meter.extraTime(96000, 1), 144000ms);
}

void tst_TaskCostMeter::waitsAreNotCost()
{
    // One worker, 100 ms tasks that end every 101 ms: 1 ms each on top of the wait.
    TaskCostMeter meter;
    meter.sample(0, 1, true);
    for (int i = 0; i < 20; ++i)
        meter.noteDone(100ms);
    meter.sample(2020, 1, true);
    QCOMPARE(meter.costPerTaskMs(), 1.0);
}

void tst_TaskCostMeter::idleTimeIsNotCost()
{
    // Nothing waited for a worker: the idle time says nothing, and nothing is measured.
    TaskCostMeter meter;
    meter.sample(0, 1, false);
    for (int i = 0; i < 20; ++i)
        meter.noteDone(0ms);
    meter.sample(60000, 1, false);
    QCOMPARE(meter.costPerTaskMs(), 0.0);
    QCOMPARE(meter.extraTime(1000, 1), 0ms);
}

void tst_TaskCostMeter::workersShareTheCost()
{
    // Four workers end 4000 zero-second tasks in a second: 1 ms each, a quarter of it per task left.
    TaskCostMeter meter;
    meter.sample(0, 4, true);
    for (int i = 0; i < 4000; ++i)
        meter.noteDone(0ms);
    meter.sample(1000, 4, true);
    QCOMPARE(meter.costPerTaskMs(), 1.0);
    QCOMPARE(meter.extraTime(8000, 4), 2000ms);
}

QTEST_GUILESS_MAIN(tst_TaskCostMeter)
#include "tst_taskcostmeter.moc"
