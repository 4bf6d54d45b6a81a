#include "consolesession.h"

#include <QTextStream>

ConsoleSession::ConsoleSession(const CommandLineOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{ }

int ConsoleSession::run()
{
    // Not built yet (see the console-mode issue).
    QTextStream(stderr) << "--cli is not available yet\n";
    return 2;
}
