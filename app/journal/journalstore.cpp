#include "journal/journalstore.h"

#include "journal/addedbatch.h"
#include "journal/sqlitestatement.h"
#include "journal/taskfilecheck.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace {

constexpr int RestoredState = JournalDatabase::RestoredState;
constexpr int DiscardedState = JournalDatabase::DiscardedState;
/**
 * Tasks accepted together are recorded as `added` rows (AddedBatch) of up to BatchSize tasks: a
 * blob of 2 KiB fits a page, so a damaged page costs a few hundred tasks, as a page of rows would,
 * not a whole paste.
 */
constexpr qsizetype BatchSize = 512;
/** SQLite's own default for its automatic checkpoint, which this journal does itself, later. */
constexpr int WalCheckpointFrames = 1000;
/** Finished tasks recorded between two prunings of the history while running. */
constexpr qint64 PruneEvery = 10000;
/**
 * The most finished tasks a start or an exit leaves beyond the history's limit: those go while
 * tasks run, on this thread beside them, where a start or an exit is waited for (a prune of a
 * full history's 10 000 oldest cost a start, or an exit, a few ms and two syncs). A fifth of the
 * limit, at most two prunes' worth.
 */
qint64 idleSlack(const HistoryLimit &limit)
{
    return std::min<qint64>(limit.maximumTasks / 5, 2 * PruneEvery);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString errorText(const QSqlError &error)
{
    return JournalDatabase::errorText(error);
}

/** The six values of an accepted task, at @p first: id, number, duration, folder, creation, work. */
void bindAccepted(SqliteStatement &statement, int first, quint64 id, int number, qint64 durationMs,
    qint64 directoryId, qint64 createdMs, int work)
{
    statement.bind(first, qint64(id));
    statement.bind(first + 1, number);
    statement.bind(first + 2, durationMs);
    statement.bind(first + 3, directoryId);
    statement.bind(first + 4, createdMs);
    statement.bind(first + 5, work);
}

/** The nine values of a task's end, at @p first: state, start, end, worker, mode and the failure. */
void bindFinished(SqliteStatement &statement, int first, const FinishedRecord &task)
{
    const auto bindUnless = [&statement](int index, bool isNull, qint64 value) {
        if (isNull)
            statement.bindNull(index);
        else
            statement.bind(index, value);
    };
    const TaskFailure &failure = task.failure;
    const bool none = failure.isNone();
    statement.bind(first, int(task.state));
    bindUnless(first + 1, task.startedMs == 0, task.startedMs);
    statement.bind(first + 2, task.finishedMs);
    bindUnless(first + 3, task.worker < 0, task.worker);
    bindUnless(first + 4, task.startedMs == 0, int(task.mode));
    // A failure as data: kind, code, path, detail.
    bindUnless(first + 5, none, int(failure.kind()));
    bindUnless(first + 6, none || failure.code() == 0, failure.code());
    statement.bind(first + 7, failure.path().isEmpty() ? QString() : failure.path());
    statement.bind(first + 8, failure.detail().isEmpty() ? QString() : failure.detail());
}

} // namespace

/** The statements every burst uses, prepared once; the hot ones through SQLite's own API. */
struct JournalStore::Statements
{
    explicit Statements(const QSqlDatabase &db) : markRestored(db), insertDirectory(db), selectDirectory(db)
    { }
    SqliteStatement insertTask; ///< a queued row
    SqliteStatement insertFinished; ///< a finished row of a task still only in its batch
    SqliteStatement finishTask; ///< a run of consecutive ids that ended alike
    SqliteStatement insertBatch;
    SqliteStatement setExpanded;
    SqliteStatement deleteBatch;
    SqliteStatement raiseNextId;
    QSqlQuery markRestored;
    QSqlQuery insertDirectory;
    QSqlQuery selectDirectory;
};

JournalStore::JournalStore() = default;

JournalStore::~JournalStore()
{
    close();
}

