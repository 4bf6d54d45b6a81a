#include "journal/sqlitejournal.h"

#include "journal/journalworker.h"

#include <QStandardPaths>

namespace {

/**
 * How long finished tasks are collected before one transaction writes them. Few, large commits:
 * on a disk each commit rewrites WAL pages and, with synchronous=FULL, syncs. A crash forgets at
 * most this much of "finished": those tasks are found done by their files at the next start.
 */
constexpr std::chrono::milliseconds FlushInterval {250};
/**
 * Or as soon as this many have finished: a flood then writes them while it runs, in commits still
 * large, instead of leaving up to a quarter of a second of them (tens of thousands of rows in RAM)
 * to write after its last task, while the program waits to end.
 */
constexpr size_t FlushCount = 4096;
/**
 * How long the journal thread has nothing to do before it does what a close would (copies the
 * write-ahead log into the database file, updates the marker): the close of an idle window then
 * syncs nothing. Longer than FlushInterval, so a queue still running tasks does not settle between
 * its bursts.
 */
constexpr std::chrono::milliseconds SettleDelay {500};
} // namespace

SqliteJournal::SqliteJournal(QObject *parent)
    : QObject(parent), m_link(std::make_shared<Link>()), m_store(std::make_unique<JournalStore>())
{
    m_link->journal = this;
    startWorker();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, &SqliteJournal::flush);
}

SqliteJournal::~SqliteJournal()
{
    close();
    m_worker->setIdleJob({}, {}); // nothing may touch the store once it is gone
    // The store's database connection belongs to the journal thread: it goes away there, and the
    // join waits for it (one wait at exit instead of a call and then a join).
    m_worker->post([this] { m_store.reset(); });
    m_worker.reset();
}

QString SqliteJournal::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/queue.sqlite");
}

void SqliteJournal::setHistoryLimit(const HistoryLimit &limit)
{
    flush(); // the tasks finished until now count too
    // Nothing to wait for: every later call runs after it (a start waits for the thread once less).
    post([limit](JournalStore &store) { store.setHistoryLimit(limit); });
}

bool SqliteJournal::open(const QString &path)
{
    if (m_opening == path) {
        m_opening.reset();
        call([](JournalStore &) {}); // waits for the open openLater() handed over
        return isOpen();
    }
    close();
    bool opened = false;
    call([&path, &opened](JournalStore &store) { opened = store.open(path); });
    return opened;
}

void SqliteJournal::openLater(const QString &path)
{
    close();
    m_opening = path;
    post([path](JournalStore &store) { store.open(path); });
}

void SqliteJournal::close()
{
    m_opening.reset();
    // Nothing opened, nothing opening: no reason to wake the journal thread (a start, which
    // closes before it opens).
    if (status() == Status::Closed && m_finished.empty() && m_reservations.empty() && m_worker->isIdle())
        return;
    flush();
    m_reservations.clear();
    post([](JournalStore &store) { store.close(); });
    if (m_worker->waitForIdle(CloseWait))
        return;
    // The disk does not answer: its thread is left alone with its store (the process is most
    // likely ending), and a fresh pair serves whatever comes next.
    m_worker.release()->abandon();
    {
        // Its jobs go on, with their store: from now on without this object.
        const std::lock_guard cut(m_link->mutex);
        m_link->journal = nullptr;
    }
    (void)m_store.release();
    m_link = std::make_shared<Link>();
    m_link->journal = this;
    m_store = std::make_unique<JournalStore>();
    startWorker();
    const std::lock_guard lock(m_mutex);
    m_snapshot = Snapshot();
}

SqliteJournal::Status SqliteJournal::status() const
{
    const std::lock_guard lock(m_mutex);
    return m_snapshot.status;
}

QString SqliteJournal::path() const
{
    const std::lock_guard lock(m_mutex);
    return m_snapshot.path;
}

QString SqliteJournal::message() const
{
    const std::lock_guard lock(m_mutex);
    return m_snapshot.message;
}

quint64 SqliteJournal::nextId() const
{
    const std::lock_guard lock(m_mutex);
    return m_snapshot.nextId;
}

bool SqliteJournal::takeRecordedAhead(quint64 firstId, qsizetype count)
{
    if (m_reservations.empty())
        return false;
    const Reservation head = m_reservations.front();
    if (!head.committed || firstId != head.firstId || count != head.count)
        return false;
    m_reservations.pop_front();
    return true;
}

QString SqliteJournal::recordAdded(const Task *tasks, qsizetype count)
{
    if (count <= 0)
        return {};
    if (!m_reservations.empty()) {
        if (takeRecordedAhead(tasks[0].id, count))
            return {};
        // Their ids are promised to the numbers being recorded: another batch would take them.
        return tr("Numbers entered a moment ago are still being recorded; try again in a moment.");
    }
    QString error;
    call([tasks, count, &error](JournalStore &store) { error = store.recordAdded(tasks, count); });
    return error;
}

void SqliteJournal::recordAddedLater(AcceptedNumbers accepted)
{
    if (accepted.numbers.isEmpty())
        return;
    m_reservations.push_back({accepted.firstId, accepted.numbers.size(), false});
    auto error = std::make_shared<QString>();
    post([error, accepted = std::move(accepted)](
             JournalStore &store) { *error = store.recordAddedInSequence(accepted); },
        [this, error] {
            {
                const std::lock_guard lock(m_mutex);
                m_addedResults.push_back(*error);
            }
            // The result crosses under m_mutex, not inside the queued call: a functor carrying it
            // would be handed over through Qt's locks alone, which ThreadSanitizer cannot see.
            QMetaObject::invokeMethod(this, &SqliteJournal::onAddedLater, Qt::QueuedConnection);
        });
}

