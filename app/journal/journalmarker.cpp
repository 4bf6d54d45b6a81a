#include "journal/journalmarker.h"

#include <QFile>
#include <QList>

#include <algorithm>
#include <ctime>
#include <sys/stat.h>

namespace {

qint64 nanoseconds(const timespec &time)
{
    return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

/**
 * Waits until a write to the file would get a later change time than @p changedNs; false when
 * that would take longer than two ticks (the clock was set back). The kernel dates a change by
 * CLOCK_REALTIME_COARSE, which moves in ticks (1 to 10 ms); newer kernels date it finer once its
 * time was read, never earlier than that clock. Once that clock is past @p changedNs, a later
 * change is dated later. A clean close writes the file
 * in its last checkpoint, so this waits a tick at most, where waiting for the file to be quiet
 * left every such close unstamped (and the next start read the whole file).
 */
bool waitPastTick(qint64 changedNs)
{
    timespec tick {};
    timespec now {};
    ::clock_getres(CLOCK_REALTIME_COARSE, &tick);
    const qint64 tickNs = std::max<qint64>(nanoseconds(tick), 1);
    for (;;) {
        ::clock_gettime(CLOCK_REALTIME_COARSE, &now);
        const qint64 aheadNs = changedNs - nanoseconds(now);
        if (aheadNs < 0)
            return true;
        if (aheadNs > 2 * tickNs)
            return false;
        const timespec pause {0, long(std::min(aheadNs + 1, tickNs))};
        ::nanosleep(&pause, nullptr);
    }
}

/** Size and status change time of @p path; false when it cannot be read. */
bool statFile(const QString &path, qint64 *size, qint64 *changedNs)
{
    struct stat st; // NOLINT(cppcoreguidelines-pro-type-member-init): stat() fills it
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *size = qint64(st.st_size);
    *changedNs = nanoseconds(st.st_ctim);
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
    if (!statFile(journalPath, &size, &changedNs) || !logIsEmpty(journalPath) || !waitPastTick(changedNs))
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
