#pragma once

#include "engine/task.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** What the user asked for on the command line; unset options keep the saved settings. */
struct CommandLineOptions
{
    bool cli = false;
    bool compare = false; ///< --compare: run the numbers through every mode and print the figures
    std::optional<QString> outputDirectory;
    std::optional<int> workers;
    std::optional<RunMode> mode;
    std::optional<WorkKind> work;
    QString language; ///< "en", "ru" or empty for the system's
    bool restore = false;
    bool discard = false;
    QList<int> numbers;
};

/**
 * Parses HelloQueue's command line with QCommandLineParser, with translated option texts.
 * Exit handling (--help, --version, errors) is left to the caller so both UIs print the same.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };

    struct Result
    {
        Outcome outcome = Outcome::Run;
        CommandLineOptions options;
        QString errorText; ///< translated, when outcome is Error
        QString helpText; ///< translated --help text
    };

    static Result parse(const QStringList &arguments);

    /** True when the arguments ask for a console-only run (no window system needed). */
    static bool wantsConsole(int argc, char **argv);

    /** Picks "en" or "ru" from --lang / -l in raw arguments, before QCommandLineParser can run. */
    static QString languageArgument(int argc, char **argv);
};
