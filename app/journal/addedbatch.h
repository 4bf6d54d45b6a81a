#pragma once

#include "engine/task.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QSqlQuery;

/**
 * Tasks accepted together (a pasted list, a read of piped lines) and recorded as one row of the
 * journal's `added` table: their numbers in a blob (32-bit little-endian each), the rest shared.
 * One row and one blob instead of a row per task is what lets a million pasted numbers show as
 * Queued within moments, still recorded first. A task gets its own row in `tasks` only when it
 * finishes (inserted finished) or when a task after it finishes first (inserted queued): every id
 * below expandedTo has its row, every id from expandedTo on is unfinished and only in the blob.
 */
class AddedBatch
{
public:
    /**
     * The batch for @p count tasks, or nothing when they do not fit one: ids not consecutive,
     * different folders or kinds of work, or durations that are not number × one second length.
     */
    static std::optional<AddedBatch> fromTasks(
        const Task *tasks, qsizetype count, qint64 directoryId, qint64 createdMs);
    /** The batch for @p count numbers from @p firstId on, each lasting number × @p secondMs. */
    static AddedBatch fromNumbers(quint64 firstId, const int *numbers, qsizetype count, qint64 secondMs,
        qint64 directoryId, qint64 createdMs, int work);
    /** The columns of `added` that fromRow() reads, in its order. */
    static QString storedColumns();
    /**
     * A batch as stored, from a row selected with storedColumns(); nothing when its blob does not
     * hold whole numbers.
     */
    static std::optional<AddedBatch> fromRow(const QSqlQuery &row);

    QByteArray numbersBlob() const;

    quint64 firstId() const { return m_firstId; }
    quint64 end() const { return m_firstId + m_numbers.size(); } ///< above its last id
    bool contains(quint64 id) const { return id >= m_firstId && id < end(); }
    int number(quint64 id) const { return m_numbers[size_t(id - m_firstId)]; }
    qint64 durationMs(quint64 id) const { return qint64(number(id)) * m_secondMs; }
    qint64 secondMs() const { return m_secondMs; }
    qint64 directoryId() const { return m_directoryId; }
    qint64 createdMs() const { return m_createdMs; }
    int work() const { return m_work; }

    /** Ids below it have their row in `tasks`. */
    quint64 expandedTo() const { return m_expandedTo; }
    void setExpandedTo(quint64 id) { m_expandedTo = id; }
    /** expandedTo as last committed: restored when a transaction is rolled back. */
    quint64 committedTo() const { return m_committedTo; }
    void commit() { m_committedTo = m_expandedTo; }
    void rollBack() { m_expandedTo = m_committedTo; }
    bool isExpanded() const { return m_expandedTo >= end(); }

private:
    AddedBatch() = default;

    std::vector<int> m_numbers;
    quint64 m_firstId = 0;
    quint64 m_expandedTo = 0;
    quint64 m_committedTo = 0;
    qint64 m_secondMs = 0;
    qint64 m_directoryId = 0;
    qint64 m_createdMs = 0;
    int m_work = 0;
};
