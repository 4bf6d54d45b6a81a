#pragma once

#include "compare/compareresult.h"
#include "engine/task.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * The one-line reading of a comparison, in plain words, worked out from its figures: "waiting:
 * the event loop took 1.00 s, threads 1.00 s — one thread waits as well as many".
 */
class CompareReading
{
    Q_DECLARE_TR_FUNCTIONS(CompareReading)
public:
    /** Total times within this ratio of each other read as "as fast". */
    static constexpr double SameSpeed = 1.15;

    /** The reading of @p results of @p work run on a machine of @p cores cores. */
    static QString text(const QList<CompareResult> &results, WorkKind work, int cores);

private:
    static QString figures(const CompareResult &events, const QList<CompareResult> &others);
    static QString conclusion(
        const CompareResult &events, const CompareResult &fastest, WorkKind work, int cores);
};
