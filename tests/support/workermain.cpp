// `helloqueue --worker` alone, for the core's tests: they run where the app itself is not built
// (the sanitizer presets), and point ProcessRunner::setWorkerProgram() here.
#include "console/workerprocess.h"

int main(int argc, char **argv)
{
    return WorkerProcess::wanted(argc, argv) ? WorkerProcess::run(argc, argv) : 2;
}
