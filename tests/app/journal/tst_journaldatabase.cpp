// JournalDatabase on its own: it creates the file and its schema, keeps a second instance out
// with a lock (and takes over the lock of a process that died), and moves a file that is not a
// journal aside. Today's behaviour, each case in a fresh folder.
#include "journal/journaldatabase.h"

#include "journalfixtures.h"
#include "testdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QString journalIn(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("sub/folder/queue.sqlite"));
}

QStringList movedAside(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.path()).entryList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

/** Takes the lock in a child process that then exits without releasing it, as kill -9 leaves it. */
bool leaveLockOfDeadProcess(const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    const pid_t child = ::fork();
    if (child == 0) {
        QLockFile lock(path + QStringLiteral(".lock"));
        ::_exit(lock.tryLock(0) ? 0 : 1); // no destructor runs: the lock file stays
    }
    int status = 0;
    return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0
        && QFileInfo::exists(path + QStringLiteral(".lock"));
}

/** No process holds the journal's lock: taking it here succeeds (and lets go at once). */
bool lockIsFree(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path + QStringLiteral(".lock")).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}

} // namespace

class tst_JournalDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsFileAndSchema();
    void reopenedKeepsNextId();
    void reopeningACurrentJournalWritesNothing();
    void secondInstanceIsLocked();
    void closeReleasesTheLock();
    void aLockOpenedBeforeTheCloseKeepsOthersOut();
    void deadProcessLockIsTakenOver();
    void aReusedPidDoesNotHoldTheLock();
    void notSqliteIsMovedAside_data();
    void notSqliteIsMovedAside();
    void newerJournalIsLeftAlone();
    void folderThatCannotBeMadeFails();
};

