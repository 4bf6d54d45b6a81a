#include "journal/journalsalvage.h"

#include "journal/addedbatch.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace {

/** Ids of unfinished tasks as @p sql lists them, until the damage stops it. */
void collectIds(QSqlDatabase &db, const QString &sql, QSet<qint64> &ids)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
}

QHash<qint64, QString> readDirectories(QSqlDatabase &db)
{
    QHash<qint64, QString> directories;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, path FROM directories"))) {
        while (query.next())
            directories.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return directories;
}

} // namespace

JournalSalvage JournalSalvage::read(const QString &path)
{
    static std::atomic<int> instances {0};
    const QString connection = QStringLiteral("helloqueue-salvage-%1").arg(++instances);
    JournalSalvage salvage;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            salvage.readFrom(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return salvage;
}

void JournalSalvage::readFrom(QSqlDatabase &db)
{
    const QHash<qint64, QString> directories = readDirectories(db);
    QSet<qint64> ids;
    collectIds(db, QStringLiteral("SELECT id FROM tasks INDEXED BY tasks_unfinished WHERE state = 0"), ids);
    collectIds(db, QStringLiteral("SELECT id FROM tasks NOT INDEXED WHERE state = 0"), ids);
    for (const qint64 id : ids)
        readTask(db, id, directories);
    // Rows with any state: a finished task of a batch has its row, and is not salvaged.
    collectIds(db, QStringLiteral("SELECT id FROM tasks"), ids);
    readBatches(db, ids, directories);
    // Their order is the order they are restored in.
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    QSqlQuery next(db);
    if (next.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'next_id'")) && next.next())
        m_nextId = next.value(0).toLongLong();
    if (!m_rows.empty())
        m_nextId = std::max(m_nextId, m_rows.back().id + 1);
}

void JournalSalvage::readTask(QSqlDatabase &db, qint64 id, const QHash<qint64, QString> &directories)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT number, duration_ms, created_ms, directory_id, work FROM tasks WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return;
    const auto directory = directories.constFind(query.value(3).toLongLong());
    if (directory == directories.cend())
        return; // without its folder it cannot be written where it was accepted
    m_rows.push_back({id, query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toLongLong(),
        *directory, query.value(4).toInt()});
}

void JournalSalvage::readBatches(
    QSqlDatabase &db, const QSet<qint64> &rowIds, const QHash<qint64, QString> &directories)
{
    // From both ends, each batch on its own: a damaged page costs the batches on it only.
    QSet<qint64> firstIds;
    collectIds(db, QStringLiteral("SELECT first_id FROM added ORDER BY first_id"), firstIds);
    collectIds(db, QStringLiteral("SELECT first_id FROM added ORDER BY first_id DESC"), firstIds);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM added WHERE first_id = ?").arg(AddedBatch::storedColumns()));
    for (const qint64 firstId : firstIds) {
        query.bindValue(0, firstId);
        if (!query.exec() || !query.next())
            continue;
        const std::optional<AddedBatch> batch = AddedBatch::fromRow(query);
        query.finish();
        const auto directory = batch ? directories.constFind(batch->directoryId()) : directories.cend();
        if (directory == directories.cend())
            continue; // without its folder it cannot be written where it was accepted
        for (quint64 id = batch->expandedTo(); id < batch->end(); ++id) {
            if (!rowIds.contains(qint64(id)))
                m_rows.push_back({qint64(id), batch->number(id), batch->durationMs(id), batch->createdMs(),
                    *directory, batch->work()});
        }
    }
}

bool JournalSalvage::write(QSqlDatabase &db, QString *reason) const
{
    QSqlQuery directory(db);
    QSqlQuery task(db);
    bool ok = db.transaction()
        && directory.prepare(QStringLiteral("INSERT OR IGNORE INTO directories(path) VALUES (?)"))
        && task.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO tasks(id, number, duration_ms, directory_id, state, created_ms, work)"
            " VALUES (?, ?, ?, (SELECT id FROM directories WHERE path = ?), 0, ?, ?)"));
    for (size_t i = 0; ok && i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        directory.bindValue(0, row.directory);
        task.bindValue(0, row.id);
        task.bindValue(1, row.number);
        task.bindValue(2, row.durationMs);
        task.bindValue(3, row.directory);
        task.bindValue(4, row.createdMs);
        task.bindValue(5, row.work);
        ok = directory.exec() && task.exec();
    }
    QSqlQuery raise(db);
    ok = ok
        && raise.exec(
            QStringLiteral("UPDATE meta SET value = max(value, %1) WHERE key = 'next_id'").arg(m_nextId));
    if (ok && db.commit())
        return true;
    const QSqlError error = task.lastError().isValid() ? task.lastError() : db.lastError();
    *reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    db.rollback();
    return false;
}
