// Nothing is lost: `helloqueue --cli` killed with SIGKILL or SIGTERM keeps its unfinished tasks in
// the journal, and the next start restores them (--restore), drops them (--discard) or keeps them
// for later. Runs the real program through QProcess, each test with its own journal.
#include "consolerun.h"
#include "journalfixtures.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ConsoleRun;

namespace {

/** Long enough that a task is still waiting when the run is killed. */
constexpr int SlowSecondMs = 200;

QString journalPath(const QString &folder)
{
    return folder + QStringLiteral("/.data/HelloQueue/helloqueue/queue.sqlite");
}

/** Starts `--cli 4 5 6`, waits until it has accepted them, then sends @p signal. */
bool startAndKill(const QString &folder, int signal, const QString &mode)
{
    QProcess process;
    if (!start(process, folder, names({"--cli", "--mode"}) + QStringList {mode} + names({"4", "5", "6"}),
            SlowSecondMs))
        return false;
    // Standard input stays open: the run is killed while it waits for the tasks and for input.
    QByteArray seen;
    if (!waitForOutput(process, seen, EnglishStarted, 1))
        return false;
    ::kill(pid_t(process.processId()), signal);
    return process.waitForFinished(RunTimeoutMs);
}

qint64 modifiedMs(const QString &path)
{
    return QFileInfo(path).lastModified().toMSecsSinceEpoch();
}

ino_t inodeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

/** Waits until @p path exists, looking every millisecond: the kill must come right after. */
bool waitForFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    for (int waited = 0; waited < RunTimeoutMs; ++waited) {
        if (::access(native.constData(), F_OK) == 0)
            return true;
        ::usleep(1000);
    }
    return false;
}

/** The environment of a run in @p folder, as execve() takes it (built before fork()). */
std::vector<QByteArray> childEnvironment(const QString &folder, int secondMs)
{
    std::vector<QByteArray> environment;
    for (const QString &entry : QProcessEnvironment::systemEnvironment().toStringList()) {
        if (!entry.startsWith(QStringLiteral("XDG_DATA_HOME="))
            && !entry.startsWith(QStringLiteral("HELLOQUEUE_")))
            environment.push_back(entry.toLocal8Bit());
    }
    environment.push_back("XDG_DATA_HOME=" + QFile::encodeName(folder) + "/.data");
    environment.push_back("HELLOQUEUE_SECOND_MS=" + QByteArray::number(secondMs));
    return environment;
}

/**
 * Starts `helloqueue --cli` in @p folder reading @p in and writing @p out, with descriptors of its
 * own (QProcess cannot make the pipe small). Returns the pid.
 */
pid_t spawnConsole(const QString &folder, int in, int out)
{
    std::vector<QByteArray> environment = childEnvironment(folder, 100000);
    std::vector<char *> envp;
    for (QByteArray &entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    const QByteArray directory = QFile::encodeName(folder);
    char program[] = HELLOQUEUE_BINARY;
    char cli[] = "--cli";
    char *argv[] = {program, cli, nullptr};
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::chdir(directory.constData()) != 0)
            ::_exit(127);
        ::execve(program, argv, envp.data());
        ::_exit(127);
    }
    return pid;
}

/** Reads @p fd until @p needle was seen @p times; false on end of output or after 30 s. */
bool readUntil(int fd, QByteArray &seen, const QByteArray &needle, int times)
{
    pollfd readable {fd, POLLIN, 0};
    char buffer[4096];
    while (seen.count(needle) < times) {
        if (::poll(&readable, 1, RunTimeoutMs) <= 0)
            return false;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        seen.append(buffer, n);
    }
    return true;
}

} // namespace

class tst_CrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void killedRunIsRestoredInOrder_data();
    void killedRunIsRestoredInOrder();
    void keptForLaterWithoutAFlag();
    void discardDropsThem();
    void finishedJustBeforeAKillIsNotRunAgain();
    void noPromptBeforeItsTaskIsRecorded();
    void relativeFolderIsRestoredWhereItWasAccepted();
    void corruptJournalIsMovedAside();
    void secondInstanceWorksWithoutTheJournal();
    void restoreThatCannotRunFails();
};

