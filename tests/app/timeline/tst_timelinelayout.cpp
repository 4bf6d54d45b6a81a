#include "faketimelinesource.h"
#include "models/tasktablemodel.h"
#include "timeline/timelinelayout.h"
#include "translation.h"

#include <QTest>

#include <cstdlib>
#include <new>
#include <set>

namespace {
// Per thread: only the test's own thread counts (Qt Test's watchdog thread allocates too).
thread_local bool countingAllocations = false;
thread_local long allocations = 0;
} // namespace

// Counts heap allocations made by the test's thread while countingAllocations is set.
void *operator new(std::size_t size)
{
    if (countingAllocations)
        ++allocations;
    if (void *memory = std::malloc(size == 0 ? 1 : size))
        return memory;
    throw std::bad_alloc();
}

void operator delete(void *memory) noexcept
{
    std::free(memory);
}

void operator delete(void *memory, std::size_t) noexcept
{
    std::free(memory);
}

using Lane = TimelineLayout::Lane;

namespace {

constexpr qint64 T0 = 1'700'000'000'000; // a wall-clock time, as the queue records them

void noteAll(TimelineLayout &layout, const FakeTimelineSource &source)
{
    for (const Task &t : source.tasks())
        layout.noteTask(t);
}

/** A layout whose plot is 1000 px wide from x = 100, showing [fromMs, toMs]. */
void showRange(TimelineLayout &layout, qint64 fromMs, qint64 toMs)
{
    layout.scale().setPlot(100, 1000);
    layout.scale().fit(double(fromMs), double(toMs));
    layout.setRows(20, 20, 0);
}

std::set<quint64> barIds(const TimelineLayout &layout)
{
    std::set<quint64> ids;
    for (const TimelineLayout::Bar &bar : layout.bars())
        ids.insert(bar.id);
    return ids;
}

int bucketedTasks(const TimelineLayout &layout)
{
    int count = 0;
    for (const TimelineLayout::Bucket &bucket : layout.buckets())
        count += bucket.count;
    return count;
}

} // namespace

class tst_TimelineLayout : public QObject
{
    Q_OBJECT
private slots:
    void timeToX_data();
    void timeToX();
    void zoomKeepsTheTimeUnderTheCursor_data();
    void zoomKeepsTheTimeUnderTheCursor();
    void fitShowsTheWholeRange();
    void tickSteps_data();
    void tickSteps();
    void lanes_data();
    void lanes();
    void laneLabelsNameTheThread();
    void laneLabelsUseTheTaskListsWords_data();
    void laneLabelsUseTheTaskListsWords();
    void merging_data();
    void merging();
    void onlyTheVisibleRangeIsExamined();
    void aLongRunningTaskStillReachesNow();
    void queuedTasksWaitWhereTheFifoScheduleStartsThem();
    void queuedComputingTasksOnTheLoopRunOneAfterAnother();
    void cancelledWhileQueuedIsMarkedInTheQueueRow();
    void hitTestingFindsTheBar();
    void selectionMarksBuckets();
    void aFrameAllocatesNothing();
    void aHugeQueueIsPlannedInPart();
    void idleTimeIsNotContent();
};

void tst_TimelineLayout::timeToX_data()
{
    QTest::addColumn<double>("startMs");
    QTest::addColumn<double>("pxPerMs");
    QTest::addColumn<double>("timeMs");
    QTest::addColumn<double>("x");

    QTest::newRow("left edge") << 5000.0 << 0.1 << 5000.0 << 100.0;
    QTest::newRow("one second later at 100 px/s") << 5000.0 << 0.1 << 6000.0 << 200.0;
    QTest::newRow("before the window") << 5000.0 << 0.1 << 4000.0 << 0.0;
    QTest::newRow("epoch times keep sub-pixel precision") << double(T0) << 2.0 << double(T0) + 0.25 << 100.5;
    QTest::newRow("zoomed out: an hour in 360 px") << 0.0 << 1e-4 << 3'600'000.0 << 460.0;
}

