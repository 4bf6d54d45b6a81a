#include "appidentity.h"
#include "dialoganswerer.h"
#include "dialogs/aboutdialog.h"
#include "engine/taskjournal.h"
#include "testdir.h"
#include "timeline/timelineview.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

/** Receives what the window asks the desktop to open, instead of a file manager. */
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

/** A journal that cannot record anything, as when the disk is full. */
class FullDiskJournal : public TaskJournal
{
public:
    QString recordAdded(const Task *, qsizetype) override
    {
        return QStringLiteral("cannot record: disk full");
    }
    void recordFinished(const Task &) override { }
    void flush() override { }
};

/** The object name of the focused control (or of the named widget around it). */
QString focusedName()
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (!widget->objectName().isEmpty() && !widget->objectName().startsWith(QLatin1String("qt_")))
            return widget->objectName();
    }
    return {};
}

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void opensReadyToType();
    void everyControlHasAnAccessibleName();
    void typedNumbersRunAndWriteFiles();
    void pastedListKeepsItsOrder_data();
    void pastedListKeepsItsOrder();
    void badInputAddsNothing();
    void refusedTasksKeepTheText();
    void keyboardReachesEveryControl();
    void finishWaitsForTheRunningTask_data();
    void finishWaitsForTheRunningTask();
    void stopNowInterruptsAndCloses();
    void summaryCountsAndTimeLeft();
    void finishedFileAndFolderOpen();
    void clearFinishedRemovesRows();
    void aboutShowsTheVersions();
    void timelineSharesTheSelection();
    void timelineCanBeHiddenAndExported();
};

void tst_MainWindow::initTestCase()
{
    isolateSettings();
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::opensReadyToType()
{
    WindowFixture f;
    QVERIFY(f.show());
    QCOMPARE(f.window->windowTitle(), QStringLiteral("HelloQueue"));
    QVERIFY(f.field());
    QTRY_COMPARE(QApplication::focusWidget(), f.field());
    QVERIFY(f.window->statusBar()->currentMessage().startsWith(QStringLiteral("Ready")));
    QVERIFY(f.child<QWidget>("taskSplitter"));
    QVERIFY(f.child<TimelineView>("timelineView")->isVisible()); // below the table
    QVERIFY(!f.child<QPushButton>("stopNowPushButton")->isVisible());
}

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    WindowFixture f;
    QVERIFY(f.show());
    const QList<QWidget *> widgets = f.window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const QString name = widget->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("qt_")) || !widget->isVisible())
            continue;
        if (!(widget->focusPolicy() & Qt::TabFocus) && !name.endsWith(QLatin1String("Label"))
            && !name.endsWith(QLatin1String("ProgressBar")))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible, qPrintable(name));
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(name));
        ++checked;
    }
    QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));
}

void tst_MainWindow::typedNumbersRunAndWriteFiles()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("1"));
    f.enter(QStringLiteral("0"));
    QCOMPARE(f.rowCount(), 2);
    QCOMPARE(f.field()->text(), QString());
    QCOMPARE(f.secondsAt(0), 1);
    QCOMPARE(f.secondsAt(1), 0);
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    QTRY_COMPARE(f.stateAt(1), TaskState::Done);
    QCOMPARE(readFile(f.filePath(1)), QByteArray("Hello, 1!"));
    QCOMPARE(readFile(f.filePath(0)), QByteArray("Hello, 0!"));
    QCOMPARE(f.cell(0, TaskTableModel::FileColumn).toString(), QDir::toNativeSeparators(f.filePath(1)));
}

void tst_MainWindow::pastedListKeepsItsOrder_data()
{
    QTest::addColumn<QString>("clipboard");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("commas and semicolons") << QStringLiteral("3, 2;1") << QList<int> {3, 2, 1};
    QTest::newRow("spreadsheet column") << QStringLiteral("3\n2\r\n1\n") << QList<int> {3, 2, 1};
    QTest::newRow("spreadsheet row") << QStringLiteral("4\t0\t7") << QList<int> {4, 0, 7};
}

