#include "windowlauncher.h"

#include "appidentity.h"
#include "commandline.h"
#include "mainwindow.h"
#include "settingsstore.h"
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

    // --lang wins over the saved language; both are known before the first translated word.
    const SettingsStore settings;
    const QString languageArgument = CommandLine::languageArgument(argc, argv);
    Translation::apply(languageArgument.isEmpty() ? settings.language() : languageArgument);
    const CommandLine::Result parsed = CommandLine::parse(QCoreApplication::arguments());
    if (parsed.outcome == CommandLine::Outcome::Error) {
        QTextStream(stderr) << parsed.errorText << "\n\n" << parsed.helpText;
        return 2;
    }
    const CommandLineOptions &options = parsed.options;

    TaskQueue queue;
    // Saved settings, overridden by --output-dir, --workers and --mode for this run only.
    settings.configure(&queue, options);
    MainWindow window(&queue);
    if (!options.language.isEmpty())
        window.setLanguageChoice(options.language);
    window.show();
    queue.enqueue(options.numbers);
    return QApplication::exec();
}
