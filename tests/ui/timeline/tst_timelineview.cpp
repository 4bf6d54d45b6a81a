#include "engine/taskqueue.h"
#include "faketimelinesource.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <cerrno>
#include <set>

using std::chrono::milliseconds;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;

/** "2 1 1" on two pool threads, one second = 1000 ms: #1 on one thread, #2 then #3 on the other. */
void twoOneOne(FakeTimelineSource &source)
{
    source.setWorkers(2);
    source.addFinished(RunMode::Threads, 11, T0, T0 + 2000);
    source.addFinished(RunMode::Threads, 12, T0, T0 + 1000);
    source.addFinished(RunMode::Threads, 12, T0 + 1000, T0 + 2000);
    source.setNow(T0 + 3000);
}

void showView(TimelineView &view)
{
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

/** `2 1 1` on two workers, in a shown 700 × 200 view. */
void showTwoOneOne(FakeTimelineSource &source, TimelineView &view)
{
    twoOneOne(source);
    view.resize(700, 200);
    view.setSource(&source);
    showView(view);
}

/** The viewport as the user sees it. */
QImage shot(TimelineView &view)
{
    return view.viewport()->grab().toImage();
}

double xAt(const TimelineView &view, qint64 ms, qint64 fromMs, qint64 toMs)
{
    const QRectF plot = view.plotRect();
    return plot.left() + double(ms - fromMs) * plot.width() / double(toMs - fromMs);
}

QColor pixel(const QImage &image, double x, double y)
{
    return QColor(image.pixel(int(x), int(y)));
}

/** The distinct colours along a horizontal line (the middle of a row) between two x. */
std::set<QRgb> coloursAlong(const QImage &image, double x0, double x1, double y)
{
    std::set<QRgb> colours;
    for (int x = int(x0); x < int(x1); ++x)
        colours.insert(image.pixel(x, int(y)) | 0xff000000u);
    return colours;
}

} // namespace

class tst_TimelineView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void paintsBarsWhereTasksRan();
    void aFinishedRecordHasNoNow();
    void statesDifferByPatternNotOnlyColour_data();
    void statesDifferByPatternNotOnlyColour();
    void queuedTasksWaitRightOfNow();
    void clickingABarReportsTheTask();
    void selectedTasksAreOutlined();
    void hoverShowsTheTask();
    void zoomsWithCtrlWheelAndPinch();
    void scrollingLeavesFollowNow();
    void manyLanesStayReadable_data();
    void manyLanesStayReadable();
    void exportWritesAPng();
    void exportToAMissingFolderFails();
    void followsALiveQueue_data();
    void followsALiveQueue();
    void outlivesItsQueue();
    void paintsAHundredThousandTasks();
};

void tst_TimelineView::initTestCase()
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}

void tst_TimelineView::paintsBarsWhereTasksRan()
{
    FakeTimelineSource source;
    TimelineView view;
    showTwoOneOne(source, view);
    view.setVisibleTimeRange(T0, T0 + 4000);
    const QImage image = shot(view);

    QCOMPARE(view.layout().laneCount(), 2);
    QCOMPARE(view.layout().rowLabel(0), QStringLiteral("pool thread 11"));
    QCOMPARE(view.layout().rowLabel(1), QStringLiteral("pool thread 12"));
    const QColor done = view.timelinePainter().stateColor(TaskState::Done);
    const double lane0 = view.rowRect(0).center().y();
    const double lane1 = view.rowRect(1).center().y();
    QVERIFY(lane1 - lane0 >= view.timelinePainter().minimumRowHeight());
    // #1 fills lane 0 from 0 to 2 s; #2 and #3 fill lane 1 one after the other.
    QCOMPARE(pixel(image, xAt(view, T0 + 1700, T0, T0 + 4000), lane0), done);
    QCOMPARE(pixel(image, xAt(view, T0 + 800, T0, T0 + 4000), lane1), done);
    QCOMPARE(pixel(image, xAt(view, T0 + 1800, T0, T0 + 4000), lane1), done);
    // Nothing after the tasks ended, and the two bars of lane 1 do not run together.
    QVERIFY(pixel(image, xAt(view, T0 + 2500, T0, T0 + 4000), lane0) != done);
    QVERIFY(pixel(image, xAt(view, T0 + 2500, T0, T0 + 4000), lane1) != done);
    const double between = xAt(view, T0 + 1000, T0, T0 + 4000);
    QVERIFY(coloursAlong(image, between - 2, between + 2, lane1).size() > 1);
    // The "now" line at 3 s.
    const QColor now = view.timelinePainter().nowColor();
    QCOMPARE(pixel(image, xAt(view, T0 + 3000, T0, T0 + 4000), lane1), now);
}

