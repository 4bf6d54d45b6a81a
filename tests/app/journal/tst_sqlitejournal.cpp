#include "engine/taskqueue.h"
#include "journal/journalstore.h"
#include "journal/sqlitejournal.h"
#include "journal/taskrestorer.h"
#include "journalfixtures.h"
#include "taskfailureprint.h"
#include "testdir.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <numeric>
#include <sys/file.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace std::chrono_literals;

class tst_SqliteJournal : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void opensInTheDataFolder();
    void addedTasksSurviveReopening();
    void anOpenStartedEarlierIsTheOneOpenWaitsFor();
    void finishedTasksAreNotOffered_data();
    void finishedTasksAreNotOffered();
    void finishedTasksAreWrittenInBursts();
    void aFloodOfFinishedTasksIsWrittenWhileItRuns();
    void failuresAreKeptAsData_data();
    void failuresAreKeptAsData();
    void versionOneJournalIsUpgraded();
    void orderAndDirectoriesArePreserved();
    void idsAreUniqueAcrossRuns();
    void queueRecordsBeforeShowing();
    void failedRecordKeepsTasksOut();
    void stoppedQueueKeepsUnfinishedTasks_data();
    void stoppedQueueKeepsUnfinishedTasks();
    void interruptedRestoreLosesNothing();
    void discardGivesTasksUp();
    void historyAndClearHistory();
    void workKindRoundTrip();
    void journalBeforeTheWorkKindOpens_data();
    void journalBeforeTheWorkKindOpens();
    void unreadableFileIsMovedAside_data();
    void unreadableFileIsMovedAside();
    void newerJournalIsLeftAlone();
    void secondInstanceIsLocked();
    void staleLockIsTakenOver_data();
    void staleLockIsTakenOver();
    void hundredThousandInOneCall();
    void aPasteIsRecordedBeforeItsLogIsCopied();
    void finishedFloodCostsMicroseconds();
    void tasksAddedTogetherFinishInAnyOrder();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("queue.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SqliteJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SqliteJournal::opensInTheDataFolder()
{
    // XDG_DATA_HOME is a per-test folder (tests/CMakeLists.txt), so this touches no user data.
    const QString path = SqliteJournal::defaultPath();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    SqliteJournal journal;
    QVERIFY2(journal.open(), qPrintable(journal.message()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(RawDatabase(path).scalar(QStringLiteral("SELECT count(*) FROM tasks")), 0);
    QCOMPARE(RawDatabase(path).text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    journal.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix); // also when run by hand, outside ctest's folders
}

void tst_SqliteJournal::addedTasksSurviveReopening()
{
    const std::vector<Task> tasks = makeTasks(1, {4, 2, 7}, m_dir->path());
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(journal.status(), SqliteJournal::Status::Open);
        QVERIFY(journal.message().isEmpty());
        QCOMPARE(record(journal, tasks), QString());
        QVERIFY(journal.unfinishedTasks().isEmpty()); // this run's tasks are not "earlier"
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const QList<Task> unfinished = journal.unfinishedTasks();
    QCOMPARE(unfinished.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(unfinished[i].id, tasks[size_t(i)].id);
        QCOMPARE(unfinished[i].number, tasks[size_t(i)].number);
        QCOMPARE(unfinished[i].duration, tasks[size_t(i)].duration);
        QCOMPARE(unfinished[i].outputDirectory, m_dir->path());
        QCOMPARE(unfinished[i].state, TaskState::Queued);
    }
}

void tst_SqliteJournal::anOpenStartedEarlierIsTheOneOpenWaitsFor()
{
    // The console starts opening its journal, prepares the output folder, then waits for it.
    const std::vector<Task> tasks = makeTasks(1, {4, 2}, m_dir->path());
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, tasks), QString());
    }
    SqliteJournal journal;
    journal.openLater(databasePath());
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(journal.status(), SqliteJournal::Status::Open);
    QCOMPARE(journal.nextId(), quint64(3));
    QCOMPARE(journal.unfinishedTasks().size(), 2);
    // Once: a later open() of the same path opens it again (as open() always did).
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(journal.unfinishedTasks().size(), 2);

    // Another path asked for meanwhile: that one is opened, and the first is let go.
    const QString other = m_dir->filePath(QStringLiteral("other/queue.sqlite"));
    SqliteJournal second;
    second.openLater(databasePath());
    QVERIFY(second.open(other));
    QCOMPARE(second.path(), other);
    QVERIFY(second.unfinishedTasks().isEmpty());
    journal.close();
    SqliteJournal third; // second, switched to another path, holds nothing of the first
    QVERIFY(third.open(databasePath()));
}

