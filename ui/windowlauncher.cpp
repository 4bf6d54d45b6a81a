#include "windowlauncher.h"

#include "appidentity.h"
#include "commandline.h"
#include "mainwindow.h"
#include "sqlitejournal.h"
#include "taskqueue.h"
#include "translation.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
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

    // Before the queue: the queue writes its last finished tasks into it when it goes away.
    SqliteJournal journal;
    journal.open();
    TaskQueue queue;
    queue.setFirstId(journal.nextId());
    queue.setJournal(&journal);
    QObject::connect(&journal, &SqliteJournal::errorOccurred, &queue, &TaskQueue::errorOccurred);
    MainWindow window(&queue);
    window.show();
    // Another instance owns the journal, or an unreadable one was moved aside. The restore offer
    // (SqliteJournal::unfinishedTasks, TaskRestorer) belongs to the window.
    if (!journal.message().isEmpty())
        QMessageBox::warning(&window, QString(), journal.message());
    return QApplication::exec();
}