void tst_CrashRecovery::killedRunIsRestoredInOrder_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("mode");
    QTest::newRow("SIGKILL, threads") << int(SIGKILL) << QStringLiteral("threads");
    QTest::newRow("SIGKILL, events") << int(SIGKILL) << QStringLiteral("events");
    QTest::newRow("SIGTERM, threads") << int(SIGTERM) << QStringLiteral("threads");
    QTest::newRow("SIGTERM, events") << int(SIGTERM) << QStringLiteral("events");
    QTest::newRow("SIGHUP, threads") << int(SIGHUP) << QStringLiteral("threads");
    QTest::newRow("SIGHUP, events") << int(SIGHUP) << QStringLiteral("events");
}

void tst_CrashRecovery::killedRunIsRestoredInOrder()
{
    QFETCH(int, signal);
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(startAndKill(dir.path(), signal, mode));
    QCOMPARE(textFiles(dir.path()), QStringList());

    const Run run = runConsole(dir.path(), {QStringLiteral("--restore")}, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(textFiles(dir.path()), names({"4.txt", "5.txt", "6.txt"}));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("5.txt"))), QByteArray("Hello, 5!"));
    // One worker, restored in their order: 4 is written before 5, and 5 before 6.
    QVERIFY(modifiedMs(dir.filePath(QStringLiteral("4.txt")))
        <= modifiedMs(dir.filePath(QStringLiteral("5.txt"))));
    QVERIFY(modifiedMs(dir.filePath(QStringLiteral("5.txt")))
        <= modifiedMs(dir.filePath(QStringLiteral("6.txt"))));

    // Restored once: the next start has nothing left to offer.
    const Run after = runConsole(dir.path(), {}, QByteArray());
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.err, QByteArray());
}

void tst_CrashRecovery::keptForLaterWithoutAFlag()
{
    QTemporaryDir dir;
    QVERIFY(startAndKill(dir.path(), SIGKILL, QStringLiteral("threads")));
    const Run later = runConsole(dir.path(), {}, QByteArray());
    QCOMPARE(later.exitCode, 0);
    QVERIFY2(
        later.err.contains("3 unfinished tasks") && later.err.contains("--restore"), later.err.constData());
    QCOMPARE(textFiles(dir.path()), QStringList());

    const Run restored = runConsole(dir.path(), {QStringLiteral("--restore")}, QByteArray());
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(textFiles(dir.path()), names({"4.txt", "5.txt", "6.txt"}));
}

void tst_CrashRecovery::discardDropsThem()
{
    QTemporaryDir dir;
    QVERIFY(startAndKill(dir.path(), SIGKILL, QStringLiteral("events")));
    const Run discarded = runConsole(dir.path(), {QStringLiteral("--discard")}, QByteArray());
    QCOMPARE(discarded.exitCode, 0);
    const Run after = runConsole(dir.path(), {QStringLiteral("--restore")}, QByteArray());
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.err, QByteArray());
    QCOMPARE(textFiles(dir.path()), QStringList());
}

void tst_CrashRecovery::finishedJustBeforeAKillIsNotRunAgain()
{
    QTemporaryDir dir;
    QProcess process;
    // 50 keeps the queue busy after 3 ends (a queue that falls idle records at once).
    QVERIFY(start(process, dir.path(), names({"--cli", "3", "50"})));
    // Killed a few milliseconds after the file appeared: inside the journal's 250 ms burst, so
    // the journal has not recorded that the task finished.
    const QString file = dir.filePath(QStringLiteral("3.txt"));
    QVERIFY(waitForFile(file));
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(RunTimeoutMs));
    const ino_t written = inodeOf(file);

    const Run restored = runConsole(dir.path(), {QStringLiteral("--restore")}, QByteArray());
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.err, QByteArray());
    QCOMPARE(readFile(file), QByteArray("Hello, 3!"));
    QCOMPARE(inodeOf(file), written); // a second run would have renamed a new file over it
    QCOMPARE(readFile(dir.filePath(QStringLiteral("50.txt"))), QByteArray("Hello, 50!"));
}

