#include "journal/journalmarker.h"

#include <QFile>
#include <QList>

#include <ctime>
#include <sys/stat.h>

namespace {

/**
 * A stamp is taken only of a file unchanged for this long: the kernel sets change times from a
 * clock that moves in ticks (up to 10 ms), so a write within the tick of the stamp could keep it.
 */
constexpr qint64 StampQuietNs = 50'000'000;

/** Size and status change time of @p path; false when it cannot be read. */
bool statFile(const QString &path, qint64 *size, qint64 *changedNs)
{
    struct stat st; // NOLINT(cppcoreguidelines-pro-type-member-init): stat() fills it
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *size = qint64(st.st_size);
    *changedNs = qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
    return true;
}

/** The journal's write-ahead log holds nothing (a missing log counts as empty). */
bool logIsEmpty(const QString &journalPath)
{
    qint64 size = 0;
    qint64 changedNs = 0;
    return !statFile(journalPath + QStringLiteral("-wal"), &size, &changedNs) || size == 0;
}

} // namespace

QString JournalMarker::pathFor(const QString &journalPath)
{
    return journalPath + QStringLiteral(".marker");
}

JournalMarker JournalMarker::read(const QString &journalPath)
{
    QFile file(pathFor(journalPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.read(256).trimmed().split(' ');
    JournalMarker marker;
    bool ok[5] = {false, false, false, true, true};
    if (fields.size() != 3 && fields.size() != 5) // a marker of an older version has no stamp
        return {};
    marker.journalId = fields[0].toLongLong(&ok[0]);
    marker.nextId = fields[1].toULongLong(&ok[1]);
    marker.unfinished = fields[2].toInt(&ok[2]) != 0;
    if (fields.size() == 5) {
        marker.fileSize = fields[3].toLongLong(&ok[3]);
        marker.fileChangedNs = fields[4].toLongLong(&ok[4]);
    }
    return ok[0] && ok[1] && ok[2] && ok[3] && ok[4] ? marker : JournalMarker();
}

bool JournalMarker::stampFile(const QString &journalPath)
{
    qint64 size = 0;
    qint64 changedNs = 0;
    timespec now {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const qint64 nowNs = qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    if (!statFile(journalPath, &size, &changedNs) || nowNs - changedNs < StampQuietNs
        || !logIsEmpty(journalPath))
        return false;
    fileSize = size;
    fileChangedNs = changedNs;
    return true;
}

bool JournalMarker::fileUnchanged(const QString &journalPath) const
{
    qint64 size = 0;
    qint64 changedNs = 0;
    return fileSize >= 0 && statFile(journalPath, &size, &changedNs) && size == fileSize
        && changedNs == fileChangedNs && logIsEmpty(journalPath);
}

bool JournalMarker::write(const QString &journalPath) const
{
    // One short write: a kill cannot tear it in practice, and a torn one reads as "no marker".
    QFile file(pathFor(journalPath));
    QByteArray text
        = QByteArray::number(journalId) + ' ' + QByteArray::number(nextId) + ' ' + (unfinished ? '1' : '0');
    if (fileSize >= 0)
        text += ' ' + QByteArray::number(fileSize) + ' ' + QByteArray::number(fileChangedNs);
    text += '\n';
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}
