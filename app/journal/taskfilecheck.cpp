#include "journal/taskfilecheck.h"

#include "engine/taskwriter.h"
#include "journal/journaldatabase.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>
#include <vector>

namespace {

/** The unfinished tasks that would write one file, oldest first. */
struct FileGroup
{
    QString directory;
    int number = 0;
    std::vector<std::pair<qint64, qint64>> tasks; ///< (id, accepted ms)
    qint64 lastRecordedDoneMs = std::numeric_limits<qint64>::min();
};

using GroupKey = QPair<qint64, int>; // (directory id, number)

bool readGroups(QSqlDatabase &db, QHash<GroupKey, FileGroup> &groups, QString *reason)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT t.id, t.number, t.directory_id, d.path, t.created_ms FROM tasks t"
                           " JOIN directories d ON d.id = t.directory_id WHERE t.state = 0 ORDER BY t.id"))) {
        *reason = JournalDatabase::errorText(query.lastError());
        return false;
    }
    while (query.next()) {
        FileGroup &group = groups[GroupKey(query.value(2).toLongLong(), query.value(1).toInt())];
        group.number = query.value(1).toInt();
        group.directory = query.value(3).toString();
        group.tasks.emplace_back(query.value(0).toLongLong(), query.value(4).toLongLong());
    }
    return true;
}

bool readRecordedDone(QSqlDatabase &db, QHash<GroupKey, FileGroup> &groups, QString *reason)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Only tasks that ended after the oldest unfinished one was accepted can explain a file.
    query.prepare(QStringLiteral("SELECT directory_id, number, max(finished_ms) FROM tasks WHERE state = 2"
                                 " AND finished_ms >= (SELECT min(created_ms) FROM tasks WHERE state = 0) - ?"
                                 " GROUP BY directory_id, number"));
    query.addBindValue(TaskFileCheck::ClockSlackMs);
    if (!query.exec()) {
        *reason = JournalDatabase::errorText(query.lastError());
        return false;
    }
    while (query.next()) {
        const auto group = groups.find(GroupKey(query.value(0).toLongLong(), query.value(1).toInt()));
        if (group != groups.end())
            group->lastRecordedDoneMs = query.value(2).toLongLong();
    }
    return true;
}

/** The task of @p group that the complete file proves done, or -1. */
qint64 provenTask(const FileGroup &group)
{
    const qint64 written = TaskFileCheck::completeFileTime(group.directory, group.number);
    if (written < 0 || group.lastRecordedDoneMs >= written)
        return -1;
    for (const auto &[id, acceptedMs] : group.tasks) {
        if (acceptedMs <= written + TaskFileCheck::ClockSlackMs)
            return id;
    }
    return -1;
}

} // namespace

qint64 TaskFileCheck::completeFileTime(const QString &directory, int number)
{
    const QByteArray expected = TaskWriter::contents(number);
    QFile file(TaskWriter::filePath(directory, number));
    const QFileInfo info(file);
    if (!info.isFile() || info.size() != expected.size() || !file.open(QIODevice::ReadOnly))
        return -1;
    if (file.read(expected.size() + 1) != expected)
        return -1;
    return info.lastModified().toMSecsSinceEpoch();
}

int TaskFileCheck::markWrittenDone(QSqlDatabase &db, QString *reason)
{
    QHash<GroupKey, FileGroup> groups;
    if (!readGroups(db, groups, reason))
        return -1;
    if (groups.isEmpty())
        return 0; // nothing unfinished: no file to look at, nothing to mark
    if (!readRecordedDone(db, groups, reason))
        return -1;
    std::vector<std::pair<qint64, qint64>> proven; // (id, written ms)
    for (const FileGroup &group : std::as_const(groups)) {
        const qint64 id = provenTask(group);
        if (id >= 0)
            proven.emplace_back(id, TaskFileCheck::completeFileTime(group.directory, group.number));
    }
    if (proven.empty())
        return 0;
    QSqlQuery mark(db);
    bool ok = db.transaction()
        && mark.prepare(
            QStringLiteral("UPDATE tasks SET state = 2, finished_ms = ? WHERE id = ? AND state = 0"));
    for (size_t i = 0; ok && i < proven.size(); ++i) {
        mark.bindValue(0, proven[i].second);
        mark.bindValue(1, proven[i].first);
        ok = mark.exec();
    }
    if (ok && db.commit())
        return int(proven.size());
    *reason = JournalDatabase::errorText(mark.lastError().isValid() ? mark.lastError() : db.lastError());
    db.rollback();
    return -1;
}
