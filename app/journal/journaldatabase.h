#pragma once

#include "journal/journalmarker.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class JournalLock;
class QSqlError;

/**
 * Opens the SQLite file behind SqliteJournal: takes the lock that keeps a second HelloQueue out,
 * moves an unreadable file aside, sets WAL mode and creates the schema. Its own connection name,
 * removed again on close().
 *
 * Tables: tasks (a row per accepted task, id = TaskQueue's id; state is a TaskState, 16 when a
 * restored copy replaced it, 17 when it was given up at a start), added (tasks accepted together,
 * their numbers in one blob, given rows as they finish: AddedBatch), directories (output folders,
 * each stored once) and meta (next_id, so ids stay unique after the history is cleared).
 */
class JournalDatabase
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(JournalDatabase)
public:
    enum class Status {
        Closed, ///< not opened yet, or closed
        Open, ///< working (message() may still report a file moved aside)
        Locked, ///< another running instance holds the lock
        Failed ///< could not open or create the database
    };
    Q_ENUM(Status)

    static constexpr int RestoredState = 16;
    static constexpr int DiscardedState = 17;

    JournalDatabase();
    ~JournalDatabase();
    JournalDatabase(const JournalDatabase &) = delete;
    JournalDatabase &operator=(const JournalDatabase &) = delete;

    /** Locks and opens (or creates) the database at @p path. */
    Status open(const QString &path);
    /** Closes the connection (no QSqlQuery on it may remain) and releases the lock. */
    void close();
    /** Gives up an open database, e.g. when its statements cannot be prepared. */
    void fail(const QString &reason);

    Status status() const { return m_status; }
    /** Translated; empty when there is nothing to tell the user. */
    QString message() const { return m_message; }
    QString path() const { return m_path; }
    QString nativePath() const;
    QSqlDatabase &database() { return m_db; }
    const QSqlDatabase &database() const { return m_db; }
    /** Above every id recorded so far, read at open(). */
    quint64 nextId() const { return m_nextId; }

    /** SQLite's own words when it has some, else Qt's. */
    static QString errorText(const QSqlError &error);
    /** Deletes the output folders no task and no batch refers to any more. */
    static QString deleteUnusedDirectoriesSql();
    /** A system error in the user's words (ENOSPC: "the disk is full"). Translated. */
    static QString errorCause(int error);

    /**
     * Updates the marker beside the journal (JournalMarker) after a commit: the id above every
     * recorded task, and whether unfinished tasks are left.
     */
    void writeMarker(quint64 nextId, bool unfinished);
    /** What PRAGMA quick_check finds wrong with the open file; empty when it is sound. */
    QString damage();
    /**
     * Replaces the open, damaged file by a fresh one holding what could be salvaged of its
     * unfinished tasks (no query may remain on database()); message() says what happened.
     * False (and Failed) when no fresh journal could be started.
     */
    bool replaceDamaged(const QString &damage);
    /** Whether the journal holds unfinished tasks (true when it cannot tell). */
    bool hasUnfinished();

private:
    enum class Outcome { Ok, Unusable, Failed, Newer };

    bool lock();
    Outcome connect(QString *reason);
    void keepLogFiles();
    Outcome createSchema(QString *reason);
    Outcome readNextId(QString *reason);
    void disconnect();
    /** Moves the damaged file aside; returns where to, or empty (then message() says why). */
    QString moveAside(const QString &reason);
    Outcome replaceDamaged(const QString &damage, QString *reason);
    void checkMarker(const JournalMarker &marker);
    /** At a clean close: the marker stamps the file (JournalMarker::stampFile) when it can. */
    void stampMarker();
    QString writeProblem(const QString &folder);
    void setFailed(Outcome outcome, const QString &reason);

    QString m_path;
    QString m_connection;
    QString m_message;
    QSqlDatabase m_db;
    std::unique_ptr<JournalLock> m_lock;
    JournalMarker m_marker; ///< what the marker file says, as read at open() or last written
    bool m_checkWhole = true; ///< PRAGMA quick_check at open: the file is not as last stamped
    quint64 m_nextId = 1;
    qint64 m_journalId = 0;
    Status m_status = Status::Closed;
};
