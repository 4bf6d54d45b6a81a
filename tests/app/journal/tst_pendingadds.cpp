// Numbers from the window's field reach the queue only after the journal, on its own thread, has
// committed them; meanwhile nothing waits for the disk. A second connection holding SQLite's
// write lock plays a slow disk: the journal's commit waits for it (busy timeout), the caller not.
#include "engine/taskqueue.h"
#include "journal/pendingadds.h"
#include "journal/sqlitejournal.h"
#include "journalfixtures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_PendingAdds : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void addsWithoutWaitingForTheJournal();
    void queuedOnlyOnceCommitted();
    void otherAddsWaitTheirTurn();
    void batchBehindARefusedOneIsRefused();
    void withoutJournalAddsAtOnce();
    void workAndFolderAreThoseOfTheAdd();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("queue.sqlite")); }
    /** A journal, a paused queue recording into it, and the adds under test. */
    struct Setup
    {
        explicit Setup(const QString &path)
        {
            journalOpen = journal.open(path);
            queue.pause();
            queue.setFirstId(journal.nextId());
            queue.setJournal(&journal);
        }
        SqliteJournal journal;
        TaskQueue queue;
        PendingAdds adds {&queue, &journal};
        bool journalOpen = false;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_PendingAdds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_PendingAdds::addsWithoutWaitingForTheJournal()
{
    Setup setup(databasePath());
    QVERIFY(setup.journalOpen);
    RawDatabase raw(databasePath());
    QVERIFY(raw.exec(QStringLiteral("BEGIN EXCLUSIVE"))); // the journal's commit must wait for it
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(setup.adds.add({3, 4}));
    QVERIFY(setup.adds.add({5})); // the field is usable again at once
    QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QStringLiteral("waited %1 ms").arg(elapsed.elapsed())));
    QCOMPARE(setup.adds.count(), 3);
    QCOMPARE(setup.queue.size(), 0); // not shown as Queued: not in the journal yet
    QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
    QTRY_COMPARE(setup.queue.size(), 3);
    QCOMPARE(setup.adds.count(), 0);
    QList<int> numbers;
    for (quint64 id = setup.queue.firstId(); id <= setup.queue.lastId(); ++id)
        numbers << setup.queue.task(id).number;
    QCOMPARE(numbers, QList<int>({3, 4, 5}));
}

void tst_PendingAdds::queuedOnlyOnceCommitted()
{
    Setup setup(databasePath());
    QVERIFY(setup.journalOpen);
    RawDatabase raw(databasePath());
    QList<qint64> committedWhenShown;
    connect(&setup.queue, &TaskQueue::tasksAdded, this, [&](quint64 first, int count) {
        committedWhenShown.append(raw.recorded(first, first + quint64(count)));
    });
    QSignalSpy counts(&setup.adds, &PendingAdds::countChanged);
    QVERIFY(setup.adds.add({1, 2, 3}));
    QTRY_COMPARE(setup.queue.size(), 3);
    QCOMPARE(committedWhenShown, QList<qint64>({3}));
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.at(0).at(0).toInt(), 3);
    QCOMPARE(counts.at(1).at(0).toInt(), 0);
}

void tst_PendingAdds::otherAddsWaitTheirTurn()
{
    // A retry takes the next ids, which the numbers being recorded were promised: it is refused
    // with a message, and nothing changes.
    Setup setup(databasePath());
    QVERIFY(setup.journalOpen);
    RawDatabase raw(databasePath());
    QVERIFY(raw.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(setup.adds.add({7}));
    QSignalSpy errors(&setup.queue, &TaskQueue::errorOccurred);
    QCOMPARE(setup.queue.enqueue({8}), quint64(0));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
    QTRY_COMPARE(setup.queue.size(), 1);
    QCOMPARE(setup.queue.task(setup.queue.firstId()).number, 7);
    QVERIFY(setup.queue.enqueue({8}) != 0); // and once they are in, it goes through
    QCOMPARE(raw.recorded(), 2);
}

void tst_PendingAdds::batchBehindARefusedOneIsRefused()
{
    // Ids are given ahead; when a batch fails, the ones after it would leave a gap: refused too.
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QSignalSpy recorded(&journal, &SqliteJournal::addedRecorded);
    const quint64 next = journal.nextId();
    journal.recordAddedLater(acceptedNumbers(next + 1, {2}, m_dir->path())); // as if `next` had failed
    QVERIFY(recorded.wait());
    QVERIFY(!recorded.at(0).at(0).toString().isEmpty());
    journal.recordAddedLater(acceptedNumbers(next, {1}, m_dir->path()));
    QVERIFY(recorded.wait());
    QCOMPARE(recorded.at(1).at(0).toString(), QString());
    journal.close();
    QCOMPARE(RawDatabase(databasePath()).recorded(), 1);
}

void tst_PendingAdds::withoutJournalAddsAtOnce()
{
    TaskQueue queue;
    queue.pause();
    PendingAdds adds(&queue, nullptr);
    QVERIFY(adds.add({1, 2}));
    QCOMPARE(queue.size(), 2);
    QCOMPARE(adds.count(), 0);
    queue.finish();
    QVERIFY(!adds.add({3})); // Finish accepts nothing more
}

void tst_PendingAdds::workAndFolderAreThoseOfTheAdd()
{
    // Chosen when Return was pressed: a change while the numbers are recorded does not touch them,
    // in the queue or in the journal (a restore after a crash runs them as they were entered).
    QTemporaryDir other;
    {
        Setup setup(databasePath());
        QVERIFY(setup.journalOpen);
        setup.queue.setOutputDirectory(m_dir->path());
        setup.queue.setWork(WorkKind::Compute);
        RawDatabase raw(databasePath());
        QVERIFY(raw.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(setup.adds.add({2, 3}));
        setup.queue.setWork(WorkKind::Wait);
        setup.queue.setOutputDirectory(other.path());
        QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
        QTRY_COMPARE(setup.queue.size(), 2);
        const Task &first = setup.queue.task(setup.queue.firstId());
        QCOMPARE(first.work, WorkKind::Compute);
        QCOMPARE(first.outputDirectory, m_dir->path());
        QCOMPARE(setup.queue.work(), WorkKind::Wait);
        QCOMPARE(setup.queue.outputDirectory(), other.path());
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const QList<Task> unfinished = journal.unfinishedTasks();
    QCOMPARE(numbersOf(unfinished), QList<int>({2, 3}));
    QCOMPARE(unfinished.at(0).work, WorkKind::Compute);
    QCOMPARE(unfinished.at(1).work, WorkKind::Compute);
    QCOMPARE(unfinished.at(0).outputDirectory, m_dir->path());
}

QTEST_GUILESS_MAIN(tst_PendingAdds)
#include "tst_pendingadds.moc"
