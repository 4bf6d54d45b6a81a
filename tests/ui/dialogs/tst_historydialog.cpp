#include "dialogs/historydialog.h"
#include "journal/historylimit.h"
#include "journal/sqlitejournal.h"
#include "models/historymodel.h"
#include "settingsstore.h"
#include "windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

/** The real window on a real journal in a temporary folder, recording as the program does. */
struct JournalWindow
{
    QTemporaryDir dataDirectory;
    SqliteJournal journal; // outlives the queue: the queue writes its last finished tasks into it
    WindowFixture f;

    JournalWindow()
    {
        journal.open(dataDirectory.filePath(QStringLiteral("queue.sqlite")));
        f.queue.setFirstId(journal.nextId());
        f.queue.setJournal(&journal);
        f.window->setJournal(&journal);
    }
    QAction *action(const char *name) const { return f.window->findChild<QAction *>(QLatin1String(name)); }
    HistoryDialog *dialog() const { return f.window->findChild<HistoryDialog *>(); }
    QAbstractItemModel *historyRows() const
    {
        return dialog()->findChild<QTableView *>(QStringLiteral("historyTableView"))->model();
    }
    QString historyCell(int row, int column) const
    {
        return historyRows()->index(row, column).data().toString();
    }
};

/**
 * View › History…: finished tasks stay in the journal and the window shows them, whatever
 * happens to the task list; only "Clear history…" (confirmed) forgets them.
 */
class tst_HistoryDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void historyOutlivesClearFinished();
    void clearHistoryAsksFirst_data();
    void clearHistoryAsksFirst();
    void refreshShowsNewlyFinishedTasks();
    void disabledWithoutAnOpenJournal();
    void theUserChoosesHowMuchToKeep();

private:
    /** Once the confirmation shows, clicks the button named @p button in it. */
    void answerWhenAsked(const QString &button);

    QTimer m_answerTimer;
    QString m_button;
    bool m_asked = false;
};

void tst_HistoryDialog::initTestCase()
{
    isolateSettings();
    // Polls without blocking: the confirmation runs its own event loop.
    m_answerTimer.setInterval(10);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        m_answerTimer.stop();
        m_asked = true;
        QTest::mouseClick(box->findChild<QPushButton *>(m_button), Qt::LeftButton);
    });
}

void tst_HistoryDialog::init()
{
    QSettings().clear();
    m_asked = false;
}

void tst_HistoryDialog::cleanup()
{
    m_answerTimer.stop();
}

void tst_HistoryDialog::answerWhenAsked(const QString &button)
{
    m_button = button;
    m_answerTimer.start();
}

