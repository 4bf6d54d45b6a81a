#pragma once

#include "engine/task.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class SqliteJournal;

/**
 * The finished tasks the journal keeps (Done, Failed, Cancelled), newest first, read-only. The
 * list is a snapshot: refresh() reads it again. At most limit() rows are read; hasMore() says
 * when the journal holds older ones too. Clearing the window's list never touches this history;
 * only clearHistory() does.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SecondsColumn,
        StateColumn,
        FinishedColumn,
        DurationColumn,
        WorkerColumn,
        FileOrReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        StateRole, ///< TaskState as int
        FinishedMsRole ///< wall clock of the end, ms since the epoch
    };

    /** Enough to look back a long way, few enough to read in a blink. */
    static constexpr int DefaultLimit = 10000;

    /** @p journal is not owned and may be null (then the history is empty). */
    explicit HistoryModel(SqliteJournal *journal, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** How many rows refresh() reads at most (1 or more). */
    void setLimit(int limit);
    int limit() const { return m_limit; }
    /** The journal holds more finished tasks than the limit: only the newest are listed. */
    bool hasMore() const { return m_hasMore; }
    /** A journal is attached and open, so there is a history to show. */
    bool isAvailable() const;

    /** Reads the newest finished tasks from the journal again. */
    void refresh();
    /** Deletes every finished task from the journal; returns a translated reason on failure. */
    QString clearHistory();
    /** Re-reads every text after a language change. */
    void retranslate();

private:
    QVariant display(const Task &task, int column) const;

    QPointer<SqliteJournal> m_journal;
    QList<Task> m_tasks;
    int m_limit = DefaultLimit;
    bool m_hasMore = false;
};
