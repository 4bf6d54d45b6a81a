#include "timeline/timelinenavigation.h"

#include "faketimelinesource.h"

#include <QTest>

#include <limits>

namespace {

constexpr qint64 T0 = 1'700'000'000'000;

TimeScale plot()
{
    TimeScale scale;
    scale.setPlot(100, 900);
    scale.setWindow(double(T0), 0.1);
    return scale;
}

} // namespace

class tst_TimelineNavigation : public QObject
{
    Q_OBJECT
private slots:
    void fitShowsEveryTask_data();
    void fitShowsEveryTask();
    void aHugeTaskDoesNotSqueezeThePresent();
    void aHugeTaskLeavesTheRunningTasksReadable();
    void theFocusIsTheShortestRunningTask();
    void followKeepsNowTwoThirdsAcross();
    void followNeverShowsTimeBeforeTheFirstTask();
    void zoomingWhileFollowingKeepsNowInPlace();
    void zoomingElsewhereKeepsTheCursorTime();
    void afterLeavingTheViewStaysPut();
    void scrollBarRoundTrip_data();
    void scrollBarRoundTrip();
};

void tst_TimelineNavigation::fitShowsEveryTask_data()
{
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<double>("expectedPxPerMs");

    QTest::newRow("a minute fills the plot") << qint64(60'000) << 900.0 / (60'000 * 1.04);
    QTest::newRow("a second is not blown up") << qint64(1000) << TimelineNavigation::FitMaximumPxPerMs;
    QTest::newRow("ten minutes fit, with at most 10 s around")
        << qint64(600'000) << 900.0 / (600'000 + 2 * TimelineNavigation::MaximumMarginMs);
}

void tst_TimelineNavigation::fitShowsEveryTask()
{
    QFETCH(qint64, spanMs);
    QFETCH(double, expectedPxPerMs);
    TimelineNavigation navigation;
    QVERIFY(navigation.fitAll());
    TimeScale scale = plot();
    navigation.arrange(scale, T0, T0 + spanMs, T0 + spanMs / 2);
    QCOMPARE(scale.pxPerMs(), expectedPxPerMs);
    QVERIFY(scale.startMs() < double(T0));
    QVERIFY(scale.endMs() > double(T0 + spanMs));
}