void tst_TimelineLayout::timeToX()
{
    QFETCH(double, startMs);
    QFETCH(double, pxPerMs);
    QFETCH(double, timeMs);
    QFETCH(double, x);
    TimeScale scale;
    scale.setPlot(100, 800);
    scale.setWindow(startMs, pxPerMs);
    QCOMPARE(scale.xForTime(timeMs), x);
    QCOMPARE(scale.timeForX(x), timeMs);
}

void tst_TimelineLayout::zoomKeepsTheTimeUnderTheCursor_data()
{
    QTest::addColumn<double>("cursorX");
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("expectedPxPerMs");

    QTest::newRow("zoom in at the middle") << 500.0 << 2.0 << 0.2;
    QTest::newRow("zoom out at the left") << 100.0 << 0.5 << 0.05;
    QTest::newRow("zoom in past the limit is clamped") << 300.0 << 1e6 << TimeScale::MaximumPxPerMs;
    QTest::newRow("zoom out past the limit is clamped") << 700.0 << 1e-9 << TimeScale::MinimumPxPerMs;
}

void tst_TimelineLayout::zoomKeepsTheTimeUnderTheCursor()
{
    QFETCH(double, cursorX);
    QFETCH(double, factor);
    QFETCH(double, expectedPxPerMs);
    TimeScale scale;
    scale.setPlot(100, 800);
    scale.setWindow(double(T0), 0.1);
    const double before = scale.timeForX(cursorX);
    scale.zoomAt(cursorX, factor);
    QCOMPARE(scale.pxPerMs(), expectedPxPerMs);
    QVERIFY(qAbs(scale.timeForX(cursorX) - before) < 1e-3);
}

void tst_TimelineLayout::fitShowsTheWholeRange()
{
    TimeScale scale;
    scale.setPlot(0, 600);
    scale.fit(double(T0), double(T0 + 6000));
    QCOMPARE(scale.xForTime(double(T0)), 0.0);
    QCOMPARE(scale.xForTime(double(T0 + 6000)), 600.0);
    // A short range is not blown up beyond the cap: 1 s in 600 px would be 0.6 px/ms.
    scale.fit(double(T0), double(T0 + 1000), 0.2);
    QCOMPARE(scale.pxPerMs(), 0.2);
}

void tst_TimelineLayout::tickSteps_data()
{
    QTest::addColumn<double>("pxPerMs");
    QTest::addColumn<double>("stepMs");

    QTest::newRow("100 px per second: every second") << 0.1 << 1000.0;
    QTest::newRow("40 px per second: every 2 s") << 0.04 << 2000.0;
    QTest::newRow("1 px per ms: every 100 ms") << 1.0 << 100.0;
    QTest::newRow("2 px per ms: every 50 ms") << 2.0 << 50.0;
    QTest::newRow("1 px per second: every 2 min") << 0.001 << 120'000.0;
    QTest::newRow("1 px per 10 min: every day") << 1.0 / 600'000 << 86'400'000.0;
}

void tst_TimelineLayout::tickSteps()
{
    QFETCH(double, pxPerMs);
    QFETCH(double, stepMs);
    TimeScale scale;
    scale.setWindow(0, pxPerMs);
    QCOMPARE(scale.tickStepMs(80), stepMs);
}

void tst_TimelineLayout::lanes_data()
{
    QTest::addColumn<QList<int>>("modes"); // 0 Threads, 1 Events
    QTest::addColumn<QList<int>>("workers");
    QTest::addColumn<QList<int>>("expectedModes");
    QTest::addColumn<QList<int>>("expectedWorkers");

    QTest::newRow("one worker") << QList<int> {0, 0, 0} << QList<int> {1, 1, 1} << QList<int> {0}
                                << QList<int> {1};
    QTest::newRow("large thread numbers, first seen first")
        << QList<int> {0, 0, 0, 0} << QList<int> {917, 23, 917, 4000} << QList<int> {0, 0, 0}
        << QList<int> {917, 23, 4000};
    QTest::newRow("timer slots") << QList<int> {1, 1, 1} << QList<int> {1, 2, 1} << QList<int> {1, 1}
                                 << QList<int> {1, 2};
    QTest::newRow("modes stay grouped") << QList<int> {0, 1, 0, 1} << QList<int> {5, 1, 9, 2}
                                        << QList<int> {0, 0, 1, 1} << QList<int> {5, 9, 1, 2};
    QTest::newRow("events first, then threads")
        << QList<int> {1, 0, 1} << QList<int> {1, 3, 2} << QList<int> {1, 1, 0} << QList<int> {1, 2, 3};
    QTest::newRow("same number in both modes is two lanes")
        << QList<int> {0, 1} << QList<int> {1, 1} << QList<int> {0, 1} << QList<int> {1, 1};
}

