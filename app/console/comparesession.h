#pragma once

#include "commandline.h"
#include "compare/comparerun.h"
#include "console/signalwatcher.h"

#include <QEventLoop>
#include <QObject>

/**
 * `helloqueue --compare`: runs the numbers through every mode (CompareRun), says on standard
 * error which mode runs, then prints CompareReport on standard output. Ctrl+C, SIGTERM or SIGHUP
 * stops the comparison, prints what was measured, and exits with 128 + the signal's number;
 * otherwise the exit status is 0, or 1 when a mode could not run or a task failed.
 * Without numbers it compares CompareRun::defaultNumbers(), without --workers on
 * CompareRun::DefaultWorkers workers. HELLOQUEUE_SECOND_MS shortens the second, as in --cli.
 */
class CompareSession : public QObject
{
    Q_OBJECT
public:
    explicit CompareSession(const CommandLineOptions &options, QObject *parent = nullptr);

    /** Runs the comparison to its end; returns the exit status. */
    int run();

private:
    void interrupt(int signalNumber);
    void printReport();

    CompareRun m_run;
    SignalWatcher m_signals;
    QEventLoop m_loop;
    int m_interruptSignal = 0;
};
