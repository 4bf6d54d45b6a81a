#include "commandline.h"

#include "engine/taskqueue.h"
#include "numberparser.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstring>

namespace {

bool argumentIs(const char *arg, const char *name)
{
    return std::strcmp(arg, name) == 0;
}

} // namespace

bool CommandLine::wantsConsole(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (argumentIs(arg, "--cli") || argumentIs(arg, "--compare") || argumentIs(arg, "--help")
            || argumentIs(arg, "-h") || argumentIs(arg, "--help-all") || argumentIs(arg, "--version")
            || argumentIs(arg, "-v"))
            return true;
        if (argumentIs(arg, "--"))
            break;
    }
    return false;
}

QString CommandLine::languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if ((argumentIs(arg, "--lang") || argumentIs(arg, "-l")) && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(arg, "--lang=", 7) == 0)
            return QString::fromLocal8Bit(arg + 7);
        if (argumentIs(arg, "--"))
            break;
    }
    return {};
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("HelloQueue: type numbers; each number i waits i seconds and then writes i.txt "
           "with \"Hello, i!\"."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption cliOption(
        QStringLiteral("cli"), tr("Run the lesson's console program instead of the window."));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
        tr("Run the numbers through every mode, one after another, and print what each cost."));
    const QCommandLineOption outputOption(QStringLiteral("output-dir"),
        tr("Write the files into <folder> (created if missing)."), tr("folder"));
    const QCommandLineOption workersOption(
        QStringLiteral("workers"), tr("Run up to <n> tasks at once, 1 to %1.").arg(MaximumWorkers), tr("n"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
        tr("Run tasks on a thread pool (threads), with timers on the event loop (events), or in "
           "worker processes (processes)."),
        QStringLiteral("threads|events|processes"));
    const QCommandLineOption workOption(QStringLiteral("work"),
        tr("What each task spends its seconds on: waiting (wait) or computing on one core (compute)."),
        QStringLiteral("wait|compute"));
    const QCommandLineOption langOption({QStringLiteral("l"), QStringLiteral("lang")},
        tr("Speak <language>: en or ru."), QStringLiteral("en|ru"));
    const QCommandLineOption restoreOption(
        QStringLiteral("restore"), tr("Restore the unfinished tasks of an earlier run."));
    const QCommandLineOption discardOption(
        QStringLiteral("discard"), tr("Discard the unfinished tasks of an earlier run."));
    parser.addOptions({cliOption, compareOption, outputOption, workersOption, modeOption, workOption,
        langOption, restoreOption, discardOption});
    parser.addPositionalArgument(
        QStringLiteral("numbers"), tr("Numbers of seconds to enqueue at start."), tr("[NUMBER...]"));

    Result result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.outcome = Outcome::Error;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.outcome = Outcome::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.outcome = Outcome::ShowVersion;
        return result;
    }

    CommandLineOptions &options = result.options;
    options.cli = parser.isSet(cliOption);
    options.compare = parser.isSet(compareOption);
    options.restore = parser.isSet(restoreOption);
    options.discard = parser.isSet(discardOption);
    auto fail = [&result](const QString &text) {
        result.outcome = Outcome::Error;
        result.errorText = text;
        return result;
    };
    if (options.restore && options.discard)
        return fail(tr("--restore and --discard cannot be used together."));
    if (parser.isSet(outputOption)) {
        const QString dir = parser.value(outputOption);
        if (dir.isEmpty())
            return fail(tr("--output-dir needs a folder."));
        // Absolute before it is stored: a later restore may start in another folder.
        options.outputDirectory = QDir::cleanPath(QDir::current().absoluteFilePath(dir));
    }
    if (parser.isSet(workersOption)) {
        const NumberParser::Result n = NumberParser::parse(parser.value(workersOption));
        if (!n.ok() || n.seconds < 1 || n.seconds > MaximumWorkers)
            return fail(tr("--workers takes a number from 1 to %1, not “%2”.")
                            .arg(MaximumWorkers)
                            .arg(parser.value(workersOption)));
        options.workers = n.seconds;
    }
    if (parser.isSet(modeOption)) {
        const QString mode = parser.value(modeOption);
        options.mode = runModeFromKey(mode);
        if (!options.mode)
            return fail(tr("--mode takes threads, events or processes, not “%1”.").arg(mode));
    }
    if (parser.isSet(workOption)) {
        const QString work = parser.value(workOption);
        if (work == QLatin1String("wait"))
            options.work = WorkKind::Wait;
        else if (work == QLatin1String("compute"))
            options.work = WorkKind::Compute;
        else
            return fail(tr("--work takes wait or compute, not “%1”.").arg(work));
    }
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (lang != QLatin1String("en") && lang != QLatin1String("ru"))
            return fail(tr("--lang takes en or ru, not “%1”.").arg(lang));
        options.language = lang;
    }
    const QStringList positional = parser.positionalArguments();
    for (const QString &arg : positional) {
        const NumberParser::ListResult numbers = NumberParser::parseList(arg);
        if (!numbers.ok()) {
            const QStringView bad = QStringView(arg).mid(numbers.firstBad.start, numbers.firstBad.length);
            return fail(NumberParser::errorMessage(numbers.error, bad));
        }
        options.numbers += numbers.seconds;
    }
    return result;
}
