// Bounded: the console stops reading its input while 100 000 tasks wait, so piped input of any
// length runs in bounded memory; the rest stays in the pipe and is read when tasks have ended.
// Runs the built program through QProcess, as a user does.
#include "consolerun.h"
#include "journalfixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ConsoleRun;

namespace {

constexpr int MaximumWaiting = 100000; // ConsoleSession's bound
constexpr int Lines = 250000;
/** What one read may bring in above the bound: 64 KiB of two-byte lines. */
constexpr int OneRead = 32768;

} // namespace

class tst_ConsoleBounds : public QObject
{
    Q_OBJECT
private slots:
    void stopsReadingWhileTooManyWait();
};

void tst_ConsoleBounds::stopsReadingWhileTooManyWait()
{
    QTemporaryDir dir;
    QProcess process;
    // Nothing ends during the test: every accepted task keeps waiting.
    QVERIFY(start(process, dir.path(), names({"--cli"}), 1000000));
    process.write(QByteArray("1\n").repeated(Lines));
    QByteArray seen;
    QVERIFY(waitForOutput(process, seen, EnglishPrompt, MaximumWaiting));
    const QString journal = dir.path() + QStringLiteral("/.data/HelloQueue/helloqueue/queue.sqlite");
    const auto recorded = [&journal] { return RawDatabase(journal).recorded(); };
    // Proving that something does not happen takes a while: two seconds to read the rest.
    QVERIFY2(!QTest::qWaitFor([&] { return process.bytesToWrite() == 0 && recorded() == Lines; }, 2000),
        "the whole input was read while 100 000 tasks waited");
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(RunTimeoutMs));
    QCOMPARE(process.exitCode(), 128 + SIGTERM);
    const qint64 kept = recorded();
    QVERIFY2(kept >= MaximumWaiting && kept <= MaximumWaiting + OneRead, qPrintable(QString::number(kept)));
}

QTEST_GUILESS_MAIN(tst_ConsoleBounds)
#include "tst_consolebounds.moc"