void SqliteJournal::onAddedLater()
{
    QString error;
    {
        // One queued call per result, in order: this takes the oldest.
        const std::lock_guard lock(m_mutex);
        if (m_addedResults.empty())
            return;
        error = std::move(m_addedResults.front());
        m_addedResults.pop_front();
    }
    emitErrors(); // what the journal said on the way (a damaged file replaced) comes first
    const auto pending = std::find_if(m_reservations.begin(), m_reservations.end(),
        [](const Reservation &reservation) { return !reservation.committed; });
    if (pending != m_reservations.end()) {
        if (error.isEmpty())
            pending->committed = true;
        else
            m_reservations.erase(pending);
    }
    emit addedRecorded(error);
}

void SqliteJournal::recordFinished(const Task &task)
{
    if (!isOpen())
        return;
    m_finished.push_back(
        {task.id, task.startedMs, task.finishedMs, task.failure, task.worker, task.state, task.mode});
    if (m_finished.size() >= FlushCount)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SqliteJournal::flush()
{
    m_flushTimer.stop();
    if (m_finished.empty())
        return;
    post([finished = std::move(m_finished)](
             JournalStore &store) mutable { store.recordFinished(std::move(finished)); });
    m_finished.clear();
}

bool SqliteJournal::waitForWritten(std::chrono::milliseconds bound)
{
    flush();
    return m_worker->waitForIdle(bound);
}

QList<Task> SqliteJournal::unfinishedTasks()
{
    QList<Task> tasks;
    call([&tasks](JournalStore &store) { tasks = store.unfinishedTasks(); });
    return tasks;
}

void SqliteJournal::beginRestore(const QList<Task> &tasks)
{
    call([&tasks](JournalStore &store) { store.beginRestore(tasks); });
}

int SqliteJournal::endRestore()
{
    int restored = 0;
    call([&restored](JournalStore &store) { restored = store.endRestore(); });
    return restored;
}

QString SqliteJournal::discardUnfinished()
{
    QString error;
    call([&error](JournalStore &store) { error = store.discardUnfinished(); });
    return error;
}

QList<Task> SqliteJournal::history(int limit)
{
    flush();
    QList<Task> tasks;
    call([limit, &tasks](JournalStore &store) { tasks = store.history(limit); });
    return tasks;
}

QString SqliteJournal::clearHistory()
{
    flush();
    QString error;
    call([&error](JournalStore &store) { error = store.clearHistory(); });
    return error;
}

void SqliteJournal::call(const std::function<void(JournalStore &)> &job)
{
    m_worker->call([this, &job, store = m_store.get()] {
        job(*store);
        takeSnapshot(*store);
    });
    emitErrors(); // in order with the call, as when the journal ran on this thread
    if (m_store->logIsLong()) // one more wake-up of the journal thread only then: a flood of calls
        post([](JournalStore &store) { store.checkpointIfLong(); }, {}); // after the caller goes on
}

void SqliteJournal::post(std::function<void(JournalStore &)> job, std::function<void()> then)
{
    // The store and the link are named now: after an abandon() the jobs still queued keep to the
    // old store, and no longer reach this object.
    m_worker->post(
        [link = m_link, job = std::move(job), then = std::move(then), store = m_store.get()]() mutable {
            job(*store);
            {
                const std::lock_guard guard(link->mutex);
                if (!link->journal)
                    return;
                link->journal->takeSnapshot(*store);
                if (then)
                    then();
            }
            store->checkpointIfLong(); // once the result is on its way
        });
}

void SqliteJournal::startWorker()
{
    // Set before the thread first touches the store: the thread's start orders the two.
    watchErrors(*m_store);
    m_worker = std::make_unique<JournalWorker>();
    m_worker->setIdleJob(SettleDelay, [link = m_link, store = m_store.get()] {
        store->settle();
        const std::lock_guard guard(link->mutex);
        if (link->journal)
            link->journal->takeSnapshot(*store);
    });
}

void SqliteJournal::watchErrors(JournalStore &store)
{
    store.setErrorHandler([link = m_link](const QString &message) {
        const std::lock_guard guard(link->mutex);
        if (link->journal)
            link->journal->onError(message);
    });
}

void SqliteJournal::takeSnapshot(const JournalStore &store)
{
    Snapshot snapshot {store.status(), store.path(), store.message(), store.nextId()};
    const std::lock_guard lock(m_mutex);
    m_snapshot = std::move(snapshot);
}

void SqliteJournal::onError(const QString &message)
{
    const std::lock_guard lock(m_mutex);
    m_errors.append(message);
    if (m_errors.size() == 1)
        QMetaObject::invokeMethod(this, &SqliteJournal::emitErrors, Qt::QueuedConnection);
}

void SqliteJournal::emitErrors()
{
    QStringList errors;
    {
        const std::lock_guard lock(m_mutex);
        errors.swap(m_errors);
    }
    for (const QString &error : std::as_const(errors))
        emit errorOccurred(error);
}
