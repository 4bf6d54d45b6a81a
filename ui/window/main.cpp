// The window program's composition root (helloqueue-window): helloqueue becomes it when no --cli
// is given (WindowProgram). Its workers in Processes mode are that console program, which says
// where it is in HELLOQUEUE_WORKER_PROGRAM; started on its own, the window is its own worker.
#include "console/workerprocess.h"
#include "engine/processrunner.h"
#include "window/windowlauncher.h"
#include "windowprogram.h"

#include <QFile>

#include <cstdlib>

int main(int argc, char **argv)
{
    if (WorkerProcess::wanted(argc, argv))
        return WorkerProcess::run(argc, argv);
    // Started by helloqueue: its workers are that console program, not this window's copy.
    if (const char *console = std::getenv(WindowProgram::WorkerProgramVariable); console && *console)
        ProcessRunner::setWorkerProgram(QFile::decodeName(console));
    return WindowLauncher::run(argc, argv);
}
