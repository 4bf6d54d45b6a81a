#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * The window is a program of its own (helloqueue-window, in a private folder beside this one):
 * the console program never loads the widget and GUI libraries, whose loading and symbol
 * binding were most of `helloqueue --cli`'s start-up. Without --cli, helloqueue becomes the
 * window program (exec: the same process, arguments and environment, so a signal sent to the
 * process id the user started still reaches the window).
 */
class WindowProgram
{
    Q_DECLARE_TR_FUNCTIONS(WindowProgram)
public:
    /**
     * Set for the window program to the console program's path: the window starts that as its
     * worker processes (Processes mode), which then load no widget or GUI library.
     */
    static constexpr const char *WorkerProgramVariable = "HELLOQUEUE_WORKER_PROGRAM";
    /** Becomes the window program; returns (status 1) only after saying why it could not. */
    static int run(int argc, char **argv);
    /** The window program's path, found from this program's own (empty when that is unknown). */
    static QByteArray path();
    /** Why @p program could not be started (@p error is its errno), in the user's words. */
    static QString failureText(const QByteArray &program, int error);
};
