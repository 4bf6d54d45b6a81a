#include "dialogs/quitdialog.h"
#include "journal/sqlitejournal.h"
#include "journal/taskrestorer.h"
#include "journalfixtures.h"
#include "testdir.h"
#include "windowfixture.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>

using namespace std::chrono_literals;

/**
 * Closing the window while tasks are unfinished: the question, and what each answer does (Quit
 * now keeps the unfinished tasks in the journal for the next start). Drives the real window and
 * its real dialog, as a user would.
 */
class tst_QuitDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void closingWithNothingUnfinishedJustCloses();
    void closingAsks_data();
    void closingAsks();
    void closingWhileFinishingClosesWhenDone();
    void quitNowKeepsUnfinishedTasksForTheNextStart();

private:
    /** Once the question shows, remembers its text and clicks @p button (none: leaves it open). */
    void answerWhenAsked(const QString &button);

    QTimer m_answerTimer;
    QString m_button;
    QString m_question;
    bool m_asked = false;
};

void tst_QuitDialog::initTestCase()
{
    isolateSettings();
    // Polls without blocking, so a question that never comes cannot stall the next test.
    m_answerTimer.setInterval(10);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] {
        auto *dialog = qobject_cast<QuitDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        m_answerTimer.stop();
        m_asked = true;
        m_question = dialog->text();
        if (!m_button.isEmpty())
            QTest::mouseClick(dialog->findChild<QPushButton *>(m_button), Qt::LeftButton);
    });
}

void tst_QuitDialog::init()
{
    m_question.clear();
    m_asked = false;
}

void tst_QuitDialog::cleanup()
{
    m_answerTimer.stop();
}

void tst_QuitDialog::answerWhenAsked(const QString &button)
{
    m_button = button;
    m_answerTimer.start();
}

void tst_QuitDialog::closingWithNothingUnfinishedJustCloses()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("0"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    QVERIFY(f.window->close());
    QVERIFY(!f.window->isVisible());
}

void tst_QuitDialog::closingAsks_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("ctrlQ");
    QTest::newRow("finish first, title-bar close") << QStringLiteral("finishFirstPushButton") << false;
    QTest::newRow("finish first, Ctrl+Q") << QStringLiteral("finishFirstPushButton") << true;
    QTest::newRow("quit now, title-bar close") << QStringLiteral("quitNowPushButton") << false;
    QTest::newRow("quit now, Ctrl+Q") << QStringLiteral("quitNowPushButton") << true;
    QTest::newRow("cancel, title-bar close") << QStringLiteral("quitCancelPushButton") << false;
    QTest::newRow("cancel, Ctrl+Q") << QStringLiteral("quitCancelPushButton") << true;
}

void tst_QuitDialog::closingAsks()
{
    QFETCH(QString, button);
    QFETCH(bool, ctrlQ);
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("25 1")); // half a second, then 20 ms
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);

    answerWhenAsked(button);
    if (ctrlQ)
        QTest::keyClick(f.field(), Qt::Key_Q, Qt::ControlModifier);
    else
        f.window->close();
    QVERIFY(m_asked);
    QVERIFY2(m_question.contains(QLatin1String("2 task")), qPrintable(m_question));

    if (button == QLatin1String("finishFirstPushButton")) {
        QVERIFY(f.window->isVisible());
        QVERIFY(f.window->statusBar()->currentMessage().startsWith(QStringLiteral("Finishing…")));
        QVERIFY(!f.field()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!f.window->isVisible(), 10000);
        QCOMPARE(f.queue.count(TaskState::Done), 2);
        QCOMPARE(readFile(f.filePath(25)), QByteArray("Hello, 25!"));
        QCOMPARE(readFile(f.filePath(1)), QByteArray("Hello, 1!"));
    } else if (button == QLatin1String("quitNowPushButton")) {
        QTRY_VERIFY_WITH_TIMEOUT(!f.window->isVisible(), 3000);
        // Interrupted, and kept for the next start.
        QCOMPARE(f.queue.count(TaskState::Queued), 2);
        QVERIFY(!QFile::exists(f.filePath(25)));
    } else {
        QVERIFY(f.window->isVisible());
        QVERIFY(f.field()->isEnabled());
        QCOMPARE(f.queue.state(), TaskQueue::State::Running);
        QTRY_COMPARE(f.stateAt(1), TaskState::Done); // work goes on
        QVERIFY(f.window->isVisible());
        QVERIFY(f.window->close()); // nothing unfinished now: no question
    }
}

