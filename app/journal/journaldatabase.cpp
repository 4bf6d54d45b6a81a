#include "journal/journaldatabase.h"

#include "journal/journallock.h"
#include "journal/journalmarker.h"
#include "journal/journalsalvage.h"
#include "journal/sqlitestatement.h"
#include "systemerrortext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <iterator>
#include <unistd.h>
#include <vector>

namespace {

/**
 * 2: a failure is stored as data (error_kind, error_code, error_path; error is its detail).
 * 3: tasks.work, what a task spends its seconds on.
 * 4: added, tasks accepted together as one row (AddedBatch). Older journals are upgraded step by step.
 */
constexpr int SchemaVersion = 4;

/**
 * journal_size_limit: a write-ahead log grown past this (a long paste) shrinks back to it after a
 * checkpoint; the kept log is emptied when the journal closes.
 */
constexpr qint64 LogSizeLimit = 64 * 1024 * 1024; // bytes

/** From version 1, whose error column held the reason as worded then (now read as its detail). */
const char *const UpgradeFrom1Sql[] = {
    "ALTER TABLE tasks ADD COLUMN error_kind INTEGER",
    "ALTER TABLE tasks ADD COLUMN error_code INTEGER",
    "ALTER TABLE tasks ADD COLUMN error_path TEXT",
};

/** From version 2: every task of an older journal waited. */
const char *const UpgradeFrom2Sql[] = {
    "ALTER TABLE tasks ADD COLUMN work INTEGER NOT NULL DEFAULT 0",
};

const char *const SchemaSql[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS directories (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS tasks (id INTEGER PRIMARY KEY, number INTEGER NOT NULL,"
    " duration_ms INTEGER NOT NULL, directory_id INTEGER NOT NULL REFERENCES directories(id),"
    " state INTEGER NOT NULL, created_ms INTEGER NOT NULL, started_ms INTEGER, finished_ms INTEGER,"
    " worker INTEGER, mode INTEGER, error TEXT, error_kind INTEGER, error_code INTEGER, error_path TEXT,"
    " work INTEGER NOT NULL DEFAULT 0)",
    // Finding the unfinished tasks must not read the whole history.
    "CREATE INDEX IF NOT EXISTS tasks_unfinished ON tasks(id) WHERE state = 0",
    // Tasks accepted together: numbers as 32-bit little-endian integers; tasks from expanded_to on
    // have no row in tasks yet and are unfinished.
    "CREATE TABLE IF NOT EXISTS added (first_id INTEGER PRIMARY KEY, numbers BLOB NOT NULL,"
    " second_ms INTEGER NOT NULL, directory_id INTEGER NOT NULL REFERENCES directories(id),"
    " created_ms INTEGER NOT NULL, work INTEGER NOT NULL, expanded_to INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO meta(key, value) VALUES ('next_id', 1)",
    // Tells this journal from a new one at the same path (JournalMarker).
    "INSERT OR IGNORE INTO meta(key, value) VALUES ('journal_id', (random() & 0x7fffffffffffffff) | 1)",
    "PRAGMA user_version = 4",
};

/** SQLite's "not our database": SQLITE_ERROR (foreign schema), SQLITE_CORRUPT, SQLITE_NOTADB. */
bool isUnusable(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 1 || code == 11 || code == 26;
}

} // namespace

JournalDatabase::JournalDatabase()
{
    static std::atomic<int> instances {0};
    m_connection = QStringLiteral("helloqueue-journal-%1").arg(++instances);
}

JournalDatabase::~JournalDatabase()
{
    close();
}

QString JournalDatabase::deleteUnusedDirectoriesSql()
{
    // EXISTS, not NOT IN: a folder in use is found at its first task (no index on directory_id:
    // one per task would cost every finished task a write), where NOT IN read every task's folder,
    // 26 ms with 200 000 tasks, at every prune of a full history while a flood runs.
    return QStringLiteral("DELETE FROM directories"
                          " WHERE NOT EXISTS (SELECT 1 FROM tasks WHERE directory_id = directories.id)"
                          " AND NOT EXISTS (SELECT 1 FROM added WHERE directory_id = directories.id)");
}

QString JournalDatabase::errorText(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

QString JournalDatabase::nativePath() const
{
    return QDir::toNativeSeparators(m_path);
}

JournalDatabase::Status JournalDatabase::open(const QString &path)
{
    close();
    m_message.clear();
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (m_path.isEmpty() || !QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        setFailed(Outcome::Failed, tr("its folder could not be created"));
        return m_status;
    }
    if (!lock())
        return m_status;
    const JournalMarker marker = JournalMarker::read(m_path);
    m_marker = marker;
    m_checkWhole = !marker.fileUnchanged(m_path);
    QString reason;
    Outcome outcome = connect(&reason);
    if (outcome == Outcome::Unusable) {
        disconnect();
        outcome = replaceDamaged(reason, &reason);
    } else if (outcome == Outcome::Ok) {
        checkMarker(marker);
    }
    if (outcome != Outcome::Ok) {
        setFailed(outcome, reason);
        return m_status;
    }
    m_status = Status::Open;
    writeMarker(m_nextId, hasUnfinished());
    return m_status;
}

JournalDatabase::Outcome JournalDatabase::replaceDamaged(const QString &damage, QString *reason)
{
    // Read what can be read before the file moves: its unfinished tasks are the user's work.
    const JournalSalvage salvage = JournalSalvage::read(m_path);
    const QString target = moveAside(damage);
    if (target.isEmpty())
        return Outcome::Failed;
    Outcome outcome = connect(reason);
    if (outcome == Outcome::Ok && salvage.size() > 0)
        outcome = salvage.write(m_db, reason) ? readNextId(reason) : Outcome::Failed;
    if (outcome == Outcome::Ok)
        m_message = tr("The task journal %1 was damaged (%2). It was moved aside to %3 and a new journal "
                       "was started; %n unfinished task(s) could be read from it and are offered for "
                       "restore. Its history is not kept.",
            nullptr, salvage.size())
                        .arg(nativePath(), damage, QDir::toNativeSeparators(target));
    return outcome;
}

void JournalDatabase::checkMarker(const JournalMarker &marker)
{
    if (marker.journalId == 0 || !marker.unfinished)
        return; // nothing unfinished could have been lost
    if (marker.journalId != m_journalId)
        m_message = tr("The task journal %1 is not the one HelloQueue left last time: it was removed, "
                       "emptied or replaced, and the unfinished tasks recorded in it are lost. A new "
                       "journal was started.")
                        .arg(nativePath());
    else if (marker.nextId > m_nextId)
        m_message = tr("The task journal %1 lost its latest changes (its write-ahead log %2 was damaged or "
                       "removed): up to %n task(s) accepted last time may be missing. What it still holds "
                       "is kept.",
            nullptr, int(std::min<quint64>(marker.nextId - m_nextId, INT_MAX)))
                        .arg(nativePath(), QDir::toNativeSeparators(m_path + QStringLiteral("-wal")));
}

QString JournalDatabase::damage()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
        return isUnusable(query.lastError()) ? errorText(query.lastError()) : QString();
    const QString result = query.value(0).toString();
    return result == QLatin1String("ok") ? QString() : result;
}

bool JournalDatabase::replaceDamaged(const QString &damage)
{
    disconnect();
    QString reason;
    const Outcome outcome = replaceDamaged(damage, &reason);
    if (outcome != Outcome::Ok) {
        setFailed(outcome, reason);
        return false;
    }
    writeMarker(m_nextId, hasUnfinished());
    return true;
}

bool JournalDatabase::hasUnfinished()
{
    QSqlQuery query(m_db);
    return !query.exec(QStringLiteral(
               "SELECT EXISTS (SELECT 1 FROM tasks WHERE state = 0) OR EXISTS (SELECT 1 FROM added)"))
        || !query.next() || query.value(0).toBool();
}

void JournalDatabase::writeMarker(quint64 nextId, bool unfinished)
{
    if (m_status != Status::Open)
        return;
    JournalMarker marker;
    marker.journalId = m_journalId;
    marker.nextId = nextId;
    marker.unfinished = unfinished;
    // Rewriting what the file already says costs every start and every exit a file write. (Its
    // stamp of the file stays true until the file changes: a start then finds it does not match.)
    if (marker.journalId == m_marker.journalId && marker.nextId == m_marker.nextId
        && marker.unfinished == m_marker.unfinished)
        return;
    if (marker.write(m_path)) // without it, only the report of a lost journal is lost
        m_marker = marker;
}

void JournalDatabase::close()
{
    const bool wasOpen = m_status == Status::Open;
    disconnect();
    if (wasOpen)
        stampMarker(); // after SQLite's last checkpoint, before the lock goes: the file as it stays
    m_lock.reset(); // unlocks
    m_status = Status::Closed;
}

void JournalDatabase::stampMarker()
{
    JournalMarker marker = m_marker;
    if (marker.journalId != m_journalId || !marker.stampFile(m_path))
        return;
    if (marker.fileSize == m_marker.fileSize && marker.fileChangedNs == m_marker.fileChangedNs)
        return; // as it says already: no write at the end of a start that changed nothing
    if (marker.write(m_path))
        m_marker = marker;
}

void JournalDatabase::fail(const QString &reason)
{
    setFailed(Outcome::Failed, reason);
}

bool JournalDatabase::lock()
{
    m_lock = std::make_unique<JournalLock>(m_path + QStringLiteral(".lock"));
    const JournalLock::Result result = m_lock->take();
    if (result == JournalLock::Result::Taken)
        return true;
    const qint64 pid = m_lock->holderPid();
    m_lock.reset();
    if (result == JournalLock::Result::Held) {
        m_status = Status::Locked;
        m_message = tr("Another HelloQueue (process %1) is using the task journal %2. This one works "
                       "without it: its tasks are not kept when it closes, and no unfinished tasks "
                       "are offered.")
                        .arg(pid)
                        .arg(nativePath());
        return false;
    }
    // No process holds it: the folder refused the lock file. Say why, and never blame a process
    // that is gone.
    setFailed(Outcome::Failed,
        tr("it could not be locked: %1").arg(writeProblem(QFileInfo(m_path).absolutePath())));
    return false;
}

QString JournalDatabase::writeProblem(const QString &folder)
{
    const QByteArray probe
        = QFile::encodeName(folder) + "/.helloqueue-probe-" + QByteArray::number(::getpid());
    int error = 0;
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        error = errno;
    } else {
        if (::write(fd, "probe", 5) != 5 || ::fsync(fd) != 0)
            error = errno;
        ::close(fd);
        ::unlink(probe.constData());
    }
    return error == 0 ? tr("its folder can be written, but its lock file %1 cannot be used")
                            .arg(QDir::toNativeSeparators(m_path + QStringLiteral(".lock")))
                      : errorCause(error);
}

QString JournalDatabase::errorCause(int error)
{
    // The journal's own words for a folder it may not write; the rest as every system error.
    if (error == EACCES || error == EPERM)
        return tr("HelloQueue may not write into its folder");
    return SystemErrorText::describe(error);
}

void JournalDatabase::setFailed(Outcome outcome, const QString &reason)
{
    disconnect();
    m_lock.reset();
    m_status = Status::Failed;
    if (outcome == Outcome::Newer) {
        m_message = tr("The task journal %1 was written by a newer HelloQueue and was left as it is. "
                       "This one works without it: its tasks are not kept when it closes.")
                        .arg(nativePath());
        return;
    }
    // A file moved aside is mentioned first: the user should know where it went.
    const QString moved = m_message.isEmpty() ? QString() : m_message + QLatin1Char('\n');
    m_message = moved
        + tr("The task journal %1 could not be opened: %2. HelloQueue works without it: its tasks "
             "are not kept when it closes.")
              .arg(nativePath(), reason);
}

JournalDatabase::Outcome JournalDatabase::connect(QString *reason)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        *reason = errorText(m_db.lastError());
        return isUnusable(m_db.lastError()) ? Outcome::Unusable : Outcome::Failed;
    }
    keepLogFiles();
    const Outcome schema = createSchema(reason);
    return schema == Outcome::Ok ? readNextId(reason) : schema;
}

