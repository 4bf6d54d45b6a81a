#pragma once

#include "timeline/timelinelayout.h"

#include <QCoreApplication>
#include <QString>

struct Task;

/** The timeline's hover text: a task's details, or what a density strip holds. */
class TimelineToolTip
{
    Q_DECLARE_TR_FUNCTIONS(TimelineToolTip)
public:
    /** @p worker names the lane ("pool thread 3"); @p expectedStartMs is when a queued task is
     *  expected to start (0 when unknown). Tasks are numbered from 1 at @p firstId (the run's
     *  first task), in the current locale, as the table numbers them. */
    static QString forTask(
        const Task &task, const QString &worker, qint64 nowMs, qint64 expectedStartMs, quint64 firstId);
    static QString forBucket(const TimelineLayout::Bucket &bucket, quint64 firstId);
};