void tst_HistoryDialog::historyOutlivesClearFinished()
{
    JournalWindow w;
    QVERIFY(w.journal.isOpen());
    QVERIFY(w.f.show());
    w.f.enter(QStringLiteral("2 1"));
    QTRY_COMPARE(w.f.stateAt(1), TaskState::Done);
    QCOMPARE(w.f.stateAt(0), TaskState::Done);
    w.action("clearAction")->trigger();
    QCOMPARE(w.f.rowCount(), 0);

    QVERIFY(w.action("historyAction")->isEnabled());
    QTest::keyClick(w.f.field(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(w.dialog());
    QTRY_VERIFY(w.dialog()->isVisible());
    QVERIFY(!QApplication::activeModalWidget()); // the window goes on working beside it
    QCOMPARE(w.historyRows()->rowCount(), 2);
    QCOMPARE(w.historyCell(0, HistoryModel::SecondsColumn), QStringLiteral("1")); // newest first
    QCOMPARE(w.historyCell(1, HistoryModel::SecondsColumn), QStringLiteral("2"));
    QCOMPARE(w.historyCell(1, HistoryModel::StateColumn), QStringLiteral("Done"));
    QCOMPARE(w.historyCell(1, HistoryModel::FileOrReasonColumn), QDir::toNativeSeparators(w.f.filePath(2)));
    const QString summary = w.dialog()->findChild<QLabel *>(QStringLiteral("historySummaryLabel"))->text();
    QVERIFY2(summary.contains(QLatin1String("2 finished task")), qPrintable(summary));
}

void tst_HistoryDialog::clearHistoryAsksFirst_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("rowsLeft");
    QTest::newRow("confirmed") << QStringLiteral("confirmClearHistoryPushButton") << 0;
    QTest::newRow("cancelled") << QStringLiteral("cancelClearHistoryPushButton") << 2;
}

void tst_HistoryDialog::clearHistoryAsksFirst()
{
    QFETCH(QString, button);
    QFETCH(int, rowsLeft);
    JournalWindow w;
    QVERIFY(w.f.show());
    w.f.enter(QStringLiteral("1 1"));
    QTRY_COMPARE(w.f.stateAt(1), TaskState::Done);
    w.action("historyAction")->trigger();
    QCOMPARE(w.historyRows()->rowCount(), 2);

    auto *clear = w.dialog()->findChild<QPushButton *>(QStringLiteral("clearHistoryPushButton"));
    QVERIFY(clear->isEnabled());
    answerWhenAsked(button);
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(m_asked);
    QCOMPARE(w.historyRows()->rowCount(), rowsLeft);
    QCOMPARE(int(w.journal.history(10).size()), rowsLeft);
    QCOMPARE(clear->isEnabled(), rowsLeft > 0);
    QCOMPARE(w.f.rowCount(), 2); // the task list is another thing
}

void tst_HistoryDialog::refreshShowsNewlyFinishedTasks()
{
    JournalWindow w;
    QVERIFY(w.f.show());
    w.action("historyAction")->trigger();
    QCOMPARE(w.historyRows()->rowCount(), 0);
    const QString empty = w.dialog()->findChild<QLabel *>(QStringLiteral("historySummaryLabel"))->text();
    QCOMPARE(empty, QStringLiteral("No finished tasks yet."));

    w.f.enter(QStringLiteral("0"));
    QTRY_COMPARE(w.f.stateAt(0), TaskState::Done);
    QTest::mouseClick(
        w.dialog()->findChild<QPushButton *>(QStringLiteral("refreshPushButton")), Qt::LeftButton);
    QCOMPARE(w.historyRows()->rowCount(), 1);
    QCOMPARE(w.historyCell(0, HistoryModel::SecondsColumn), QStringLiteral("0"));
}

void tst_HistoryDialog::disabledWithoutAnOpenJournal()
{
    WindowFixture none;
    auto *history = none.window->findChild<QAction *>(QStringLiteral("historyAction"));
    QVERIFY(!history->isEnabled());
    QVERIFY(history->toolTip().contains(QLatin1String("could not be opened")));
    QVERIFY(none.window->findChild<QMenu *>(QStringLiteral("viewMenu"))->toolTipsVisible());
    history->trigger();
    QVERIFY(!none.window->findChild<HistoryDialog *>());

    // A second instance: another HelloQueue owns the journal.
    JournalWindow first;
    SqliteJournal second;
    QVERIFY(!second.open(first.journal.path()));
    QCOMPARE(second.status(), SqliteJournal::Status::Locked);
    none.window->setJournal(&second);
    QVERIFY(!history->isEnabled());
    QVERIFY2(
        history->toolTip().contains(QLatin1String("another HelloQueue")), qPrintable(history->toolTip()));

    none.window->setJournal(&first.journal);
    QVERIFY(history->isEnabled());
    QCOMPARE(history->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
}

void tst_HistoryDialog::theUserChoosesHowMuchToKeep()
{
    JournalWindow w;
    QVERIFY(w.f.show());
    w.f.enter(QStringLiteral("0 0 0 0 0"));
    QTRY_COMPARE(w.f.stateAt(4), TaskState::Done);
    w.action("historyAction")->trigger();
    QCOMPARE(w.historyRows()->rowCount(), 5);
    auto *tasks = w.dialog()->findChild<QSpinBox *>(QStringLiteral("historyTasksSpinBox"));
    auto *days = w.dialog()->findChild<QSpinBox *>(QStringLiteral("historyDaysSpinBox"));
    auto *apply = w.dialog()->findChild<QPushButton *>(QStringLiteral("applyHistoryLimitPushButton"));
    QVERIFY(tasks && days && apply);
    QCOMPARE(tasks->value(), HistoryLimit::DefaultMaximumTasks);
    QCOMPARE(days->value(), HistoryLimit::DefaultMaximumDays);
    QVERIFY(!apply->isEnabled()); // nothing changed yet

    // Turning the box is not yet deleting anything: Apply does.
    tasks->setValue(tasks->minimum());
    QCOMPARE(w.historyRows()->rowCount(), 5);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(w.historyRows()->rowCount(), tasks->minimum() < 5 ? tasks->minimum() : 5);
    QVERIFY(!apply->isEnabled());
    // Kept for the next start, of either UI.
    QCOMPARE(HistoryLimit::fromSettings(SettingsStore()).maximumTasks, tasks->minimum());
}

QTEST_MAIN(tst_HistoryDialog)
#include "tst_historydialog.moc"