void tst_MainWindow::pastedListKeepsItsOrder()
{
    QFETCH(QString, clipboard);
    QFETCH(QList<int>, expected);
    WindowFixture f;
    QVERIFY(f.show());
    QApplication::clipboard()->setText(clipboard);
    f.field()->setFocus();
    QTest::keySequence(f.field(), QKeySequence::Paste);
    QTest::keyClick(f.field(), Qt::Key_Return);
    QCOMPARE(f.rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(f.secondsAt(row), expected.at(row));
    QCOMPARE(f.field()->text(), QString());
}

void tst_MainWindow::badInputAddsNothing()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("2, abc"));
    auto *error = f.child<QLabel>("numberErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("abc")), qPrintable(error->text()));
    QCOMPARE(f.field()->selectedText(), QStringLiteral("abc"));
    QCOMPARE(f.field()->text(), QStringLiteral("2, abc"));
    QCOMPARE(f.rowCount(), 0);
    QCOMPARE(f.queue.size(), 0);
    // Correcting the text and pressing Return again adds it, and the message goes away.
    QTest::keyClicks(f.field(), QStringLiteral("5"));
    QVERIFY(!error->isVisible());
    QTest::keyClick(f.field(), Qt::Key_Return);
    QCOMPARE(f.rowCount(), 2);
}

void tst_MainWindow::refusedTasksKeepTheText()
{
    WindowFixture f;
    FullDiskJournal journal;
    f.queue.setJournal(&journal);
    QVERIFY(f.show());
    f.enter(QStringLiteral("5 6"));
    QCOMPARE(f.rowCount(), 0);
    QCOMPARE(f.field()->text(), QStringLiteral("5 6")); // nothing lost: try again later
    auto *error = f.child<QLabel>("numberErrorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("cannot record: disk full"));
    QCOMPARE(f.window->statusBar()->currentMessage(), QStringLiteral("cannot record: disk full"));
    f.queue.setJournal(nullptr);
}

void tst_MainWindow::keyboardReachesEveryControl()
{
    WindowFixture f;
    QVERIFY(f.show());
    QTRY_COMPARE(focusedName(), QStringLiteral("numberLineEdit"));
    // Pause, Cancel, Retry and Clear would do nothing on an empty queue: disabled, Tab passes them by.
    // The timeline is no Tab stop: a screen reader finds nothing inside it, and the table holds the
    // same tasks.
    const QStringList order {QStringLiteral("addPushButton"), QStringLiteral("finishPushButton"),
        QStringLiteral("workersSpinBox"), QStringLiteral("modeComboBox"), QStringLiteral("workComboBox"),
        QStringLiteral("outputFolderLineEdit"), QStringLiteral("changeFolderPushButton"),
        QStringLiteral("openFolderPushButton"), QStringLiteral("taskTableView"),
        QStringLiteral("numberLineEdit")};
    QStringList visited;
    for (int i = 0; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << focusedName();
    }
    QCOMPARE(visited, order);
    // Mnemonics jump straight to a labelled control.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
    QCOMPARE(focusedName(), QStringLiteral("workersSpinBox"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
    QCOMPARE(focusedName(), QStringLiteral("numberLineEdit"));
}

void tst_MainWindow::finishWaitsForTheRunningTask_data()
{
    QTest::addColumn<bool>("useShortcut");
    QTest::newRow("Finish button") << false;
    QTest::newRow("Ctrl+Return") << true;
}

void tst_MainWindow::finishWaitsForTheRunningTask()
{
    QFETCH(bool, useShortcut);
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("25")); // half a second
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    if (useShortcut)
        QTest::keyClick(f.field(), Qt::Key_Return, Qt::ControlModifier);
    else
        QTest::mouseClick(f.child<QPushButton>("finishPushButton"), Qt::LeftButton);
    QVERIFY(f.window->isVisible());
    QVERIFY(!f.field()->isEnabled());
    QVERIFY(!f.child<QPushButton>("finishPushButton")->isEnabled());
    QVERIFY(f.child<QPushButton>("stopNowPushButton")->isVisible());
    QCOMPARE(f.window->statusBar()->currentMessage(), QStringLiteral("Finishing… 1 left"));
    QVERIFY(!QFile::exists(f.filePath(25)));
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isVisible(), 10000);
    QCOMPARE(f.queue.task(f.queue.firstId()).state, TaskState::Done);
    QCOMPARE(readFile(f.filePath(25)), QByteArray("Hello, 25!"));
    QCOMPARE(f.window->statusBar()->currentMessage(), QStringLiteral("Work finished"));
}

void tst_MainWindow::stopNowInterruptsAndCloses()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("500 1")); // ten seconds, then one more task
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    QTest::mouseClick(f.child<QPushButton>("finishPushButton"), Qt::LeftButton);
    auto *stopNow = f.child<QPushButton>("stopNowPushButton");
    QVERIFY(stopNow->isVisible());
    DialogAnswerer answerer; // Stop now asks first
    answerer.answer(QStringLiteral("quitNowPushButton"));
    QTest::mouseClick(stopNow, Qt::LeftButton);
    QVERIFY(answerer.asked);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isVisible(), 3000);
    // Interrupted, not lost: both tasks are unfinished and kept for the next start.
    QCOMPARE(f.queue.count(TaskState::Queued), 2);
    QVERIFY(!QFile::exists(f.filePath(500)));
}