void JournalDatabase::keepLogFiles()
{
    // The write-ahead log and its index stay beside the journal when it closes (the log emptied:
    // journal_size_limit, set in createSchema): made anew and removed at every start and end, the
    // two files cost a console start more than its reads (bench.py's start-up row).
    sqlite3 *db = SqliteStatement::handle(m_db);
    int keep = 1;
    if (db)
        sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &keep);
}

JournalDatabase::Outcome JournalDatabase::createSchema(QString *reason)
{
    QSqlQuery query(m_db);
    const auto failure = [&query, reason](const QSqlError &error) {
        query.finish();
        *reason = errorText(error);
        return isUnusable(error) ? Outcome::Unusable : Outcome::Failed;
    };
    // The first read of the file: random bytes fail here ("file is not a database").
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failure(query.lastError());
    const int version = query.value(0).toInt();
    if (version > SchemaVersion)
        return Outcome::Newer;
    // Damage inside the file (a page overwritten, the file cut) is found here, not mid-run; a
    // file exactly as the last clean close stamped it was checked by an earlier start.
    if (m_checkWhole) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
            return failure(query.lastError());
        if (query.value(0).toString() != QLatin1String("ok")) {
            *reason = tr("it is damaged: %1").arg(query.value(0).toString());
            query.finish();
            return Outcome::Unusable;
        }
    }
    // Our schema gets its version in the transaction that creates it: tables without one are not ours.
    if (version == 0) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return failure(query.lastError());
        if (query.value(0).toInt() > 0) {
            query.finish();
            *reason = tr("it is not a HelloQueue journal");
            return Outcome::Unusable;
        }
    }
    query.finish();
    // FULL syncs the WAL at every commit, so an accepted task survives a power cut as its file
    // does; the sync runs on the journal's own thread (bench_journal prints what it costs).
    // The size limit also empties the kept log at close (SQLite truncates a kept log only when one
    // is set); while running, a log past it shrinks back to it after a checkpoint.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !query.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !query.exec(QStringLiteral("PRAGMA journal_size_limit=%1").arg(LogSizeLimit)))
        return failure(query.lastError());
    // A journal of this version has its schema (it got the version in the same transaction): a
    // commit here would write and sync the disk at every start, and again at close to copy it back.
    if (version == SchemaVersion)
        return Outcome::Ok;
    if (!m_db.transaction())
        return failure(m_db.lastError());
    // One transaction: a journal is upgraded entirely or not at all.
    std::vector<const char *> statements;
    if (version == 1)
        statements.assign(std::begin(UpgradeFrom1Sql), std::end(UpgradeFrom1Sql));
    if (version == 1 || version == 2)
        statements.insert(statements.end(), std::begin(UpgradeFrom2Sql), std::end(UpgradeFrom2Sql));
    statements.insert(statements.end(), std::begin(SchemaSql), std::end(SchemaSql));
    for (const char *sql : statements) {
        if (!query.exec(QString::fromLatin1(sql))) {
            const Outcome outcome = failure(query.lastError());
            m_db.rollback();
            return outcome;
        }
    }
    return m_db.commit() ? Outcome::Ok : failure(m_db.lastError());
}

