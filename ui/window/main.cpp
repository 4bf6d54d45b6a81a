// The window program's composition root (helloqueue-window): helloqueue becomes it when no --cli
// is given (WindowProgram), and it starts itself again as the workers of Processes mode.
#include "console/workerprocess.h"
#include "window/windowlauncher.h"

int main(int argc, char **argv)
{
    if (WorkerProcess::wanted(argc, argv))
        return WorkerProcess::run(argc, argv);
    return WindowLauncher::run(argc, argv);
}
