#include "journal/historylimit.h"

#include "journal/journaldatabase.h"
#include "settingsstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

bool HistoryLimit::prune(QSqlDatabase &db, qint64 nowMs, QString *reason) const
{
    QSqlQuery remove(db);
    // The newest maximumTasks finished ones stay: everything finished below the oldest of them goes.
    remove.prepare(
        QStringLiteral("DELETE FROM tasks WHERE state <> 0 AND (finished_ms < ? OR id < coalesce("
                       "(SELECT id FROM tasks WHERE state <> 0 ORDER BY id DESC LIMIT 1 OFFSET ?), 0))"));
    remove.addBindValue(nowMs - qint64(maximumDays) * 24 * 3600 * 1000);
    remove.addBindValue(qMax(0, maximumTasks - 1));
    QSqlQuery folders(db);
    const bool ok
        = db.transaction() && remove.exec() && folders.exec(JournalDatabase::deleteUnusedDirectoriesSql());
    if (ok && db.commit())
        return true;
    const QSqlError error = remove.lastError().isValid() ? remove.lastError() : folders.lastError();
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
