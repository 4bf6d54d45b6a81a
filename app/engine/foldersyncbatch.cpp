#include "engine/foldersyncbatch.h"

#include "engine/taskwriter.h"

#include <QHash>

void FolderSyncBatch::add(quint64 id, const QString &directory)
{
    m_written.emplace_back(id, directory);
}

void FolderSyncBatch::flush(QList<TaskEvent> &events)
{
    if (m_written.empty())
        return;
    QHash<QString, TaskFailure> synced; // by folder: almost always one
    QHash<quint64, TaskFailure> failed;
    for (const auto &[id, directory] : m_written) {
        auto folder = synced.constFind(directory);
        if (folder == synced.cend())
            folder = synced.insert(directory, TaskWriter::syncFolder(directory));
        if (!folder->isNone())
            failed.insert(id, *folder);
    }
    m_written.clear();
    if (failed.isEmpty())
        return;
    for (TaskEvent &event : events) {
        const auto reason = failed.constFind(event.id);
        if (reason != failed.cend() && event.kind == TaskEvent::Kind::Finished
            && event.state == TaskState::Done) {
            event.state = TaskState::Failed;
            event.failure = *reason;
        }
    }
}