void tst_TimelineNavigation::aHugeTaskDoesNotSqueezeThePresent()
{
    // `86400` queued behind 7-second tasks: fitting a day would leave them under a pixel each.
    TimelineNavigation navigation;
    TimeScale scale = plot();
    const qint64 now = T0 + 20'000;
    navigation.arrange(scale, T0, T0 + 86'400'000 + 30'000, now);
    QVERIFY2(7000 * scale.pxPerMs() >= 5, qPrintable(QString::number(7000 * scale.pxPerMs())));
    QVERIFY(scale.startMs() <= double(T0)); // the start of the run is in view
    QVERIFY(scale.endMs() > double(now)); // and what comes next
    const TimelineNavigation::ScrollBar bar = navigation.scrollBar(scale, T0, T0 + 86'400'000 + 30'000, now);
    QVERIFY(bar.maximum > 0); // the rest is reached by scrolling
}

void tst_TimelineNavigation::aHugeTaskLeavesTheRunningTasksReadable()
{
    // 2 workers, `86400 7 7 7 …`, 4 s in: the 7-second task running beside the day-long one must be
    // wide enough for its label, and the view must not open on half an hour of empty time before
    // the first task (a margin of 2 % of a day).
    TimelineNavigation navigation;
    TimeScale scale = plot();
    const qint64 now = T0 + 4000;
    const qint64 last = T0 + 86'400'000;
    navigation.arrange(scale, T0, last, now, 7000);
    QVERIFY2(7000 * scale.pxPerMs() >= 150, qPrintable(QString::number(7000 * scale.pxPerMs())));
    QVERIFY2(scale.startMs() >= double(T0) - TimelineNavigation::MaximumMarginMs,
        qPrintable(QString::number((double(T0) - scale.startMs()) / 1000)));
    QVERIFY(scale.xForTime(double(now)) > scale.left());
    QVERIFY(scale.endMs() >= double(now + 7000)); // the running task's end is in view
    // With only the day-long task running, the view is the widest "fit" allows.
    navigation.arrange(scale, T0, last, now, 86'400'000);
    QCOMPARE(scale.endMs() - scale.startMs(), TimelineNavigation::FitMaximumSpanMs);
}

void tst_TimelineNavigation::theFocusIsTheShortestRunningTask()
{
    FakeTimelineSource source;
    source.addFinished(RunMode::Threads, 1, T0, T0 + 2000);
    source.addQueued(3000);
    QCOMPARE(TimelineNavigation::focusMs(source), qint64(0)); // nothing runs
    source.addRunning(RunMode::Threads, 1, T0 + 2000, 86'400'000);
    source.addRunning(RunMode::Threads, 2, T0 + 2000, 7000);
    source.addQueued(1000); // queued, not running: not the focus
    QCOMPARE(TimelineNavigation::focusMs(source), qint64(7000));
}

void tst_TimelineNavigation::followKeepsNowTwoThirdsAcross()
{
    TimelineNavigation navigation;
    navigation.setFitAll(false);
    TimeScale scale = plot(); // 0.1 px/ms: 9 s across
    const qint64 now = T0 + 60'000;
    navigation.arrange(scale, T0, T0 + 120'000, now);
    QCOMPARE(scale.xForTime(double(now)), 100 + 900 * TimelineNavigation::FollowPosition);
    QCOMPARE(scale.pxPerMs(), 0.1);
}

void tst_TimelineNavigation::followNeverShowsTimeBeforeTheFirstTask()
{
    TimelineNavigation navigation;
    navigation.setFitAll(false);
    TimeScale scale = plot();
    navigation.arrange(scale, T0, T0 + 120'000, T0 + 1000); // one second in
    QVERIFY(scale.startMs() >= double(T0) - 120'000 * 0.02 - 1);
    QVERIFY(scale.xForTime(double(T0 + 1000)) < 100 + 900 * TimelineNavigation::FollowPosition);
}

void tst_TimelineNavigation::zoomingWhileFollowingKeepsNowInPlace()
{
    TimelineNavigation navigation;
    TimeScale scale = plot();
    const qint64 now = T0 + 3000;
    navigation.zoomAt(scale, 150, 2, now);
    QVERIFY(!navigation.fitAll());
    QVERIFY(navigation.followNow());
    QCOMPARE(scale.pxPerMs(), 0.2);
    QCOMPARE(scale.xForTime(double(now)), 100 + 3000 * 0.1); // where it was, not at x = 150
}

void tst_TimelineNavigation::zoomingElsewhereKeepsTheCursorTime()
{
    TimelineNavigation navigation;
    navigation.leave();
    TimeScale scale = plot();
    const double under = scale.timeForX(150);
    navigation.zoomAt(scale, 150, 0.5, T0 + 3000);
    QCOMPARE(scale.pxPerMs(), 0.05);
    QVERIFY(qAbs(scale.timeForX(150) - under) < 1e-3);
    navigation.zoomAt(scale, 150, std::numeric_limits<double>::infinity(), T0);
    QCOMPARE(scale.pxPerMs(), 0.05); // nonsense factors change nothing
}

void tst_TimelineNavigation::afterLeavingTheViewStaysPut()
{
    TimelineNavigation navigation;
    navigation.leave();
    QVERIFY(!navigation.fitAll());
    QVERIFY(!navigation.followNow());
    TimeScale scale = plot();
    navigation.arrange(scale, T0 - 50'000, T0 + 50'000, T0 + 40'000);
    QCOMPARE(scale.startMs(), double(T0));
    QCOMPARE(scale.pxPerMs(), 0.1);
}

void tst_TimelineNavigation::scrollBarRoundTrip_data()
{
    QTest::addColumn<double>("pxPerMs");
    QTest::addColumn<qint64>("spanMs");

    QTest::newRow("a minute at 100 px/s") << 0.1 << qint64(60'000);
    QTest::newRow("a day at 2 px/ms: more pixels than an int holds") << 2.0 << qint64(86'400'000 * 20);
}

void tst_TimelineNavigation::scrollBarRoundTrip()
{
    QFETCH(double, pxPerMs);
    QFETCH(qint64, spanMs);
    TimelineNavigation navigation;
    navigation.leave();
    TimeScale scale;
    scale.setPlot(100, 900);
    scale.setWindow(double(T0 + spanMs / 2), pxPerMs);
    const TimelineNavigation::ScrollBar bar = navigation.scrollBar(scale, T0, T0 + spanMs, T0 + spanMs);
    QVERIFY(bar.maximum > 0);
    QVERIFY(bar.value > 0 && bar.value < bar.maximum);
    QVERIFY(bar.pageStep >= 1 && bar.singleStep >= 1);
    const double start = scale.startMs();
    navigation.scrollTo(scale, bar.value);
    QVERIFY2(qAbs(scale.startMs() - start) <= spanMs / 1e9 + 1,
        qPrintable(QString::number(scale.startMs() - start)));
    navigation.scrollTo(scale, 0);
    QVERIFY(scale.startMs() < double(T0)); // the bar reaches back to the first task
    navigation.scrollTo(scale, bar.maximum);
    QVERIFY(scale.endMs() > double(T0 + spanMs));
}

QTEST_GUILESS_MAIN(tst_TimelineNavigation)
#include "tst_timelinenavigation.moc"
