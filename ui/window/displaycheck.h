#pragma once

#include <QCoreApplication>
#include <QStringList>

/**
 * Whether the window has a display to open on, asked before QApplication exists: without one, Qt
 * aborts with "Reinstalling the application may fix this problem", which misleads. Only the
 * variables are read (no connection is tried): a display that is set but unreachable still ends in
 * Qt's own message.
 */
class DisplayCheck
{
    Q_DECLARE_TR_FUNCTIONS(DisplayCheck)
public:
    /**
     * The environment variables the platform needs and lacks ("DISPLAY", "WAYLAND_DISPLAY"); empty
     * when a display is set, when the platform needs none (offscreen, vnc) or -platform was given.
     */
    static QStringList missingVariables(int argc, char **argv);
    /** One translated line: what is missing, and --cli. */
    static QString message(const QStringList &missing);
};