void tst_SqliteJournal::finishedTasksAreNotOffered_data()
{
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<TaskFailure>("failure");
    QTest::newRow("done") << TaskState::Done << TaskFailure();
    QTest::newRow("failed") << TaskState::Failed
                            << TaskFailure(
                                   TaskFailure::Kind::CannotWrite, ENOSPC, QStringLiteral("/x/2.txt"));
    QTest::newRow("cancelled") << TaskState::Cancelled << TaskFailure();
}

void tst_SqliteJournal::finishedTasksAreNotOffered()
{
    QFETCH(TaskState, state);
    QFETCH(TaskFailure, failure);
    const std::vector<Task> tasks = makeTasks(1, {1, 2, 3}, m_dir->path());
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, tasks), QString());
        journal.recordFinished(finished(tasks[1], state, failure));
    } // closing writes what is pending
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(idsOf(journal.unfinishedTasks()), QList<quint64>({1, 3}));
    const QList<Task> history = journal.history(10);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].id, 2u);
    QCOMPARE(history[0].state, state);
    QCOMPARE(history[0].failure, failure);
    QCOMPARE(history[0].worker, 3);
    QCOMPARE(history[0].finishedMs, fixtureTimeMs() + 2000);
}

void tst_SqliteJournal::failuresAreKeptAsData_data()
{
    QTest::addColumn<TaskFailure>("failure");
    using Kind = TaskFailure::Kind;
    QTest::newRow("disk full") << TaskFailure(Kind::CannotWrite, ENOSPC, QStringLiteral("/media/usb/2.txt"));
    QTest::newRow("folder refused") << TaskFailure(
        Kind::CannotCreateFolder, EACCES, QStringLiteral("/srv/out"));
    QTest::newRow("folder is a file")
        << TaskFailure(Kind::FolderIsFile, ENOTDIR, QStringLiteral("/x/blocker/2.txt"));
    QTest::newRow("worker killed") << TaskFailure(Kind::WorkerCrashed, SIGKILL);
    QTest::newRow("worker exited") << TaskFailure(Kind::WorkerCrashed);
    QTest::newRow("unknown error") << TaskFailure(Kind::CannotWrite, 0, QStringLiteral("/x/2.txt"));
    QTest::newRow("a path in Cyrillic")
        << TaskFailure(Kind::CannotWrite, EIO, QStringLiteral("/home/ю/Документы/2.txt"));
}

void tst_SqliteJournal::failuresAreKeptAsData()
{
    // Kind, system error and path come back as they went in: worded only when shown, in the
    // language of that moment. Its neighbours, finished alike, must not take its reason.
    QFETCH(TaskFailure, failure);
    const std::vector<Task> tasks = makeTasks(1, {1, 2, 3}, m_dir->path());
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, tasks), QString());
        journal.recordFinished(finished(tasks[0], TaskState::Failed));
        journal.recordFinished(finished(tasks[1], TaskState::Failed, failure));
        journal.recordFinished(finished(tasks[2], TaskState::Failed));
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const QList<Task> history = journal.history(10);
    QCOMPARE(idsOf(history), QList<quint64>({3, 2, 1}));
    QCOMPARE(history[1].failure, failure);
    QCOMPARE(history[0].failure, TaskFailure());
    QCOMPARE(history[2].failure, TaskFailure());
}

