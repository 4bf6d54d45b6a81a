#include "windowlauncher.h"

#include "appidentity.h"
#include "commandline.h"
#include "mainwindow.h"
#include "taskqueue.h"
#include "translation.h"

#include <QApplication>
#include <QTextStream>

int WindowLauncher::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("HelloQueue"));
    QGuiApplication::setDesktopFileName(QStringLiteral("helloqueue"));
    Translation::apply(CommandLine::languageArgument(argc, argv));
    const CommandLine::Result parsed = CommandLine::parse(QCoreApplication::arguments());
    if (parsed.outcome == CommandLine::Outcome::Error) {
        QTextStream(stderr) << parsed.errorText << "\n\n" << parsed.helpText;
        return 2;
    }

    TaskQueue queue;
    MainWindow window(&queue);
    window.show();
    return QApplication::exec();
}
