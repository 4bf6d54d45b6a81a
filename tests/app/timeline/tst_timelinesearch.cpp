#include "faketimelinesource.h"
#include "timeline/timelinelayout.h"

#include <QTest>

#include <algorithm>
#include <set>

namespace {

constexpr qint64 T0 = 1'700'000'000'000; // a wall-clock time, as the queue records them
constexpr qint64 S = 1000; // one second

/** A layout whose plot is 1000 px wide from x = 100, showing [fromMs, toMs]. */
void showRange(TimelineLayout &layout, qint64 fromMs, qint64 toMs)
{
    layout.scale().setPlot(100, 1000);
    layout.scale().fit(double(fromMs), double(toMs));
    layout.setRows(20, 20, 0);
}

/** What the last build drew: bars, and the first and last task of each bucket. */
std::set<quint64> drawnIds(const TimelineLayout &layout)
{
    std::set<quint64> ids;
    for (const TimelineLayout::Bar &bar : layout.bars())
        ids.insert(bar.id);
    for (const TimelineLayout::Bucket &bucket : layout.buckets()) {
        if (!bucket.estimated) {
            ids.insert(bucket.firstId);
            ids.insert(bucket.lastId);
        }
    }
    return ids;
}

/** How many tasks the last build drew, as bars or inside buckets. */
int drawnCount(const TimelineLayout &layout)
{
    int count = int(layout.bars().size());
    for (const TimelineLayout::Bucket &bucket : layout.buckets())
        count += bucket.estimated ? 0 : bucket.count;
    return count;
}

/** Issue 14's case: one worker, `30 30 30 30`, task 3 cancelled while queued at 5 s. */
FakeTimelineSource cancelledInTheMiddle()
{
    FakeTimelineSource source;
    source.addFinished(RunMode::Threads, 1, T0, T0 + 30 * S);
    source.addFinished(RunMode::Threads, 1, T0 + 30 * S, T0 + 60 * S);
    source.addCancelledWhileQueued(30 * S, T0 + 5 * S);
    source.addFinished(RunMode::Threads, 1, T0 + 60 * S, T0 + 90 * S);
    source.setNow(T0 + 100 * S);
    return source;
}

void noteAll(TimelineLayout &layout, const FakeTimelineSource &source)
{
    for (const Task &t : source.tasks())
        layout.noteTask(t, source.isListed(t.id));
}

} // namespace

/**
 * The timeline finds what a time range shows by binary search over task ids. Keys do not rise with
 * ids when a queued task is cancelled (it leaves at its cancel time, ahead of the tasks before it
 * ending): the search must still find every bar and mark, whatever the order of events.
 */
class tst_TimelineSearch : public QObject
{
    Q_OBJECT
private slots:
    void everyBarInRangeIsDrawn_data();
    void everyBarInRangeIsDrawn();
    void randomCancelsNeverHideABar();
    void clearedTasksAreForgotten();
};

void tst_TimelineSearch::everyBarInRangeIsDrawn_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<quint64>>("expected");
    QTest::newRow("45-75 s (issue 14)") << 45 * S << 75 * S << QList<quint64>({2, 4});
    QTest::newRow("0-10 s: the cancel mark") << qint64(0) << 10 * S << QList<quint64>({1, 3});
    QTest::newRow("everything") << qint64(0) << 95 * S << QList<quint64>({1, 2, 3, 4});
    QTest::newRow("80-95 s") << 80 * S << 95 * S << QList<quint64>({4});
}

void tst_TimelineSearch::everyBarInRangeIsDrawn()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<quint64>, expected);
    const FakeTimelineSource source = cancelledInTheMiddle();
    TimelineLayout layout;
    noteAll(layout, source);
    showRange(layout, T0 + from, T0 + to);
    layout.build(source);
    const std::set<quint64> drawn = drawnIds(layout);
    QCOMPARE(QList<quint64>(drawn.begin(), drawn.end()), expected);
}

void tst_TimelineSearch::randomCancelsNeverHideABar()
{
    // Many seeds of one worker running 1-9 s tasks, some cancelled while queued at random
    // earlier times; every window must draw exactly the tasks that overlap it.
    for (int seed = 1; seed <= 200; ++seed) {
        std::srand(unsigned(seed));
        FakeTimelineSource source;
        qint64 clock = T0;
        for (int i = 0; i < 60; ++i) {
            const qint64 length = (1 + std::rand() % 9) * S;
            if (std::rand() % 3 == 0) {
                source.addCancelledWhileQueued(
                    length, T0 + std::rand() % std::max<qint64>(1, clock - T0 + 1));
            } else {
                source.addFinished(RunMode::Threads, 1, clock, clock + length);
                clock += length;
            }
        }
        source.setNow(clock + S);
        const qint64 from = T0 + std::rand() % (clock - T0);
        const qint64 to = from + (1 + std::rand() % 30) * S;
        std::set<quint64> expected;
        for (const Task &t : source.tasks()) {
            const qint64 start = t.startedMs != 0 ? t.startedMs : t.finishedMs;
            if (t.finishedMs >= from && start <= to)
                expected.insert(t.id);
        }
        TimelineLayout layout;
        noteAll(layout, source);
        showRange(layout, from, to);
        layout.build(source);
        const std::set<quint64> drawn = drawnIds(layout);
        const QByteArray where = QStringLiteral("seed %1").arg(seed).toLatin1();
        QVERIFY2(std::includes(expected.begin(), expected.end(), drawn.begin(), drawn.end()), where);
        QVERIFY2(drawnCount(layout) == int(expected.size()), where);
    }
}

void tst_TimelineSearch::clearedTasksAreForgotten()
{
    FakeTimelineSource source = cancelledInTheMiddle();
    source.setListed(1, false);
    source.setListed(3, false);
    TimelineLayout layout;
    noteAll(layout, source);
    QCOMPARE(layout.firstMs(), T0 + 30 * S); // the time range starts with what is listed
    showRange(layout, T0, T0 + 95 * S);
    layout.build(source);
    const std::set<quint64> drawn = drawnIds(layout);
    QCOMPARE(QList<quint64>(drawn.begin(), drawn.end()), QList<quint64>({2, 4}));
    QCOMPARE(layout.waitingRows(), 0); // no cancel mark left to show
}

QTEST_GUILESS_MAIN(tst_TimelineSearch)
#include "tst_timelinesearch.moc"
