// The real program on a slow disk: `helloqueue --cli` runs under the slow-disk shim
// (tests/support/slowdisk.cpp, LD_PRELOAD), which makes every sync take longer and records the
// thread that called it. SLOWDISK_LIBRARY is the shim's path, given by CMake.
#include "consolerun.h"

#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

/** One line of the shim's log. */
struct Call
{
    QByteArray name; ///< fsync, fdatasync or rename
    qint64 thread = 0;
    qint64 process = 0;
    QString path;
    QString newPath; ///< rename only
};

QList<Call> readLog(const QString &path)
{
    QList<Call> calls;
    const QList<QByteArray> lines = readFile(path).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 4)
            continue;
        calls.append({fields.at(0), fields.at(1).toLongLong(), fields.at(2).toLongLong(),
            QFile::decodeName(fields.at(3)),
            fields.size() > 4 ? QFile::decodeName(fields.at(4)) : QString()});
    }
    return calls;
}

bool isUnder(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

bool isSync(const Call &call)
{
    return call.name == "fsync" || call.name == "fdatasync";
}

} // namespace

class tst_SlowDisk : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void guiThreadNeverSyncsTheOutputFolder_data() { modes(); }
    void guiThreadNeverSyncsTheOutputFolder();
    void everyNewNameIsSyncedWithItsFolder_data() { modes(); }
    void everyNewNameIsSyncedWithItsFolder();
    void guiThreadNeverSyncsTheJournal();
    void aFloodSyncsItsFolderOncePerHandOver_data() { modes(); }
    void aFloodSyncsItsFolderOncePerHandOver();
    void aRamFolderIsNeverSynced_data() { modes(); }
    void aRamFolderIsNeverSynced();
    void anIdleWindowClosesWithoutASync();

private:
    void modes()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("threads") << QStringLiteral("threads");
        QTest::newRow("events") << QStringLiteral("events");
    }
    /** Runs `helloqueue --cli --mode @p mode --workers 4` on @p input under the shim; returns its log. */
    QList<Call> runSlowly(const QString &mode, const QByteArray &input);
    /**
     * Runs `helloqueue --cli --mode @p mode` (one worker) on @p input into @p output under the
     * shim with @p environment added; returns its log.
     */
    QList<Call> runLogged(
        const QString &mode, const QByteArray &input, const QString &output, const QStringList &environment);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_output; ///< the output folder, as the kernel names it (the shim's log does too)
    QString m_data; ///< where the run keeps its journal
};

void tst_SlowDisk::init()
{
    // Beside the test, not in the temporary folder: that may be in RAM, where nothing is synced.
    m_dir = std::make_unique<QTemporaryDir>(
        QCoreApplication::applicationDirPath() + QStringLiteral("/slowdisk-XXXXXX"));
    QVERIFY(m_dir->isValid());
    const QString root = QFileInfo(m_dir->path()).canonicalFilePath();
    QVERIFY(QDir(root).mkpath(QStringLiteral("out")));
    m_output = root + QStringLiteral("/out");
    m_data = root + QStringLiteral("/.data");
}

QList<Call> tst_SlowDisk::runSlowly(const QString &mode, const QByteArray &input)
{
    return runLogged(mode, input, m_output,
        {QStringLiteral("--workers"), QStringLiteral("4"), QStringLiteral("HQ_SLOW_SYNC_DIR=") + m_output,
            QStringLiteral("HQ_SLOW_SYNC_MS=20")});
}

QList<Call> tst_SlowDisk::runLogged(
    const QString &mode, const QByteArray &input, const QString &output, const QStringList &extra)
{
    // extra: "--option" "value" pairs for the command line, "NAME=value" for the environment
    QStringList arguments {QStringLiteral("--mode"), mode, QStringLiteral("--output-dir"), output};
    QStringList environment;
    for (qsizetype i = 0; i < extra.size(); ++i) {
        if (extra.at(i).startsWith(QLatin1String("--"))) {
            arguments << extra.at(i) << extra.value(i + 1);
            ++i;
        } else
            environment << extra.at(i);
    }
    const QString log = m_dir->filePath(QStringLiteral("sync.log"));
    QFile::remove(log);
    environment << QStringLiteral("LD_PRELOAD=") + QStringLiteral(SLOWDISK_LIBRARY)
                << QStringLiteral("HQ_SYNC_LOG=") + log;
    const ConsoleRun::Run run = ConsoleRun::runConsole(m_dir->path(), arguments, input, environment);
    if (run.exitStatus != QProcess::NormalExit || run.exitCode != 0)
        qWarning("helloqueue exited with %d: %s", run.exitCode, run.err.constData());
    return readLog(log);
}

