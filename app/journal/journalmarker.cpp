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
 * Below this size, a close does not wait for the clock (below) to stamp its journal: the next
 * start's check of the whole file (about 3 ms a MiB) costs less than the wait, up to a tick.
 */
constexpr qint64 WaitWorthBytes = 1024 * 1024;

/**
 * Whether a write to the file after now would get a later change time than @p changedNs, waiting
 * for it when that pays (a file of @p size bytes); false when it would not, or the file's time is
 * ahead of the clock by more than two ticks (the clock was set back).
 * The kernel dates a change by CLOCK_REALTIME_COARSE, which moves in ticks (1 to 10 ms): a change in
 * the tick that is still current would get the same time, so this waits for the next tick. Newer
 * kernels (multigrain timestamps) date a change to a file whose time was read (as stampFile() just
 * did) finer than the tick and later than any time they gave before: a time ahead of the coarse
 * clock is one of those, and needs no wait. A clean close writes the file in its last checkpoint,
 * where waiting for the file to be quiet for 50 ms left every such close unstamped (and the next
 * start read the whole file: 18 ms with 100 000 tasks kept).
 */
bool laterWritesShow(qint64 changedNs, qint64 size)
{
    timespec tick {};
    timespec now {};
    ::clock_getres(CLOCK_REALTIME_COARSE, &tick);
    const qint64 tickNs = std::max<qint64>(nanoseconds(tick), 1);
    for (;;) {
        ::clock_gettime(CLOCK_REALTIME_COARSE, &now);
        const qint64 aheadNs = changedNs - nanoseconds(now);
        if (aheadNs != 0)
            return aheadNs <= 2 * tickNs;
        if (size < WaitWorthBytes)
            return false;
        const timespec pause {0, long(tickNs / 4 + 1)};
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
    if (!statFile(journalPath, &size, &changedNs) || !logIsEmpty(journalPath)
        || !laterWritesShow(changedNs, size))
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