void tst_SqliteJournal::versionOneJournalIsUpgraded()
{
    // A journal of the version that stored reasons as text: its tasks and reasons are kept (the
    // text is shown as it was worded), and new failures are stored as data beside them.
    {
        const RawDatabase raw(databasePath());
        const char *const version1[] = {"CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "CREATE TABLE directories (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE)",
            "CREATE TABLE tasks (id INTEGER PRIMARY KEY, number INTEGER NOT NULL, duration_ms INTEGER NOT "
            "NULL,"
            " directory_id INTEGER NOT NULL REFERENCES directories(id), state INTEGER NOT NULL,"
            " created_ms INTEGER NOT NULL, started_ms INTEGER, finished_ms INTEGER, worker INTEGER, mode "
            "INTEGER,"
            " error TEXT)",
            "CREATE INDEX tasks_unfinished ON tasks(id) WHERE state = 0",
            "INSERT INTO meta(key, value) VALUES ('next_id', 3), ('journal_id', 12345)",
            "INSERT INTO directories(id, path) VALUES (1, '/x')",
            "INSERT INTO tasks VALUES (1, 5, 5000, 1, 3, %1, %1, %1, 0, 0, 'cannot write /x/5.txt: Disk "
            "quota exceeded')",
            "INSERT INTO tasks VALUES (2, 7, 7000, 1, 0, %1, NULL, NULL, NULL, NULL, NULL)",
            "PRAGMA user_version = 1"};
        for (const char *sql : version1) // the tasks ran now: no history limit drops them
            QVERIFY2(raw.exec(QString::fromLatin1(sql).replace(
                         QLatin1String("%1"), QString::number(fixtureTimeMs()))),
                sql);
    }
    const TaskFailure full(TaskFailure::Kind::CannotWrite, ENOSPC, QStringLiteral("/x/7.txt"));
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(journal.message(), QString());
        const QList<Task> unfinished = journal.unfinishedTasks();
        QCOMPARE(numbersOf(unfinished), QList<int>({7}));
        QCOMPARE(unfinished[0].failure, TaskFailure());
        journal.recordFinished(finished(unfinished[0], TaskState::Failed, full));
    }
    QCOMPARE(RawDatabase(databasePath()).scalar(QStringLiteral("PRAGMA user_version")), 4);
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const QList<Task> history = journal.history(10);
    QCOMPARE(idsOf(history), QList<quint64>({2, 1}));
    QCOMPARE(history[0].failure, full);
    QCOMPARE(history[1].failure,
        TaskFailure(TaskFailure::Kind::Recorded, 0, {},
            QStringLiteral("cannot write /x/5.txt: Disk quota exceeded")));
}

void tst_SqliteJournal::finishedTasksAreWrittenInBursts()
{
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const std::vector<Task> tasks = makeTasks(1, {1, 2}, m_dir->path());
    QCOMPARE(record(journal, tasks), QString());
    journal.recordFinished(finished(tasks[0], TaskState::Done));
    journal.recordFinished(finished(tasks[1], TaskState::Done));
    RawDatabase raw(databasePath());
    const QString done = QStringLiteral("SELECT count(*) FROM tasks WHERE state = 2");
    QCOMPARE(raw.scalar(done), 0); // not yet: collected for one transaction
    QTRY_COMPARE_WITH_TIMEOUT(raw.scalar(done), 2, 2000); // without flush(): the burst timer
}

void tst_SqliteJournal::aFloodOfFinishedTasksIsWrittenWhileItRuns()
{
    // Past FlushCount (4096) finished tasks a burst is written at once, not a quarter of a second
    // later: a flood does not leave tens of thousands of rows to write after its last task.
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const std::vector<Task> tasks = makeTasks(1, QList<int>(4096, 0), m_dir->path());
    QCOMPARE(record(journal, tasks), QString());
    for (const Task &task : tasks)
        journal.recordFinished(finished(task, TaskState::Done));
    // No event loop from here on, on purpose: the burst timer cannot fire, only the count can.
    RawDatabase raw(databasePath());
    const QString done = QStringLiteral("SELECT count(*) FROM tasks WHERE state = 2");
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (raw.scalar(done) < 4096 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(5ms);
    QCOMPARE(raw.scalar(done), 4096);
}

void tst_SqliteJournal::orderAndDirectoriesArePreserved()
{
    const QString a = m_dir->filePath(QStringLiteral("a"));
    const QString b = m_dir->filePath(QStringLiteral("b б"));
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, makeTasks(1, {5, 1, 3}, a)), QString());
        QCOMPARE(record(journal, makeTasks(4, {2}, b)), QString());
        QCOMPARE(record(journal, makeTasks(5, {4, 0}, a)), QString());
        journal.recordFinished(finished(makeTasks(2, {1}, a)[0], TaskState::Done));
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const QList<Task> unfinished = journal.unfinishedTasks();
    QCOMPARE(numbersOf(unfinished), QList<int>({5, 3, 2, 4, 0}));
    QCOMPARE(idsOf(unfinished), QList<quint64>({1, 3, 4, 5, 6}));
    QCOMPARE(unfinished[2].outputDirectory, b);
    QCOMPARE(unfinished[3].outputDirectory, a);
    QCOMPARE(RawDatabase(databasePath()).scalar(QStringLiteral("SELECT count(*) FROM directories")), 2);
}

