#pragma once

#include <QStringList>

struct CommandLineOptions;
class SettingsStore;

/** Starts the window: the QApplication, the engine, the main window. No widget headers here. */
class WindowLauncher
{
public:
    static int run(int argc, char **argv);

private:
    /** Without a display: one translated line on standard error, exit status 1. */
    static int reportNoDisplay(int argc, char **argv, const QStringList &missing);
    /** The journal, the queue (settings and options applied), the window, the restore offer. */
    static int runWindow(const SettingsStore &settings, const CommandLineOptions &options);
};
