// The console and the window are two programs: `helloqueue --cli` starts without loading the
// widget libraries (most of its start-up time before), and `helloqueue` alone hands over to the
// window program installed beside it, or says plainly that it cannot.
#include "consolerun.h"
#include "processtable.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ConsoleRun;

class tst_WindowProgram : public QObject
{
    Q_OBJECT
private slots:
    void consoleLoadsNoWindowLibraries();
    void windowWithoutItsProgramSaysSo();
    void windowWorkersAreTheConsoleProgram();
};

void tst_WindowProgram::consoleLoadsNoWindowLibraries()
{
    QTemporaryDir dir;
    QProcess process;
    QVERIFY(
        start(process, dir.path(), {QStringLiteral("--cli"), QStringLiteral("--output-dir"), dir.path()}));
    // Started and waiting for its first number: everything it loads for that is loaded now.
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains(EnglishPrompt), RunTimeoutMs);
    QFile maps(QStringLiteral("/proc/%1/maps").arg(process.processId()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    maps.close();
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(RunTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(mapped.contains("libQt6Core"));
    QVERIFY2(!mapped.contains("libQt6Widgets"), "the console loaded the widget library");
    QVERIFY2(!mapped.contains("libQt6Gui"), "the console loaded the GUI library");
}

void tst_WindowProgram::windowWithoutItsProgramSaysSo()
{
    // A copy of the program alone in a folder: its window program is not where it looks.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("bin/helloqueue"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
    QVERIFY(QFile::copy(QStringLiteral(HELLOQUEUE_BINARY), copy));
    QProcess process;
    prepare(process, dir.path(), {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    process.setProgram(copy);
    process.start();
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(RunTimeoutMs))
        process.kill(); // a window opened after all
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(QLatin1String("window")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("helloqueue-window")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("is missing")), qPrintable(error));
}

void tst_WindowProgram::windowWorkersAreTheConsoleProgram()
{
    // Processes mode in the window: a worker needs no window library, so it is the console
    // program (it starts faster and is smaller), not another copy of the window.
    QTemporaryDir dir;
    QProcess process;
    prepare(process, dir.path(),
        {QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("XDG_CONFIG_HOME=") + dir.path()});
    process.setArguments({QStringLiteral("--mode"), QStringLiteral("processes"), QStringLiteral("--workers"),
        QStringLiteral("2"), QStringLiteral("--output-dir"), dir.path()});
    process.start();
    QVERIFY(process.waitForStarted());
    // The pool starts with the mode, before any task.
    QList<qint64> workers;
    QTRY_COMPARE_WITH_TIMEOUT(
        (workers = ProcessTable::childrenOf(process.processId())).size(), 2, RunTimeoutMs);
    const QString console = QFileInfo(QStringLiteral(HELLOQUEUE_BINARY)).canonicalFilePath();
    for (qint64 pid : qAsConst(workers)) {
        const QString exe = QStringLiteral("/proc/%1/exe").arg(pid);
        // Forked first, then the program is executed: wait for that.
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(exe).canonicalFilePath(), console, RunTimeoutMs);
    }
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(RunTimeoutMs));
    for (qint64 pid : qAsConst(workers))
        QTRY_VERIFY(!ProcessTable::runs(pid));
}

QTEST_GUILESS_MAIN(tst_WindowProgram)
#include "tst_windowprogram.moc"
