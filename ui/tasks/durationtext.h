#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

/** How the window writes a length of time: "4.2 s" under a minute, "12:05" or "3:04:05" above. */
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)
public:
    static QString format(std::chrono::milliseconds duration);
};