bool JournalStore::open(const QString &path)
{
    close();
    if (m_database.open(path) != Status::Open)
        return false;
    QString reason;
    if (!prepare(&reason)) {
        m_statements.reset();
        m_database.fail(reason);
        return false;
    }
    // Everything else reads unfinished tasks from their rows: the batches a crash or a quit left.
    if (!expandStoredBatches(&reason)) {
        m_statements.reset();
        m_database.fail(reason);
        return false;
    }
    m_nextId = m_runFirstId = m_database.nextId();
    // Tasks whose end a crash kept from being recorded are not offered (and run) again. When the
    // check cannot read, those tasks are simply offered: nothing is lost.
    TaskFileCheck::markWrittenDone(m_database.database(), &reason);
    // A start is the moment to give space back: nothing runs yet. Failing here keeps history.
    qint64 beyond = 0;
    if (m_historyLimit.prune(m_database.database(), nowMs(), &reason, HistoryLimit::Age::WhenDue,
            idleSlack(m_historyLimit), &beyond))
        HistoryLimit::compact(m_database.database());
    m_finishedSincePrune = beyond; // they go at the first prune while tasks run
    return true;
}

void JournalStore::setHistoryLimit(const HistoryLimit &limit)
{
    m_historyLimit = limit;
    if (!isOpen())
        return;
    flush(); // the tasks finished until now count too
    QString reason; // when pruning fails the history is kept: nothing is lost
    if (m_historyLimit.prune(m_database.database(), nowMs(), &reason, HistoryLimit::Age::Now))
        m_finishedSincePrune = 0;
}

void JournalStore::close()
{
    if (isOpen()) {
        writeFinishedNow();
        pruneWhenBeyond(idleSlack(m_historyLimit), idleSlack(m_historyLimit));
        m_database.writeMarker(m_nextId, m_database.hasUnfinished());
    }
    m_statements.reset(); // no query may outlive the connection
    m_database.close();
    m_directoryIds.clear();
    m_finished.clear();
    m_batches.clear();
    m_restore.clear();
    m_restoreNext = 0;
    m_writeFailing = false;
}

int JournalStore::onWalCommit(void *store, sqlite3 *, const char *, int frames)
{
    static_cast<JournalStore *>(store)->m_walFrames = frames;
    return SQLITE_OK;
}

bool JournalStore::logIsLong() const
{
    return m_walFrames >= WalCheckpointFrames;
}

void JournalStore::checkpointIfLong()
{
    if (logIsLong() && isOpen())
        checkpoint();
}

