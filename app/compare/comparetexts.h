#pragma once

#include "engine/task.h"

#include <QCoreApplication>
#include <QString>

/**
 * The words and number formats a comparison is shown in, shared by its table (window and
 * console), its reading and its timelines' captions, so every place says the same. Numbers are
 * formatted with the default QLocale ("1.50 s", "1,50 с").
 */
class CompareTexts
{
    Q_DECLARE_TR_FUNCTIONS(CompareTexts)
public:
    /** "Threads", "Event loop": as a table row or a caption (one line per mode). */
    static QString modeName(RunMode mode);
    /** "threads", "the event loop": inside a sentence (one line per mode). */
    static QString modeInSentence(RunMode mode);
    /** "waiting", "computing" (one line per kind). */
    static QString workName(WorkKind work);
    /** Seconds with @p decimals decimals: "1.50 s". */
    static QString seconds(qint64 ms, int decimals = 2);
    /** "12.3 MiB". */
    static QString mebibytes(qint64 kib);
    /** "1 1 2" in the locale's digits and grouping. */
    static QString numberList(const QList<int> &numbers);
    /** "Mode 2 of 3: Event loop…" */
    static QString progress(int index, int count, RunMode mode);
};