void tst_TimelineLayout::lanes()
{
    QFETCH(QList<int>, modes);
    QFETCH(QList<int>, workers);
    QFETCH(QList<int>, expectedModes);
    QFETCH(QList<int>, expectedWorkers);
    FakeTimelineSource source;
    for (qsizetype i = 0; i < modes.size(); ++i)
        source.addFinished(RunMode(modes[i]), qint16(workers[i]), T0 + i * 1000, T0 + i * 1000 + 500);
    TimelineLayout layout;
    noteAll(layout, source);
    QCOMPARE(layout.laneCount(), expectedModes.size());
    for (int lane = 0; lane < layout.laneCount(); ++lane) {
        QCOMPARE(int(layout.lane(lane).mode), expectedModes[lane]);
        QCOMPARE(int(layout.lane(lane).worker), expectedWorkers[lane]);
        QCOMPARE(layout.laneOf(layout.lane(lane).mode, layout.lane(lane).worker), lane);
    }
    // Every task's bar is in its worker's lane.
    showRange(layout, T0, T0 + modes.size() * 1000);
    layout.build(source);
    QCOMPARE(int(layout.bars().size()), modes.size());
    for (const TimelineLayout::Bar &bar : layout.bars()) {
        const Lane &lane = layout.lane(bar.row);
        QCOMPARE(lane.mode, source.task(bar.id).mode);
        QCOMPARE(lane.worker, source.task(bar.id).worker);
    }
}

void tst_TimelineLayout::laneLabelsNameTheThread()
{
    FakeTimelineSource source;
    source.addFinished(RunMode::Threads, 917, T0, T0 + 10);
    source.addFinished(RunMode::Events, 2, T0 + 10, T0 + 20);
    source.addCancelledWhileQueued(1000, T0 + 30);
    TimelineLayout layout;
    noteAll(layout, source);
    QCOMPARE(layout.rowCount(), 3);
    QCOMPARE(layout.rowLabel(0), QStringLiteral("pool thread 917"));
    QCOMPARE(layout.rowLabel(1), QStringLiteral("event loop, slot 2"));
    QCOMPARE(layout.rowLabel(2), QStringLiteral("queue"));
}

void tst_TimelineLayout::laneLabelsUseTheTaskListsWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en threads") << QStringLiteral("en") << int(RunMode::Threads)
                                << QStringLiteral("pool thread 3");
    QTest::newRow("en events") << QStringLiteral("en") << int(RunMode::Events)
                               << QStringLiteral("event loop, slot 3");
    QTest::newRow("ru threads") << QStringLiteral("ru") << int(RunMode::Threads)
                                << QString::fromUtf8("поток пула 3");
    QTest::newRow("ru events") << QStringLiteral("ru") << int(RunMode::Events)
                               << QString::fromUtf8("цикл событий, слот 3");
}

void tst_TimelineLayout::laneLabelsUseTheTaskListsWords()
{
    // The event loop has its own thread: its lanes are named after it, not after the main thread,
    // and a worker reads the same in the timeline as in the task list, in either language.
    QFETCH(QString, language);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    Translation::apply(language);
    FakeTimelineSource source;
    source.addFinished(RunMode(mode), 3, T0, T0 + 10);
    TimelineLayout layout;
    noteAll(layout, source);
    const QString label = layout.rowLabel(0);
    const QString listed = TaskTableModel::workerText(RunMode(mode), 3);
    Translation::apply(QStringLiteral("en"));
    QCOMPARE(label, expected);
    QCOMPARE(listed, expected);
}

