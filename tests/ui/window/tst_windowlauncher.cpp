// The real window, run as a user runs it (QProcess, offscreen): SIGTERM, SIGINT and SIGHUP end it
// like Quit now. The exit status says which signal, the task that had just finished is not run
// again after --restore (its Done was still in the journal's 250 ms batch), the interrupted task
// is kept, and the window's settings were saved.
#include "consolerun.h"

#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace ConsoleRun;

namespace {

QString settingsPath(const QString &folder)
{
    return folder + QStringLiteral("/.config/HelloQueue/helloqueue.conf");
}

/** Starts the window on `0 2` (one worker) with its own journal and settings in @p folder. */
bool startWindow(QProcess &process, const QString &folder)
{
    prepare(process, folder,
        {QStringLiteral("QT_QPA_PLATFORM=offscreen"),
            QStringLiteral("XDG_CONFIG_HOME=") + folder + QStringLiteral("/.config")});
    process.setArguments({QStringLiteral("--output-dir"), folder, QStringLiteral("--workers"),
        QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("2")});
    process.start();
    return process.waitForStarted();
}

/** A file's identity: QSaveFile gives every write a new inode, so a second write shows. */
ino_t inodeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_ino : 0;
}

} // namespace

class tst_WindowLauncher : public QObject
{
    Q_OBJECT
private slots:
    void signalQuitsLikeQuitNow_data();
    void signalQuitsLikeQuitNow();
};

void tst_WindowLauncher::signalQuitsLikeQuitNow_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void tst_WindowLauncher::signalQuitsLikeQuitNow()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess window;
    QVERIFY(startWindow(window, dir.path()));
    const QString zero = dir.filePath(QStringLiteral("0.txt"));
    QVERIFY(QTest::qWaitFor(
        [&] { return QFileInfo::exists(zero) || window.state() == QProcess::NotRunning; }, RunTimeoutMs));
    QVERIFY2(QFileInfo::exists(zero), window.readAllStandardError().constData());
    const ino_t written = inodeOf(zero);

    // At once: task 0's Done still waits in the journal's batch; task 2 runs.
    QCOMPARE(::kill(pid_t(window.processId()), signalNumber), 0);
    QVERIFY(window.waitForFinished(RunTimeoutMs));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 128 + signalNumber);
    const QSettings settings(settingsPath(dir.path()), QSettings::IniFormat);
    QVERIFY2(settings.contains(QStringLiteral("window/geometry")), "the window's geometry was saved");

    const Run restored = runConsole(dir.path(), {QStringLiteral("--restore")}, QByteArray());
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(textFiles(dir.path()), names({"0.txt", "2.txt"}));
    QVERIFY2(inodeOf(zero) == written, "the finished task 0 ran again after --restore");
}

QTEST_GUILESS_MAIN(tst_WindowLauncher)
#include "tst_windowlauncher.moc"
