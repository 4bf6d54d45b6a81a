#pragma once
// Runs the built `helloqueue --cli` in a QProcess, as a user runs it, for tst_consolesession.
// HELLOQUEUE_BINARY is the program's path, given by CMake.

#include "testdir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <initializer_list>

namespace ConsoleRun {

/** How long "one second" lasts in these runs (HELLOQUEUE_SECOND_MS). */
inline constexpr int SecondMs = 20;
inline constexpr int RunTimeoutMs = 30000;

inline const QByteArray EnglishStarted = "Work started\n";
inline const QByteArray EnglishPrompt = "Enter a number: ";
inline const QByteArray EnglishFinishing = "Finishing\n";
inline const QByteArray EnglishFinished = "Work finished\n";

/** What the lesson's seed_async.py prints for the same valid input. */
inline QByteArray lessonOutput(int prompts, bool russian = false)
{
    if (russian)
        return QByteArray("Начало работы\n") + QByteArray("Введите число: ").repeated(prompts)
            + QByteArray("Завершение работы\n") + QByteArray("Конец работы\n");
    return EnglishStarted + EnglishPrompt.repeated(prompts) + EnglishFinishing + EnglishFinished;
}

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

/** Sets up the process: working folder, the scaled second, extra KEY=value environment. */
inline void prepare(
    QProcess &process, const QString &folder, const QStringList &environment = {}, int secondMs = SecondMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HELLOQUEUE_SECOND_MS"), QString::number(secondMs));
    // Each run its own task journal, inside its folder, unless the test shares one on purpose.
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/.data"));
    for (const QString &entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.setProgram(QStringLiteral(HELLOQUEUE_BINARY));
}

/** Starts `helloqueue @p arguments` in @p folder, leaving its standard input open. */
inline bool start(
    QProcess &process, const QString &folder, const QStringList &arguments, int secondMs = SecondMs)
{
    prepare(process, folder, {}, secondMs);
    process.setArguments(arguments);
    process.start();
    return process.waitForStarted();
}

inline Run finish(QProcess &process, const QElapsedTimer &timer, int timeoutMs = RunTimeoutMs)
{
    Run run;
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/** Runs `helloqueue --cli <arguments>` with @p input piped in (or read from a file). */
inline Run runConsole(const QString &folder, const QStringList &arguments, const QByteArray &input,
    const QStringList &environment = {}, int secondMs = SecondMs, bool inputFromFile = false)
{
    QProcess process;
    prepare(process, folder, environment, secondMs);
    process.setArguments(QStringList {QStringLiteral("--cli")} + arguments);
    const QString inputPath = folder + QStringLiteral("/../input-") + QFileInfo(folder).fileName();
    if (inputFromFile) {
        QFile file(inputPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
            return {};
        file.close();
        process.setStandardInputFile(inputPath);
    }
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted())
        return {};
    if (!inputFromFile) {
        process.write(input);
        process.closeWriteChannel();
    }
    Run run = finish(process, timer);
    QFile::remove(inputPath);
    return run;
}

/** Latin-1 names for rows and expectations (the project builds with QT_NO_CAST_FROM_ASCII). */
inline QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QString::fromLatin1(name));
    return result;
}

inline QStringList textFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}

/** Waits until the process has printed @p needle @p times on standard output. */
inline bool waitForOutput(QProcess &process, QByteArray &seen, const QByteArray &needle, int times)
{
    return QTest::qWaitFor(
               [&] {
                   seen += process.readAllStandardOutput();
                   return seen.count(needle) >= times || process.state() == QProcess::NotRunning;
               },
               RunTimeoutMs)
        && seen.count(needle) >= times;
}

} // namespace ConsoleRun