void tst_SqliteJournal::idsAreUniqueAcrossRuns()
{
    quint64 secondFirst = 0;
    for (int run = 0; run < 2; ++run) {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        TaskQueue queue;
        queue.pause();
        queue.setOutputDirectory(m_dir->path());
        queue.setFirstId(journal.nextId());
        queue.setJournal(&journal);
        const quint64 first = queue.enqueue({1, 2, 3});
        QCOMPARE(first, run == 0 ? 1u : 4u);
        secondFirst = first;
        queue.cancel({first, first + 1, first + 2}); // finished: history only
    }
    QCOMPARE(secondFirst, 4u);
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(journal.history(100).size(), 6);
    QCOMPARE(journal.clearHistory(), QString());
    QVERIFY(journal.history(100).isEmpty());
    journal.close();
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(journal.nextId(), 7u); // an empty journal does not hand out old ids again
}

void tst_SqliteJournal::queueRecordsBeforeShowing()
{
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    RawDatabase raw(databasePath());
    TaskQueue queue;
    queue.pause();
    queue.setFirstId(journal.nextId());
    queue.setJournal(&journal);
    QList<qint64> committedWhenShown;
    connect(&queue, &TaskQueue::tasksAdded, this, [&](quint64 first, int count) {
        committedWhenShown.append(raw.recorded(first, first + quint64(count)));
    });
    queue.enqueue({1, 2, 3});
    queue.enqueue(4, 10ms);
    QCOMPARE(committedWhenShown, QList<qint64>({3, 1}));
}

void tst_SqliteJournal::failedRecordKeepsTasksOut()
{
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(record(journal, makeTasks(1, {1}, m_dir->path())), QString());
    TaskQueue queue; // setFirstId forgotten: id 1 is taken, so the journal refuses
    queue.pause();
    queue.setJournal(&journal);
    QSignalSpy added(&queue, &TaskQueue::tasksAdded);
    QSignalSpy errors(&queue, &TaskQueue::errorOccurred);
    QCOMPARE(queue.enqueue({5}), 0u);
    QCOMPARE(added.size(), 0);
    QCOMPARE(queue.size(), 0);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors[0][0].toString().contains(QDir::toNativeSeparators(databasePath())));
}

void tst_SqliteJournal::stoppedQueueKeepsUnfinishedTasks_data()
{
    QTest::addColumn<RunMode>("mode");
    QTest::addColumn<bool>("stopNow");
    QTest::newRow("events, Quit now") << RunMode::Events << true;
    QTest::newRow("threads, Quit now") << RunMode::Threads << true;
    QTest::newRow("events, queue destroyed") << RunMode::Events << false;
    QTest::newRow("threads, queue destroyed") << RunMode::Threads << false;
}

void tst_SqliteJournal::stoppedQueueKeepsUnfinishedTasks()
{
    QFETCH(RunMode, mode);
    QFETCH(bool, stopNow);
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        TaskQueue queue;
        queue.setMode(mode);
        queue.setWorkers(2);
        queue.setOutputDirectory(m_dir->path());
        queue.setFirstId(journal.nextId());
        queue.setJournal(&journal);
        queue.enqueue(1, 0ms);
        queue.enqueue(2, 60s); // still running at "Quit now"
        queue.enqueue(3, 0ms);
        queue.enqueue(4, 60s); // also running at "Quit now"
        queue.enqueue(5, 60s); // never started
        QTRY_COMPARE(queue.count(TaskState::Done), 2);
        // The second long task's start may be reported a moment after the short ones' ends.
        QTRY_COMPARE(queue.count(TaskState::Running), 2);
        if (stopNow) {
            QSignalSpy finishedSpy(&queue, &TaskQueue::finished);
            queue.stopNow();
            QTRY_COMPARE(finishedSpy.size(), 1);
        }
    } // interrupted running tasks are not "Cancelled": they stay unfinished
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(numbersOf(journal.unfinishedTasks()), QList<int>({2, 4, 5}));
    QCOMPARE(journal.unfinishedTasks().at(0).duration, 60s);
}