void tst_CrashRecovery::noPromptBeforeItsTaskIsRecorded()
{
    QTemporaryDir dir;
    int in[2];
    int out[2];
    QVERIFY(::pipe2(in, O_CLOEXEC) == 0 && ::pipe2(out, O_CLOEXEC) == 0);
    // One page of pipe: printing the batch's prompts blocks after a page, so the journal can be
    // looked at while the program is still printing them.
    QVERIFY(::fcntl(out[1], F_SETPIPE_SZ, 4096) >= 4096);
    // More than 4 096 lines in one read: their prompts fill the 64 KiB output buffer.
    const QByteArray lines = QByteArray("1\n").repeated(5000);
    QCOMPARE(::write(in[1], lines.constData(), size_t(lines.size())), ssize_t(lines.size()));
    const pid_t pid = spawnConsole(dir.path(), in[0], out[1]);
    QVERIFY(pid > 0);
    ::close(in[0]);
    ::close(out[1]);

    QByteArray seen;
    const bool prompted = readUntil(out[0], seen, EnglishPrompt, 2);
    const qint64 recorded = RawDatabase(journalPath(dir.path())).recorded();
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    ::close(in[1]);
    ::close(out[0]);
    QVERIFY2(prompted, seen.constData());
    // Each prompt after the first follows a line: that line's task must be in the journal.
    QVERIFY2(recorded >= seen.count(EnglishPrompt) - 1,
        qPrintable(QStringLiteral("%1 prompts printed, %2 tasks recorded")
                       .arg(seen.count(EnglishPrompt))
                       .arg(recorded)));
}

void tst_CrashRecovery::relativeFolderIsRestoredWhereItWasAccepted()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a"));
    const QString b = dir.filePath(QStringLiteral("b"));
    QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
    QProcess process;
    QVERIFY(start(process, a, names({"--cli", "--output-dir", "rel", "4"}), SlowSecondMs));
    QByteArray seen;
    QVERIFY(waitForOutput(process, seen, EnglishStarted, 1));
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(RunTimeoutMs));

    // Restored from another folder, with another (absolute) output folder for its own tasks.
    const Run restored = runConsole(b,
        {QStringLiteral("--restore"), QStringLiteral("--output-dir"), dir.filePath(QStringLiteral("c"))},
        QByteArray(), {QStringLiteral("XDG_DATA_HOME=") + a + QStringLiteral("/.data")});
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(readFile(a + QStringLiteral("/rel/4.txt")), QByteArray("Hello, 4!"));
    QVERIFY(!QFileInfo::exists(b + QStringLiteral("/rel")));
}

void tst_CrashRecovery::corruptJournalIsMovedAside()
{
    QTemporaryDir dir;
    const QString journal = journalPath(dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(journal).path()));
    QFile file(journal);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    file.write(noise);
    file.close();

    const Run run = runConsole(dir.path(), {}, QByteArrayLiteral("1\nq\n"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("moved aside"), run.err.constData());
    QCOMPARE(textFiles(dir.path()), names({"1.txt"}));
    const QStringList aside
        = QDir(QFileInfo(journal).path()).entryList({QStringLiteral("queue.sqlite.corrupt-*")}, QDir::Files);
    QVERIFY2(!aside.isEmpty(), "the unreadable file is kept beside the new journal");
}

void tst_CrashRecovery::secondInstanceWorksWithoutTheJournal()
{
    QTemporaryDir dir;
    QProcess first;
    QVERIFY(start(first, dir.path(), names({"--cli", "50"}), SlowSecondMs));
    QByteArray seen;
    QVERIFY(waitForOutput(first, seen, EnglishStarted, 1));

    const Run second = runConsole(dir.path(), {}, QByteArrayLiteral("0\nq\n"));
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.contains("Another HelloQueue"), second.err.constData());
    QCOMPARE(textFiles(dir.path()), names({"0.txt"}));

    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(RunTimeoutMs));
    // The first one's task was kept (the second never touched the journal).
    const Run restored = runConsole(dir.path(), {QStringLiteral("--restore")}, QByteArray());
    QCOMPARE(restored.exitCode, 0);
    QVERIFY(textFiles(dir.path()).contains(QStringLiteral("50.txt")));
}

void tst_CrashRecovery::restoreThatCannotRunFails()
{
    QTemporaryDir dir;
    QProcess first;
    QVERIFY(start(first, dir.path(), names({"--cli", "50"}), SlowSecondMs));
    QByteArray seen;
    QVERIFY(waitForOutput(first, seen, EnglishStarted, 1));

    // The journal is another instance's: nothing can be restored, and the exit status says so.
    const Run restore = runConsole(dir.path(), {QStringLiteral("--restore")}, QByteArrayLiteral("0\nq\n"));
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(RunTimeoutMs));
    QCOMPARE(restore.exitCode, 1);
    QVERIFY2(restore.err.contains("Another HelloQueue") && restore.err.contains("--restore cannot run"),
        restore.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("0.txt")))); // nothing else was done
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
