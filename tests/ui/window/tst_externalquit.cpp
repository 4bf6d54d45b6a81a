// ExternalQuit in the test's own process, on the real window: a signal or the end of the desktop
// session ends it like Quit now (task interrupted and kept, settings saved), even with a modal
// question open. The real program under signals: tst_windowlauncher.
#include "window/externalquit.h"

#include "engine/task.h"
#include "journalfixtures.h"
#include "numberparser.h"
#include "settingsstore.h"
#include "windowfixture.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <csignal>

class tst_ExternalQuit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void signalQuitsLikeQuitNow_data();
    void signalQuitsLikeQuitNow();
    void signalClosesAnOpenDialog();
    void logoutSavesThenQuitsLikeQuitNow();
    void quitWithoutLogoutStillAsks();

private:
    /** Shows the window, then runs @p numbers and a day-long task (running when this returns). */
    static bool startDayTask(WindowFixture &f, QList<int> numbers = {});
};

void tst_ExternalQuit::initTestCase()
{
    isolateSettings();
}

void tst_ExternalQuit::init()
{
    QSettings().clear();
}

bool tst_ExternalQuit::startDayTask(WindowFixture &f, QList<int> numbers)
{
    f.window->show();
    if (!QTest::qWaitForWindowExposed(f.window.get()))
        return false;
    numbers.append(NumberParser::MaximumSeconds); // a day of 20 ms "seconds": half an hour
    f.queue.enqueue(numbers);
    return QTest::qWaitFor([&] { return f.queue.count(TaskState::Running) == 1; });
}

void tst_ExternalQuit::signalQuitsLikeQuitNow_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void tst_ExternalQuit::signalQuitsLikeQuitNow()
{
    QFETCH(int, signalNumber);
    WindowFixture f;
    ExternalQuit quit(f.window.get(), nullptr);
    QVERIFY(startDayTask(f));
    QVERIFY(!quit.requested());
    QCOMPARE(quit.exitStatus(0), 0);
    QVERIFY(SettingsStore().windowGeometry().isEmpty());

    QCOMPARE(std::raise(signalNumber), 0); // the watcher's handler: the test goes on
    QTRY_VERIFY(!f.window->isVisible());
    QVERIFY(quit.requested());
    QCOMPARE(quit.exitStatus(0), 128 + signalNumber);
    QCOMPARE(f.queue.state(), TaskQueue::State::Finished);
    QCOMPARE(f.queue.unfinished(), 1); // interrupted and kept, not cancelled
    QVERIFY(!SettingsStore().windowGeometry().isEmpty());
}

void tst_ExternalQuit::signalClosesAnOpenDialog()
{
    WindowFixture f;
    ExternalQuit quit(f.window.get(), nullptr);
    QVERIFY(startDayTask(f));
    // A message box (as the launcher shows about the journal) runs its own event loop; SIGTERM
    // comes while it is open, and nobody is there to answer it.
    QTimer signalWhenShown;
    connect(&signalWhenShown, &QTimer::timeout, this, [&] {
        if (QApplication::activeModalWidget()) {
            signalWhenShown.stop();
            std::raise(SIGTERM);
        }
    });
    signalWhenShown.start(10);
    bool leftOpen = false;
    QTimer::singleShot(0, f.window.get(), [&] {
        QMessageBox box(
            QMessageBox::Warning, QString(), QStringLiteral("A question"), QMessageBox::Ok, f.window.get());
        QTimer::singleShot(10000, &box, [&] { // a test must not hang when the box stays
            leftOpen = true;
            box.close();
        });
        box.exec();
    });
    QTRY_VERIFY(!f.window->isVisible());
    QTRY_COMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY2(!leftOpen, "the dialog stayed open after the signal");
    QCOMPARE(quit.exitStatus(0), 128 + SIGTERM);
    QCOMPARE(f.queue.unfinished(), 1);
}

void tst_ExternalQuit::logoutSavesThenQuitsLikeQuitNow()
{
    QTemporaryDir data;
    const QString path = data.filePath(QStringLiteral("queue.sqlite"));
    SqliteJournal journal;
    QVERIFY(journal.open(path));
    WindowFixture f;
    f.queue.setJournal(&journal);
    ExternalQuit quit(f.window.get(), &journal);
    QVERIFY(startDayTask(f, {0}));
    QCOMPARE(f.queue.count(TaskState::Done), 1);

    // What the session manager's commitDataRequest asks before a logout: the Done of task 0,
    // still in the journal's 250 ms batch, and the window's settings are saved now.
    quit.saveForSession();
    QCOMPARE(RawDatabase(path).unfinished(), 1);
    QVERIFY(!SettingsStore().windowGeometry().isEmpty());

    // Then the session ends the program with a Quit event: no question, Quit now.
    QTimer answer;
    bool asked = false;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            asked = true;
            dialog->close();
        }
    });
    answer.start(10);
    QEvent quitEvent(QEvent::Quit);
    QCoreApplication::sendEvent(qApp, &quitEvent);
    QTRY_VERIFY(!f.window->isVisible());
    QVERIFY2(!asked, "the window asked its quit question while the session ended");
    QCOMPARE(f.queue.state(), TaskQueue::State::Finished);
    QCOMPARE(f.queue.unfinished(), 1);
    QCOMPARE(quit.exitStatus(0), 0); // a logout is no signal
}

void tst_ExternalQuit::quitWithoutLogoutStillAsks()
{
    WindowFixture f;
    ExternalQuit quit(f.window.get(), nullptr);
    QVERIFY(startDayTask(f));
    // Without a session ending, a Quit closes the window as a click on its close button does.
    QTimer answer;
    bool asked = false;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            asked = true;
            dialog->close(); // Cancel: keep working
        }
    });
    answer.start(10);
    QEvent quitEvent(QEvent::Quit);
    QCoreApplication::sendEvent(qApp, &quitEvent);
    answer.stop();
    QVERIFY(asked);
    QVERIFY(f.window->isVisible());
    QCOMPARE(f.queue.count(TaskState::Running), 1);
    QVERIFY(!quit.requested());
}

QTEST_MAIN(tst_ExternalQuit)
#include "tst_externalquit.moc"
