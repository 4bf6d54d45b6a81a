#include "journal/journaldatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace {

constexpr int SchemaVersion = 1;

const char *const SchemaSql[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS directories (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS tasks (id INTEGER PRIMARY KEY, number INTEGER NOT NULL,"
    " duration_ms INTEGER NOT NULL, directory_id INTEGER NOT NULL REFERENCES directories(id),"
    " state INTEGER NOT NULL, created_ms INTEGER NOT NULL, started_ms INTEGER, finished_ms INTEGER,"
    " worker INTEGER, mode INTEGER, error TEXT)",
    // Finding the unfinished tasks must not read the whole history.
    "CREATE INDEX IF NOT EXISTS tasks_unfinished ON tasks(id) WHERE state = 0",
    "INSERT OR IGNORE INTO meta(key, value) VALUES ('next_id', 1)",
    "PRAGMA user_version = 1",
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
    QString reason;
    Outcome outcome = connect(&reason);
    if (outcome == Outcome::Unusable) {
        disconnect();
        outcome = moveAside(reason) ? connect(&reason) : Outcome::Failed;
    }
    if (outcome != Outcome::Ok)
        setFailed(outcome, reason);
    else
        m_status = Status::Open;
    return m_status;
}

void JournalDatabase::close()
{
    disconnect();
    m_lock.reset(); // unlocks
    m_status = Status::Closed;
}

void JournalDatabase::fail(const QString &reason)
{
    setFailed(Outcome::Failed, reason);
}

bool JournalDatabase::lock()
{
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // Age must not make a lock stale (its owner may run for days); a dead owner's lock is stale.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &application)) {
        m_lock.reset();
        m_status = Status::Locked;
        m_message = tr("Another HelloQueue (process %1) is using the task journal %2. This one works "
                       "without it: its tasks are not kept when it closes, and no unfinished tasks "
                       "are offered.")
                        .arg(pid)
                        .arg(nativePath());
    } else {
        setFailed(Outcome::Failed, tr("it could not be locked"));
    }
    return false;
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
    const Outcome schema = createSchema(reason);
    return schema == Outcome::Ok ? readNextId(reason) : schema;
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
    const bool ok = query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) && m_db.transaction();
    if (!ok)
        return failure(query.lastError().isValid() ? query.lastError() : m_db.lastError());
    for (const char *sql : SchemaSql) {
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
    if (!query.exec(QStringLiteral("SELECT max((SELECT value FROM meta WHERE key = 'next_id'),"
                                   " coalesce((SELECT max(id) FROM tasks), 0) + 1, 1)"))
        || !query.next()) {
        *reason = errorText(query.lastError());
        return isUnusable(query.lastError()) ? Outcome::Unusable : Outcome::Failed;
    }
    m_nextId = query.value(0).toULongLong();
    return Outcome::Ok;
}

void JournalDatabase::disconnect()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool JournalDatabase::moveAside(const QString &reason)
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
        return false;
    }
    // The write-ahead log and its index belong to the old file: a new database must not replay them.
    const QString wal = m_path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::rename(wal, target + QStringLiteral("-wal")))
        QFile::remove(wal);
    QFile::remove(m_path + QStringLiteral("-shm"));
    m_message = tr("The task journal could not be read (%1). It was moved aside to %2 and a new, "
                   "empty journal was started: the tasks recorded in the old one cannot be restored.")
                    .arg(reason, QDir::toNativeSeparators(target));
    return true;
}
