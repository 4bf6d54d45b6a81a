#pragma once

#include "engine/taskjournal.h"
#include "journal/historylimit.h"
#include "journal/journaldatabase.h"
#include "journal/journalstore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class JournalWorker;

/**
 * The durable task journal: an SQLite database (Qt SQL, WAL, synchronous=FULL) in the per-user
 * data folder. Every accepted task is committed before recordAdded() returns, so it survives a
 * crash, kill -9 or a power cut; finished tasks are written in bursts (every ~250 ms and on
 * flush()), so a crash can forget that a task finished (it is offered again) but never a task.
 * Running is not recorded: a task that was running when the app died counts as unfinished.
 *
 * The SQLite work (JournalStore) runs on a thread of its own (JournalWorker), in the order it
 * was asked for; this object lives on the GUI thread. recordFinished() and flush() only hand
 * over; recordAddedLater() hands over and reports addedRecorded() when the commit is done, so the
 * window waits for no disk. The other calls wait for the journal thread (they are rare: start,
 * restore, history), close() at most CloseWait.
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
 * timestamp suffix and a fresh one is created; message() says so.
 */
class SqliteJournal : public QObject, public TaskJournal
{
    Q_OBJECT
public:
    /** Closed, Open, Locked (another instance runs) or Failed; without Open nothing is kept. */
    using Status = JournalDatabase::Status;

    /**
     * How long close() waits for the journal thread to write what is pending (quit, SIGTERM, a
     * logout). Longer holds a quit on a disk that hangs; shorter loses the last finished states on
     * a slow one (their files still prove them at the next start).
     */
    static constexpr std::chrono::milliseconds CloseWait {5000};

    explicit SqliteJournal(QObject *parent = nullptr);
    ~SqliteJournal() override;

    /** AppDataLocation/queue.sqlite (needs the application's name set first). */
    static QString defaultPath();
    /** How much history to keep: applied at open(), while tasks finish, and at once when open. */
    void setHistoryLimit(const HistoryLimit &limit);
    /** Opens or creates the journal at @p path; true when it works. Then show message(). */
    bool open(const QString &path = defaultPath());
    /**
     * Starts opening the journal at @p path on its thread and returns at once: the caller does
     * other work meanwhile, then open() with the same path waits for it (a console start).
     */
    void openLater(const QString &path = defaultPath());
    /** Writes what is pending (waiting at most CloseWait), closes the database, releases the lock. */
    void close();

    Status status() const;
    bool isOpen() const { return status() == Status::Open; }
    QString path() const;
    /** What to tell the user after open() (translated; empty when there is nothing to say). */
    QString message() const;
    /** The first id this run's queue may use: above every id ever recorded. */
    quint64 nextId() const;

    /**
     * Commits tasks before it returns, on the journal thread; at once when they are the next ones
     * recordAddedLater() already committed (the window's tasks become Queued that way).
     */
    QString recordAdded(const Task *tasks, qsizetype count) override;
    /** True (once) for the batch recordAddedLater() committed first, when it is that one. */
    bool takeRecordedAhead(quint64 firstId, qsizetype count) override;
    void recordFinished(const Task &task) override;
    /** Hands the finished tasks collected so far to the journal thread; does not wait. */
    void flush() override;
    /** flush(), then waits until the journal thread has written everything; false after @p bound. */
    bool waitForWritten(std::chrono::milliseconds bound = CloseWait);

    /**
     * Commits @p accepted (numbered ahead: the ids the queue will give them) on the journal thread
     * and returns at once; addedRecorded() says when it is done, in the order of the calls. The
     * caller then enqueues them, and recordAdded() finds them committed. A batch behind one that
     * failed is refused too, so ids never skip.
     */
    void recordAddedLater(AcceptedNumbers accepted);

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
    /** A recordAddedLater() batch is committed (@p error empty) or refused (translated reason). */
    void addedRecorded(const QString &error);

private:
    /** What the GUI thread may read without waiting for the journal thread. */
    struct Snapshot
    {
        Status status = Status::Closed;
        QString path;
        QString message;
        quint64 nextId = 1;
    };
    /** Ids of a recordAddedLater() batch, until recordAdded() takes them. */
    struct Reservation
    {
        quint64 firstId;
        qsizetype count;
        bool committed;
    };

    /** Runs @p job on the journal thread and waits; then reports the errors it raised. */
    void call(const std::function<void(JournalStore &)> &job);
    /**
     * Runs @p job on the journal thread; returns at once. Then, unless this journal has since
     * abandoned that thread or is gone, takes the snapshot and runs @p then there.
     */
    void post(std::function<void(JournalStore &)> job, std::function<void()> then = {});
    /** A journal thread for m_store, which settles it whenever it is idle (JournalStore::settle()). */
    void startWorker();
    /** The error handler of a store: reaches this journal through @p link. */
    void watchErrors(JournalStore &store);
    /** On the journal thread, after each job: what the getters return. */
    void takeSnapshot(const JournalStore &store);
    void onError(const QString &message);
    void emitErrors();
    void onAddedLater();

    /**
     * What jobs on the journal thread reach of this object. Cut (journal null, under its mutex)
     * when close() abandons a thread stuck on a dead disk: that thread's jobs still run, but they
     * no longer touch this object, which may be destroyed meanwhile.
     */
    struct Link
    {
        std::mutex mutex;
        SqliteJournal *journal = nullptr;
    };

    std::shared_ptr<Link> m_link;
    std::unique_ptr<JournalStore> m_store; ///< used on the journal thread only (logIsLong() aside)
    std::unique_ptr<JournalWorker> m_worker;
    std::vector<FinishedRecord> m_finished; ///< collected on the GUI thread until flush()
    std::deque<Reservation> m_reservations;
    std::optional<QString> m_opening; ///< the path openLater() is opening, until open() takes it
    QTimer m_flushTimer;
    mutable std::mutex m_mutex; ///< guards m_snapshot, m_errors and m_addedResults
    Snapshot m_snapshot;
    QStringList m_errors;
    std::deque<QString> m_addedResults; ///< recordAddedLater() outcomes, oldest first
};