void tst_SlowDisk::guiThreadNeverSyncsTheOutputFolder()
{
    QFETCH(QString, mode);
    const QList<Call> calls = runSlowly(mode, "0\n1\n0\n2\n0\n1\n0\n3\nq\n");
    int syncs = 0;
    for (const Call &call : calls) {
        if (!isSync(call) || !isUnder(call.path, m_output))
            continue;
        ++syncs;
        // The main thread's id is the process id: a slow sync there freezes the window.
        QVERIFY2(call.thread != call.process,
            qPrintable(QStringLiteral("%1 of %2 ran on the GUI thread")
                           .arg(QString::fromLatin1(call.name), call.path)));
    }
    QVERIFY2(
        syncs >= 8, qPrintable(QStringLiteral("only %1 syncs of the output folder were seen").arg(syncs)));
    QCOMPARE(ConsoleRun::textFiles(m_output).size(), 4);
}

void tst_SlowDisk::everyNewNameIsSyncedWithItsFolder()
{
    // What survives a power cut: the data is synced before the rename, and the folder that holds
    // the new name after it, by the same thread.
    QFETCH(QString, mode);
    const QList<Call> calls = runSlowly(mode, "4\n0\n5\n0\nq\n");
    int renames = 0;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const Call &rename = calls.at(i);
        if (rename.name != "rename" || !isUnder(rename.newPath, m_output))
            continue;
        ++renames;
        bool dataSynced = false;
        for (qsizetype j = i - 1; j >= 0 && !dataSynced; --j)
            dataSynced = isSync(calls.at(j)) && calls.at(j).path == rename.path
                && calls.at(j).thread == rename.thread;
        bool folderSynced = false;
        for (qsizetype j = i + 1; j < calls.size() && !folderSynced; ++j)
            folderSynced
                = isSync(calls.at(j)) && calls.at(j).path == m_output && calls.at(j).thread == rename.thread;
        QVERIFY2(
            dataSynced, qPrintable(rename.path + QStringLiteral(" was renamed before its data was synced")));
        QVERIFY2(
            folderSynced, qPrintable(rename.newPath + QStringLiteral(" was never synced into its folder")));
    }
    QCOMPARE(renames, 4);
}

void tst_SlowDisk::guiThreadNeverSyncsTheJournal()
{
    const QList<Call> calls = runSlowly(QStringLiteral("threads"), "0\n1\n0\n2\nq\n");
    QStringList onGuiThread;
    for (const Call &call : calls) {
        if (isSync(call) && isUnder(call.path, m_data) && call.thread == call.process)
            onGuiThread << call.path;
    }
    QVERIFY2(onGuiThread.isEmpty(), qPrintable(onGuiThread.join(QLatin1String(", "))));
}

void tst_SlowDisk::aFloodSyncsItsFolderOncePerHandOver()
{
    // Zero-second tasks back to back: each file's data is synced, but the folder that holds their
    // new names once for all the files whose Done goes out together (the disk throughput row).
    // The shim skips the syncs themselves, so that batches do not depend on this disk's speed.
    QFETCH(QString, mode);
    constexpr int Count = 400;
    const QList<Call> calls = runLogged(
        mode, QByteArray("0\n").repeated(Count) + "q\n", m_output, {QStringLiteral("HQ_SYNC_SKIP=1")});
    int renames = 0;
    int folderSyncs = 0;
    for (const Call &call : calls) {
        renames += call.name == "rename" && isUnder(call.newPath, m_output);
        folderSyncs += isSync(call) && call.path == m_output;
    }
    QCOMPARE(renames, Count);
    // Fewer, not a fixed number: a hand-over comes every few milliseconds, and a loaded machine's
    // file system can make single files that slow. One sync per file is what it was before.
    QVERIFY2(folderSyncs >= 1 && folderSyncs < renames,
        qPrintable(QStringLiteral("%1 folder syncs for %2 files").arg(folderSyncs).arg(renames)));
}

