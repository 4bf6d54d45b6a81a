#pragma once

#include "compare/compareresult.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The side-by-side figures of a comparison: one row per mode, one column per figure. The window's
 * table shows it, and the console's CompareReport prints the same cells, so both say the same.
 */
class CompareTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ModeColumn,
        WallColumn,
        CpuColumn,
        ThreadsColumn,
        ProcessesColumn,
        MemoryColumn,
        ColumnCount
    };

    explicit CompareTableModel(QObject *parent = nullptr);

    /** Shows @p results (replacing what was shown). */
    void setResults(const QList<CompareResult> &results);
    const QList<CompareResult> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const CompareResult &result, int column) const;
    QString toolTip(const CompareResult &result) const;

    QList<CompareResult> m_results;
};
