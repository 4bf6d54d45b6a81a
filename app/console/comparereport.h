#pragma once

#include "compare/compareresult.h"
#include "engine/task.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

class QAbstractItemModel;

/**
 * What `helloqueue --compare` prints: what was compared, the side-by-side table and the reading.
 * Columns are aligned by the width a terminal gives each character, so they line up in Russian
 * as in English (Cyrillic letters take one column, a combining mark none, CJK characters two).
 */
class CompareReport
{
    Q_DECLARE_TR_FUNCTIONS(CompareReport)
public:
    struct Input
    {
        QList<int> numbers;
        int workers = 1;
        WorkKind work = WorkKind::Wait;
        int cores = 1;
        QList<CompareResult> results;
    };

    /** The whole report, lines ending in '\n'. */
    static QString text(const Input &input);
    /** A model's header and rows as text columns, two spaces apart, aligned as the model says. */
    static QString table(const QAbstractItemModel &model);
    /** How many terminal columns @p text takes. */
    static int displayWidth(QStringView text);
};