void JournalStore::checkpoint()
{
    sqlite3 *db = SqliteStatement::handle(m_database.database());
    // Passive: it waits for no reader and no writer. Until it succeeds the log only grows; what it
    // holds is as safe as the database file.
    if (db
        && sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
        m_walFrames = 0;
}

void JournalStore::settle()
{
    if (!isOpen())
        return;
    flush(); // a burst that failed is tried again
    if (m_walFrames > 0)
        checkpoint();
    m_database.writeMarker(m_nextId, m_database.hasUnfinished());
}

bool JournalStore::prepare(QString *reason)
{
    m_statements = std::make_unique<Statements>(m_database.database());
    Statements &s = *m_statements;
    sqlite3 *db = SqliteStatement::handle(m_database.database());
    // This replaces SQLite's automatic checkpoint, which ran inside the commit of a paste (copying
    // its 4 MB into the database file and syncing it) before the window heard it was recorded.
    if (db)
        sqlite3_wal_hook(db, &JournalStore::onWalCommit, this);
    const std::pair<SqliteStatement *, const char *> own[] = {
        {&s.insertTask,
            "INSERT INTO tasks(id, number, duration_ms, directory_id, created_ms, work, state)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)"},
        {&s.insertFinished,
            "INSERT INTO tasks(state, started_ms, finished_ms, worker, mode, error_kind, error_code,"
            " error_path, error, id, number, duration_ms, directory_id, created_ms, work)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"},
        {&s.finishTask,
            "UPDATE tasks SET state = ?1, started_ms = ?2, finished_ms = ?3, worker = ?4, mode = ?5,"
            " error_kind = ?6, error_code = ?7, error_path = ?8, error = ?9 WHERE id BETWEEN ?10 AND ?11"},
        {&s.insertBatch,
            "INSERT INTO added(first_id, numbers, second_ms, directory_id, created_ms, work, expanded_to)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?1)"},
        {&s.setExpanded, "UPDATE added SET expanded_to = ?1 WHERE first_id = ?2"},
        {&s.deleteBatch, "DELETE FROM added WHERE first_id = ?1"},
        {&s.raiseNextId, "UPDATE meta SET value = max(value, ?1) WHERE key = 'next_id'"},
    };
    for (const auto &[statement, sql] : own) {
        if (!statement->prepare(db, sql, reason))
            return false;
    }
    const std::pair<QSqlQuery *, QString> queries[] = {
        {&s.markRestored,
            QStringLiteral("UPDATE tasks SET state = %1, finished_ms = ? WHERE id = ? AND state = 0")
                .arg(RestoredState)},
        {&s.insertDirectory, QStringLiteral("INSERT OR IGNORE INTO directories(path) VALUES (?)")},
        {&s.selectDirectory, QStringLiteral("SELECT id FROM directories WHERE path = ?")},
    };
    for (const auto &[query, sql] : queries) {
        if (!query->prepare(sql)) {
            *reason = errorText(query->lastError());
            return false;
        }
    }
    return true;
}

bool JournalStore::expandStoredBatches(QString *reason)
{
    QSqlQuery query(m_database.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM added ORDER BY first_id").arg(AddedBatch::storedColumns()))) {
        *reason = errorText(query.lastError());
        return false;
    }
    std::vector<AddedBatch> stored;
    while (query.next()) {
        if (std::optional<AddedBatch> batch = AddedBatch::fromRow(query))
            stored.push_back(std::move(*batch));
    }
    query.finish();
    if (stored.empty())
        return true;
    bool ok = m_database.database().transaction();
    for (AddedBatch &batch : stored) {
        ok = ok && expandTo(batch, batch.end(), reason);
        m_statements->deleteBatch.bind(1, qint64(batch.firstId()));
        ok = ok && m_statements->deleteBatch.run(reason);
    }
    return commitOrRollback(ok, reason);
}

bool JournalStore::expandTo(AddedBatch &batch, quint64 end, QString *reason)
{
    SqliteStatement &insert = m_statements->insertTask;
    for (quint64 id = batch.expandedTo(); id < end; ++id) {
        bindAccepted(insert, 1, id, batch.number(id), batch.durationMs(id), batch.directoryId(),
            batch.createdMs(), batch.work());
        if (!insert.run(reason))
            return false;
    }
    batch.setExpandedTo(std::max(batch.expandedTo(), end));
    return true;
}

AddedBatch *JournalStore::unexpandedBatch(quint64 id)
{
    // In id order: they are recorded so. A paste of a million tasks is two thousand of them.
    const auto after = std::upper_bound(m_batches.begin(), m_batches.end(), id,
        [](quint64 value, const AddedBatch &batch) { return value < batch.firstId(); });
    if (after == m_batches.begin())
        return nullptr;
    AddedBatch &batch = *std::prev(after);
    return batch.contains(id) && id >= batch.expandedTo() ? &batch : nullptr;
}

QString JournalStore::recordAdded(const Task *tasks, qsizetype count)
{
    if (!isOpen() || count <= 0)
        return {};
    QString reason;
    size_t restoreNext = m_restoreNext;
    std::vector<AddedBatch> batches;
    bool ok = tryRecordAdded(tasks, count, &batches, &restoreNext, &reason);
    if (!ok && replaceIfDamaged()) {
        reason.clear();
        restoreNext = m_restoreNext;
        batches.clear();
        ok = tryRecordAdded(tasks, count, &batches, &restoreNext, &reason);
    }
    if (!ok)
        return notRecorded(reason);
    m_restoreNext = restoreNext;
    quint64 nextId = m_nextId;
    for (qsizetype i = 0; i < count; ++i)
        nextId = std::max(nextId, tasks[i].id + 1);
    recorded(std::move(batches), nextId);
    return {};
}

QString JournalStore::recordAddedInSequence(const AcceptedNumbers &accepted)
{
    if (!isOpen() || accepted.numbers.isEmpty())
        return {};
    if (accepted.firstId != m_nextId)
        return notRecorded(tr("the numbers added just before them were not recorded"));
    if (m_restoreNext < m_restore.size()) { // a restore marks earlier copies task by task
        const std::vector<Task> tasks = accepted.toTasks();
        return recordAdded(tasks.data(), qsizetype(tasks.size()));
    }
    QString reason;
    bool ok = tryRecordNumbers(accepted, &reason);
    if (!ok && replaceIfDamaged()) {
        reason.clear();
        ok = tryRecordNumbers(accepted, &reason);
    }
    return ok ? QString() : notRecorded(reason);
}

QString JournalStore::notRecorded(const QString &reason) const
{
    return tr("The tasks could not be recorded in the task journal %1, so they were not added: %2")
        .arg(m_database.nativePath(), reason);
}

void JournalStore::recorded(std::vector<AddedBatch> batches, quint64 nextId)
{
    if (!batches.empty()) {
        m_batches.insert(m_batches.end(), std::make_move_iterator(batches.begin()),
            std::make_move_iterator(batches.end()));
        const auto byId = [](const AddedBatch &a, const AddedBatch &b) { return a.firstId() < b.firstId(); };
        if (!std::is_sorted(m_batches.begin(), m_batches.end(), byId))
            std::sort(m_batches.begin(), m_batches.end(), byId); // unexpandedBatch() searches them
    }
    m_nextId = std::max(m_nextId, nextId);
    m_database.writeMarker(m_nextId, true);
}

bool JournalStore::tryRecordAdded(const Task *tasks, qsizetype count, std::vector<AddedBatch> *batches,
    size_t *restoreNext, QString *reason)
{
    const bool ok
        = m_database.database().transaction() && insertTasks(tasks, count, batches, restoreNext, reason);
    if (commitOrRollback(ok, reason))
        return true;
    m_directoryIds.clear(); // rows added in the rolled-back transaction are gone
    return false;
}

bool JournalStore::tryRecordNumbers(const AcceptedNumbers &accepted, QString *reason)
{
    const qsizetype count = accepted.numbers.size();
    const quint64 nextId = accepted.firstId + quint64(count);
    std::vector<AddedBatch> batches;
    bool ok = m_database.database().transaction();
    const qint64 directory = ok ? directoryId(accepted.outputDirectory, reason) : -1;
    ok = ok && directory >= 0;
    const qint64 now = nowMs();
    for (qsizetype done = 0; ok && done < count; done += BatchSize) {
        batches.push_back(AddedBatch::fromNumbers(accepted.firstId + quint64(done),
            accepted.numbers.constData() + done, std::min(BatchSize, count - done),
            accepted.secondLength.count(), directory, now, int(accepted.work)));
        ok = insertBatch(batches.back(), reason);
    }
    ok = ok && raiseNextId(nextId, reason);
    if (!commitOrRollback(ok, reason)) {
        m_directoryIds.clear(); // rows added in the rolled-back transaction are gone
        return false;
    }
    recorded(std::move(batches), nextId);
    return true;
}

bool JournalStore::insertBatch(const AddedBatch &batch, QString *reason)
{
    const QByteArray numbers = batch.numbersBlob();
    SqliteStatement &insert = m_statements->insertBatch;
    insert.bind(1, qint64(batch.firstId()));
    insert.bindBlob(2, numbers.constData(), int(numbers.size()));
    insert.bind(3, batch.secondMs());
    insert.bind(4, batch.directoryId());
    insert.bind(5, batch.createdMs());
    insert.bind(6, batch.work());
    return insert.run(reason);
}

bool JournalStore::raiseNextId(quint64 nextId, QString *reason)
{
    m_statements->raiseNextId.bind(1, qint64(nextId));
    return m_statements->raiseNextId.run(reason);
}

bool JournalStore::replaceIfDamaged()
{
    const QString damage = m_database.damage();
    if (damage.isEmpty())
        return false; // a full disk, a removed folder…: the error says so
    m_statements.reset(); // no query may outlive the connection
    m_directoryIds.clear();
    m_batches.clear(); // the fresh file holds their unfinished tasks as rows (salvaged)
    QString reason;
    const bool replaced = m_database.replaceDamaged(damage) && prepare(&reason);
    if (!replaced && !reason.isEmpty()) {
        m_statements.reset();
        m_database.fail(reason);
    }
    reportError(m_database.message());
    return replaced;
}

bool JournalStore::insertTasks(const Task *tasks, qsizetype count, std::vector<AddedBatch> *batches,
    size_t *restoreNext, QString *reason)
{
    const qint64 now = nowMs();
    // A restore marks the earlier copies task by task; anything else large goes in as batch rows.
    const bool restoring = *restoreNext < m_restore.size();
    for (qsizetype done = 0; done < count;) {
        const qsizetype size = std::min(BatchSize, count - done);
        const Task *chunk = tasks + done;
        const qint64 directory = directoryId(chunk[0].outputDirectory, reason);
        if (directory < 0)
            return false;
        std::optional<AddedBatch> batch;
        if (!restoring)
            batch = AddedBatch::fromTasks(chunk, size, directory, now);
        if (batch) {
            if (!insertBatch(*batch, reason))
                return false;
            batches->push_back(std::move(*batch));
            done += size;
            continue;
        }
        for (const Task *task = chunk; task != chunk + size; ++task) {
            const qint64 taskDirectory
                = task == chunk ? directory : directoryId(task->outputDirectory, reason);
            if (taskDirectory < 0)
                return false;
            bindAccepted(m_statements->insertTask, 1, task->id, task->number, task->duration.count(),
                taskDirectory, now, int(task->work));
            if (!m_statements->insertTask.run(reason))
                return false;
        }
        done += size;
    }
    quint64 lastId = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (!markRestored(tasks[i], restoreNext, reason))
            return false;
        lastId = std::max(lastId, tasks[i].id);
    }
    return raiseNextId(lastId + 1, reason);
}