void tst_MainWindow::summaryCountsAndTimeLeft()
{
    WindowFixture f;
    QVERIFY(f.show());
    auto *summary = f.child<QLabel>("summaryLabel");
    auto *overall = f.child<QProgressBar>("overallProgressBar");
    auto *eta = f.child<QLabel>("etaLabel");
    QCOMPARE(eta->text(), QStringLiteral("Time left: none"));
    f.enter(QStringLiteral("0 250 250"));
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("Queued: 1 · Running: 1 · Done: 1")),
        qPrintable(summary->text()));
    QCOMPARE(overall->text(), QStringLiteral("1 of 3 finished"));
    // 250 + 250 "seconds" of 20 ms, one worker: at most ten seconds, and more than eight.
    const QRegularExpression etaPattern(QStringLiteral("^Time left: (9|8)\\.\\d s$"));
    QTRY_VERIFY2(etaPattern.match(eta->text()).hasMatch(), qPrintable(eta->text()));
    f.queue.cancel({f.queue.firstId() + 1, f.queue.firstId() + 2});
    QTRY_COMPARE(overall->text(), QStringLiteral("3 of 3 finished"));
    QCOMPARE(overall->value(), overall->maximum());
    QVERIFY(summary->text().contains(QLatin1String("Cancelled: 2")));
    QCOMPARE(eta->text(), QStringLiteral("Time left: none"));
}

void tst_MainWindow::finishedFileAndFolderOpen()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("0"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    const QModelIndex cell = f.rows()->index(0, TaskTableModel::FileColumn);
    const QPoint where = f.table()->visualRect(cell).center();
    // A double click is a click, then the second press (QTest sends only the latter).
    QTest::mouseClick(f.table()->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(f.table()->viewport(), Qt::LeftButton, {}, where);
    QTRY_COMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.at(0), QUrl::fromLocalFile(f.filePath(0)));
    // The keyboard way: Return on the current row.
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Return);
    QTRY_COMPARE(catcher.urls.size(), 2);
    QCOMPARE(catcher.urls.at(1), QUrl::fromLocalFile(f.filePath(0)));
    QTest::mouseClick(f.child<QPushButton>("openFolderPushButton"), Qt::LeftButton);
    QTRY_COMPARE(catcher.urls.size(), 3);
    QCOMPARE(catcher.urls.at(2), QUrl::fromLocalFile(f.directory.path()));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void tst_MainWindow::clearFinishedRemovesRows()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("0 0 500"));
    QTRY_COMPARE(f.stateAt(1), TaskState::Done);
    QTRY_VERIFY(f.child<QPushButton>("clearPushButton")->isEnabled());
    QTest::mouseClick(f.child<QPushButton>("clearPushButton"), Qt::LeftButton);
    QCOMPARE(f.rowCount(), 1);
    QCOMPARE(f.secondsAt(0), 500);
    // The totals and the timeline forget the cleared tasks with the table.
    QTRY_VERIFY2(f.child<QLabel>("summaryLabel")->text().contains(QLatin1String("Done: 0")),
        qPrintable(f.child<QLabel>("summaryLabel")->text()));
    QCOMPARE(f.child<QProgressBar>("overallProgressBar")->text(), QStringLiteral("0 of 1 finished"));
    auto *timeline = f.child<TimelineView>("timelineView");
    QTRY_VERIFY(timeline->layout().bars().size() + timeline->layout().buckets().size() > 0);
    for (const TimelineLayout::Bar &bar : timeline->layout().bars())
        QVERIFY(bar.id == f.queue.lastId());
    for (const TimelineLayout::Bucket &bucket : timeline->layout().buckets())
        QVERIFY(bucket.firstId == f.queue.lastId() || bucket.estimated);
}