void tst_TimelineView::aFinishedRecordHasNoNow()
{
    // Compare shows each mode's run after it ended: its end is not "now", and no line says so.
    FakeTimelineSource source;
    source.setLive(false);
    TimelineView view;
    showTwoOneOne(source, view);
    view.setVisibleTimeRange(T0, T0 + 4000);
    const QImage image = shot(view);
    const QColor now = view.timelinePainter().nowColor();
    const double x = xAt(view, T0 + 3000, T0, T0 + 4000);
    QVERIFY(pixel(image, x, view.rowRect(1).center().y()) != now);
    QCOMPARE(coloursAlong(image, x - 2, x + 2, view.rowRect(0).top() - 8).count(now.rgb()),
        size_t(0)); // nor a tag
}

void tst_TimelineView::statesDifferByPatternNotOnlyColour_data()
{
    QTest::addColumn<int>("state");
    QTest::newRow("done: solid") << int(TaskState::Done);
    QTest::newRow("failed: cross-hatched") << int(TaskState::Failed);
    QTest::newRow("cancelled: hatched") << int(TaskState::Cancelled);
    QTest::newRow("running: solid up to now, outlined after") << int(TaskState::Running);
    QTest::newRow("queued: outline only") << int(TaskState::Queued);
}

void tst_TimelineView::statesDifferByPatternNotOnlyColour()
{
    QFETCH(int, state);
    const TaskState s = TaskState(state);
    FakeTimelineSource source;
    source.addFinished(RunMode::Events, 1, T0 - 1000, T0); // a lane for the others
    // A 2 s bar from T0 (a queued one from "now"); a running one is half done at T0 + 2 s.
    qint64 from = T0;
    if (s == TaskState::Running) {
        source.addRunning(RunMode::Events, 1, T0, 4000);
        source.setNow(T0 + 2000);
    } else if (s == TaskState::Queued) {
        source.addQueued(2000);
        source.setNow(from = T0 + 2000);
    } else {
        source.addFinished(RunMode::Events, 1, T0, T0 + 2000, s);
        source.setNow(T0 + 4500);
    }
    TimelineView view;
    view.resize(700, 200);
    view.setSource(&source);
    showView(view);
    view.setVisibleTimeRange(from, from + 5000);
    const QImage image = shot(view);
    const int row = s == TaskState::Queued ? view.layout().firstWaitingRow() : 0;
    const double y = view.rowRect(row).center().y();
    auto x = [&](qint64 ms) { return xAt(view, from + ms, from, from + 5000); };
    // Inside the bar (clear of its label), and as far again after it: the grid lines repeat.
    const std::set<QRgb> inside = coloursAlong(image, x(1100), x(1900), y);
    const std::set<QRgb> after = coloursAlong(image, x(3100), x(3900), y);
    const QColor fill = view.timelinePainter().stateColor(s);

    switch (s) {
    case TaskState::Done:
        QCOMPARE(inside.size(), size_t(1));
        QCOMPARE(QColor(*inside.begin()), fill);
        break;
    case TaskState::Failed:
        QVERIFY(inside.size() >= 2); // the fill, crossed by lines
        QVERIFY(inside.count(fill.rgb()));
        break;
    case TaskState::Cancelled:
        QVERIFY(inside.size() >= 2); // hatched
        QVERIFY(inside != after);
        QVERIFY(!inside.count(view.timelinePainter().stateColor(TaskState::Done).rgb()));
        break;
    case TaskState::Running:
        QCOMPARE(pixel(image, x(1000), y), fill); // solid up to "now"
        QVERIFY(!coloursAlong(image, x(2500), x(3800), y).count(fill.rgb())); // light after it
        QVERIFY(pixel(image, x(3300), y) != pixel(image, x(4500), y));
        break;
    case TaskState::Queued: {
        QCOMPARE(inside, after); // nothing drawn inside...
        std::set<QRgb> column; // ...but its outline is
        const QRectF band = view.rowRect(row);
        for (int yy = int(band.top()); yy < int(band.bottom()); ++yy)
            column.insert(image.pixel(int(x(1500)), yy) | 0xff000000u);
        QVERIFY(column.size() > 1);
        break;
    }
    }
}