void tst_SqliteJournal::interruptedRestoreLosesNothing()
{
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, makeTasks(1, {3, 1, 2}, m_dir->path())), QString());
    }
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        TaskQueue queue;
        queue.pause();
        queue.setFirstId(journal.nextId());
        queue.setJournal(&journal);
        const QList<Task> unfinished = journal.unfinishedTasks();
        journal.beginRestore(unfinished);
        queue.enqueue(unfinished[0].number, unfinished[0].duration);
    } // the app "dies" in the middle of the restore: no endRestore()
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QList<int> numbers = numbersOf(journal.unfinishedTasks());
    std::sort(numbers.begin(), numbers.end());
    QCOMPARE(numbers, QList<int>({1, 2, 3})); // each once: none lost, none doubled
}

void tst_SqliteJournal::discardGivesTasksUp()
{
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, makeTasks(1, {1, 2}, m_dir->path())), QString());
    }
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, makeTasks(journal.nextId(), {9}, m_dir->path())), QString());
        QCOMPARE(journal.unfinishedTasks().size(), 2);
        QCOMPARE(journal.discardUnfinished(), QString());
        QVERIFY(journal.unfinishedTasks().isEmpty());
        const QList<Task> history = journal.history(10);
        QCOMPARE(idsOf(history), QList<quint64>({2, 1}));
        QCOMPARE(history[0].state, TaskState::Cancelled);
        QCOMPARE(history[0].failure.kind(), TaskFailure::Kind::Discarded);
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(numbersOf(journal.unfinishedTasks()), QList<int>({9})); // this run's task is kept
}

void tst_SqliteJournal::historyAndClearHistory()
{
    const std::vector<Task> tasks = makeTasks(1, {1, 2, 3, 4}, m_dir->path());
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, tasks), QString());
        journal.recordFinished(finished(tasks[0], TaskState::Done));
        journal.recordFinished(
            finished(tasks[2], TaskState::Failed, TaskFailure(TaskFailure::Kind::CannotWrite, ENOSPC)));
        journal.recordFinished(finished(tasks[3], TaskState::Done));
        QCOMPARE(idsOf(journal.history(10)), QList<quint64>({4, 3, 1})); // flushes first
        QCOMPARE(idsOf(journal.history(2)), QList<quint64>({4, 3}));
        QCOMPARE(journal.clearHistory(), QString());
        QVERIFY(journal.history(10).isEmpty());
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(idsOf(journal.unfinishedTasks()), QList<quint64>({2}));
    QCOMPARE(journal.unfinishedTasks().at(0).outputDirectory, m_dir->path());
    QCOMPARE(journal.nextId(), 5u);
}

void tst_SqliteJournal::workKindRoundTrip()
{
    // Restore and History keep what each task spent its seconds on.
    std::vector<Task> tasks = makeTasks(1, {1, 2, 3}, m_dir->path());
    tasks[1].work = WorkKind::Compute;
    tasks[2].work = WorkKind::Compute;
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, tasks), QString());
        journal.recordFinished(finished(tasks[2], TaskState::Done));
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const QList<Task> unfinished = journal.unfinishedTasks();
    QCOMPARE(idsOf(unfinished), QList<quint64>({1, 2}));
    QCOMPARE(unfinished[0].work, WorkKind::Wait);
    QCOMPARE(unfinished[1].work, WorkKind::Compute);
    const QList<Task> history = journal.history(10);
    QCOMPARE(idsOf(history), QList<quint64>({3}));
    QCOMPARE(history[0].work, WorkKind::Compute);

    // Restored into a queue whose own choice is Wait: each task keeps its kind, the queue its choice.
    TaskQueue queue;
    queue.setJournal(&journal);
    queue.setFirstId(journal.nextId());
    queue.pause();
    QCOMPARE(TaskRestorer::restore(journal, queue, unfinished), 2);
    QCOMPARE(queue.task(queue.firstId()).work, WorkKind::Wait);
    QCOMPARE(queue.task(queue.firstId() + 1).work, WorkKind::Compute);
    QCOMPARE(queue.work(), WorkKind::Wait);
}