bool JournalStore::markRestored(const Task &task, size_t *restoreNext, QString *reason)
{
    if (*restoreNext >= m_restore.size() || m_restore[*restoreNext].number != task.number)
        return true;
    QSqlQuery &mark = m_statements->markRestored;
    mark.bindValue(0, nowMs());
    mark.bindValue(1, qint64(m_restore[*restoreNext].id));
    if (!mark.exec()) {
        *reason = errorText(mark.lastError());
        return false;
    }
    ++*restoreNext;
    return true;
}

qint64 JournalStore::directoryId(const QString &directory, QString *reason)
{
    if (const auto known = m_directoryIds.constFind(directory); known != m_directoryIds.cend())
        return *known;
    // Stored absolute: a restore may start in another folder, and must write where this task would.
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(directory));
    QSqlQuery &insert = m_statements->insertDirectory;
    QSqlQuery &select = m_statements->selectDirectory;
    insert.bindValue(0, absolute);
    select.bindValue(0, absolute);
    if (!insert.exec() || !select.exec() || !select.next()) {
        const QSqlError error = insert.lastError().isValid() ? insert.lastError() : select.lastError();
        // No error, yet no row: what was just written cannot be read back (a damaged file).
        *reason = error.isValid() ? errorText(error)
                                  : tr("the folder %1 was recorded but cannot be read back")
                                        .arg(QDir::toNativeSeparators(absolute));
        return -1;
    }
    const qint64 id = select.value(0).toLongLong();
    select.finish();
    m_directoryIds.insert(directory, id);
    return id;
}

