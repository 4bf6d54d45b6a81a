#include "journal/journalstore.h"

#include "journal/taskfilecheck.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

constexpr int RestoredState = JournalDatabase::RestoredState;
constexpr int DiscardedState = JournalDatabase::DiscardedState;
/** Rows in one INSERT, and the values bound per row. */
constexpr int RowsPerInsert = 64;
constexpr int InsertColumns = 6;
/** Finished tasks recorded between two prunings of the history while running. */
constexpr qint64 PruneEvery = 10000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString errorText(const QSqlError &error)
{
    return JournalDatabase::errorText(error);
}

QString insertSql(int rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO tasks(id, number, duration_ms, directory_id, state, created_ms, work) VALUES ");
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? QStringLiteral("(?, ?, ?, ?, 0, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, 0, ?, ?)");
    return sql;
}

QVariant nullIf(bool isNull, const QVariant &value)
{
    return isNull ? QVariant() : value;
}

/** A failure as data, at @p first and the three values after it: kind, code, path, detail. */
void bindFailure(QSqlQuery &query, int first, const TaskFailure &failure)
{
    const bool none = failure.isNone();
    query.bindValue(first, nullIf(none, int(failure.kind())));
    query.bindValue(first + 1, nullIf(none || failure.code() == 0, failure.code()));
    query.bindValue(first + 2, nullIf(failure.path().isEmpty(), failure.path()));
    query.bindValue(first + 3, nullIf(failure.detail().isEmpty(), failure.detail()));
}

} // namespace

/** The statements every burst uses, prepared once. */
struct JournalStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : insertTask(db)
        , insertTasks(db)
        , finishTask(db)
        , markRestored(db)
        , raiseNextId(db)
        , insertDirectory(db)
        , selectDirectory(db)
    { }
    QSqlQuery insertTask;
    QSqlQuery insertTasks; ///< RowsPerInsert rows at once; prepared at the first batch that large
    bool insertTasksPrepared = false;
    QSqlQuery finishTask;
    QSqlQuery markRestored;
    QSqlQuery raiseNextId;
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
    m_nextId = m_runFirstId = m_database.nextId();
    // Tasks whose end a crash kept from being recorded are not offered (and run) again. When the
    // check cannot read, those tasks are simply offered: nothing is lost.
    TaskFileCheck::markWrittenDone(m_database.database(), &reason);
    // A start is the moment to give space back: nothing runs yet. Failing here keeps history.
    if (m_historyLimit.prune(m_database.database(), nowMs(), &reason))
        HistoryLimit::compact(m_database.database());
    return true;
}

void JournalStore::setHistoryLimit(const HistoryLimit &limit)
{
    m_historyLimit = limit;
    if (!isOpen())
        return;
    flush(); // the tasks finished until now count too
    QString reason; // when pruning fails the history is kept: nothing is lost
    if (m_historyLimit.prune(m_database.database(), nowMs(), &reason))
        m_finishedSincePrune = 0;
}

void JournalStore::close()
{
    if (isOpen()) {
        flush();
        m_database.writeMarker(m_nextId, m_database.hasUnfinished());
    }
    m_statements.reset(); // no query may outlive the connection
    m_database.close();
    m_directoryIds.clear();
    m_finished.clear();
    m_restore.clear();
    m_restoreNext = 0;
    m_writeFailing = false;
}

bool JournalStore::prepare(QString *reason)
{
    m_statements = std::make_unique<Statements>(m_database.database());
    Statements &s = *m_statements;
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&s.insertTask, insertSql(1)},
        {&s.finishTask,
            QStringLiteral("UPDATE tasks SET state = ?, started_ms = ?, finished_ms = ?, worker = ?,"
                           " mode = ?, error_kind = ?, error_code = ?, error_path = ?, error = ?"
                           " WHERE id BETWEEN ? AND ?")},
        {&s.markRestored,
            QStringLiteral("UPDATE tasks SET state = %1, finished_ms = ? WHERE id = ? AND state = 0")
                .arg(RestoredState)},
        {&s.raiseNextId, QStringLiteral("UPDATE meta SET value = max(value, ?) WHERE key = 'next_id'")},
        {&s.insertDirectory, QStringLiteral("INSERT OR IGNORE INTO directories(path) VALUES (?)")},
        {&s.selectDirectory, QStringLiteral("SELECT id FROM directories WHERE path = ?")},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql)) {
            *reason = errorText(query->lastError());
            return false;
        }
    }
    return true;
}

bool JournalStore::prepareInsertTasks(QString *reason)
{
    // Not at open: its RowsPerInsert * InsertColumns placeholders took longer to prepare than the
    // rest of the statements together, and a start with nothing or little to add never uses it.
    Statements &s = *m_statements;
    if (!s.insertTasksPrepared && !s.insertTasks.prepare(insertSql(RowsPerInsert))) {
        *reason = errorText(s.insertTasks.lastError());
        return false;
    }
    s.insertTasksPrepared = true;
    return true;
}

QString JournalStore::recordAdded(const Task *tasks, qsizetype count)
{
    if (!isOpen() || count <= 0)
        return {};
    QString reason;
    size_t restoreNext = m_restoreNext;
    bool recorded = tryRecordAdded(tasks, count, &restoreNext, &reason);
    if (!recorded && replaceIfDamaged()) {
        reason.clear();
        restoreNext = m_restoreNext;
        recorded = tryRecordAdded(tasks, count, &restoreNext, &reason);
    }
    if (!recorded)
        return tr("The tasks could not be recorded in the task journal %1, so they were not added: %2")
            .arg(m_database.nativePath(), reason);
    m_restoreNext = restoreNext;
    for (qsizetype i = 0; i < count; ++i)
        m_nextId = std::max(m_nextId, tasks[i].id + 1);
    m_database.writeMarker(m_nextId, true);
    return {};
}

