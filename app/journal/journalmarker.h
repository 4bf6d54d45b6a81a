#pragma once

#include <QString>

/**
 * A small file beside the journal (`<journal>.marker`) that says what the journal held when it
 * was last written: its identity (a random number in its meta table), the id above every task it
 * recorded, and whether unfinished tasks were left in it. The next start compares it with the
 * journal it finds, so a journal that vanished, was emptied, replaced, or lost its latest writes
 * (a damaged write-ahead log) is reported instead of silently replaced.
 *
 * It is written after the journal commits, never before: it may lag behind the journal (a kill in
 * between) but never claims more than the journal had. A marker that cannot be read is ignored.
 *
 * After a clean close it also stamps the journal's file (size, change time): a start that finds
 * the file exactly so, its write-ahead log empty, knows nothing has written it since the check of
 * an earlier start, and need not read all of it again (PRAGMA quick_check: 20 ms for 100 000 tasks).
 * The change time cannot be set back by hand; a stamp is only taken once the kernel's clock for
 * change times has moved past the file's (a tick at most), so any later write shows in its time.
 */
class JournalMarker
{
public:
    qint64 journalId = 0; ///< 0: no marker
    quint64 nextId = 0;
    bool unfinished = false;
    qint64 fileSize = -1; ///< the journal file as a clean close left it; -1: not stamped
    qint64 fileChangedNs = -1; ///< its status change time (st_ctim), in ns since the epoch

    /**
     * Stamps the journal file at @p journalPath as it is now; false (and not stamped) when it
     * cannot be read, its write-ahead log holds anything, a later write could keep its change
     * time (waits up to a tick for that to pass, for a file big enough to pay), or that time is
     * ahead of the kernel's clock by more than two ticks (the clock was set back).
     */
    bool stampFile(const QString &journalPath);
    /** The file at @p journalPath is as stamped, and its write-ahead log is empty. */
    bool fileUnchanged(const QString &journalPath) const;

    static QString pathFor(const QString &journalPath);
    /** The marker beside @p journalPath; journalId 0 when there is none or it cannot be read. */
    static JournalMarker read(const QString &journalPath);
    /** Replaces the marker; false when it could not be written (the journal works on). */
    bool write(const QString &journalPath) const;
};
