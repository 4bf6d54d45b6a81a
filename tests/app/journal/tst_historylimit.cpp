// Bounded history: the journal keeps the newest finished tasks up to a number and an age, never
// drops an unfinished one, and its file shrinks when a start drops much of it.
#include "journal/historylimit.h"
#include "journal/sqlitejournal.h"
#include "journalfixtures.h"
#include "settingsstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_HistoryLimit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void keepsTheNewestFinished();
    void dropsTheOldOnes();
    void aNewLimitLooksAtTheAgeAtOnce();
    void aFolderNoTaskUsesIsForgotten();
    void oldAndTooManyAtOnce();
    void unfinishedTasksAreNotCounted();
    void fileShrinks();
    void aNewLimitAppliesAtOnce();
    void theLimitIsASetting();
    void aLittleBeyondTheLimitGoesWhileTasksRun();

private:
    /** Opens @p journal with a limit of @p maximumTasks finished tasks (and the default days). */
    bool openWithLimit(SqliteJournal &journal, int maximumTasks);
    /** Records @p count tasks and finishes all but @p unfinished of them, @p daysAgo days ago. */
    void recordFinished(int count, int unfinished = 0, int daysAgo = 0);
    QString databasePath() const { return m_dir->filePath(QStringLiteral("queue.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryLimit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool tst_HistoryLimit::openWithLimit(SqliteJournal &journal, int maximumTasks)
{
    HistoryLimit limit;
    limit.maximumTasks = maximumTasks;
    journal.setHistoryLimit(limit);
    return journal.open(databasePath());
}

void tst_HistoryLimit::recordFinished(int count, int unfinished, int daysAgo)
{
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const std::vector<Task> tasks = makeTasks(journal.nextId(), numbersBelow(count), m_dir->path());
    QCOMPARE(record(journal, tasks), QString());
    const qint64 when = QDateTime::currentMSecsSinceEpoch() - qint64(daysAgo) * 24 * 3600 * 1000;
    for (int i = unfinished; i < count; ++i) {
        Task task = finished(tasks[size_t(i)], TaskState::Done);
        task.startedMs = task.finishedMs = when;
        journal.recordFinished(task);
    }
}

void tst_HistoryLimit::keepsTheNewestFinished()
{
    recordFinished(300, 5);
    SqliteJournal journal;
    QVERIFY(openWithLimit(journal, 100));
    const QList<Task> history = journal.history(1000);
    QCOMPARE(history.size(), 100);
    QCOMPARE(history.first().number, 299);
    QCOMPARE(history.last().number, 200);
    QCOMPARE(journal.unfinishedTasks().size(), 5); // never dropped, however old
}

void tst_HistoryLimit::dropsTheOldOnes()
{
    recordFinished(50, 0, 100);
    recordFinished(20, 0, 10);
    {
        // Age is looked at once per AgeCheckEvery (reading the whole history): not yet.
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath())); // the default: 100 000 tasks, 90 days
        QCOMPARE(journal.history(1000).size(), 70);
    }
    // An hour later, a start drops them.
    const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - HistoryLimit::AgeCheckEvery.count();
    QVERIFY(RawDatabase(databasePath())
                .exec(QStringLiteral("UPDATE meta SET value = %1 WHERE key = 'aged_ms'").arg(hourAgo)));
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(journal.history(1000).size(), 20);
}

void tst_HistoryLimit::aNewLimitLooksAtTheAgeAtOnce()
{
    recordFinished(50, 0, 100);
    recordFinished(20, 0, 10);
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(journal.history(1000).size(), 70); // looked at within the hour
    HistoryLimit limit;
    limit.maximumDays = 30;
    journal.setHistoryLimit(limit);
    QCOMPARE(journal.history(1000).size(), 20);
}

void tst_HistoryLimit::aFolderNoTaskUsesIsForgotten()
{
    const QString gone = m_dir->filePath(QStringLiteral("gone"));
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        const std::vector<Task> tasks = makeTasks(1, {1, 2}, gone);
        QCOMPARE(record(journal, tasks), QString());
        for (const Task &task : tasks)
            journal.recordFinished(finished(task, TaskState::Done));
    }
    recordFinished(3);
    QCOMPARE(RawDatabase(databasePath()).scalar(QStringLiteral("SELECT count(*) FROM directories")), 2);
    SqliteJournal journal;
    QVERIFY(openWithLimit(journal, 3));
    QCOMPARE(journal.history(1000).size(), 3);
    QCOMPARE(RawDatabase(databasePath()).scalar(QStringLiteral("SELECT count(*) FROM directories")), 1);
}

