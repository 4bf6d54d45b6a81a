#include "windowlauncher.h"

#include "appidentity.h"
#include "commandline.h"
#include "mainwindow.h"
#include "sqlitejournal.h"
#include "taskqueue.h"
#include "translation.h"

#include <QApplication>
#include <QMessageBox>
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