void tst_QuitDialog::closingWhileFinishingClosesWhenDone()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("25"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    QTest::keyClick(f.field(), Qt::Key_Return, Qt::ControlModifier);
    // Asked again while finishing; the last task ends while the question is open.
    answerWhenAsked(QString());
    f.window->close();
    QVERIFY(m_asked);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isVisible(), 10000);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(readFile(f.filePath(25)), QByteArray("Hello, 25!"));
}

void tst_QuitDialog::quitNowKeepsUnfinishedTasksForTheNextStart()
{
    QTemporaryDir directory;
    const QString database = directory.filePath(QStringLiteral("queue.sqlite"));
    const QString output = directory.filePath(QStringLiteral("out"));
    const auto file = [&](int number) { return output + QStringLiteral("/%1.txt").arg(number); };
    {
        // As WindowLauncher builds them: the journal first, so it outlives the queue.
        SqliteJournal journal;
        QVERIFY(journal.open(database));
        TaskQueue queue;
        queue.setFirstId(journal.nextId());
        queue.setJournal(&journal);
        queue.setOutputDirectory(output);
        MainWindow window(&queue);
        window.setJournal(&journal);
        window.show();
        QVERIFY(queue.enqueue(30, 800ms) != 0); // long enough to quit in the middle
        QVERIFY(queue.enqueue(40, 800ms) != 0);
        QTRY_COMPARE(queue.task(queue.firstId()).state, TaskState::Running);

        answerWhenAsked(QStringLiteral("quitNowPushButton"));
        window.close();
        QVERIFY(m_asked);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 3000);
        QCOMPARE(queue.count(TaskState::Queued), 2);
    }
    QVERIFY(!QFile::exists(file(30))); // interrupted, not finished

    // The next start: both are offered, in their order, and run when restored.
    SqliteJournal journal;
    QVERIFY(journal.open(database));
    const QList<Task> unfinished = journal.unfinishedTasks();
    QCOMPARE(numbersOf(unfinished), QList<int>({30, 40}));
    QCOMPARE(unfinished[0].duration, 800ms);
    QCOMPARE(unfinished[1].outputDirectory, output);
    TaskQueue queue;
    queue.setFirstId(journal.nextId());
    queue.setJournal(&journal);
    queue.setOutputDirectory(directory.filePath(QStringLiteral("elsewhere")));
    QCOMPARE(TaskRestorer::restore(journal, queue, unfinished), 2);
    QSignalSpy finished(&queue, &TaskQueue::finished);
    queue.finish();
    QVERIFY(finished.wait(10000));
    const Task &first = queue.task(queue.firstId());
    const Task &second = queue.task(queue.lastId());
    QCOMPARE(first.number, 30);
    QCOMPARE(second.number, 40);
    QCOMPARE(first.state, TaskState::Done);
    QCOMPARE(second.state, TaskState::Done);
    QVERIFY(second.startedMs >= first.finishedMs); // one worker: FIFO
    QCOMPARE(readFile(file(30)), QByteArray("Hello, 30!"));
    QCOMPARE(readFile(file(40)), QByteArray("Hello, 40!"));
    QVERIFY(journal.unfinishedTasks().isEmpty()); // not offered again
}

QTEST_MAIN(tst_QuitDialog)
#include "tst_quitdialog.moc"