void tst_TimelineView::queuedTasksWaitRightOfNow()
{
    FakeTimelineSource source;
    source.setWorkers(1);
    source.setNow(T0 + 1000);
    source.addRunning(RunMode::Threads, 5, T0, 3000);
    const quint64 queued = source.addQueued(2000);
    TimelineView view;
    view.resize(700, 200);
    view.setSource(&source);
    showView(view);
    view.zoomToFit();
    shot(view); // paints, so the layout is current
    const TimelineLayout::Bar *bar = nullptr;
    for (const TimelineLayout::Bar &b : view.layout().bars()) {
        if (b.id == queued)
            bar = &b;
    }
    QVERIFY(bar);
    QCOMPARE(bar->row, view.layout().firstWaitingRow());
    QCOMPARE(view.layout().rowLabel(bar->row), QStringLiteral("queue"));
    const TimeScale &scale = view.layout().scale();
    QVERIFY(bar->x0 > scale.xForTime(double(T0 + 1000)));
    QVERIFY(qAbs(bar->x0 - scale.xForTime(double(T0 + 3000))) < 1.0); // when the running one ends
}

void tst_TimelineView::clickingABarReportsTheTask()
{
    FakeTimelineSource source;
    TimelineView view;
    showTwoOneOne(source, view);
    view.setVisibleTimeRange(T0, T0 + 4000);
    QSignalSpy clicked(&view, &TimelineView::taskClicked);
    const QPoint onThird(int(xAt(view, T0 + 1500, T0, T0 + 4000)), int(view.rowRect(1).center().y()));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onThird);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toULongLong(), quint64(3));
    const QPoint nothing(int(xAt(view, T0 + 3500, T0, T0 + 4000)), int(view.rowRect(0).center().y()));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, nothing);
    QCOMPARE(clicked.count(), 1);
}

void tst_TimelineView::selectedTasksAreOutlined()
{
    FakeTimelineSource source;
    TimelineView view;
    showTwoOneOne(source, view);
    view.setVisibleTimeRange(T0, T0 + 4000);
    const QRgb highlight = view.palette().color(QPalette::Highlight).rgb();
    auto highlighted = [&](const QImage &image, int row) {
        int count = 0;
        const QRect rect = view.rowRect(row).toRect();
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x)
                count += (image.pixel(x, y) | 0xff000000u) == highlight;
        }
        return count;
    };
    QCOMPARE(highlighted(shot(view), 1), 0);
    view.setSelectedTasks({2});
    const QImage selected = shot(view);
    QVERIFY(highlighted(selected, 1) > 100); // #2's outline, in lane 1
    QCOMPARE(highlighted(selected, 0), 0);
}

void tst_TimelineView::hoverShowsTheTask()
{
    FakeTimelineSource source;
    twoOneOne(source);
    source.taskRef(3).state = TaskState::Failed;
    source.taskRef(3).failure
        = TaskFailure(TaskFailure::Kind::CannotWrite, ENOSPC, QStringLiteral("/x/1.txt"));
    TimelineView view;
    view.resize(700, 200);
    view.setSource(&source);
    showView(view);
    view.setVisibleTimeRange(T0, T0 + 4000);
    shot(view);
    const QPoint onThird(int(xAt(view, T0 + 1500, T0, T0 + 4000)), int(view.rowRect(1).center().y()));
    QHelpEvent help(QEvent::ToolTip, onThird, view.viewport()->mapToGlobal(onThird));
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()");
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("#3")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Failed")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("the disk is full")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("pool thread 12")));
    QToolTip::hideText();
}

