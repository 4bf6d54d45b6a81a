#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

/**
 * One prepared statement on the SQLite connection behind a QSqlDatabase, through SQLite's own API:
 * for the journal's hot paths (a row per task), where Qt's QVariant binding cost more than SQLite's
 * work. Finalized when destroyed, which must happen before the connection is closed.
 */
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /** The sqlite3 handle of an open QSQLITE connection (null for any other driver). */
    static sqlite3 *handle(const QSqlDatabase &db);

    bool prepare(sqlite3 *db, const char *sql, QString *reason);
    bool isPrepared() const { return m_statement != nullptr; }

    /** Parameters count from 1, as in SQLite. */
    void bind(int index, qint64 value);
    void bindNull(int index);
    void bind(int index, const QString &text); ///< a null text binds NULL
    void bindBlob(int index, const void *data, int bytes);

    /** Runs a statement that returns no rows and resets it; false (and why) when it failed. */
    bool run(QString *reason);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