void tst_MainWindow::aboutShowsTheVersions()
{
    WindowFixture f;
    QVERIFY(f.show());
    QString version;
    QString qt;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<AboutDialog *>(QApplication::activeModalWidget()));
        QWidget *dialog = QApplication::activeModalWidget();
        version = dialog->findChild<QLabel *>(QStringLiteral("aboutVersionLabel"))->text();
        qt = dialog->findChild<QLabel *>(QStringLiteral("aboutQtVersionLabel"))->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    f.window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY2(version.contains(AppIdentity::versionText()), qPrintable(version));
    QVERIFY2(qt.contains(QString::fromLatin1(qVersion())), qPrintable(qt));
}

void tst_MainWindow::timelineSharesTheSelection()
{
    WindowFixture f;
    QVERIFY(f.show());
    auto *timeline = f.child<TimelineView>("timelineView");
    f.enter(QStringLiteral("3 5"));
    QTRY_COMPARE(f.stateAt(1), TaskState::Done);
    const quint64 first = f.cell(0, 0, TaskTableModel::TaskIdRole).toULongLong();
    const quint64 second = f.cell(1, 0, TaskTableModel::TaskIdRole).toULongLong();
    timeline->viewport()->grab(); // paints, so the bars are placed
    QPoint onSecond;
    for (const TimelineLayout::Bar &bar : timeline->layout().bars()) {
        if (bar.id == second)
            onSecond = QPointF((bar.x0 + bar.x1) / 2, timeline->rowRect(bar.row).center().y()).toPoint();
    }
    QVERIFY(!onSecond.isNull());

    // A click on a bar selects the task's row...
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, onSecond);
    const QModelIndexList rows = f.table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row(), 1);
    QVERIFY(timeline->layout().isSelected(second));
    // ...and a selected row marks the task's bar.
    f.table()->selectRow(0);
    QVERIFY(timeline->layout().isSelected(first));
    QVERIFY(!timeline->layout().isSelected(second));
}

void tst_MainWindow::timelineCanBeHiddenAndExported()
{
    WindowFixture f;
    QVERIFY(f.show());
    auto *timeline = f.child<TimelineView>("timelineView");
    auto *show = f.window->findChild<QAction *>(QStringLiteral("showTimelineAction"));
    QVERIFY(show->isChecked());
    QVERIFY(f.child<QMenu>("viewMenu")->actions().contains(show));
    show->trigger();
    QVERIFY(!timeline->isVisible());
    QVERIFY(f.table()->isVisible());
    show->trigger();
    QVERIFY(timeline->isVisible());
    auto *exportAction = f.window->findChild<QAction *>(QStringLiteral("exportTimelineAction"));
    QVERIFY(f.child<QMenu>("fileMenu")->actions().contains(exportAction));
    QCOMPARE(exportAction->text(), QStringLiteral("&Export timeline as PNG…"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
