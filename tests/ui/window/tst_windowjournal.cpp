// The window on a real journal whose commits are slow: numbers typed into the field show as
// "Adding…" until the journal (on its own thread) has recorded them, the field stays usable, and
// Finish waits for them. A second connection holding SQLite's write lock plays the slow disk.
#include "journal/sqlitejournal.h"
#include "journalfixtures.h"
#include "windowfixture.h"

#include <QPushButton>
#include <QStatusBar>

class tst_WindowJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void numbersShowAsAddingUntilRecorded();
    void finishWaitsForNumbersBeingAdded();

private:
    /** Opens @p journal beside the fixture's output and attaches it to the queue and the window. */
    static bool attach(SqliteJournal &journal, WindowFixture &f)
    {
        if (!journal.open(f.directory.filePath(QStringLiteral("queue.sqlite"))))
            return false;
        f.queue.setFirstId(journal.nextId());
        f.queue.setJournal(&journal);
        f.window->setJournal(&journal);
        return true;
    }
    static QString status(const WindowFixture &f) { return f.window->statusBar()->currentMessage(); }
};

void tst_WindowJournal::numbersShowAsAddingUntilRecorded()
{
    SqliteJournal journal; // outlives the queue, which writes its last states into it
    WindowFixture f;
    QVERIFY(attach(journal, f));
    f.queue.pause();
    QVERIFY(f.show());
    RawDatabase raw(journal.path());
    QVERIFY(raw.exec(QStringLiteral("BEGIN EXCLUSIVE"))); // the journal's commits wait for it
    f.enter(QStringLiteral("3 4"));
    QCOMPARE(f.rowCount(), 0); // not Queued before it is in the journal
    QCOMPARE(f.field()->text(), QString());
    QVERIFY2(status(f).startsWith(QStringLiteral("Adding 2 ")), qPrintable(status(f)));
    f.enter(QStringLiteral("5")); // the field is usable meanwhile; it queues behind
    QVERIFY2(status(f).startsWith(QStringLiteral("Adding 3 ")), qPrintable(status(f)));
    QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
    QTRY_COMPARE(f.rowCount(), 3);
    QCOMPARE(QList<int>({f.secondsAt(0), f.secondsAt(1), f.secondsAt(2)}), QList<int>({3, 4, 5}));
    QVERIFY2(!status(f).startsWith(QStringLiteral("Adding")), qPrintable(status(f)));
}

void tst_WindowJournal::finishWaitsForNumbersBeingAdded()
{
    SqliteJournal journal;
    WindowFixture f;
    QVERIFY(attach(journal, f));
    QVERIFY(f.show());
    RawDatabase raw(journal.path());
    QVERIFY(raw.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QTest::keyClicks(f.field(), QStringLiteral("1"));
    f.child<QPushButton>("finishPushButton")->click(); // adds what is typed, then finishes
    QCOMPARE(f.rowCount(), 0);
    QVERIFY(f.window->isVisible()); // nothing Queued yet, but Finish does not close on it
    QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
    QTRY_VERIFY(!f.window->isVisible());
    QCOMPARE(f.queue.count(TaskState::Done), 1);
    QVERIFY(QFile::exists(f.filePath(1)));
}

QTEST_MAIN(tst_WindowJournal)
#include "tst_windowjournal.moc"
