#pragma once

#include "engine/taskjournal.h"

#include <QHash>
#include <QList>

/**
 * A TaskJournal that keeps what it was told in memory, so a test can compare it with the queue:
 * every task added once, each final state recorded once, and what a restart would offer again.
 */
class FakeJournal final : public TaskJournal
{
public:
    struct Entry
    {
        Task added;
        QList<TaskState> finished; ///< every recordFinished() for this id, in order
        bool restored = false; ///< handed to a new queue after a stop: no longer offered
    };

    QString recordAdded(const Task *tasks, qsizetype count) override
    {
        if (failNextAdd) {
            failNextAdd = false;
            return QStringLiteral("the journal could not record");
        }
        for (qsizetype i = 0; i < count; ++i) {
            Entry &entry = entries[tasks[i].id];
            ++addCounts[tasks[i].id];
            entry.added = tasks[i];
        }
        return {};
    }
    void recordFinished(const Task &task) override { entries[task.id].finished.append(task.state); }
    void flush() override { ++flushes; }

    /** What a restart would offer to restore, in id order. */
    QList<Task> unfinished() const
    {
        QList<Task> tasks;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (it->finished.isEmpty() && !it->restored)
                tasks.append(it->added);
        }
        std::sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) { return a.id < b.id; });
        return tasks;
    }

    QHash<quint64, Entry> entries;
    QHash<quint64, int> addCounts;
    int flushes = 0;
    bool failNextAdd = false;
};
