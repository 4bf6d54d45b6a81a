#include "windowlauncher.h"

#include "appidentity.h"
#include "commandline.h"
#include "mainwindow.h"
#include "taskqueue.h"
#include "translation.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

namespace {

// The icon in every size the hicolor theme has, from resources/helloqueue.qrc.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/helloqueue.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int WindowLauncher::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(helloqueue); // the resource lives in a static library: keep it linked
    AppIdentity::apply();
    QApplication::setWindowIcon(applicationIcon());
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
