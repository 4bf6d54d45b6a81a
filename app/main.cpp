// The console program's composition root: read the command line, then run the console, a worker of
// Processes mode, or hand over to the window program (ui/window/main.cpp).
#include "appidentity.h"
#include "commandline.h"
#include "console/comparesession.h"
#include "console/consolesession.h"
#include "console/workerprocess.h"
#include "translation.h"
#include "windowprogram.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>

namespace {

/** Opens /dev/null on closed standard descriptors, so no later file or socket takes their place. */
void ensureStandardDescriptors()
{
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) == -1)
            ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY); // the lowest free number: fd
    }
}

int runConsole(int argc, char **argv)
{
    ensureStandardDescriptors();
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    Translation::apply(CommandLine::languageArgument(argc, argv));
    const CommandLine::Result parsed = CommandLine::parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (parsed.outcome) {
    case CommandLine::Outcome::ShowHelp:
        out << parsed.helpText;
        return 0;
    case CommandLine::Outcome::ShowVersion:
        out << AppIdentity::versionText() << '\n';
        return 0;
    case CommandLine::Outcome::Error:
        err << parsed.errorText << "\n\n" << parsed.helpText;
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }
    if (parsed.options.compare) {
        CompareSession comparison(parsed.options);
        return comparison.run();
    }
    ConsoleSession session(parsed.options);
    return session.run();
}

} // namespace

int main(int argc, char **argv)
{
    // A worker process of Processes mode (started by ProcessRunner, not by a person).
    if (WorkerProcess::wanted(argc, argv))
        return WorkerProcess::run(argc, argv);
    // The console needs no window system, and starts faster without one.
    if (CommandLine::wantsConsole(argc, argv))
        return runConsole(argc, argv);
    return WindowProgram::run(argc, argv);
}