void JournalStore::recordFinished(std::vector<FinishedRecord> finished)
{
    if (!isOpen())
        return;
    if (m_finished.empty())
        m_finished = std::move(finished);
    else
        m_finished.insert(m_finished.end(), std::make_move_iterator(finished.begin()),
            std::make_move_iterator(finished.end()));
    flush();
}

void JournalStore::flush()
{
    // While running, freed pages are reused by new tasks: the file stops growing.
    if (writeFinishedNow())
        pruneWhenBeyond(PruneEvery - 1, 0);
}

void JournalStore::pruneWhenBeyond(qint64 bound, qint64 slack)
{
    if (m_finishedSincePrune <= bound)
        return;
    QString reason; // when pruning fails the history is kept: nothing is lost
    qint64 beyond = m_finishedSincePrune;
    if (m_historyLimit.prune(
            m_database.database(), nowMs(), &reason, HistoryLimit::Age::WhenDue, slack, &beyond))
        m_finishedSincePrune = beyond;
}

bool JournalStore::writeFinishedNow()
{
    if (!isOpen() || m_finished.empty())
        return false;
    QString reason;
    bool written = tryWriteFinished(&reason);
    if (!written && replaceIfDamaged()) {
        reason.clear();
        written = tryWriteFinished(&reason);
    }
    if (!written) {
        // Kept for the next burst; say it once, not once per burst.
        if (!m_writeFailing)
            reportError(tr("The task journal %1 could not record finished tasks: %2. They may "
                           "be offered again at the next start.")
                            .arg(m_database.nativePath(), reason));
        m_writeFailing = true;
        return false;
    }
    m_writeFailing = false;
    m_finishedSincePrune += qint64(m_finished.size());
    m_finished.clear();
    return true;
}

