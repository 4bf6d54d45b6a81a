#include "compare/comparetablemodel.h"
#include "dialogs/comparedialog.h"
#include "engine/processrunner.h"
#include "testdir.h"
#include "timeline/timelineview.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>

using std::chrono::milliseconds;

/**
 * Tasks › Compare modes…: the dialog runs the numbers through every mode while the window stays
 * usable, shows a row and a timeline per mode and the reading, exports PNG and CSV, refuses a
 * bad number without running, and stops.
 */
class tst_CompareDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void runsShowsRowsAndExports();
    void returnInTheFieldRunsToTheEnd();
    void refusesABadNumber();
    void stopStops();
    void windowMenuOpensItWithTheTypedNumbers();
    void computingRunsInEveryMode();
    void emptyTimelinesSayWhenTheyFill();

private:
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
};

void tst_CompareDialog::initTestCase()
{
    isolateSettings();
    ProcessRunner::setWorkerProgram(QStringLiteral(HQ_WORKER_BINARY));
}

void tst_CompareDialog::runsShowsRowsAndExports()
{
    CompareDialog dialog;
    QAbstractItemModelTester tester(const_cast<CompareTableModel *>(dialog.model()));
    dialog.run().setSecondLength(milliseconds(100));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "numbersLineEdit")->setText(QStringLiteral("2 1 1"));
    child<QSpinBox>(&dialog, "workersSpinBox")->setValue(3);
    QVERIFY(!child<QPushButton>(&dialog, "exportCsvPushButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, "runPushButton"), Qt::LeftButton);
    QVERIFY(dialog.run().isRunning());
    QVERIFY(child<QPushButton>(&dialog, "stopPushButton")->isEnabled());
    // Responsive while it runs: the status says which mode runs now.
    QTRY_VERIFY(child<QLabel>(&dialog, "statusLabel")->text().startsWith(QLatin1String("Mode 1 of 3")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run().isRunning(), 20000);
    QCOMPARE(dialog.model()->rowCount(), 3);
    QCOMPARE(dialog.model()->index(0, CompareTableModel::ModeColumn).data().toString(),
        QStringLiteral("Processes"));
    QCOMPARE(
        dialog.model()->index(1, CompareTableModel::ModeColumn).data().toString(), QStringLiteral("Threads"));
    QCOMPARE(dialog.model()->index(2, CompareTableModel::ModeColumn).data().toString(),
        QStringLiteral("Event loop"));
    QVERIFY(child<QLabel>(&dialog, "readingLabel")
                ->text()
                .startsWith(QLatin1String("waiting: the event loop took")));
    for (const char *name : {"compareTimeline1", "compareTimeline2", "compareTimeline3"})
        QCOMPARE(child<TimelineView>(&dialog, name)->layout().laneCount(), 3); // a lane per worker
    // One above the other on one time axis: the same left edge, and the same span of time.
    const TimelineView *threads = child<TimelineView>(&dialog, "compareTimeline2");
    const TimelineView *events = child<TimelineView>(&dialog, "compareTimeline3");
    QCOMPARE(threads->plotRect().left(), events->plotRect().left());
    QCOMPARE(threads->pixelsPerMs(), events->pixelsPerMs());

    QTemporaryDir folder;
    QVERIFY(child<QPushButton>(&dialog, "exportCsvPushButton")->isEnabled());
    const QString csv = folder.filePath(QStringLiteral("comparison.csv"));
    QVERIFY(dialog.exportCsv(csv));
    const QList<QByteArray> lines = readFile(csv).split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(1).startsWith("processes,3,3,0,yes,"));
    QVERIFY(lines.at(2).startsWith("threads,3,3,0,yes,"));
    QVERIFY(lines.at(3).startsWith("events,3,3,0,yes,"));
    const QString png = folder.filePath(QStringLiteral("comparison.png"));
    QVERIFY(dialog.exportPng(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 300 && image.height() > 300);
    QVERIFY(!dialog.exportCsv(folder.filePath(QStringLiteral("missing/comparison.csv"))));
}

void tst_CompareDialog::returnInTheFieldRunsToTheEnd()
{
    CompareDialog dialog;
    dialog.run().setSecondLength(milliseconds(20));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *numbers = child<QLineEdit>(&dialog, "numbersLineEdit");
    numbers->setFocus();
    numbers->setText(QStringLiteral("1 1"));
    QTest::keyClick(numbers, Qt::Key_Return);
    QVERIFY(dialog.run().isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run().isRunning(), 20000);
    // The one key press ran the comparison, and nothing stopped it.
    QCOMPARE(dialog.model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY2(!dialog.model()->index(row, 0).data().toString().contains(QLatin1String("stopped")),
            qPrintable(dialog.model()->index(row, 0).data().toString()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // runs again, not stops
    QVERIFY(dialog.run().isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run().isRunning(), 20000);
    QCOMPARE(dialog.model()->rowCount(), 3);
}

void tst_CompareDialog::refusesABadNumber()
{
    CompareDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *numbers = child<QLineEdit>(&dialog, "numbersLineEdit");
    numbers->setText(QStringLiteral("1 x 2"));
    QTest::mouseClick(child<QPushButton>(&dialog, "runPushButton"), Qt::LeftButton);
    QVERIFY(!dialog.run().isRunning());
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("“x”")),
        qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    QCOMPARE(numbers->selectedText(), QStringLiteral("x"));
}

void tst_CompareDialog::stopStops()
{
    CompareDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "numbersLineEdit")->setText(QStringLiteral("100"));
    QTest::mouseClick(child<QPushButton>(&dialog, "runPushButton"), Qt::LeftButton);
    QVERIFY(dialog.run().isRunning());
    QTest::mouseClick(child<QPushButton>(&dialog, "stopPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run().isRunning(), 5000);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->index(0, 0).data().toString(), QStringLiteral("Processes (stopped)"));
    QVERIFY(child<QPushButton>(&dialog, "runPushButton")->isEnabled());
}

void tst_CompareDialog::windowMenuOpensItWithTheTypedNumbers()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.window->findChild<QLineEdit *>(QStringLiteral("numberLineEdit"))->setText(QStringLiteral("3, 2"));
    auto *work = f.window->findChild<QComboBox *>(QStringLiteral("workComboBox"));
    work->setCurrentIndex(work->findData(int(WorkKind::Compute)));
    auto *action = f.window->findChild<QAction *>(QStringLiteral("compareAction"));
    QVERIFY(action);
    QVERIFY(f.window->findChild<QMenu *>(QStringLiteral("tasksMenu"))->actions().contains(action));
    action->trigger();
    auto *dialog = f.window->findChild<CompareDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "numbersLineEdit")->text(), QStringLiteral("3, 2"));
    QCOMPARE(child<QComboBox>(dialog, "workComboBox")->currentData().toInt(), int(WorkKind::Compute));
    QCOMPARE(f.queue.size(), 0); // comparing enqueues nothing in the window's own queue
}

void tst_CompareDialog::computingRunsInEveryMode()
{
    // The Work choice goes to every mode's queue, and the reading speaks of computing.
    CompareDialog dialog;
    dialog.run().setSecondLength(milliseconds(50));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "numbersLineEdit")->setText(QStringLiteral("1 1"));
    auto *work = child<QComboBox>(&dialog, "workComboBox");
    work->setCurrentIndex(work->findData(int(WorkKind::Compute)));
    QTest::mouseClick(child<QPushButton>(&dialog, "runPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run().isRunning(), 60000);
    QCOMPARE(dialog.run().results().size(), 3);
    for (const CompareResult &result : dialog.run().results()) {
        QCOMPARE(result.tasks.size(), size_t(2));
        for (const Task &task : result.tasks) {
            QCOMPARE(task.state, TaskState::Done);
            QCOMPARE(task.work, WorkKind::Compute);
        }
    }
    QVERIFY2(child<QLabel>(&dialog, "readingLabel")->text().startsWith(QLatin1String("computing")),
        qPrintable(child<QLabel>(&dialog, "readingLabel")->text()));
}

void tst_CompareDialog::emptyTimelinesSayWhenTheyFill()
{
    // Not the window's "each task you add appears here": here nothing is added by hand.
    CompareDialog dialog;
    const QString text = child<TimelineView>(&dialog, "compareTimeline3")->timelinePainter().emptyText();
    QVERIFY2(text.contains(QLatin1String("one after another")), qPrintable(text));
}

QTEST_MAIN(tst_CompareDialog)
#include "tst_comparedialog.moc"
