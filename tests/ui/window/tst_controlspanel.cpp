#include "settingsstore.h"
#include "windowfixture.h"
#include "workname.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSpinBox>

/** The controls under the task list, driven through the real window: how the queue runs. */
class tst_ControlsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cancelAndRetrySelected();
    void pauseHoldsQueuedTasks();
    void moreWorkersRunMoreAtOnce();
    void eventLoopModeNamesItsOwnThread();
    void computingIsChosenKeptAndShown();
};

void tst_ControlsPanel::initTestCase()
{
    isolateSettings();
}

void tst_ControlsPanel::init()
{
    QSettings().clear();
}

void tst_ControlsPanel::cancelAndRetrySelected()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("500 500"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    // Delete in the number field edits the text; it cancels nothing.
    QTest::keyClicks(f.field(), QStringLiteral("12"));
    QTest::keyClick(f.field(), Qt::Key_Home);
    QTest::keyClick(f.field(), Qt::Key_Delete);
    QCOMPARE(f.field()->text(), QStringLiteral("2"));
    QCOMPARE(f.queue.count(TaskState::Cancelled), 0);

    auto *retry = f.child<QPushButton>("retryPushButton");
    QVERIFY(!retry->isEnabled());
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(f.table(), Qt::Key_Delete);
    QTRY_COMPARE(f.stateAt(0), TaskState::Cancelled);
    QTRY_COMPARE(f.stateAt(1), TaskState::Cancelled);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(f.rowCount(), 4);
    QCOMPARE(f.secondsAt(2), 500);
    QCOMPARE(f.secondsAt(3), 500);
    QTRY_COMPARE(f.stateAt(2), TaskState::Running);
    QCOMPARE(f.stateAt(3), TaskState::Queued);

    // The Cancel button cancels the selection too.
    f.table()->selectRow(3);
    QTest::mouseClick(f.child<QPushButton>("cancelPushButton"), Qt::LeftButton);
    QTRY_COMPARE(f.stateAt(3), TaskState::Cancelled);
    QCOMPARE(f.stateAt(2), TaskState::Running);
}

void tst_ControlsPanel::pauseHoldsQueuedTasks()
{
    WindowFixture f;
    QVERIFY(f.show());
    auto *pause = f.child<QPushButton>("pausePushButton");
    QCOMPARE(pause->text(), QStringLiteral("&Pause"));
    QVERIFY(!pause->isEnabled()); // nothing to pause yet
    f.enter(QStringLiteral("25 0"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    QTRY_VERIFY(pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(f.queue.state(), TaskQueue::State::Paused);
    QCOMPARE(pause->text(), QStringLiteral("&Resume"));
    // The running task ends; the queued one is held.
    QTRY_COMPARE_WITH_TIMEOUT(f.stateAt(0), TaskState::Done, 5000);
    QVERIFY(!QTest::qWaitFor([&] { return f.stateAt(1) != TaskState::Queued; }, 200));
    QVERIFY(pause->isEnabled()); // Resume stays reachable
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), QStringLiteral("&Pause"));
    QTRY_COMPARE(f.stateAt(1), TaskState::Done);
}

void tst_ControlsPanel::moreWorkersRunMoreAtOnce()
{
    WindowFixture f;
    QVERIFY(f.show());
    auto *workers = f.child<QSpinBox>("workersSpinBox");
    QCOMPARE(workers->value(), 1);
    workers->setFocus();
    workers->selectAll();
    QTest::keyClicks(workers, QStringLiteral("3"));
    QCOMPARE(f.queue.workers(), 3);
    f.enter(QStringLiteral("500 500 500 500"));
    QTRY_COMPARE(f.queue.count(TaskState::Running), 3);
    QCOMPARE(f.stateAt(3), TaskState::Queued);
    QTest::keyClick(workers, Qt::Key_Up);
    QTRY_COMPARE(f.stateAt(3), TaskState::Running);
}

void tst_ControlsPanel::eventLoopModeNamesItsOwnThread()
{
    WindowFixture f;
    QVERIFY(f.show());
    auto *mode = f.child<QComboBox>("modeComboBox");
    QCOMPARE(mode->currentText(), QStringLiteral("Threads"));
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->currentText(), QStringLiteral("Event loop"));
    QCOMPARE(f.queue.mode(), RunMode::Events);
    f.enter(QStringLiteral("0"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    QVERIFY(
        f.cell(0, TaskTableModel::WorkerColumn).toString().startsWith(QLatin1String("event loop, slot ")));
    QVERIFY(QFile::exists(f.filePath(0)));
}

void tst_ControlsPanel::computingIsChosenKeptAndShown()
{
    // Alt+K reaches Work from the keyboard; the choice applies to tasks added afterwards, is saved
    // for the next start, and the list tells computing seconds from waiting ones.
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("0"));
    auto *work = f.child<QComboBox>("workComboBox");
    QCOMPARE(work->currentText(), QStringLiteral("Waiting"));
    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::AltModifier);
    QVERIFY(work->hasFocus());
    QTest::keyClick(work, Qt::Key_Down);
    QCOMPARE(work->currentText(), QStringLiteral("Computing"));
    QCOMPARE(f.queue.work(), WorkKind::Compute);
    QCOMPARE(SettingsStore().work(), WorkKind::Compute);
    f.enter(QStringLiteral("3"));
    QTRY_COMPARE(f.stateAt(1), TaskState::Done);
    QCOMPARE(f.cell(0, TaskTableModel::SecondsColumn).toString(), QStringLiteral("0"));
    QCOMPARE(f.cell(1, TaskTableModel::SecondsColumn).toString(), QStringLiteral("3 CPU"));
    QCOMPARE(f.cell(1, TaskTableModel::SecondsColumn, Qt::ToolTipRole).toString(),
        WorkName::description(3, WorkKind::Compute));
    QCOMPARE(f.queue.task(f.queue.firstId()).work, WorkKind::Wait);
    QCOMPARE(f.queue.task(f.queue.firstId() + 1).work, WorkKind::Compute);
    QVERIFY(QFile::exists(f.filePath(3)));
}

QTEST_MAIN(tst_ControlsPanel)
#include "tst_controlspanel.moc"
