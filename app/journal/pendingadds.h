#pragma once

#include "engine/task.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>

class SqliteJournal;
class TaskQueue;

/**
 * Numbers accepted from the window's field on their way into the queue: recorded in the journal
 * on its own thread first (their tasks built meanwhile, TaskQueue::prepare), then enqueued, so a
 * task shown as Queued is already in the journal and the window never waits for the disk. Meanwhile more
 * numbers may be added; they follow in order. Without an open journal, numbers are enqueued at once.
 */
class PendingAdds : public QObject
{
    Q_OBJECT
public:
    PendingAdds(TaskQueue *queue, SqliteJournal *journal, QObject *parent = nullptr);

    /** The journal to record into (not owned; may be null). */
    void setJournal(SqliteJournal *journal);
    /** Records @p numbers, then enqueues them; false when the queue takes no more tasks. */
    bool add(const QList<int> &numbers);
    /** Numbers still being recorded. */
    int count() const { return m_count; }

signals:
    /** Numbers still being recorded changed (0: everything added so far is in the queue). */
    void countChanged(int count);
    /** Numbers could not be recorded and were not added (translated). */
    void errorOccurred(const QString &message);

private:
    struct Batch
    {
        quint64 firstId;
        QList<int> numbers;
        QString outputDirectory;
        WorkKind work;
    };

    void onRecorded(const QString &error);
    void setCount(int count);

    TaskQueue *m_queue;
    QPointer<SqliteJournal> m_journal;
    std::deque<Batch> m_batches;
    int m_count = 0;
};
