#include "journal/historylimit.h"

#include "journal/journaldatabase.h"
#include "settingsstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

/** Free pages below this are not worth a VACUUM (which rewrites the whole file). */
constexpr qint64 MinimumFreePages = 128;

qint64 pragma(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

HistoryLimit HistoryLimit::fromSettings(const SettingsStore &settings)
{
    HistoryLimit limit;
    if (settings.historyTasks() > 0)
        limit.maximumTasks = settings.historyTasks();
    if (settings.historyDays() > 0)
        limit.maximumDays = settings.historyDays();
    return limit;
}

void HistoryLimit::save(SettingsStore &settings) const
{
    settings.setHistoryTasks(maximumTasks);
    settings.setHistoryDays(maximumDays);
}

bool HistoryLimit::prune(
    QSqlDatabase &db, qint64 nowMs, QString *reason, Age age, qint64 slack, qint64 *beyond) const
{
    // Every start comes here, and every PruneEvery finished tasks: what finds nothing to drop must
    // not read the whole history (a start with 100 000 tasks kept spent 25 ms on it). The count of
    // finished tasks is the table's count less the unfinished ones (both without reading rows),
    // and only when the ids span more than the limit. Age has no index (keeping one cost every
    // finished task a write): it is looked at once per AgeCheckEvery, recorded in meta.
    const qint64 cutoffMs = nowMs - qint64(maximumDays) * 24 * 3600 * 1000;
    QSqlQuery look(db);
    look.setForwardOnly(true);
    const auto lookAt = [&](const QString &sql) {
        look.finish();
        if (look.exec(sql) && look.next())
            return true;
        *reason = JournalDatabase::errorText(look.lastError());
        return false;
    };
    // Each in a subquery of its own: min() and max() together would read every row.
    if (!lookAt(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'aged_ms'),"
                               " (SELECT max(id) FROM tasks) - (SELECT min(id) FROM tasks) + 1")))
        return false;
    const QVariant aged = look.value(0); // null: never looked at; later than now: the clock went back
    const bool ageDue = age == Age::Now || aged.isNull() || aged.toLongLong() > nowMs
        || nowMs - aged.toLongLong() >= qint64(AgeCheckEvery.count());
    // The ids' span bounds the finished tasks from above: no count when it is within the slack
    // (a start that left them counted them at every start: with 100 000 kept, 6.5 ms a start
    // instead of 4.3, the median of 30 starts each).
    const qint64 span = look.value(1).toLongLong();
    qint64 finished = 0;
    if (span > maximumTasks + slack) {
        if (!lookAt(QStringLiteral(
                "SELECT (SELECT count(*) FROM tasks) - (SELECT count(*) FROM tasks WHERE state = 0)")))
            return false;
        finished = look.value(0).toLongLong();
    }
    const bool tooMany = finished > maximumTasks + slack;
    look.finish();
    const qint64 atMost = span > maximumTasks + slack ? finished : span; // finished tasks, at most
    if (beyond)
        *beyond = std::max<qint64>(0, atMost - maximumTasks);
    if (!ageDue && !tooMany)
        return true;

    QSqlQuery old(db);
    old.prepare(QStringLiteral("DELETE FROM tasks WHERE state <> 0 AND finished_ms < ?"));
    old.addBindValue(cutoffMs);
    QSqlQuery lookedAt(db);
    lookedAt.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('aged_ms', ?)"));
    lookedAt.addBindValue(nowMs);
    // The newest maximumTasks finished ones stay: the oldest finished ones beyond them go, found
    // from the oldest end (counting down from the newest read the whole history: 6 ms at every
    // prune of a full one, where a flood prunes every PruneEvery tasks).
    QSqlQuery many(db);
    many.prepare(QStringLiteral("DELETE FROM tasks WHERE state <> 0 AND id <= "
                                "(SELECT id FROM tasks WHERE state <> 0 ORDER BY id LIMIT 1 OFFSET ?)"));
    // Each count read at once: numRowsAffected() is the connection's last statement's.
    qint64 tooOld = 0;
    qint64 tooMuch = 0;
    const auto dropOld = [&] {
        if (!old.exec())
            return false;
        tooOld = old.numRowsAffected();
        return lookedAt.exec();
    };
    const auto dropBeyond = [&] {
        const qint64 excess = finished - tooOld - maximumTasks;
        if (excess <= 0)
            return true;
        many.addBindValue(excess - 1);
        if (!many.exec())
            return false;
        tooMuch = many.numRowsAffected();
        return true;
    };
    QSqlQuery folders(db);
    bool ok = db.transaction() && (!ageDue || dropOld()) && (!tooMany || dropBeyond());
    // Folders no task uses any more: only after tasks went (a folder no task uses is read to the end).
    ok = ok && (tooOld + tooMuch == 0 || folders.exec(JournalDatabase::deleteUnusedDirectoriesSql()));
    if (ok && db.commit()) {
        if (beyond)
            *beyond = std::max<qint64>(0, atMost - tooOld - tooMuch - maximumTasks);
        return true;
    }
    QSqlError error = old.lastError();
    for (const QSqlQuery *query : {&lookedAt, &many, &folders}) {
        if (!error.isValid())
            error = query->lastError();
    }
    *reason = JournalDatabase::errorText(error.isValid() ? error : db.lastError());
    db.rollback();
    return false;
}

void HistoryLimit::compact(QSqlDatabase &db)
{
    const qint64 free = pragma(db, QStringLiteral("freelist_count"));
    if (free >= MinimumFreePages && free * 4 >= pragma(db, QStringLiteral("page_count")))
        QSqlQuery(db).exec(QStringLiteral("VACUUM")); // at open, before any task: nothing waits on it
}
