#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

class QSqlDatabase;

/**
 * What can still be read of a damaged journal: its unfinished tasks (those of every run), with
 * their folders, as far as the damage allows. Each task is read on its own, through the index of
 * unfinished tasks and through a plain scan of the table, so a damaged page costs the tasks on it,
 * not every task after it; the tasks of batches (AddedBatch) without rows are read from their blobs.
 * Copied into the fresh journal, they are offered for restore as usual.
 */
class JournalSalvage
{
public:
    struct Row
    {
        qint64 id = 0;
        int number = 0;
        qint64 durationMs = 0;
        qint64 createdMs = 0;
        QString directory;
        int work = 0; ///< WorkKind
    };

    /** Reads what it can of the journal file at @p path (through a connection of its own). */
    static JournalSalvage read(const QString &path);
    /** Inserts the rows into @p db (a fresh journal) in one transaction; false with @p reason. */
    bool write(QSqlDatabase &db, QString *reason) const;

    int size() const { return int(m_rows.size()); }
    /** The id above every salvaged task (0 when none): the fresh journal must not reuse ids. */
    qint64 nextId() const { return m_nextId; }

private:
    void readFrom(QSqlDatabase &db);
    void readTask(QSqlDatabase &db, qint64 id, const QHash<qint64, QString> &directories);
    /** The unfinished tasks of the batches, those without a row (@p rowIds) only. */
    void readBatches(QSqlDatabase &db, const QSet<qint64> &rowIds, const QHash<qint64, QString> &directories);

    std::vector<Row> m_rows;
    qint64 m_nextId = 0;
};