void tst_HistoryLimit::oldAndTooManyAtOnce()
{
    recordFinished(50, 0, 100);
    recordFinished(200, 0, 1);
    SqliteJournal journal;
    QVERIFY(openWithLimit(journal, 120));
    const QList<Task> history = journal.history(1000);
    QCOMPARE(history.size(), 120);
    QCOMPARE(history.first().number, 199);
    QCOMPARE(history.last().number, 80);
}

void tst_HistoryLimit::unfinishedTasksAreNotCounted()
{
    // Their ids lie below the finished ones: the ids span more than the limit, the history does not.
    recordFinished(120, 20);
    SqliteJournal journal;
    QVERIFY(openWithLimit(journal, 100));
    QCOMPARE(journal.history(1000).size(), 100);
    QCOMPARE(journal.unfinishedTasks().size(), 20);
    HistoryLimit lower;
    lower.maximumTasks = 99;
    journal.setHistoryLimit(lower);
    QCOMPARE(journal.history(1000).size(), 99);
    QCOMPARE(journal.history(1000).last().number, 21);
    QCOMPARE(journal.unfinishedTasks().size(), 20);
}

void tst_HistoryLimit::fileShrinks()
{
    recordFinished(40000);
    {
        SqliteJournal journal; // folds the write-ahead log into the file at close
        QVERIFY(journal.open(databasePath()));
    }
    const qint64 before = QFileInfo(databasePath()).size();
    HistoryLimit limit;
    limit.maximumTasks = 1000;
    {
        SqliteJournal journal;
        journal.setHistoryLimit(limit);
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(journal.history(100000).size(), 1000);
    }
    const qint64 after = QFileInfo(databasePath()).size();
    QVERIFY2(after * 4 < before, qPrintable(QStringLiteral("%1 -> %2 bytes").arg(before).arg(after)));
}

void tst_HistoryLimit::aNewLimitAppliesAtOnce()
{
    // The user lowers the limit in History while the journal is open: the list shrinks now, not
    // after another 10 000 tasks or at the next start.
    recordFinished(300);
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(journal.history(1000).size(), 300);
    HistoryLimit limit;
    limit.maximumTasks = 50;
    journal.setHistoryLimit(limit);
    QCOMPARE(journal.history(1000).size(), 50);
}

void tst_HistoryLimit::theLimitIsASetting()
{
    QStandardPaths::setTestModeEnabled(true);
    SettingsStore().clearHistoryLimit();
    QCOMPARE(HistoryLimit::fromSettings(SettingsStore()).maximumTasks, HistoryLimit::DefaultMaximumTasks);
    QCOMPARE(HistoryLimit::fromSettings(SettingsStore()).maximumDays, HistoryLimit::DefaultMaximumDays);
    HistoryLimit limit;
    limit.maximumTasks = 2500;
    limit.maximumDays = 7;
    SettingsStore store;
    limit.save(store);
    QCOMPARE(HistoryLimit::fromSettings(SettingsStore()).maximumTasks, 2500);
    QCOMPARE(HistoryLimit::fromSettings(SettingsStore()).maximumDays, 7);
    // A hand-edited file cannot ask for no history at all, or for a negative age.
    store.setHistoryTasks(0);
    store.setHistoryDays(-3);
    QCOMPARE(HistoryLimit::fromSettings(store).maximumTasks, HistoryLimit::DefaultMaximumTasks);
    QCOMPARE(HistoryLimit::fromSettings(store).maximumDays, HistoryLimit::DefaultMaximumDays);
    store.clearHistoryLimit();
}

void tst_HistoryLimit::aLittleBeyondTheLimitGoesWhileTasksRun()
{
    // A start and an exit are waited for: up to a fifth of the limit beyond it is pruned while
    // tasks run, beside them, instead (a start after a full history's flood pruned 10 000 tasks).
    recordFinished(1150);
    SqliteJournal journal;
    QVERIFY(openWithLimit(journal, 1000));
    QCOMPARE(journal.history(5000).size(), 1150);
    const std::vector<Task> tasks = makeTasks(journal.nextId(), numbersBelow(10000), m_dir->path());
    QCOMPARE(record(journal, tasks), QString());
    for (const Task &task : tasks)
        journal.recordFinished(finished(task, TaskState::Done));
    journal.flush();
    QCOMPARE(journal.history(20000).size(), 1000);
    QCOMPARE(journal.history(1).first().number, 9999);
}

QTEST_GUILESS_MAIN(tst_HistoryLimit)
#include "tst_historylimit.moc"