void tst_TimelineView::zoomsWithCtrlWheelAndPinch()
{
    FakeTimelineSource source;
    TimelineView view;
    showTwoOneOne(source, view);
    view.setVisibleTimeRange(T0, T0 + 4000);
    const QPointF at(xAt(view, T0 + 1000, T0, T0 + 4000), view.rowRect(0).center().y());
    const double before = view.pixelsPerMs();

    QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, Qt::ControlModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.pixelsPerMs() > before * 1.2);
    // The time under the cursor stays under the cursor.
    QVERIFY(qAbs(view.layout().scale().timeForX(at.x()) - double(T0 + 1000)) < 1);

    const double afterWheel = view.pixelsPerMs();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, at, at,
        view.viewport()->mapToGlobal(at), -0.5, {});
    QApplication::sendEvent(view.viewport(), &pinch);
    QCOMPARE(view.pixelsPerMs(), afterWheel * 0.5);
}

void tst_TimelineView::scrollingLeavesFollowNow()
{
    FakeTimelineSource source;
    TimelineView view;
    showTwoOneOne(source, view);
    QVERIFY(view.followNow());
    QVERIFY(view.followNowAction()->isChecked());
    view.zoomIn();
    view.zoomIn();
    QVERIFY(view.followNow()); // zooming keeps following
    const double start = view.layout().scale().startMs();
    QSignalSpy changed(&view, &TimelineView::followNowChanged);
    const QPointF at(view.plotRect().center());
    QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), {}, {0, -120}, Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.layout().scale().startMs() > start); // later times came into view
    QVERIFY(!view.followNow());
    QVERIFY(!view.followNowAction()->isChecked());
    QCOMPARE(changed.count(), 1);
    view.followNowAction()->trigger();
    QVERIFY(view.followNow());
}

void tst_TimelineView::manyLanesStayReadable_data()
{
    QTest::addColumn<int>("lanes");
    QTest::newRow("1 lane") << 1;
    QTest::newRow("8 lanes") << 8;
    QTest::newRow("64 lanes") << 64;
}

void tst_TimelineView::manyLanesStayReadable()
{
    QFETCH(int, lanes);
    FakeTimelineSource source;
    source.setWorkers(lanes);
    for (int lane = 0; lane < lanes; ++lane)
        source.addFinished(RunMode::Events, qint16(lane + 1), T0 + lane * 10, T0 + 1000 + lane * 10);
    source.setNow(T0 + 2000);
    TimelineView view;
    view.resize(700, 300);
    view.setSource(&source);
    showView(view);
    shot(view);
    QCOMPARE(view.layout().laneCount(), lanes);
    const int minimum = view.timelinePainter().minimumRowHeight();
    QVERIFY(view.layout().rowHeight() >= minimum);
    QVERIFY(view.layout().rowHeight() >= QFontMetrics(view.font()).height());
    const int visibleRows
        = int((view.viewport()->height() - view.timelinePainter().axisHeight()) / view.layout().rowHeight());
    // Rows that do not fit scroll; every row can be scrolled into view.
    QCOMPARE(view.verticalScrollBar()->maximum() > 0, lanes > visibleRows);
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    QVERIFY(view.rowRect(lanes - 1).bottom() <= view.viewport()->height() + 0.5);
    QCOMPARE(view.layout().rowLabel(lanes - 1), QStringLiteral("event loop, slot %1").arg(lanes));
}

void tst_TimelineView::exportWritesAPng()
{
    FakeTimelineSource source;
    for (int lane = 0; lane < 12; ++lane) // more lanes than the view shows: all are exported
        source.addFinished(RunMode::Threads, qint16(100 + lane), T0, T0 + 2000);
    source.setNow(T0 + 3000);
    TimelineView view;
    view.resize(600, 150);
    view.setSource(&source);
    showView(view);
    view.setVisibleTimeRange(T0, T0 + 4000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.png"));
    QVERIFY(view.exportPng(path));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    const int rowHeight = int(view.layout().rowHeight());
    QCOMPARE(
        image.size(), QSize(view.viewport()->width(), view.timelinePainter().axisHeight() + 12 * rowHeight));
    QVERIFY(image.height() > view.viewport()->height());
    const QColor done = view.timelinePainter().stateColor(TaskState::Done);
    const int axis = view.timelinePainter().axisHeight();
    for (int lane : {0, 11}) {
        const double y = axis + lane * rowHeight + rowHeight / 2.0;
        QCOMPARE(pixel(image, xAt(view, T0 + 1800, T0, T0 + 4000), y), done);
        QVERIFY(pixel(image, xAt(view, T0 + 3500, T0, T0 + 4000), y) != done);
    }
}

void tst_TimelineView::exportToAMissingFolderFails()
{
    FakeTimelineSource source;
    twoOneOne(source);
    TimelineView view;
    view.resize(600, 150);
    view.setSource(&source);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/timeline.png"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot export the timeline")));
    QVERIFY(!view.exportPng(path));
    QVERIFY(!QFile::exists(path));
}