QString JournalStore::recordAddedInSequence(const std::vector<Task> &tasks)
{
    if (isOpen() && !tasks.empty() && tasks.front().id != m_nextId)
        return tr("The tasks could not be recorded in the task journal %1, so they were not added: %2")
            .arg(m_database.nativePath(), tr("the numbers added just before them were not recorded"));
    return recordAdded(tasks.data(), qsizetype(tasks.size()));
}

bool JournalStore::tryRecordAdded(const Task *tasks, qsizetype count, size_t *restoreNext, QString *reason)
{
    const bool ok = m_database.database().transaction() && insertTasks(tasks, count, restoreNext, reason);
    if (commitOrRollback(ok, reason))
        return true;
    m_directoryIds.clear(); // rows added in the rolled-back transaction are gone
    return false;
}

bool JournalStore::replaceIfDamaged()
{
    const QString damage = m_database.damage();
    if (damage.isEmpty())
        return false; // a full disk, a removed folder…: the error says so
    m_statements.reset(); // no query may outlive the connection
    m_directoryIds.clear();
    QString reason;
    const bool replaced = m_database.replaceDamaged(damage) && prepare(&reason);
    if (!replaced && !reason.isEmpty()) {
        m_statements.reset();
        m_database.fail(reason);
    }
    reportError(m_database.message());
    return replaced;
}

bool JournalStore::insertTasks(const Task *tasks, qsizetype count, size_t *restoreNext, QString *reason)
{
    const qint64 now = nowMs();
    qsizetype done = 0;
    // Many rows per statement: for a large paste Qt's cost per exec() outweighs SQLite's per row.
    if (count >= RowsPerInsert && !prepareInsertTasks(reason))
        return false;
    for (; count - done >= RowsPerInsert; done += RowsPerInsert) {
        if (!insertRows(m_statements->insertTasks, tasks + done, RowsPerInsert, now, reason))
            return false;
    }
    for (; done < count; ++done) {
        if (!insertRows(m_statements->insertTask, tasks + done, 1, now, reason))
            return false;
    }
    quint64 lastId = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (!markRestored(tasks[i], restoreNext, reason))
            return false;
        lastId = std::max(lastId, tasks[i].id);
    }
    QSqlQuery &raise = m_statements->raiseNextId;
    raise.bindValue(0, qint64(lastId + 1));
    if (!raise.exec()) {
        *reason = errorText(raise.lastError());
        return false;
    }
    return true;
}

bool JournalStore::insertRows(QSqlQuery &insert, const Task *tasks, int rows, qint64 now, QString *reason)
{
    for (int row = 0; row < rows; ++row) {
        const Task &task = tasks[row];
        const qint64 directory = directoryId(task.outputDirectory, reason);
        if (directory < 0)
            return false;
        const int first = row * InsertColumns;
        insert.bindValue(first, qint64(task.id));
        insert.bindValue(first + 1, task.number);
        insert.bindValue(first + 2, qint64(task.duration.count()));
        insert.bindValue(first + 3, directory);
        insert.bindValue(first + 4, now);
        insert.bindValue(first + 5, int(task.work));
    }
    if (!insert.exec()) {
        *reason = errorText(insert.lastError());
        return false;
    }
    return true;
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
    if (!isOpen() || m_finished.empty())
        return;
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
        return;
    }
    m_writeFailing = false;
    m_finishedSincePrune += qint64(m_finished.size());
    m_finished.clear();
    // While running, freed pages are reused by new tasks: the file stops growing.
    if (m_finishedSincePrune >= PruneEvery && m_historyLimit.prune(m_database.database(), nowMs(), &reason))
        m_finishedSincePrune = 0;
}

bool JournalStore::tryWriteFinished(QString *reason)
{
    const bool ok = isOpen() && m_database.database().transaction() && writeFinished(reason);
    return commitOrRollback(ok, reason);
}

bool JournalStore::writeFinished(QString *reason)
{
    // A flood of short tasks finishes many consecutive ids with identical values (same worker,
    // same millisecond): one UPDATE covers each such run, losslessly.
    const auto sameRow = [](const FinishedRecord &a, const FinishedRecord &b) {
        return b.id == a.id + 1 && b.state == a.state && b.startedMs == a.startedMs
            && b.finishedMs == a.finishedMs && b.worker == a.worker && b.mode == a.mode && a.failure.isNone()
            && b.failure.isNone();
    };
    QSqlQuery &update = m_statements->finishTask;
    for (size_t first = 0; first < m_finished.size();) {
        size_t last = first;
        while (last + 1 < m_finished.size() && sameRow(m_finished[last], m_finished[last + 1]))
            ++last;
        const FinishedRecord &task = m_finished[first];
        update.bindValue(0, int(task.state));
        update.bindValue(1, nullIf(task.startedMs == 0, task.startedMs));
        update.bindValue(2, task.finishedMs);
        update.bindValue(3, nullIf(task.worker < 0, int(task.worker)));
        update.bindValue(4, nullIf(task.startedMs == 0, int(task.mode)));
        bindFailure(update, 5, task.failure);
        update.bindValue(9, qint64(task.id));
        update.bindValue(10, qint64(m_finished[last].id));
        if (!update.exec()) {
            *reason = errorText(update.lastError());
            return false;
        }
        first = last + 1;
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
        && exec(QStringLiteral("DELETE FROM directories WHERE id NOT IN (SELECT directory_id FROM tasks)"),
            &reason);
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
