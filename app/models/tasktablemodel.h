#pragma once

#include "engine/task.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <array>
#include <functional>
#include <vector>

class TaskQueue;

/**
 * The live task list: one row per task of the queue (until cleared), in FIFO order.
 * Progress is derived from each running task's start time and duration, repainted ~10 times a
 * second while anything runs; state changes are gathered and sent as one dataChanged per frame,
 * so a flood of short tasks cannot flood the view.
 */
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SecondsColumn,
        StateColumn,
        ProgressColumn,
        WorkerColumn,
        StartedColumn,
        DurationColumn,
        FileColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        StateRole, ///< TaskState as int
        ProgressRole, ///< 0.0 to 1.0
        RemainingRole, ///< ms left, for a running or queued task
        FilePathRole, ///< the file's path once written
        ErrorRole, ///< why it failed
        SortRole, ///< a number or text to sort the column by
        RetriedAsRole ///< the id of the task that retried this one, 0 when none
    };

    explicit TaskTableModel(TaskQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    quint64 taskId(int row) const { return m_rows[size_t(row)]; }
    /** The row of a task, or -1 when it is not listed (cleared). */
    int rowOf(quint64 id) const;
    /** Removes every finished row (Done, Failed, Cancelled) from the list, in one pass. */
    void clearFinished();
    /** Removes the finished tasks among @p ids from the list (others stay). */
    void removeFinished(QList<quint64> ids);
    /** The number a person sees: 1 for the first task of this run (ids continue across runs). */
    quint64 displayNumber(quint64 id) const;
    /** Those of @p ids that Retry would queue again: failed or cancelled, not yet retried. */
    QList<quint64> retryable(const QList<quint64> &ids) const;
    /** How many listed tasks are in @p state: the queue's count less the cleared ones. */
    int listedCount(TaskState state) const;
    /** How many tasks are listed (not cleared). */
    qsizetype listedSize() const;
    /** The task is on the list (not cleared); O(1): the timeline asks for every task. */
    bool isListed(quint64 id) const;
    /** Re-reads every text after a language change. */
    void retranslate();
    /** Sends pending changes now (tests, and before a paint that must be current). */
    void flush();

    static QString stateText(int state);
    /** "pool thread 3" or "main thread, slot 2": which worker ran a task. */
    static QString workerText(RunMode mode, int worker, qint64 pid = 0);
    /** "1.002 s": how long a task took, to the millisecond, in the current locale. */
    static QString durationText(qint64 ms);

signals:
    /** Clear finished took rows off the list: totals and the timeline forget them too. */
    void finishedCleared();
    /**
     * Inside Clear finished's layout change, before layoutChanged(): @p newRows[row] is where each
     * old row went, -1 when it left. The rows left keep their order, so a sorted proxy keeps its own
     * order by dropping rows, without reading or sorting keys again.
     */
    void rowsCompacted(const std::vector<int> &newRows);

private:
    QVariant display(const Task &task, int column) const;
    QVariant sortValue(const Task &task, int column) const;
    QString toolTip(const Task &task) const;
    void onTasksAdded(quint64 firstId, int count);
    void onTaskChanged(quint64 id);
    void tick();
    void removeFinishedWhere(const std::function<bool(quint64)> &chosen);

    TaskQueue *m_queue;
    std::vector<quint64> m_rows; ///< task ids, ascending
    QTimer m_flushTimer;
    QTimer m_progressTimer;
    std::array<int, TaskStateCount> m_cleared {}; ///< cleared tasks per (final) state
    std::vector<quint8> m_clearedIds; ///< by id - m_firstListedId: 1 when the task was cleared (bytes:
                                      ///< vector<bool> fills bit by bit)
    quint64 m_firstListedId = 0; ///< the first id ever listed
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
};
