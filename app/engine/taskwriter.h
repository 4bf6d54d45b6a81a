#pragma once

#include "engine/taskfailure.h"

#include <QString>

/**
 * Writes a task's file, `{number}.txt` holding `Hello, {number}!`, atomically and durably: the
 * bytes go to a temporary file that is synced and then renamed over the target, and the folder is
 * synced after the rename. A reader never sees a partial or empty file, even if the process dies
 * mid-write, and a file once written survives a power cut. In a folder kept in RAM (tmpfs, ramfs),
 * which no power cut spares, nothing is synced. Safe on any thread.
 */
class TaskWriter
{
public:
    static QString fileName(int number);
    /** Where a task's file goes: `{directory}/{number}.txt`. */
    static QString filePath(const QString &directory, int number);
    static QByteArray contents(int number);
    /**
     * When write() syncs the folder that holds the new name. Later: the caller syncs it
     * (syncFolder(), FolderSyncBatch) before it reports the task Done, once for several files.
     */
    enum class FolderSync { Now, Later };
    /** Writes the file, creating the folder if missing. Returns why it failed, or none. */
    static TaskFailure write(const QString &directory, int number, FolderSync folderSync = FolderSync::Now);
    /**
     * Whether a file was written into @p directory already and it is kept in RAM (nothing there
     * is synced). Looks nothing up: false for a folder not written to yet. Cheap on the thread
     * that wrote there last.
     */
    static bool knownInRam(const QString &directory);
    /** Makes the names renamed into @p directory so far survive a power cut. */
    static TaskFailure syncFolder(const QString &directory);
    /**
     * Removes the temporary files that processes no longer running left in @p directory (killed
     * between creating one and renaming it); returns how many. write() calls it once per folder
     * and process, before its first file there.
     */
    static int removeStaleTemporaries(const QString &directory);
    /**
     * Names this process's temporary files after @p pid, the process that owns its tasks: a worker
     * process (Processes mode) names them after the app. When the app is killed, its workers are
     * killed too, but one may still be dying in a sync when the next start sweeps the folder; its
     * file is stale as soon as the app is gone. Call before the first write.
     */
    static void setOwnerProcess(qint64 pid);
};