void tst_JournalDatabase::createsFileAndSchema()
{
    QTemporaryDir dir;
    const QString path = journalIn(dir);
    JournalDatabase db;
    QCOMPARE(db.status(), JournalDatabase::Status::Closed);
    QCOMPARE(db.open(path), JournalDatabase::Status::Open);
    QCOMPARE(db.status(), JournalDatabase::Status::Open);
    QCOMPARE(db.message(), QString());
    QCOMPARE(db.path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(db.nextId(), quint64(1));
    QVERIFY(QFileInfo::exists(path));

    const RawDatabase raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")), 4);
    QCOMPARE(raw.text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    for (const char *table : {"meta", "directories", "tasks"})
        QCOMPARE(raw.scalar(
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                         .arg(QLatin1String(table))),
            1);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tasks_unfinished'")), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'next_id'")), 1);
}

void tst_JournalDatabase::reopenedKeepsNextId()
{
    QTemporaryDir dir;
    const QString path = journalIn(dir);
    {
        JournalDatabase db;
        QCOMPARE(db.open(path), JournalDatabase::Status::Open);
        QSqlQuery query(db.database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO directories(id, path) VALUES (1, '/out')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tasks(id, number, duration_ms, directory_id, state, "
                                          "created_ms) VALUES (41, 3, 3000, 1, 0, 0)")));
    }
    JournalDatabase reopened;
    QCOMPARE(reopened.open(path), JournalDatabase::Status::Open);
    QCOMPARE(reopened.nextId(), quint64(42)); // above every recorded id
    {
        QSqlQuery query(reopened.database());
        // A cleared history keeps its ids used: meta's next_id wins when it is higher.
        QVERIFY(query.exec(QStringLiteral("DELETE FROM tasks")));
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = 100 WHERE key = 'next_id'")));
    }
    QCOMPARE(reopened.open(path), JournalDatabase::Status::Open);
    QCOMPARE(reopened.nextId(), quint64(100));
}

void tst_JournalDatabase::reopeningACurrentJournalWritesNothing()
{
    QTemporaryDir dir;
    const QString path = journalIn(dir);
    {
        JournalDatabase db;
        QCOMPARE(db.open(path), JournalDatabase::Status::Open);
    }
    // A start with nothing to record commits nothing: no write-ahead log frame, so no disk sync
    // at open and nothing to copy back at close (both cost a start more than the rest together).
    JournalDatabase reopened;
    QCOMPARE(reopened.open(path), JournalDatabase::Status::Open);
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    QCOMPARE(reopened.nextId(), quint64(1));
    QSqlQuery query(reopened.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL: every later commit still syncs
}

void tst_JournalDatabase::secondInstanceIsLocked()
{
    QTemporaryDir dir;
    const QString path = journalIn(dir);
    JournalDatabase first;
    QCOMPARE(first.open(path), JournalDatabase::Status::Open);
    JournalDatabase second;
    QCOMPARE(second.open(path), JournalDatabase::Status::Locked);
    QCOMPARE(second.status(), JournalDatabase::Status::Locked);
    QVERIFY2(second.message().contains(QString::number(QCoreApplication::applicationPid())),
        qPrintable(second.message()));
    QVERIFY(!second.database().isOpen());
    // The first one is not disturbed.
    QCOMPARE(first.status(), JournalDatabase::Status::Open);
    QVERIFY(QSqlQuery(first.database()).exec(QStringLiteral("SELECT count(*) FROM tasks")));
}

void tst_JournalDatabase::closeReleasesTheLock()
{
    QTemporaryDir dir;
    const QString path = journalIn(dir);
    JournalDatabase first;
    QCOMPARE(first.open(path), JournalDatabase::Status::Open);
    first.close();
    QCOMPARE(first.status(), JournalDatabase::Status::Closed);
    QVERIFY(lockIsFree(path));
    JournalDatabase second;
    QCOMPARE(second.open(path), JournalDatabase::Status::Open);
}

void tst_JournalDatabase::aLockOpenedBeforeTheCloseKeepsOthersOut()
{
    // Two starts at the moment a third HelloQueue closes: the one that opened the lock file just
    // before the close takes it once it is free; the other must then find it held. (A lock file
    // removed at close left the first holding a file no longer there, and the second made a new
    // one: both used the journal.)
    QTemporaryDir dir;
    const QString path = journalIn(dir);
    JournalDatabase closing;
    QCOMPARE(closing.open(path), JournalDatabase::Status::Open);
    const int early
        = ::open(QFile::encodeName(path + QStringLiteral(".lock")).constData(), O_RDWR | O_CLOEXEC);
    QVERIFY(early >= 0);
    closing.close();
    QCOMPARE(::flock(early, LOCK_EX | LOCK_NB), 0); // the early one holds it now
    JournalDatabase late;
    QCOMPARE(late.open(path), JournalDatabase::Status::Locked);
    ::close(early);
    QCOMPARE(late.open(path), JournalDatabase::Status::Open);
}

void tst_JournalDatabase::deadProcessLockIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = journalIn(dir);
    QVERIFY(leaveLockOfDeadProcess(path));
    JournalDatabase db;
    QCOMPARE(db.open(path), JournalDatabase::Status::Open);
    QCOMPARE(db.message(), QString());
    // Taken over, so now it keeps another instance out.
    JournalDatabase second;
    QCOMPARE(second.open(path), JournalDatabase::Status::Locked);
}

void tst_JournalDatabase::aReusedPidDoesNotHoldTheLock()
{
    // The kill test lost a whole restore this way: HelloQueue was killed, and its pid was soon
    // given to another process of the same name (another HelloQueue, or one of its worker
    // processes), which has nothing to do with this journal. Only a process that holds the lock
    // keeps others out, whatever pid the file names.
    QTemporaryDir dir;
    const QString path = journalIn(dir);
    QVERIFY(leaveLockOfDeadProcess(path));
    QFile file(path + QStringLiteral(".lock"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n'
        + QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n'
        + QSysInfo::machineHostName().toUtf8() + '\n'); // this very process: it runs, by this name
    file.close();
    JournalDatabase db;
    QCOMPARE(db.open(path), JournalDatabase::Status::Open);
    QCOMPARE(db.message(), QString());
}

void tst_JournalDatabase::notSqliteIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QTest::newRow("random bytes") << noise;
    QTest::newRow("a text file") << QByteArray("these are not the tasks you are looking for\n").repeated(100);
}

void tst_JournalDatabase::notSqliteIsMovedAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = journalIn(dir);
    writeFile(path, content);

    JournalDatabase db;
    QCOMPARE(db.open(path), JournalDatabase::Status::Open);
    QVERIFY2(db.message().contains(QLatin1String("moved aside")), qPrintable(db.message()));
    const QStringList aside = movedAside(path);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(db.message().contains(aside.first()), "the message says where the file went");
    QCOMPARE(readFile(QFileInfo(path).dir().filePath(aside.first())), content); // kept as it was
    // A fresh journal in its place.
    QCOMPARE(db.nextId(), quint64(1));
    QVERIFY(QSqlQuery(db.database()).exec(QStringLiteral("SELECT count(*) FROM tasks")));
}

void tst_JournalDatabase::newerJournalIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = journalIn(dir);
    QDir().mkpath(QFileInfo(path).path());
    {
        const RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    JournalDatabase db;
    QCOMPARE(db.open(path), JournalDatabase::Status::Failed);
    QVERIFY2(db.message().contains(QLatin1String("newer")), qPrintable(db.message()));
    QVERIFY(movedAside(path).isEmpty());
    QCOMPARE(RawDatabase(path).scalar(QStringLiteral("PRAGMA user_version")), 99);
    // A failed open holds no lock.
    QVERIFY(lockIsFree(path));
}

void tst_JournalDatabase::folderThatCannotBeMadeFails()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("file")), "x");
    JournalDatabase db;
    QCOMPARE(db.open(dir.filePath(QStringLiteral("file/queue.sqlite"))), JournalDatabase::Status::Failed);
    QVERIFY(!db.message().isEmpty());
    QVERIFY(!db.database().isOpen());
}

QTEST_GUILESS_MAIN(tst_JournalDatabase)
#include "tst_journaldatabase.moc"