bool JournalStore::tryWriteFinished(QString *reason)
{
    const bool ok = isOpen() && m_database.database().transaction() && writeFinished(reason)
        && writeBatchProgress(reason);
    const bool committed = commitOrRollback(ok, reason);
    for (AddedBatch &batch : m_batches) {
        if (committed)
            batch.commit();
        else
            batch.rollBack();
    }
    if (committed)
        m_batches.erase(std::remove_if(m_batches.begin(), m_batches.end(),
                            [](const AddedBatch &batch) { return batch.isExpanded(); }),
            m_batches.end());
    return committed;
}

bool JournalStore::writeFinished(QString *reason)
{
    // Workers finish almost in order; in order, each task still only in its batch is inserted once,
    // finished, and never written queued.
    std::stable_sort(m_finished.begin(), m_finished.end(),
        [](const FinishedRecord &a, const FinishedRecord &b) { return a.id < b.id; });
    // A flood of short tasks finishes many consecutive ids with identical values (same worker,
    // same millisecond): one UPDATE covers each such run of existing rows, losslessly.
    const auto sameRow = [](const FinishedRecord &a, const FinishedRecord &b) {
        return b.id == a.id + 1 && b.state == a.state && b.startedMs == a.startedMs
            && b.finishedMs == a.finishedMs && b.worker == a.worker && b.mode == a.mode && a.failure.isNone()
            && b.failure.isNone();
    };
    Statements &s = *m_statements;
    for (size_t first = 0; first < m_finished.size();) {
        const FinishedRecord &task = m_finished[first];
        if (AddedBatch *batch = unexpandedBatch(task.id)) {
            // Tasks before it that are still running or queued get their rows first.
            if (!expandTo(*batch, task.id, reason))
                return false;
            bindFinished(s.insertFinished, 1, task);
            bindAccepted(s.insertFinished, 10, task.id, batch->number(task.id), batch->durationMs(task.id),
                batch->directoryId(), batch->createdMs(), batch->work());
            if (!s.insertFinished.run(reason))
                return false;
            batch->setExpandedTo(task.id + 1);
            ++first;
            continue;
        }
        size_t last = first;
        while (last + 1 < m_finished.size() && sameRow(m_finished[last], m_finished[last + 1])
            && !unexpandedBatch(m_finished[last + 1].id))
            ++last;
        bindFinished(s.finishTask, 1, task);
        s.finishTask.bind(10, qint64(task.id));
        s.finishTask.bind(11, qint64(m_finished[last].id));
        if (!s.finishTask.run(reason))
            return false;
        first = last + 1;
    }
    return true;
}

bool JournalStore::writeBatchProgress(QString *reason)
{
    for (const AddedBatch &batch : m_batches) {
        if (batch.expandedTo() == batch.committedTo())
            continue;
        SqliteStatement &statement
            = batch.isExpanded() ? m_statements->deleteBatch : m_statements->setExpanded;
        if (batch.isExpanded()) {
            statement.bind(1, qint64(batch.firstId()));
        } else {
            statement.bind(1, qint64(batch.expandedTo()));
            statement.bind(2, qint64(batch.firstId()));
        }
        if (!statement.run(reason))
            return false;
    }
    return true;
}

QList<Task> JournalStore::unfinishedTasks()
{
    if (!isOpen())
        return {};
    return selectTasks(QStringLiteral("state = 0 AND id < ? ORDER BY id"), qint64(m_runFirstId));
}

