#include "window/windowlauncher.h"

#include "appidentity.h"
#include "commandline.h"
#include "dialogs/restoredialog.h"
#include "engine/taskqueue.h"
#include "journal/historylimit.h"
#include "journal/sqlitejournal.h"
#include "settingsstore.h"
#include "translation.h"
#include "window/displaycheck.h"
#include "window/externalquit.h"
#include "window/mainwindow.h"

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
    const QStringList missingDisplay = DisplayCheck::missingVariables(argc, argv);
    if (!missingDisplay.isEmpty())
        return reportNoDisplay(argc, argv, missingDisplay);
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(helloqueue); // the resource lives in a static library: keep it linked
    AppIdentity::apply();
    QApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("HelloQueue"));
    QGuiApplication::setDesktopFileName(QStringLiteral("helloqueue"));

    // --lang wins over the saved language; both are known before the first translated word.
    const SettingsStore settings;
    const QString languageArgument = CommandLine::languageArgument(argc, argv);
    Translation::apply(languageArgument.isEmpty() ? settings.language() : languageArgument);
    const CommandLine::Result parsed = CommandLine::parse(QCoreApplication::arguments());
    if (parsed.outcome == CommandLine::Outcome::Error) {
        QTextStream(stderr) << parsed.errorText << "\n\n" << parsed.helpText;
        return 2;
    }
    return runWindow(settings, parsed.options);
}

int WindowLauncher::reportNoDisplay(int argc, char **argv, const QStringList &missing)
{
    // QApplication would abort; a QCoreApplication is enough to say why in the user's language.
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    const QString languageArgument = CommandLine::languageArgument(argc, argv);
    Translation::apply(languageArgument.isEmpty() ? SettingsStore().language() : languageArgument);
    QTextStream(stderr) << DisplayCheck::message(missing) << '\n';
    return 1;
}

int WindowLauncher::runWindow(const SettingsStore &settings, const CommandLineOptions &options)
{
    // Before the queue: the queue writes its last finished tasks into it when it goes away.
    SqliteJournal journal;
    journal.setHistoryLimit(HistoryLimit::fromSettings(settings));
    journal.open();
    TaskQueue queue;
    queue.setFirstId(journal.nextId());
    queue.setJournal(&journal);
    QObject::connect(&journal, &SqliteJournal::errorOccurred, &queue, &TaskQueue::errorOccurred);
    // Saved settings, overridden by --output-dir, --workers and --mode for this run only.
    settings.configure(&queue, options);
    MainWindow window(&queue);
    window.setJournal(&journal);
    // SIGTERM, SIGINT, SIGHUP and a logout end the window like Quit now.
    const ExternalQuit externalQuit(&window, &journal);
    if (!options.language.isEmpty())
        window.setLanguageChoice(options.language);
    window.show();
    // Another instance owns the journal, or an unreadable one was moved aside.
    if (!journal.message().isEmpty())
        QMessageBox::warning(&window, QString(), journal.message());
    // Earlier runs' unfinished tasks first, in their order; then this command line's numbers.
    // Each dialog runs its own event loop, where a signal may already have ended the window.
    if (!externalQuit.requested())
        RestoreDialog::offer(journal, queue, options, &window);
    if (!externalQuit.requested())
        queue.enqueue(options.numbers);
    // Closed inside a dialog's loop: the main loop would wait for a window that is gone.
    const int status = window.isVisible() ? QApplication::exec() : 0;
    return externalQuit.exitStatus(status);
}