void tst_SqliteJournal::journalBeforeTheWorkKindOpens_data()
{
    QTest::addColumn<QString>("taskColumns");
    QTest::addColumn<int>("version");
    const QString version1 = QStringLiteral(
        "id INTEGER PRIMARY KEY, number INTEGER NOT NULL, duration_ms INTEGER NOT NULL,"
        " directory_id INTEGER NOT NULL REFERENCES directories(id), state INTEGER NOT NULL,"
        " created_ms INTEGER NOT NULL, started_ms INTEGER, finished_ms INTEGER, worker INTEGER,"
        " mode INTEGER, error TEXT");
    QTest::newRow("version 1") << version1 << 1;
    QTest::newRow("version 2, failures as data")
        << version1 + QStringLiteral(", error_kind INTEGER, error_code INTEGER, error_path TEXT") << 2;
}

void tst_SqliteJournal::journalBeforeTheWorkKindOpens()
{
    // A journal written before the work kind: it opens, its tasks waited, new ones compute.
    QFETCH(QString, taskColumns);
    QFETCH(int, version);
    {
        RawDatabase raw(databasePath());
        for (const QString &sql :
            {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE directories (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE)"),
                QStringLiteral("CREATE TABLE tasks (%1)").arg(taskColumns),
                QStringLiteral("CREATE INDEX tasks_unfinished ON tasks(id) WHERE state = 0"),
                QStringLiteral("INSERT INTO meta(key, value) VALUES ('next_id', 8)"),
                QStringLiteral("INSERT INTO meta(key, value) VALUES ('journal_id', 5)"),
                QStringLiteral("INSERT INTO directories(id, path) VALUES (1, '/old')"),
                QStringLiteral("INSERT INTO tasks(id, number, duration_ms, directory_id, state, created_ms)"
                               " VALUES (7, 4, 4000, 1, 0, 1)"),
                QStringLiteral("PRAGMA user_version = %1").arg(version)})
            QVERIFY2(raw.exec(sql), qPrintable(sql));
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(journal.status(), SqliteJournal::Status::Open);
    const QList<Task> unfinished = journal.unfinishedTasks();
    QCOMPARE(idsOf(unfinished), QList<quint64>({7}));
    QCOMPARE(unfinished[0].number, 4);
    QCOMPARE(unfinished[0].work, WorkKind::Wait);
    std::vector<Task> added = makeTasks(8, {5}, m_dir->path());
    added[0].work = WorkKind::Compute;
    QCOMPARE(record(journal, added), QString());
    journal.close();
    QCOMPARE(RawDatabase(databasePath()).scalar(QStringLiteral("PRAGMA user_version")), 4);
    SqliteJournal reopened;
    QVERIFY(reopened.open(databasePath()));
    const QList<Task> again = reopened.unfinishedTasks();
    QCOMPARE(idsOf(again), QList<quint64>({7, 8}));
    QCOMPARE(again[1].work, WorkKind::Compute);
}

void tst_SqliteJournal::unreadableFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("random bytes") << random;
    QTest::newRow("text") << QByteArray("Hello, 1!\n");
    QTest::newRow("sqlite header, then garbage") << QByteArray("SQLite format 3").append('\0') + random;
    // Bytes 18 and 19 say "write-ahead log": SQLite makes a log for it, which goes aside with it.
    QByteArray walHeader = QByteArray("SQLite format 3").append('\0') + random;
    walHeader[16] = 0x10; // 4096-byte pages
    walHeader[17] = 0;
    walHeader[18] = 2;
    walHeader[19] = 2;
    QTest::newRow("sqlite header of a write-ahead log, then garbage") << walHeader;
    QTest::newRow("another program's database") << QByteArray(); // made below
}

void tst_SqliteJournal::unreadableFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    if (content.isEmpty()) {
        RawDatabase raw(databasePath());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE tasks (name TEXT, due TEXT)")));
    } else {
        QFile file(databasePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = readFile(databasePath());
    {
        SqliteJournal journal;
        QVERIFY2(journal.open(databasePath()), qPrintable(journal.message()));
        QCOMPARE(journal.status(), SqliteJournal::Status::Open);
        QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("queue.sqlite.corrupt-*")});
        aside.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")); }); // its log
        QCOMPARE(aside.size(), 1);
        QVERIFY2(journal.message().contains(aside[0]), qPrintable(journal.message()));
        QCOMPARE(readFile(m_dir->filePath(aside[0])), before); // kept as it was
        QCOMPARE(record(journal, makeTasks(journal.nextId(), {7}, m_dir->path())), QString());
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QVERIFY(journal.message().isEmpty());
    QCOMPARE(numbersOf(journal.unfinishedTasks()), QList<int>({7}));
}