void tst_SlowDisk::aRamFolderIsNeverSynced()
{
    // Nothing in RAM survives a power cut, so a sync there buys nothing and costs every file.
    QFETCH(QString, mode);
    const QString shm = QStringLiteral("/dev/shm");
    if (QStorageInfo(shm).fileSystemType() != "tmpfs")
        QSKIP("no tmpfs at /dev/shm");
    QTemporaryDir ram(shm + QStringLiteral("/hq-slowdisk-XXXXXX"));
    QVERIFY(ram.isValid());
    const QString output = QFileInfo(ram.path()).canonicalFilePath();
    const QList<Call> calls = runLogged(mode, "0\n1\n0\n2\nq\n", output, {});
    QStringList synced;
    for (const Call &call : calls) {
        if (isSync(call) && isUnder(call.path, output))
            synced << call.path;
    }
    QVERIFY2(synced.isEmpty(), qPrintable(synced.join(QLatin1String(", "))));
    QCOMPARE(ConsoleRun::textFiles(output).size(), 3);
}

void tst_SlowDisk::anIdleWindowClosesWithoutASync()
{
    // A window whose tasks ended a while ago has nothing left to make durable: its close must not
    // wait for a disk (a busy one takes a quarter of a second or more per sync: CI saw a 293 ms
    // close). The first two runs settle the window's settings (offscreen's screen is smaller than
    // the window, which Qt's restore moves once); the third finds them as they were.
    const QString log = m_dir->filePath(QStringLiteral("sync.log"));
    const QString marker = m_data + QStringLiteral("/HelloQueue/helloqueue/queue.sqlite.marker");
    constexpr int Runs = 3;
    for (int run = 1; run <= Runs; ++run) {
        QProcess window;
        ConsoleRun::prepare(window, m_dir->path(),
            {QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                QStringLiteral("XDG_CONFIG_HOME=") + m_dir->filePath(QStringLiteral(".config")),
                QStringLiteral("LD_PRELOAD=") + QStringLiteral(SLOWDISK_LIBRARY),
                QStringLiteral("HQ_SYNC_LOG=") + log, QStringLiteral("HQ_SYNC_SKIP=1")});
        window.setArguments({QStringLiteral("--output-dir"), m_output, QStringLiteral("--workers"),
            QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1")});
        window.start();
        QVERIFY(window.waitForStarted());
        // Idle: the journal says (in its marker, "<journal> <next id> <unfinished>") that this
        // run's two tasks are recorded and none is left unfinished.
        const QByteArray idle = ' ' + QByteArray::number(1 + 2 * run) + " 0";
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return readFile(marker).contains(idle) || window.state() == QProcess::NotRunning; },
                ConsoleRun::RunTimeoutMs),
            readFile(marker).constData());
        QVERIFY2(window.state() == QProcess::Running, window.readAllStandardError().constData());
        const qsizetype before = readLog(log).size();
        QCOMPARE(::kill(pid_t(window.processId()), SIGTERM), 0);
        QVERIFY(window.waitForFinished(ConsoleRun::RunTimeoutMs));
        QCOMPARE(window.exitCode(), 128 + SIGTERM);
        QStringList synced;
        for (const Call &call : readLog(log).mid(before)) {
            if (isSync(call))
                synced << call.path;
        }
        if (run == Runs)
            QVERIFY2(synced.isEmpty(), qPrintable(synced.join(QLatin1String(", "))));
    }
    QCOMPARE(ConsoleRun::textFiles(m_output).size(), 2);
}

QTEST_GUILESS_MAIN(tst_SlowDisk)
#include "tst_slowdisk.moc"
