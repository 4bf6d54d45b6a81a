#pragma once

#include "compare/compareresult.h"

#include <QByteArray>
#include <QList>

/**
 * A comparison as CSV for a spreadsheet: a header line, then one line per mode. Names and
 * numbers are kept machine-readable (English keys, seconds with a dot, no grouping), so the file
 * reads the same whatever the language of the window that saved it.
 */
class CompareCsv
{
public:
    static QByteArray text(const QList<CompareResult> &results);
};
