#pragma once

#include "engine/taskrunner.h"

#include <QList>
#include <QObject>

#include <algorithm>
#include <chrono>
#include <set>

/** A job for a runner test: task @p id writes `{id}.txt` into @p directory after @p duration. */
inline TaskJob makeJob(
    quint64 id, std::chrono::milliseconds duration, const QString &directory, WorkKind work = WorkKind::Wait)
{
    return TaskJob {id, int(id), duration, directory, work};
}

/**
 * Records what a runner reports, batch by batch, and what a queue would derive from it: how many
 * jobs run at once (at most), which slots they ran in.
 */
class RunnerLog : public QObject
{
public:
    explicit RunnerLog(TaskRunner &runner)
    {
        connect(&runner, &TaskRunner::events, this, [this](const QList<TaskEvent> &batch) {
            batchSizes.append(batch.size());
            for (const TaskEvent &event : batch)
                record(event);
        });
    }

    const TaskEvent *find(quint64 id, TaskEvent::Kind kind) const
    {
        const auto it = std::find_if(events.begin(), events.end(),
            [id, kind](const TaskEvent &e) { return e.id == id && e.kind == kind; });
        return it == events.end() ? nullptr : &*it;
    }
    const TaskEvent *started(quint64 id) const { return find(id, TaskEvent::Kind::Started); }
    const TaskEvent *finished(quint64 id) const { return find(id, TaskEvent::Kind::Finished); }
    /** The CPU time each Progress event of job @p id reported, in order. */
    QList<qint32> progress(quint64 id) const
    {
        QList<qint32> done;
        for (const TaskEvent &e : events) {
            if (e.id == id && e.kind == TaskEvent::Kind::Progress)
                done.append(e.workDoneMs);
        }
        return done;
    }
    int finishedCount() const
    {
        return int(std::count_if(events.begin(), events.end(),
            [](const TaskEvent &e) { return e.kind == TaskEvent::Kind::Finished; }));
    }
    QList<quint64> startOrder() const
    {
        QList<quint64> ids;
        for (const TaskEvent &e : events) {
            if (e.kind == TaskEvent::Kind::Started)
                ids.append(e.id);
        }
        return ids;
    }

    QList<TaskEvent> events;
    QList<qsizetype> batchSizes;
    int maxRunning = 0;
    /** A slot reported twice at once, or a Finished without its Started being the last event. */
    QStringList problems;

private:
    void record(const TaskEvent &event)
    {
        events.append(event);
        if (event.kind == TaskEvent::Kind::Progress) {
            if (m_running.count(event.id) == 0)
                problems << QStringLiteral("progress of task %1, which is not running").arg(event.id);
            return;
        }
        if (event.kind == TaskEvent::Kind::Started) {
            if (!m_busySlots.insert(event.worker).second)
                problems
                    << QStringLiteral("slot %1 given to task %2 while busy").arg(event.worker).arg(event.id);
            m_running.insert(event.id);
            maxRunning = std::max(maxRunning, int(m_running.size()));
        } else if (m_running.erase(event.id) > 0) {
            m_busySlots.erase(event.worker);
        }
    }

    std::set<quint64> m_running;
    std::set<qint16> m_busySlots;
};