void tst_TimelineLayout::merging_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("durationMs");
    QTest::addColumn<int>("spanMs"); // shown across 1000 px
    QTest::addColumn<int>("expectedBars");

    QTest::newRow("wide bars stay bars") << 10 << 1000 << 10'000 << 10;
    QTest::newRow("two-pixel bars stay bars") << 400 << 10 << 5000 << 400;
    QTest::newRow("sub-pixel bars merge") << 1000 << 10 << 100'000 << 0;
    QTest::newRow("zero-second tasks merge") << 500 << 0 << 1000 << 0;
    QTest::newRow("thousands in a strip") << 20'000 << 5 << 100'000 << 0;
    QTest::newRow("bars across pixel edges") << 3000 << 7 << 100'000 << 0;
}

void tst_TimelineLayout::merging()
{
    QFETCH(int, tasks);
    QFETCH(int, durationMs);
    QFETCH(int, spanMs);
    QFETCH(int, expectedBars);
    FakeTimelineSource source;
    for (int i = 0; i < tasks; ++i)
        source.addFinished(RunMode::Threads, 1, T0 + qint64(i) * durationMs, T0 + qint64(i + 1) * durationMs);
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0, T0 + spanMs);
    layout.build(source);

    QCOMPARE(int(layout.bars().size()), expectedBars);
    QCOMPARE(int(layout.bars().size()) + bucketedTasks(layout), tasks);
    int previousRight = std::numeric_limits<int>::min();
    for (const TimelineLayout::Bucket &bucket : layout.buckets()) {
        QVERIFY(bucket.x1 > bucket.x0);
        QVERIFY(bucket.x1 - bucket.x0 <= TimelineLayout::MaximumBucketWidth);
        QVERIFY2(bucket.x0 >= previousRight, "buckets of one row do not overlap");
        previousRight = bucket.x1;
    }
    if (expectedBars == 0 && durationMs > 0) {
        // Back-to-back work: the strip reads as busy, and it is far fewer rectangles than tasks.
        const double pixels = double(tasks) * durationMs * 1000.0 / spanMs;
        QVERIFY(int(layout.buckets().size()) <= int(pixels) / 2 + 2);
        QVERIFY(layout.buckets().front().density() > 0.5);
    }
}

void tst_TimelineLayout::onlyTheVisibleRangeIsExamined()
{
    // 100 000 one-second tasks on four workers; show ten seconds in the middle.
    FakeTimelineSource source;
    for (int i = 0; i < 100'000; ++i) {
        const qint64 start = T0 + qint64(i / 4) * 1000 + (i % 4); // threads report a little apart
        source.addFinished(RunMode::Threads, qint16(1 + i % 4), start, start + 1000);
    }
    TimelineLayout layout;
    noteAll(layout, source);
    const qint64 from = T0 + 12'345'500;
    const qint64 to = from + 10'000;
    showRange(layout, from, to);
    layout.build(source);

    std::set<quint64> expected;
    for (const Task &t : source.tasks()) {
        if (t.finishedMs >= from && t.startedMs <= to)
            expected.insert(t.id);
    }
    QCOMPARE(expected.size(), size_t(44));
    QCOMPARE(barIds(layout), expected);
    QVERIFY2(layout.examinedTasks() < 100, qPrintable(QString::number(layout.examinedTasks())));
}

void tst_TimelineLayout::aLongRunningTaskStillReachesNow()
{
    FakeTimelineSource source;
    source.setWorkers(2);
    const quint64 longOne = source.addRunning(RunMode::Threads, 1, T0, 3'600'000);
    for (int i = 0; i < 5000; ++i)
        source.addFinished(RunMode::Threads, 2, T0 + i * 100, T0 + (i + 1) * 100);
    source.setNow(T0 + 500'000);
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0 + 490'050, T0 + 500'050);
    layout.build(source);
    const std::set<quint64> ids = barIds(layout);
    QVERIFY(ids.count(longOne));
    QCOMPARE(ids.size(), size_t(1) + 100);
}

