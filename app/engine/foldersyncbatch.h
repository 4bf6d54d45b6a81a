#pragma once

#include "engine/task.h"

#include <QList>
#include <QString>

#include <utility>
#include <vector>

/**
 * The folders a worker wrote files into with TaskWriter::FolderSync::Later, synced once for all
 * of them just before their Done events are handed over: a flood of zero-second tasks then costs
 * one folder sync per batch of events, not one per file, and a task is still reported Done only
 * once its new name survives a power cut. One per worker thread; not thread-safe.
 */
class FolderSyncBatch
{
public:
    /** Job @p id's file was renamed into @p directory, whose sync is left to flush(). */
    void add(quint64 id, const QString &directory);
    /**
     * Syncs each folder added since the last flush once. The Done events in @p events of jobs
     * whose folder could not be synced become Failed with the reason.
     */
    void flush(QList<TaskEvent> &events);
    /** Whether a folder waits for flush(). */
    bool pending() const { return !m_written.empty(); }

private:
    std::vector<std::pair<quint64, QString>> m_written;
};
