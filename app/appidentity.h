#pragma once

#include <QString>

/** The names Qt uses for settings, data folders and the window class, set in one place. */
class AppIdentity
{
public:
    static void apply();
    static QString versionText();
};