void tst_TimelineLayout::queuedTasksWaitWhereTheFifoScheduleStartsThem()
{
    // "2 1 1" on two workers, one second = 1000 ms, nothing started yet.
    FakeTimelineSource source;
    source.setWorkers(2);
    source.setNow(T0);
    const quint64 two = source.addQueued(2000);
    const quint64 firstOne = source.addQueued(1000);
    const quint64 secondOne = source.addQueued(1000);
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0, T0 + 4000); // 0.25 px/ms from x = 100
    layout.build(source);

    QCOMPARE(layout.laneCount(), 0);
    QCOMPARE(layout.waitingRows(), 2);
    QCOMPARE(layout.lastMs(), T0 + 2000);
    QCOMPARE(int(layout.bars().size()), 3);
    auto barOf = [&layout](quint64 id) {
        for (const TimelineLayout::Bar &bar : layout.bars()) {
            if (bar.id == id)
                return bar;
        }
        return TimelineLayout::Bar {};
    };
    QCOMPARE(barOf(two).x0, 100.0);
    QCOMPARE(barOf(two).x1, 600.0);
    QCOMPARE(barOf(firstOne).x0, 100.0);
    QCOMPARE(barOf(secondOne).x0, 350.0); // after the first "1" ends, not before
    QCOMPARE(barOf(secondOne).row, barOf(firstOne).row);
    QVERIFY(barOf(two).row != barOf(firstOne).row);
    QCOMPARE(barOf(two).state, TaskState::Queued);

    // Once "2" runs on a worker and 500 ms have passed, the rest are planned from its end.
    source.taskRef(two).state = TaskState::Running;
    source.taskRef(two).startedMs = T0;
    source.taskRef(two).worker = 7;
    source.setNow(T0 + 500);
    layout.noteTask(source.task(two));
    layout.invalidatePlan();
    layout.build(source);
    QCOMPARE(layout.laneCount(), 1);
    QCOMPARE(barOf(two).row, 0);
    QCOMPARE(barOf(firstOne).x0, 100.0 + 500 * 0.25);
    QCOMPARE(barOf(secondOne).x0, 100.0 + 1500 * 0.25);
}

void tst_TimelineLayout::queuedComputingTasksOnTheLoopRunOneAfterAnother()
{
    // Three 1 s computations and a 1 s wait on four workers of the event loop: the loop computes
    // one at a time, and the wait cannot start before it is free.
    FakeTimelineSource source;
    source.setWorkers(4);
    source.setComputing(FifoSchedule::Computing::BlocksLoop, 2);
    source.setNow(T0);
    QList<quint64> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(source.addQueued(1000, WorkKind::Compute));
    ids.append(source.addQueued(1000));
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0, T0 + 4000); // 0.25 px/ms from x = 100
    layout.build(source);
    QCOMPARE(layout.lastMs(), T0 + 4000);
    QList<double> starts;
    for (quint64 id : ids) {
        for (const TimelineLayout::Bar &bar : layout.bars()) {
            if (bar.id == id)
                starts.append(bar.x0);
        }
    }
    QCOMPARE(starts, QList<double>({100.0, 350.0, 600.0, 850.0}));
}

void tst_TimelineLayout::cancelledWhileQueuedIsMarkedInTheQueueRow()
{
    FakeTimelineSource source;
    source.addFinished(RunMode::Events, 1, T0, T0 + 1000);
    const quint64 cancelled = source.addCancelledWhileQueued(3000, T0 + 500);
    source.setNow(T0 + 1000);
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0, T0 + 2000);
    layout.build(source);
    QCOMPARE(layout.waitingRows(), 1);
    QCOMPARE(int(layout.buckets().size()), 1);
    const TimelineLayout::Bucket &mark = layout.buckets().front();
    QCOMPARE(mark.row, layout.firstWaitingRow());
    QCOMPARE(mark.firstId, cancelled);
    QCOMPARE(mark.states[size_t(TaskState::Cancelled)], 1);
    QCOMPARE(mark.x0, 100 + 250);
}

void tst_TimelineLayout::hitTestingFindsTheBar()
{
    FakeTimelineSource source;
    const quint64 first = source.addFinished(RunMode::Threads, 3, T0, T0 + 1000);
    const quint64 second = source.addFinished(RunMode::Threads, 4, T0, T0 + 2000, TaskState::Failed);
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0, T0 + 2000); // rows at y 20..40 and 40..60
    layout.build(source);
    QCOMPARE(layout.rowAt(30), 0);
    QCOMPARE(layout.rowAt(45), 1);
    QCOMPARE(layout.rowAt(10), -1);
    QVERIFY(layout.barAt(QPointF(300, 30)));
    QCOMPARE(layout.barAt(QPointF(300, 30))->id, first);
    QVERIFY(!layout.barAt(QPointF(700, 30))); // the first task ended at x 600
    QCOMPARE(layout.barAt(QPointF(700, 50))->id, second);
    layout.setRows(20, 20, 20); // scrolled down by a row
    QCOMPARE(layout.rowAt(30), 1);
}

