#pragma once

#include <QString>

class QSqlDatabase;

/**
 * Settles, when the journal is opened, the unfinished tasks of earlier runs whose file is already
 * complete on disk. A task's end is recorded in bursts (SqliteJournal's flush interval), so a
 * crash can forget that a task finished; without this check it would be offered and run again.
 *
 * A task counts as done when its own file `{number}.txt` in its folder holds exactly its bytes and
 * was last written no earlier than the task was accepted. Rules that keep this honest:
 * - one file proves one run: of several unfinished tasks with the same number and folder, only
 *   the oldest one accepted before the write is marked Done, the others run again;
 * - a file that a task recorded as Done explains (it finished at or after the file's time) proves
 *   nothing about the unfinished ones;
 * - clocks: the file's time comes from the kernel's coarse clock, which may lag the journal's by
 *   a tick, hence ClockSlackMs. A clock set back between acceptance and write makes the file look
 *   older: the task runs again (costs time, loses nothing). A clock set forward can make an older
 *   file look newer: the task is marked Done, and the user still has exactly the file it would
 *   have written.
 */
class TaskFileCheck
{
public:
    /** How much older than the acceptance a file's time may look and still count. */
    static constexpr qint64 ClockSlackMs = 50;

    /**
     * Marks Done (in one transaction) the unfinished tasks whose file is complete, with the file's
     * time as their end. Returns how many, or -1 with @p reason set when the journal failed.
     */
    static int markWrittenDone(QSqlDatabase &db, QString *reason);

    /** The time (ms since the epoch) the file of @p number in @p directory was written, when it
     * holds exactly that task's bytes; -1 otherwise. */
    static qint64 completeFileTime(const QString &directory, int number);
};