void tst_SqliteJournal::newerJournalIsLeftAlone()
{
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
    }
    QVERIFY(RawDatabase(databasePath()).exec(QStringLiteral("PRAGMA user_version = 99")));
    SqliteJournal journal;
    QVERIFY(!journal.open(databasePath()));
    QCOMPARE(journal.status(), SqliteJournal::Status::Failed);
    QVERIFY(!journal.message().isEmpty());
    QCOMPARE(RawDatabase(databasePath()).scalar(QStringLiteral("PRAGMA user_version")), 99);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*corrupt*")}).size(), 0);
}

void tst_SqliteJournal::secondInstanceIsLocked()
{
    SqliteJournal first;
    QVERIFY(first.open(databasePath()));
    QCOMPARE(record(first, makeTasks(1, {1}, m_dir->path())), QString());

    SqliteJournal second;
    QVERIFY(!second.open(databasePath()));
    QCOMPARE(second.status(), SqliteJournal::Status::Locked);
    QVERIFY(second.message().contains(QString::number(QCoreApplication::applicationPid())));
    // It works without a journal: accepts, writes nothing, offers nothing.
    QCOMPARE(record(second, makeTasks(1, {2}, m_dir->path())), QString());
    QVERIFY(second.unfinishedTasks().isEmpty());
    QCOMPARE(RawDatabase(databasePath()).recorded(), 1);

    first.close();
    QVERIFY(second.open(databasePath()));
    QCOMPARE(numbersOf(second.unfinishedTasks()), QList<int>({1}));
}

void tst_SqliteJournal::staleLockIsTakenOver_data()
{
    QTest::addColumn<bool>("ownerRuns");
    QTest::newRow("owner was killed") << false;
    QTest::newRow("owner still runs, holding it") << true;
}

