#include "workname.h"

#include <QLocale>

QString WorkName::choice(WorkKind work)
{
    return work == WorkKind::Compute ? tr("Computing") : tr("Waiting");
}

QString WorkName::seconds(int number, WorkKind work)
{
    const QString digits = QLocale().toString(number);
    // Short: the column is narrow, and a number alone still means the lesson's wait.
    return work == WorkKind::Compute ? tr("%1 CPU", "seconds of one core's time").arg(digits) : digits;
}

QString WorkName::description(int number, WorkKind work)
{
    return work == WorkKind::Compute ? tr("Computes for %n second(s) on one core", nullptr, number)
                                     : tr("Waits %n second(s)", nullptr, number);
}
