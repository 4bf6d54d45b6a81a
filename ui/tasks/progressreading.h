#pragma once

#include <QCoreApplication>
#include <QString>

class QModelIndex;

/**
 * What a screen reader reads for a task's progress cell, where the screen shows a bar: its state,
 * how far it is and the time left ("Running, 40 %, 3 s left").
 */
class ProgressReading
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReading)
public:
    /** @p index: any cell of the task's row in TaskTableModel or a proxy of it. */
    static QString text(const QModelIndex &index);
};