void tst_SqliteJournal::staleLockIsTakenOver()
{
    QFETCH(bool, ownerRuns);
    qint64 pid = QCoreApplication::applicationPid();
    if (!ownerRuns) {
        // A process that has ended: its pid stays in the lock file, as after a kill -9.
        QProcess ended;
        ended.start(QCoreApplication::applicationFilePath(), {QStringLiteral("-functions")});
        QVERIFY(ended.waitForStarted());
        pid = ended.processId();
        QVERIFY(ended.waitForFinished());
    }
    QFile lock(databasePath() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + '\n'
        + QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n'
        + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close(); // written just now: only a dead owner can make it stale, not its age
    // A running HelloQueue holds the file with flock() (JournalLock); this process plays it.
    const int held
        = ownerRuns ? ::open(QFile::encodeName(lock.fileName()).constData(), O_RDWR | O_CLOEXEC) : -1;
    QVERIFY(!ownerRuns || (held >= 0 && ::flock(held, LOCK_EX | LOCK_NB) == 0));

    SqliteJournal journal;
    QCOMPARE(journal.open(databasePath()), !ownerRuns);
    QCOMPARE(journal.status(), ownerRuns ? SqliteJournal::Status::Locked : SqliteJournal::Status::Open);
    if (ownerRuns) {
        QVERIFY2(journal.message().contains(QString::number(pid)), qPrintable(journal.message()));
        ::close(held);
    }
}

void tst_SqliteJournal::aPasteIsRecordedBeforeItsLogIsCopied()
{
    // A paste's commit ends once its pages are synced in the write-ahead log; copying them into the
    // database file (another 4 MB and a sync) comes after the window has heard it is recorded.
    JournalStore store;
    QVERIFY(store.open(databasePath()));
    const QList<int> numbers(1200000, 5); // 4.8 MB of numbers: over SQLite's 1000-page checkpoint
    QCOMPARE(store.recordAddedInSequence(acceptedNumbers(store.nextId(), numbers, m_dir->path())), QString());
    const qint64 whenRecorded = QFileInfo(databasePath()).size();
    QVERIFY2(whenRecorded < 1024 * 1024, qPrintable(QString::number(whenRecorded)));
    store.checkpointIfLong();
    QVERIFY(QFileInfo(databasePath()).size() > 4 * 1024 * 1024);
    store.close();
    QCOMPARE(RawDatabase(databasePath()).recorded(), numbers.size());
}

void tst_SqliteJournal::hundredThousandInOneCall()
{
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QList<int> numbers(100000);
    std::iota(numbers.begin(), numbers.end(), 1);
    const std::vector<Task> tasks = makeTasks(1, numbers, m_dir->path());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(record(journal, tasks), QString());
    qInfo("recordAdded of 100 000 tasks: %lld ms", timer.elapsed());
    QCOMPARE(RawDatabase(databasePath()).unfinished(), 100000);
}

void tst_SqliteJournal::finishedFloodCostsMicroseconds()
{
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QList<int> numbers(100000, 0);
    std::vector<Task> tasks = makeTasks(1, numbers, m_dir->path());
    QCOMPARE(record(journal, tasks), QString());
    QElapsedTimer timer;
    timer.start();
    for (Task &task : tasks)
        journal.recordFinished(finished(task, TaskState::Done));
    const qint64 collected = timer.nsecsElapsed();
    QVERIFY(journal.waitForWritten(30s)); // flush() only hands them to the journal thread
    const qint64 total = timer.nsecsElapsed();
    qInfo("recordFinished of 100 000 tasks: %.2f µs per task to collect, %.2f µs per task with the write",
        double(collected) / 1e3 / 1e5, double(total) / 1e3 / 1e5);
    QCOMPARE(RawDatabase(databasePath()).scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE state = 2")),
        100000);
}

void tst_SqliteJournal::tasksAddedTogetherFinishInAnyOrder()
{
    // A paste is recorded as batches of numbers; each task gets its own row as it (or one after it)
    // finishes. Workers finish out of order, across bursts and batches: nothing may get lost.
    QList<int> numbers;
    for (int i = 0; i < 1200; ++i)
        numbers.append(i % 7);
    const std::vector<Task> tasks = makeTasks(1, numbers, m_dir->path());
    const std::vector<Task> more = makeTasks(1201, {9, 8}, m_dir->path());
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, tasks), QString());
        QCOMPARE(record(journal, more), QString());
        journal.recordFinished(finished(tasks[599], TaskState::Done));
        journal.flush();
        for (const size_t index : {2, 0, 1199, 600})
            journal.recordFinished(finished(tasks[index], TaskState::Done));
        journal.recordFinished(finished(more[1], TaskState::Cancelled));
        journal.flush();
        journal.recordFinished(
            finished(tasks[1], TaskState::Failed, TaskFailure(TaskFailure::Kind::CannotWrite, ENOSPC)));
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const QList<Task> unfinished = journal.unfinishedTasks();
    QList<quint64> expected;
    for (quint64 id = 1; id <= 1201; ++id) {
        if (id != 1 && id != 2 && id != 3 && id != 600 && id != 601 && id != 1200)
            expected.append(id);
    }
    QCOMPARE(idsOf(unfinished), expected);
    for (const Task &task : unfinished) {
        const Task &added = task.id <= 1200 ? tasks[task.id - 1] : more[task.id - 1201];
        QCOMPARE(task.number, added.number);
        QCOMPARE(task.duration, added.duration);
        QCOMPARE(task.outputDirectory, m_dir->path());
        QCOMPARE(task.state, TaskState::Queued);
    }
    const QList<Task> history = journal.history(10);
    QCOMPARE(idsOf(history), QList<quint64>({1202, 1200, 601, 600, 3, 2, 1}));
    QCOMPARE(history[0].state, TaskState::Cancelled);
    QCOMPARE(history[0].number, 8);
    QCOMPARE(history[5].state, TaskState::Failed);
    QCOMPARE(history[5].failure, TaskFailure(TaskFailure::Kind::CannotWrite, ENOSPC));
    QCOMPARE(history[5].number, tasks[1].number);
    QCOMPARE(history[1].duration, tasks[1199].duration);
    QCOMPARE(history[1].worker, 3);
    QCOMPARE(journal.nextId(), 1203u);
}

QTEST_GUILESS_MAIN(tst_SqliteJournal)
#include "tst_sqlitejournal.moc"
