#pragma once

#include "engine/taskjournal.h"
#include "journal/historylimit.h"
#include "journal/journaldatabase.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

class QSqlQuery;
class QVariant;

/**
 * The durable task journal: an SQLite database (Qt SQL, WAL, synchronous=NORMAL) in the per-user
 * data folder. Every accepted task is committed before recordAdded() returns, so it survives a
 * crash or kill -9 of the process; finished tasks are written in bursts (every ~250 ms and on
 * flush()), so a crash can forget that a task finished (it is offered again) but never a task.
 * Running is not recorded: a task that was running when the app died counts as unfinished.
 *
 * Ids stay unique across runs: call TaskQueue::setFirstId(nextId()) before the first task.
 * Tasks accepted before this run and never finished are unfinishedTasks(); restore them with
 * TaskRestorer::restore() (beginRestore() → TaskQueue::enqueue() → endRestore()), or
 * discardUnfinished(); "later" is doing neither. Finished tasks stay as history() until
 * clearHistory().
 *
 * One HelloQueue at a time owns the journal: open() takes an exclusive lock file next to the
 * database (<file>.lock; a lock left by a process that no longer runs is taken over). A second
 * instance gets status() Locked and a translated message() to show, and runs without a journal:
 * every call here then does nothing (recordAdded() accepts) and unfinishedTasks() is empty, so it
 * neither offers nor runs the first instance's tasks, and its own tasks are not kept.
 *
 * A database that cannot be read (not SQLite, corrupt, not our schema) is renamed aside with a
 * timestamp suffix and a fresh one is created; message() says so. Lives on one thread.
 */
class SqliteJournal : public QObject, public TaskJournal
{
    Q_OBJECT
public:
    /** Closed, Open, Locked (another instance runs) or Failed; without Open nothing is kept. */
    using Status = JournalDatabase::Status;

    explicit SqliteJournal(QObject *parent = nullptr);
    ~SqliteJournal() override;

    /** AppDataLocation/queue.sqlite (needs the application's name set first). */
    static QString defaultPath();
    /** How much history to keep: applied at open(), while tasks finish, and at once when open. */
    void setHistoryLimit(const HistoryLimit &limit);
    /** Opens or creates the journal at @p path; true when it works. Then show message(). */
    bool open(const QString &path = defaultPath());
    /** Writes what is pending, closes the database and releases the lock. */
    void close();

    Status status() const { return m_database.status(); }
    bool isOpen() const { return status() == Status::Open; }
    QString path() const { return m_database.path(); }
    /** What to tell the user after open() (translated; empty when there is nothing to say). */
    QString message() const { return m_database.message(); }
    /** The first id this run's queue may use: above every id ever recorded. */
    quint64 nextId() const { return m_nextId; }

    QString recordAdded(const Task *tasks, qsizetype count) override;
    void recordFinished(const Task &task) override;
    void flush() override;

    /** Tasks of earlier runs that never finished, in their original order (state Queued). */
    QList<Task> unfinishedTasks();
    /**
     * Starts restoring @p tasks (from unfinishedTasks()): enqueue them, in this order, on the
     * queue this journal is attached to, then call endRestore(). Each recorded new task whose
     * number matches the next task to restore marks that one restored in the same transaction,
     * so a crash at any moment neither loses nor duplicates a task.
     */
    void beginRestore(const QList<Task> &tasks);
    /** Ends a restore; returns how many were restored. Those not re-enqueued stay unfinished. */
    int endRestore();
    /** Gives up the unfinished tasks of earlier runs (they stay in the history as Cancelled). */
    QString discardUnfinished();
    /** Up to @p limit finished tasks, newest first (Done, Failed, Cancelled). */
    QList<Task> history(int limit);
    /** Forgets finished tasks; unfinished ones and the id sequence stay. */
    QString clearHistory();

signals:
    /** Writing or reading failed after open() (disk full, file removed…). Translated. */
    void errorOccurred(const QString &message);

private:
    struct Statements;
    struct Finished
    {
        quint64 id;
        qint64 startedMs;
        qint64 finishedMs;
        TaskFailure failure;
        qint16 worker;
        TaskState state;
        RunMode mode;
    };
    struct ToRestore
    {
        quint64 id;
        int number;
    };

    bool prepare(QString *reason);
    qint64 directoryId(const QString &directory, QString *reason);
    QHash<qint64, QString> directories(QString *reason) const;
    QList<Task> selectTasks(const QString &condition, const QVariant &value);
    bool tryRecordAdded(const Task *tasks, qsizetype count, size_t *restoreNext, QString *reason);
    bool tryWriteFinished(QString *reason);
    /** After a failed write: a damaged file is replaced (unfinished tasks salvaged); says so. */
    bool replaceIfDamaged();
    bool insertTasks(const Task *tasks, qsizetype count, size_t *restoreNext, QString *reason);
    bool insertRows(QSqlQuery &insert, const Task *tasks, int rows, qint64 now, QString *reason);
    bool markRestored(const Task &task, size_t *restoreNext, QString *reason);
    bool writeFinished(QString *reason);
    bool exec(const QString &sql, QString *reason);
    bool commitOrRollback(bool ok, QString *reason);
    QString readFailed(const QString &reason);

    JournalDatabase m_database;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, qint64> m_directoryIds;
    std::vector<Finished> m_finished;
    std::vector<ToRestore> m_restore;
    size_t m_restoreNext = 0;
    QTimer m_flushTimer;
    quint64 m_nextId = 1;
    quint64 m_runFirstId = 1; ///< tasks below it belong to earlier runs
    HistoryLimit m_historyLimit;
    qint64 m_finishedSincePrune = 0;
    bool m_writeFailing = false;
};
