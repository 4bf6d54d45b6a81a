#pragma once

#include "engine/task.h"

#include <QList>

class SqliteJournal;
class TaskQueue;

/**
 * Puts the unfinished tasks of earlier runs (SqliteJournal::unfinishedTasks()) back on the
 * queue: in their order, into their own output folders, as new tasks with new ids. The journal
 * replaces each old record in the transaction that records its copy, so a crash in the middle
 * neither loses nor doubles a task. The queue must have the journal attached. Both UIs use it
 * for "Restore" and --restore.
 */
class TaskRestorer
{
public:
    /** Returns how many were restored; the others (the queue refused them) stay unfinished. */
    static int restore(SqliteJournal &journal, TaskQueue &queue, const QList<Task> &tasks);
};
