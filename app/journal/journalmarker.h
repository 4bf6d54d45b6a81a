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
 */
class JournalMarker
{
public:
    qint64 journalId = 0; ///< 0: no marker
    quint64 nextId = 0;
    bool unfinished = false;

    static QString pathFor(const QString &journalPath);
    /** The marker beside @p journalPath; journalId 0 when there is none or it cannot be read. */
    static JournalMarker read(const QString &journalPath);
    /** Replaces the marker; false when it could not be written (the journal works on). */
    bool write(const QString &journalPath) const;
};
