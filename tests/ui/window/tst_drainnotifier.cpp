#include "engine/taskqueue.h"
#include "window/drainnotifier.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace std::chrono_literals;

class tst_DrainNotifier : public QObject
{
    Q_OBJECT
private slots:
    void oncePerDrainWhileInTheBackground();
    void notWhileTheWindowIsActive();
    void notWhenFinishing();
};

void tst_DrainNotifier::oncePerDrainWhileInTheBackground()
{
    QTemporaryDir directory;
    TaskQueue queue;
    queue.setSecondLength(5ms);
    queue.setOutputDirectory(directory.path());
    queue.setWorkers(4);
    QWidget window; // never shown: in the background
    auto *notifier = new DrainNotifier(&queue, &window);
    QSignalSpy drained(&queue, &TaskQueue::drained);
    queue.enqueue({0, 1, 2, 0, 1, 3});
    QTRY_COMPARE(drained.size(), 1);
    QCOMPARE(notifier->notificationCount(), 1); // one for the drain, not six for the tasks
    queue.enqueue({1});
    QTRY_COMPARE(drained.size(), 2);
    QCOMPARE(notifier->notificationCount(), 2);
}

void tst_DrainNotifier::notWhileTheWindowIsActive()
{
    QTemporaryDir directory;
    TaskQueue queue;
    queue.setOutputDirectory(directory.path());
    QWidget window;
    auto *notifier = new DrainNotifier(&queue, &window);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy drained(&queue, &TaskQueue::drained);
    queue.enqueue({0});
    QTRY_COMPARE(drained.size(), 1);
    QCOMPARE(notifier->notificationCount(), 0);
}

void tst_DrainNotifier::notWhenFinishing()
{
    QTemporaryDir directory;
    TaskQueue queue;
    queue.setOutputDirectory(directory.path());
    QWidget window;
    auto *notifier = new DrainNotifier(&queue, &window);
    QSignalSpy finished(&queue, &TaskQueue::finished);
    queue.pause();
    queue.enqueue({0});
    queue.finish(); // the window closes when this drains: nothing to tell
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(notifier->notificationCount(), 0);
}

QTEST_MAIN(tst_DrainNotifier)
#include "tst_drainnotifier.moc"
