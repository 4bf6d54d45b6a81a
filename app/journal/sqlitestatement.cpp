#include "journal/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    // Qt's documented way to reach the driver's own handle (QSqlDriver::handle()).
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql, QString *reason)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    if (!db) {
        *reason = QStringLiteral("no SQLite connection");
        return false;
    }
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) == SQLITE_OK)
        return true;
    *reason = QString::fromUtf8(sqlite3_errmsg(db));
    m_statement = nullptr;
    return false;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const void *data, int bytes)
{
    // SQLite copies it: the caller's buffer may go before the statement runs.
    sqlite3_bind_blob(m_statement, index, bytes > 0 ? data : "", bytes, SQLITE_TRANSIENT);
}

bool SqliteStatement::run(QString *reason)
{
    int result = sqlite3_step(m_statement);
    while (result == SQLITE_ROW)
        result = sqlite3_step(m_statement);
    const bool ok = result == SQLITE_DONE;
    if (!ok)
        *reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return ok;
}
