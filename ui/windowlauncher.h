#pragma once

/** Starts the window: the QApplication, the engine, the main window. No widget headers here. */
class WindowLauncher
{
public:
    static int run(int argc, char **argv);
};
