// Nothing is lost: `helloqueue --cli` killed with SIGKILL or SIGTERM keeps its unfinished tasks in
// the journal, and the next start restores them (--restore), drops them (--discard) or keeps them
// for later. Runs the real program through QProcess, each test with its own journal.
#include "consolerun.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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

} // namespace

class tst_CrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void killedRunIsRestoredInOrder_data();
    void killedRunIsRestoredInOrder();
    void keptForLaterWithoutAFlag();
    void discardDropsThem();
    void corruptJournalIsMovedAside();
    void secondInstanceWorksWithoutTheJournal();
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

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
