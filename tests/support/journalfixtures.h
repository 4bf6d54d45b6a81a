#pragma once

// Helpers for the journal's tests: tasks to record, and a second connection to look inside.
#include "journal/sqlitejournal.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <chrono>
#include <limits>
#include <vector>

/** A second, independent connection: it sees only what the journal has committed. */
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    QString text(const QString &sql) const
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0).toString();
    }
    bool exec(const QString &sql) const { return QSqlQuery(m_db).exec(sql); }
    /**
     * Tasks recorded with ids in [@p first, @p end): their rows, and the tasks of batches (the
     * `added` table) that have no row yet.
     */
    qint64 recorded(quint64 first = 0, quint64 end = quint64(std::numeric_limits<qint64>::max())) const
    {
        return scalar(QStringLiteral("SELECT (SELECT count(*) FROM tasks WHERE id >= %1 AND id < %2)"
                                     " + coalesce((SELECT sum(max(0, min(first_id + length(numbers) / 4, %2)"
                                     " - max(expanded_to, %1))) FROM added), 0)")
                          .arg(first)
                          .arg(end));
    }
    /** Tasks recorded and not finished: queued rows, and batch tasks without a row. */
    qint64 unfinished() const
    {
        return scalar(QStringLiteral("SELECT (SELECT count(*) FROM tasks WHERE state = 0)"
                                     " + coalesce((SELECT sum(first_id + length(numbers) / 4 - expanded_to)"
                                     " FROM added), 0)"));
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

/** 0, 1, …, count - 1: the numbers of as many tasks. */
inline QList<int> numbersBelow(int count)
{
    QList<int> numbers;
    for (int i = 0; i < count; ++i)
        numbers.append(i);
    return numbers;
}

inline std::vector<Task> makeTasks(quint64 firstId, const QList<int> &numbers, const QString &directory)
{
    std::vector<Task> tasks;
    for (int number : numbers) {
        Task task;
        task.id = firstId++;
        task.number = number;
        task.duration = number * std::chrono::milliseconds(1000);
        task.outputDirectory = directory;
        tasks.push_back(task);
    }
    return tasks;
}

/** The same numbers as the window hands them to SqliteJournal::recordAddedLater(). */
inline AcceptedNumbers acceptedNumbers(quint64 firstId, const QList<int> &numbers, const QString &directory)
{
    AcceptedNumbers accepted;
    accepted.firstId = firstId;
    accepted.numbers = numbers;
    accepted.outputDirectory = directory;
    return accepted;
}

inline QString record(SqliteJournal &journal, const std::vector<Task> &tasks)
{
    return journal.recordAdded(tasks.data(), qsizetype(tasks.size()));
}

/** When the fixtures' tasks ran: this test's start, so that no history limit (90 days) drops them. */
inline qint64 fixtureTimeMs()
{
    static const qint64 start = QDateTime::currentMSecsSinceEpoch();
    return start;
}

inline Task finished(Task task, TaskState state, const TaskFailure &failure = {})
{
    task.state = state;
    task.startedMs = fixtureTimeMs() + 1000;
    task.finishedMs = fixtureTimeMs() + 2000;
    task.worker = 3;
    task.failure = failure;
    return task;
}

inline QList<quint64> idsOf(const QList<Task> &tasks)
{
    QList<quint64> ids;
    for (const Task &task : tasks)
        ids.append(task.id);
    return ids;
}

inline QList<int> numbersOf(const QList<Task> &tasks)
{
    QList<int> numbers;
    for (const Task &task : tasks)
        numbers.append(task.number);
    return numbers;
}
