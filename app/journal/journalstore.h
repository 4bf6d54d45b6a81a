#pragma once

#include "engine/taskjournal.h"
#include "journal/acceptednumbers.h"
#include "journal/addedbatch.h"
#include "journal/historylimit.h"
#include "journal/journaldatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QSqlQuery;
class QVariant;
struct sqlite3;

/** A finished task as the journal stores it: what recordFinished() hands to the journal thread. */
struct FinishedRecord
{
    quint64 id;
    qint64 startedMs;
    qint64 finishedMs;
    TaskFailure failure;
    qint16 worker;
    TaskState state;
    RunMode mode;
};

/**
 * The SQLite work behind SqliteJournal (WAL): the database, its statements and the bursts of
 * finished tasks. Not thread-safe: SqliteJournal creates, uses and destroys it on its journal
 * thread only, so no commit or disk sync runs on the thread that paints the window. The API
 * mirrors SqliteJournal's; see there. Translated with SqliteJournal's context (the user sees
 * SqliteJournal's messages).
 */
class JournalStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteJournal)
public:
    using Status = JournalDatabase::Status;

    JournalStore();
    ~JournalStore();
    JournalStore(const JournalStore &) = delete;
    JournalStore &operator=(const JournalStore &) = delete;

    /** Called on the journal thread with every problem found after open() (translated). */
    void setErrorHandler(std::function<void(const QString &)> handler) { m_onError = std::move(handler); }
    void setHistoryLimit(const HistoryLimit &limit);
    bool open(const QString &path);
    void close();

    Status status() const { return m_database.status(); }
    bool isOpen() const { return status() == Status::Open; }
    QString path() const { return m_database.path(); }
    QString message() const { return m_database.message(); }
    quint64 nextId() const { return m_nextId; }

    QString recordAdded(const Task *tasks, qsizetype count);
    /**
     * Like recordAdded(), for numbers given ids ahead by the caller: refused (nothing recorded)
     * unless they follow the last recorded task, so a batch behind one that failed is never recorded.
     */
    QString recordAddedInSequence(const AcceptedNumbers &accepted);
    /** Adds finished tasks to the burst and writes it; kept for the next burst when it fails. */
    void recordFinished(std::vector<FinishedRecord> finished);
    void flush();

    QList<Task> unfinishedTasks();
    void beginRestore(const QList<Task> &tasks);
    int endRestore();
    QString discardUnfinished();
    QList<Task> history(int limit);
    QString clearHistory();

    /**
     * Copies the write-ahead log into the database file once it holds WalCheckpointFrames pages or
     * more. SQLite would do it inside the commit that grew the log, before the caller hears the
     * commit is done; the journal thread calls this after it has handed the result over.
     */
    void checkpointIfLong();
    /** Whether checkpointIfLong() has work: safe from any thread. */
    bool logIsLong() const;
    /**
     * What a close would do, done while the journal is idle, so that the close of an idle window
     * writes and syncs nothing (a busy or slow disk holds a close for every sync): the finished
     * tasks still held, the write-ahead log copied into the database file, the marker up to date.
     */
    void settle();

private:
    struct Statements;
    struct ToRestore
    {
        quint64 id;
        int number;
    };

    void reportError(const QString &message);
    /** Copies the write-ahead log into the database file (passive: waits for nobody). */
    void checkpoint();
    bool prepare(QString *reason);
    static int onWalCommit(void *store, sqlite3 *db, const char *name, int frames);
    /** Gives the tasks of the batches stored at an earlier exit their rows, and drops the batches. */
    bool expandStoredBatches(QString *reason);
    /** Inserts the queued rows of @p batch's ids from expandedTo() up to @p end. */
    bool expandTo(AddedBatch &batch, quint64 end, QString *reason);
    /** The batch holding @p id when that task has no row yet; null otherwise. */
    AddedBatch *unexpandedBatch(quint64 id);
    qint64 directoryId(const QString &directory, QString *reason);
    QHash<qint64, QString> directories(QString *reason) const;
    QList<Task> selectTasks(const QString &condition, const QVariant &value);
    bool tryRecordAdded(const Task *tasks, qsizetype count, std::vector<AddedBatch> *batches,
        size_t *restoreNext, QString *reason);
    bool tryRecordNumbers(const AcceptedNumbers &accepted, QString *reason);
    /** Inserts @p batch's `added` row. */
    bool insertBatch(const AddedBatch &batch, QString *reason);
    /** After a commit: more tasks are recorded, up to @p nextId. */
    void recorded(std::vector<AddedBatch> batches, quint64 nextId);
    QString notRecorded(const QString &reason) const;
    bool raiseNextId(quint64 nextId, QString *reason);
    bool tryWriteFinished(QString *reason);
    /** Writes the finished tasks collected so far; false when there were none or it failed. */
    bool writeFinishedNow();
    /**
     * When more than @p bound finished tasks may lie beyond the history's limit
     * (m_finishedSincePrune), counts them, and prunes down to the limit if more than @p slack do.
     */
    void pruneWhenBeyond(qint64 bound, qint64 slack);
    /** After a failed write: a damaged file is replaced (unfinished tasks salvaged); says so. */
    bool replaceIfDamaged();
    /** As `added` rows (appended to @p batches) where they fit, else a row each. */
    bool insertTasks(const Task *tasks, qsizetype count, std::vector<AddedBatch> *batches,
        size_t *restoreNext, QString *reason);
    bool markRestored(const Task &task, size_t *restoreNext, QString *reason);
    bool writeFinished(QString *reason);
    /** Stores how far each batch has rows; drops the batches that have them all. */
    bool writeBatchProgress(QString *reason);
    bool exec(const QString &sql, QString *reason);
    bool commitOrRollback(bool ok, QString *reason);
    QString readFailed(const QString &reason);

    JournalDatabase m_database;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, qint64> m_directoryIds;
    std::vector<FinishedRecord> m_finished;
    std::vector<AddedBatch> m_batches; ///< recorded in this run, some of their tasks still without a row
    std::vector<ToRestore> m_restore;
    size_t m_restoreNext = 0;
    std::function<void(const QString &)> m_onError;
    quint64 m_nextId = 1;
    quint64 m_runFirstId = 1; ///< tasks below it belong to earlier runs
    HistoryLimit m_historyLimit;
    qint64 m_finishedSincePrune = 0; ///< finished tasks that may lie beyond the history's limit
    std::atomic<int> m_walFrames {0}; ///< pages in the write-ahead log after the last commit
    bool m_writeFailing = false;
};