void tst_TimelineView::followsALiveQueue_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("lanePrefix");
    QTest::newRow("threads") << int(RunMode::Threads) << QStringLiteral("pool thread ");
    QTest::newRow("events") << int(RunMode::Events) << QStringLiteral("event loop, slot ");
}

void tst_TimelineView::followsALiveQueue()
{
    QFETCH(int, mode);
    QFETCH(QString, lanePrefix);
    QTemporaryDir dir;
    TaskQueue queue;
    queue.setOutputDirectory(dir.path());
    queue.setSecondLength(milliseconds(60));
    queue.setWorkers(2);
    queue.setMode(RunMode(mode));
    TimelineView view;
    view.resize(700, 200);
    view.setQueue(&queue);
    showView(view);
    QVERIFY(!view.isAnimating());
    QSignalSpy drained(&queue, &TaskQueue::drained);
    queue.enqueue({2, 1, 1});
    QTRY_VERIFY(view.isAnimating()); // repaints while tasks run...
    QVERIFY(drained.wait(5000));
    QTRY_VERIFY(!view.isAnimating()); // ...and stops when nothing runs
    QCOMPARE(view.layout().laneCount(), 2);
    for (int lane = 0; lane < 2; ++lane)
        QVERIFY2(
            view.layout().rowLabel(lane).startsWith(lanePrefix), qPrintable(view.layout().rowLabel(lane)));
    shot(view);
    QCOMPARE(int(view.layout().bars().size()), 3);
    for (const TimelineLayout::Bar &bar : view.layout().bars())
        QCOMPARE(bar.state, TaskState::Done);
}

void tst_TimelineView::outlivesItsQueue()
{
    QTemporaryDir dir;
    auto queue = std::make_unique<TaskQueue>();
    queue->setOutputDirectory(dir.path());
    queue->setSecondLength(milliseconds(20));
    TimelineView view;
    view.resize(500, 200);
    view.setQueue(queue.get());
    showView(view);
    queue->enqueue({1, 50});
    QTRY_COMPARE(view.layout().laneCount(), 1);
    queue.reset(); // while a task still runs
    QVERIFY(!view.isAnimating());
    QCOMPARE(view.layout().laneCount(), 0);
    QVERIFY(!shot(view).isNull()); // paints the empty timeline, reads nothing freed
}

void tst_TimelineView::paintsAHundredThousandTasks()
{
    FakeTimelineSource source;
    source.setWorkers(4);
    for (int i = 0; i < 100'000; ++i) {
        const qint64 start = T0 + qint64(i / 4) * 1000;
        source.addFinished(RunMode::Threads, qint16(1 + i % 4), start, start + 1000,
            i % 997 == 0 ? TaskState::Failed : TaskState::Done);
    }
    source.setNow(T0 + 25'000'000);
    TimelineView view;
    view.resize(900, 300);
    view.setSource(&source);
    showView(view);

    QElapsedTimer timer;
    view.zoomToFit();
    timer.start();
    shot(view);
    const qint64 fitMs = timer.elapsed();
    const size_t fitItems = view.layout().bars().size() + view.layout().buckets().size();
    view.setVisibleTimeRange(T0 + 12'000'000, T0 + 12'030'000);
    timer.restart();
    shot(view);
    const qint64 windowMs = timer.elapsed();
    qInfo("100 000 tasks: whole run painted in %lld ms (%zu rectangles), 30 s window in %lld ms "
          "(%lld tasks examined)",
        fitMs, fitItems, windowMs, view.layout().examinedTasks());
    QVERIFY(fitItems < 5000); // merged into strips, not 100 000 rectangles
    QVERIFY(view.layout().examinedTasks() < 1000); // found by binary search, not a scan
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