QList<Task> JournalStore::selectTasks(const QString &condition, const QVariant &value)
{
    QString reason;
    const QHash<qint64, QString> paths = directories(&reason);
    QSqlQuery query(m_database.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT id, number, duration_ms, directory_id, state, started_ms,"
            " finished_ms, worker, mode, error_kind, error_code, error_path, error, work FROM tasks WHERE ")
        + condition);
    query.addBindValue(value);
    if (!reason.isEmpty() || !query.exec()) {
        reportError(readFailed(reason.isEmpty() ? errorText(query.lastError()) : reason));
        return {};
    }
    QList<Task> tasks;
    while (query.next()) {
        Task task;
        task.id = query.value(0).toULongLong();
        task.number = query.value(1).toInt();
        task.duration = std::chrono::milliseconds(query.value(2).toLongLong());
        task.outputDirectory = paths.value(query.value(3).toLongLong());
        const int state = query.value(4).toInt();
        task.state = state == DiscardedState ? TaskState::Cancelled : TaskState(state);
        task.startedMs = query.value(5).toLongLong();
        task.finishedMs = query.value(6).toLongLong();
        task.worker = query.value(7).isNull() ? qint16(-1) : qint16(query.value(7).toInt());
        task.mode = RunMode(query.value(8).toInt());
        task.failure = state == DiscardedState
            ? TaskFailure(TaskFailure::Kind::Discarded)
            : TaskFailure::fromStored(query.value(9).toInt(), query.value(10).toInt(),
                query.value(11).toString(), query.value(12).toString());
        task.work = query.value(13).toInt() == int(WorkKind::Compute) ? WorkKind::Compute : WorkKind::Wait;
        tasks.append(std::move(task));
    }
    return tasks;
}

QHash<qint64, QString> JournalStore::directories(QString *reason) const
{
    QHash<qint64, QString> paths;
    QSqlQuery query(m_database.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, path FROM directories"))) {
        *reason = errorText(query.lastError());
        return paths;
    }
    while (query.next())
        paths.insert(query.value(0).toLongLong(), query.value(1).toString());
    return paths;
}

void JournalStore::beginRestore(const QList<Task> &tasks)
{
    m_restore.clear();
    m_restoreNext = 0;
    if (!isOpen())
        return;
    m_restore.reserve(size_t(tasks.size()));
    for (const Task &task : tasks)
        m_restore.push_back({task.id, task.number});
}

int JournalStore::endRestore()
{
    const int restored = int(m_restoreNext);
    m_restore.clear();
    m_restoreNext = 0;
    return restored;
}

QString JournalStore::discardUnfinished()
{
    if (!isOpen())
        return {};
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("UPDATE tasks SET state = %1, finished_ms = ? WHERE state = 0 AND id < ?")
                      .arg(DiscardedState));
    query.addBindValue(nowMs());
    query.addBindValue(qint64(m_runFirstId));
    if (!query.exec())
        return tr("The task journal %1 could not give up the unfinished tasks: %2")
            .arg(m_database.nativePath(), errorText(query.lastError()));
    return {};
}

QList<Task> JournalStore::history(int limit)
{
    if (!isOpen())
        return {};
    flush();
    return selectTasks(
        QStringLiteral("state IN (2, 3, 4, %1) ORDER BY id DESC LIMIT ?").arg(DiscardedState), limit);
}

QString JournalStore::clearHistory()
{
    if (!isOpen())
        return {};
    flush();
    QString reason;
    const bool ok = m_database.database().transaction()
        && exec(QStringLiteral("DELETE FROM tasks WHERE state <> 0"), &reason)
        && exec(JournalDatabase::deleteUnusedDirectoriesSql(), &reason);
    m_directoryIds.clear();
    if (!commitOrRollback(ok, &reason))
        return tr("The task journal %1 could not clear the history: %2").arg(m_database.nativePath(), reason);
    return {};
}

bool JournalStore::exec(const QString &sql, QString *reason)
{
    QSqlQuery query(m_database.database());
    if (query.exec(sql))
        return true;
    *reason = errorText(query.lastError());
    return false;
}

bool JournalStore::commitOrRollback(bool ok, QString *reason)
{
    if (ok && m_database.database().commit())
        return true;
    if (reason->isEmpty())
        *reason = errorText(m_database.database().lastError());
    m_database.database().rollback();
    return false;
}

void JournalStore::reportError(const QString &message)
{
    if (m_onError)
        m_onError(message);
}

QString JournalStore::readFailed(const QString &reason)
{
    return tr("The task journal %1 could not be read: %2").arg(m_database.nativePath(), reason);
}