JournalDatabase::Outcome JournalDatabase::readNextId(QString *reason)
{
    QSqlQuery query(m_db);
    // Both: the meta row survives a cleared history, the tasks cover a meta row lost by hand.
    if (!query.exec(
            QStringLiteral("SELECT max((SELECT value FROM meta WHERE key = 'next_id'),"
                           " coalesce((SELECT max(id) FROM tasks), 0) + 1,"
                           " coalesce((SELECT max(first_id + length(numbers) / 4) FROM added), 0), 1)"))
        || !query.next()) {
        *reason = errorText(query.lastError());
        return isUnusable(query.lastError()) ? Outcome::Unusable : Outcome::Failed;
    }
    m_nextId = query.value(0).toULongLong();
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'journal_id'")) || !query.next()) {
        *reason = errorText(query.lastError());
        return isUnusable(query.lastError()) ? Outcome::Unusable : Outcome::Failed;
    }
    m_journalId = query.value(0).toLongLong();
    return Outcome::Ok;
}

void JournalDatabase::disconnect()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString JournalDatabase::moveAside(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    const QString base = m_path + QStringLiteral(".corrupt-") + stamp;
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    QFile file(m_path);
    if (!file.rename(target)) {
        m_message = tr("The task journal %1 cannot be read (%2) and could not be moved aside: %3.")
                        .arg(nativePath(), reason, file.errorString());
        return {};
    }
    // The write-ahead log and its index belong to the old file: a new database must not replay them.
    const QString wal = m_path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::rename(wal, target + QStringLiteral("-wal")))
        QFile::remove(wal);
    QFile::remove(m_path + QStringLiteral("-shm"));
    return target;
}
