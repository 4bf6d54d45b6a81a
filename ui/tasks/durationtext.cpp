#include "tasks/durationtext.h"

#include <QLocale>

QString DurationText::format(std::chrono::milliseconds duration)
{
    const qint64 ms = std::max<qint64>(0, duration.count());
    if (ms < 59950)
        return tr("%1 s", "seconds, with one decimal").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    // A time left is rounded up: "0:00" while something still runs would be a lie.
    const qint64 seconds = (ms + 999) / 1000;
    const QChar zero(QLatin1Char('0'));
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, zero)
        .arg(seconds % 60, 2, 10, zero);
}
