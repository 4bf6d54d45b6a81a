#include "dialogs/restoredialog.h"
#include "journal/sqlitejournal.h"
#include "journalfixtures.h"
#include "taskfailuretext.h"
#include "translation.h"
#include "windowfixture.h"

#include <QLabel>
#include <QRegularExpression>
#include <QStatusBar>

/**
 * What the window says, read as a user reads it: plural agreement in both languages, no leftover
 * console phrase, no awkward sentence, and a hint where the output folder is not what it seems.
 */
class tst_Words : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void restoreQuestionAgreesWithTheCount_data();
    void restoreQuestionAgreesWithTheCount();
    void statusBarSaysWhatTheQueueDoes();
    void discardedTasksSayWhatHappened();
    void restoredTasksFolderIsShown();
};

void tst_Words::initTestCase()
{
    isolateSettings();
}

void tst_Words::cleanup()
{
    Translation::apply(QStringLiteral("en"));
}

void tst_Words::restoreQuestionAgreesWithTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("pronoun");
    QTest::addColumn<bool>("present");
    QTest::newRow("en, one") << QStringLiteral("en") << 1 << QStringLiteral("them") << false;
    QTest::newRow("en, three") << QStringLiteral("en") << 3 << QStringLiteral("them") << true;
    QTest::newRow("ru, one") << QStringLiteral("ru") << 1 << QStringLiteral("их") << false;
    QTest::newRow("ru, 21") << QStringLiteral("ru") << 21 << QStringLiteral("их") << false;
    QTest::newRow("ru, five") << QStringLiteral("ru") << 5 << QStringLiteral("их") << true;
}

void tst_Words::restoreQuestionAgreesWithTheCount()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, pronoun);
    QFETCH(bool, present);
    Translation::apply(language);
    RestoreDialog dialog(count);
    const QString words = dialog.informativeText();
    const bool found = words
                           .split(QRegularExpression(
                               QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption))
                           .contains(pronoun);
    QVERIFY2(found == present, qPrintable(words));
}

void tst_Words::statusBarSaysWhatTheQueueDoes()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("0"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    QTRY_COMPARE(f.queue.state(), TaskQueue::State::Idle);
    // "Work started" is the console's first line; the window's status follows the queue.
    QTRY_VERIFY(f.window->statusBar()->currentMessage() != QLatin1String("Work started"));
    QVERIFY(!f.window->statusBar()->currentMessage().isEmpty());
    f.queue.pause();
    QTRY_VERIFY2(f.window->statusBar()->currentMessage().startsWith(QLatin1String("Paused")),
        qPrintable(f.window->statusBar()->currentMessage()));
}

void tst_Words::discardedTasksSayWhatHappened()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("queue.sqlite"));
    {
        SqliteJournal earlier; // an earlier run left a task unfinished
        QVERIFY(earlier.open(path));
        QCOMPARE(record(earlier, makeTasks(1, {3}, directory.path())), QString());
    }
    SqliteJournal journal;
    QVERIFY(journal.open(path));
    QCOMPARE(journal.discardUnfinished(), QString());
    const QList<Task> history = journal.history(10);
    QCOMPARE(history.size(), 1);
    const QString reason = TaskFailureText::describe(history.at(0).failure);
    QVERIFY2(!reason.contains(QLatin1String("Given up")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("not restored"), Qt::CaseInsensitive), qPrintable(reason));
}

void tst_Words::restoredTasksFolderIsShown()
{
    WindowFixture f;
    QTemporaryDir earlier;
    QVERIFY(f.show());
    // As a restore does: tasks of an earlier run keep the folder they were accepted for.
    f.queue.pause();
    f.queue.setOutputDirectory(earlier.path());
    f.enter(QStringLiteral("1"));
    f.queue.setOutputDirectory(f.directory.path());
    auto *hint = f.child<QLabel>("pendingFolderLabel");
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QDir::toNativeSeparators(earlier.path())), qPrintable(hint->text()));
    f.queue.resume();
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    QTRY_VERIFY(!hint->isVisible()); // nothing pending writes elsewhere any more
}

QTEST_MAIN(tst_Words)
#include "tst_words.moc"