void tst_TimelineLayout::selectionMarksBuckets()
{
    FakeTimelineSource source;
    for (int i = 0; i < 100; ++i)
        source.addFinished(RunMode::Threads, 1, T0 + i, T0 + i + 1);
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0, T0 + 100'000);
    layout.setSelected({50});
    layout.build(source);
    QCOMPARE(int(layout.buckets().size()), 1);
    QVERIFY(layout.buckets().front().selected);
    layout.setSelected({});
    layout.build(source);
    QVERIFY(!layout.buckets().front().selected);
}

void tst_TimelineLayout::aFrameAllocatesNothing()
{
    // Finished, running and queued tasks, some wide and some merged: after the first frame, the
    // next frames (time moves on, nothing changes) reuse every buffer.
    FakeTimelineSource source;
    source.setWorkers(4);
    for (int i = 0; i < 4000; ++i)
        source.addFinished(
            RunMode::Threads, qint16(1 + i % 4), T0 + i * 10, T0 + i * 10 + (i % 50 == 0 ? 5000 : 40));
    const qint64 now = T0 + 41'000;
    for (int worker = 1; worker <= 4; ++worker)
        source.addRunning(RunMode::Threads, qint16(worker), now - 500, 10'000);
    for (int i = 0; i < 200; ++i)
        source.addQueued(i % 3 * 1000);
    source.setNow(now);
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0, now + 60'000);
    layout.build(source);
    QVERIFY(!layout.bars().empty());
    QVERIFY(!layout.buckets().empty());

    allocations = 0;
    for (int frame = 1; frame <= 10; ++frame) {
        source.setNow(now + frame * 33);
        countingAllocations = true;
        layout.build(source);
        countingAllocations = false;
    }
    QCOMPARE(allocations, 0L);
}

void tst_TimelineLayout::aHugeQueueIsPlannedInPart()
{
    // A million one-second tasks on four workers, behind four running ones: a frame reads a few
    // thousand of them, not a million, and the rest is one strip ending when the queue will.
    FakeTimelineSource source;
    source.setWorkers(4);
    for (int worker = 1; worker <= 4; ++worker)
        source.addRunning(RunMode::Threads, qint16(worker), T0, 1000);
    for (int i = 0; i < 1'000'000; ++i)
        source.addQueued(1000);
    source.setNow(T0 + 500);
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0, T0 + 300'000'000);
    const qint64 before = source.reads();
    layout.build(source);
    QVERIFY2(source.reads() - before < 3 * TimelineLayout::MaximumPlanned,
        qPrintable(QString::number(source.reads() - before)));
    QCOMPARE(layout.lastMs(), T0 + 1000 + 1'000'000 / 4 * 1000);
    const auto tail = std::find_if(layout.buckets().begin(), layout.buckets().end(),
        [](const TimelineLayout::Bucket &b) { return b.estimated; });
    QVERIFY(tail != layout.buckets().end());
    QCOMPARE(tail->count, 1'000'000 - TimelineLayout::MaximumPlanned);
    QCOMPARE(tail->row, layout.firstWaitingRow());
    QCOMPARE(tail->x1, int(std::ceil(layout.scale().xForTime(double(layout.lastMs())))));
}

void tst_TimelineLayout::idleTimeIsNotContent()
{
    // Nothing runs or waits: the content ends with the last task, however late "now" is.
    FakeTimelineSource source;
    source.addFinished(RunMode::Threads, 1, T0, T0 + 3000);
    source.setNow(T0 + 3'600'000);
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0, T0 + 5000);
    layout.build(source);
    QCOMPARE(layout.firstMs(), T0);
    QCOMPARE(layout.lastMs(), T0 + 3000);
}

QTEST_GUILESS_MAIN(tst_TimelineLayout)
#include "tst_timelinelayout.moc"
