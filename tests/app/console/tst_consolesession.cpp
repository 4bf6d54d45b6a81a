// `helloqueue --cli` run as a user runs it: the built binary in a QProcess, in a fresh folder.
#include "consolerun.h"
#include "reasonwords.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>
#include <functional>
#include <sys/types.h>

using namespace ConsoleRun;

namespace {

void addModeRows(const char *name, const std::function<void(QTestData &)> &fill)
{
    for (const char *mode : {"threads", "events"}) {
        QTestData &row = *name ? QTest::addRow("%s, %s", name, mode) : QTest::addRow("%s", mode);
        row << QString::fromLatin1(mode);
        fill(row);
    }
}

/** The rows of a test that runs once per mode, and nothing else varies. */
void modeRows()
{
    QTest::addColumn<QString>("mode");
    addModeRows("", [](QTestData &) {});
}

} // namespace

class tst_ConsoleSession : public QObject
{
    Q_OBJECT
private slots:
    void lessonRun_data();
    void lessonRun();
    void lines_data();
    void lines();
    void taskInFlightCompletes_data();
    void taskInFlightCompletes();
    void numbersOnTheCommandLine_data();
    void numbersOnTheCommandLine();
    void workersRunInParallel_data();
    void workersRunInParallel();
    void computeSpendsCpu_data();
    void computeSpendsCpu();
    void outputFolderIsCreated_data();
    void outputFolderIsCreated();
    void failedWriteExitsWithOne_data();
    void failedWriteExitsWithOne();
    void failureIsWordedInTheLanguage_data();
    void failureIsWordedInTheLanguage();
    void typedLineByLine_data();
    void typedLineByLine();
    void readsWhatIntReads_data();
    void readsWhatIntReads();
    void interruptStopsPromptly_data();
    void interruptStopsPromptly();
    void badOptionExitsWithTwo_data();
    void badOptionExitsWithTwo();
};

void tst_ConsoleSession::lessonRun_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<bool>("inputFromFile");
    QTest::addColumn<bool>("russian");
    const QStringList ru {QStringLiteral("--lang"), QStringLiteral("ru")};
    const QStringList en {QStringLiteral("--lang"), QStringLiteral("en")};
    const QStringList russianLocale {
        QStringLiteral("LC_ALL=ru_RU.UTF-8"), QStringLiteral("LANG=ru_RU.UTF-8")};
    addModeRows("English, piped", [&](QTestData &row) { row << en << QStringList() << false << false; });
    addModeRows("Russian, piped", [&](QTestData &row) { row << ru << QStringList() << false << true; });
    addModeRows("Russian from the locale",
        [&](QTestData &row) { row << QStringList() << russianLocale << false << true; });
    addModeRows("English, input from a file",
        [&](QTestData &row) { row << QStringList() << QStringList() << true << false; });
}

void tst_ConsoleSession::lessonRun()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(bool, inputFromFile);
    QFETCH(bool, russian);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const Run run = runConsole(dir.path(), arguments + QStringList {QStringLiteral("--mode"), mode},
        "1\n0\n2\nq\n", environment, SecondMs, inputFromFile);

    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, lessonOutput(4, russian));
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(textFiles(dir.path()), names({"0.txt", "1.txt", "2.txt"}));
    for (int i : {0, 1, 2})
        QCOMPARE(readFile(dir.filePath(QStringLiteral("%1.txt").arg(i))),
            QByteArray("Hello, ") + QByteArray::number(i) + '!');
}

void tst_ConsoleSession::lines_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("prompts");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QByteArray>("error"); // a part of standard error; empty: nothing there

    auto add = [](const char *name, const QByteArray &input, int prompts,
                   std::initializer_list<const char *> files, const QByteArray &error = {}) {
        addModeRows(name, [&](QTestData &row) { row << input << prompts << names(files) << error; });
    };
    const QByteArray mebibyte(1024 * 1024, '0');
    add("stop line only", "q\n", 1, {});
    add("end of input without a stop line", "1\n2\n", 3, {"1.txt", "2.txt"});
    add("last line without a newline", "1\n2", 3, {"1.txt", "2.txt"});
    add("no input at all", "", 1, {});

    // A line that is not a number ends input, as in the lesson; what follows is not read.
    const QList<QByteArray> notNumbers {"1__0", "_1", "1_", "+", "- 5", "1.5", "1e3", "0x10",
        "\xc2\xb2" /* ² */, "\xc2\xbd" /* ½ */, "abc", "", "   ", "2 3", QByteArray("1\0", 2),
        QByteArray("\0", 1), "4\xff", "\xed\xa0\x80" /* a surrogate */, QByteArray(1024 * 1024, 'x'),
        mebibyte + 'x'};
    for (const QByteArray &line : notNumbers) {
        const QByteArray name = "ends input: " + line.left(12).toPercentEncoding() + " ("
            + QByteArray::number(line.size()) + " bytes)";
        add(name.constData(), "8\n" + line + "\n6\nq\n", 2, {"8.txt"});
    }

    // Accepted as the lesson's int() accepts them.
    add("spaces around", " 7 \nq\n", 2, {"7.txt"});
    add("tab and carriage return", "\t7\r\nq\n", 2, {"7.txt"});
    add("leading zeros", "007\nq\n", 2, {"7.txt"});
    add("arabic-indic three", "\xd9\xa3\nq\n", 2, {"3.txt"});
    add("fullwidth three", "\xef\xbc\x93\nq\n", 2, {"3.txt"});
    add("a mebibyte of zeros, then 7", mebibyte + "7\nq\n", 2, {"7.txt"});
    add("a mebibyte of spaces, then 7", QByteArray(1024 * 1024, ' ') + "7\nq\n", 2, {"7.txt"});

    // Read by the lesson's int() as the same number.
    add("plus sign", "+5\nq\n", 2, {"5.txt"});
    add("minus zero", "-0\nq\n", 2, {"0.txt"});
    add("underscore between digits", "1_0\nq\n", 2, {"10.txt"});

    // Negative or too large: an error, and input goes on.
    add("minus one", "-1\n1\nq\n", 3, {"1.txt"}, "-1");
    add("one over the maximum", "86401\n1\nq\n", 3, {"1.txt"}, "86401");
    add("thirty digits", QByteArray(30, '9') + "\n1\nq\n", 3, {"1.txt"}, "999999999");
    add("a mebibyte of nines", QByteArray(1024 * 1024, '9') + "\n1\nq\n", 3, {"1.txt"}, "999999999");
    add("a mebibyte of zeros, then too large", mebibyte + "86401 \n1\nq\n", 3, {"1.txt"}, "too large");
}

void tst_ConsoleSession::lines()
{
    QFETCH(QString, mode);
    QFETCH(QByteArray, input);
    QFETCH(int, prompts);
    QFETCH(QStringList, files);
    QFETCH(QByteArray, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const Run run = runConsole(dir.path(), {QStringLiteral("--mode"), mode}, input);

    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, lessonOutput(prompts));
    QCOMPARE(textFiles(dir.path()), files);
    if (error.isEmpty()) {
        QCOMPARE(run.err, QByteArray());
    } else {
        QVERIFY2(run.err.contains(error), run.err.left(200).constData());
        QVERIFY(run.err.contains("too large") || run.err.contains("negative"));
        QVERIFY2(run.err.size() < 400, "the message quotes a long number shortened");
    }
    for (const QString &file : files)
        QCOMPARE(
            readFile(dir.filePath(file)), "Hello, " + file.section(QLatin1Char('.'), 0, 0).toUtf8() + '!');
}

void tst_ConsoleSession::taskInFlightCompletes_data()
{
    modeRows();
}

void tst_ConsoleSession::taskInFlightCompletes()
{
    QFETCH(QString, mode);
    // The multiprocessing seed lost 3.txt here in 10 of 10 runs: Finish must wait for it.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run run = runConsole(dir.path(), {QStringLiteral("--mode"), mode}, "3\nq\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, lessonOutput(2));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("3.txt"))), QByteArray("Hello, 3!"));
        QVERIFY(run.elapsedMs >= 3 * SecondMs);
    }
}

void tst_ConsoleSession::numbersOnTheCommandLine_data()
{
    modeRows();
}

void tst_ConsoleSession::numbersOnTheCommandLine()
{
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run run = runConsole(
        dir.path(), {QStringLiteral("--mode"), mode, QStringLiteral("2"), QStringLiteral("3,4")}, "q\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, lessonOutput(1));
    QCOMPARE(textFiles(dir.path()), names({"2.txt", "3.txt", "4.txt"}));
}

void tst_ConsoleSession::workersRunInParallel_data()
{
    modeRows();
}

void tst_ConsoleSession::workersRunInParallel()
{
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Three one-second tasks on three workers take about one second; one after another, three.
    constexpr int second = 400;
    const Run run = runConsole(dir.path(),
        {QStringLiteral("--mode"), mode, QStringLiteral("--workers"), QStringLiteral("3")}, "1\n1\n1\nq\n",
        {}, second);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(textFiles(dir.path()), names({"1.txt"}));
    QVERIFY2(run.elapsedMs >= second, QByteArray::number(run.elapsedMs).constData());
    QVERIFY2(run.elapsedMs < 5 * second / 2, QByteArray::number(run.elapsedMs).constData());
}

void tst_ConsoleSession::computeSpendsCpu_data()
{
    modeRows();
}

void tst_ConsoleSession::computeSpendsCpu()
{
    // --work compute: the seconds are spent computing, so the program's CPU time covers them
    // (a wait would cost next to none); the event loop computes one task after another.
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    constexpr int second = 150;
    const auto childCpuMs = [] {
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
    };
    const qint64 cpuBefore = childCpuMs();
    const Run run = runConsole(dir.path(),
        {QStringLiteral("--mode"), mode, QStringLiteral("--work"), QStringLiteral("compute"),
            QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("2")},
        "q\n", {}, second);
    const qint64 cpu = childCpuMs() - cpuBefore;
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(textFiles(dir.path()), names({"2.txt"}));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("2.txt"))), QByteArray("Hello, 2!"));
    QVERIFY2(cpu >= 4 * second, QByteArray::number(cpu).constData());
    if (mode == QLatin1String("events"))
        QVERIFY2(run.elapsedMs >= 4 * second, QByteArray::number(run.elapsedMs).constData());
}

void tst_ConsoleSession::outputFolderIsCreated_data()
{
    modeRows();
}

void tst_ConsoleSession::outputFolderIsCreated()
{
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run run = runConsole(dir.path(),
        {QStringLiteral("--mode"), mode, QStringLiteral("--output-dir"), QStringLiteral("a/b")}, "1\nq\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(textFiles(dir.path()), QStringList());
    QCOMPARE(readFile(dir.filePath(QStringLiteral("a/b/1.txt"))), QByteArray("Hello, 1!"));
}

void tst_ConsoleSession::failedWriteExitsWithOne_data()
{
    modeRows();
}

void tst_ConsoleSession::failedWriteExitsWithOne()
{
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const Run run = runConsole(dir.path(),
        {QStringLiteral("--mode"), mode, QStringLiteral("--output-dir"), QStringLiteral("blocker")},
        "1\n0\nq\n");

    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, lessonOutput(3)); // the rest of the queue went on
    QVERIFY2(run.err.contains("blocker/1.txt"), run.err.constData());
    QVERIFY2(run.err.contains("blocker/0.txt"), run.err.constData());
    QVERIFY(QFileInfo(blocker).isFile());
}

void tst_ConsoleSession::failureIsWordedInTheLanguage_data()
{
    QTest::addColumn<QString>("folder"); // --output-dir, where the file "blocker" is in the way
    QTest::newRow("the folder is a file") << QStringLiteral("blocker");
    QTest::newRow("a folder on the path is a file") << QStringLiteral("blocker/sub");
}

void tst_ConsoleSession::failureIsWordedInTheLanguage()
{
    // In Russian the reason is Russian through and through: no C-library text spliced in.
    QFETCH(QString, folder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const Run run = runConsole(dir.path(),
        {QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--output-dir"), folder}, "1\nq\n");

    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QLatin1String("blocker")), run.err.constData());
    QVERIFY2(hasCyrillicLetter(reasonWords(err)) && !hasLatinLetter(reasonWords(err)), run.err.constData());
}

void tst_ConsoleSession::typedLineByLine_data()
{
    modeRows();
}

void tst_ConsoleSession::typedLineByLine()
{
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(start(process, dir.path(), {QStringLiteral("--cli"), QStringLiteral("--mode"), mode}));
    QByteArray seen;
    // Each prompt is out before the program waits for the next line.
    QVERIFY(waitForOutput(process, seen, EnglishPrompt, 1));
    process.write("1\n");
    QVERIFY(waitForOutput(process, seen, EnglishPrompt, 2));
    QTRY_VERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("1.txt")))); // works while input is open
    process.write("99999\n");
    QVERIFY(waitForOutput(process, seen, EnglishPrompt, 3));
    QByteArray errors;
    QTRY_VERIFY((errors += process.readAllStandardError()).contains("99999"));
    process.write("q\n");
    const Run run = finish(process, timer);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(seen + run.out, lessonOutput(3));
}

void tst_ConsoleSession::readsWhatIntReads_data()
{
    modeRows();
}

void tst_ConsoleSession::readsWhatIntReads()
{
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The lesson queues 5, 0, 1000 and 7, refuses -1 (ours: a message, input goes on), reads 3,
    // and stops at `1__0`, which its int() does not read: 6 is never read.
    const QByteArray input = "+5\n-0\n1_000\n 7 \n-1\n3\n1__0\n6\n";
    const Run run = runConsole(dir.path(), {QStringLiteral("--mode"), mode}, input, {}, 1);

    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, lessonOutput(7));
    QCOMPARE(textFiles(dir.path()), names({"0.txt", "1000.txt", "3.txt", "5.txt", "7.txt"}));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("1000.txt"))), QByteArray("Hello, 1000!"));
    QVERIFY2(run.err.contains("-1") && run.err.contains("negative"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

void tst_ConsoleSession::interruptStopsPromptly_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<bool>("inputEnded");
    addModeRows("SIGINT at the prompt", [](QTestData &row) { row << SIGINT << false; });
    addModeRows("SIGTERM at the prompt", [](QTestData &row) { row << SIGTERM << false; });
    addModeRows("SIGINT while finishing", [](QTestData &row) { row << SIGINT << true; });
    addModeRows("SIGTERM while finishing", [](QTestData &row) { row << SIGTERM << true; });
    // A closed terminal (SIGHUP) ends the run the same way, with status 129.
    addModeRows("SIGHUP at the prompt", [](QTestData &row) { row << SIGHUP << false; });
    addModeRows("SIGHUP while finishing", [](QTestData &row) { row << SIGHUP << true; });
}

void tst_ConsoleSession::interruptStopsPromptly()
{
    QFETCH(QString, mode);
    QFETCH(int, signalNumber);
    QFETCH(bool, inputEnded);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(start(process, dir.path(), {QStringLiteral("--cli"), QStringLiteral("--mode"), mode}));
    // A task of an hour of scaled seconds (72 s): far longer than the test may take.
    process.write("3600\n");
    if (inputEnded)
        process.closeWriteChannel();
    QByteArray seen;
    QVERIFY(waitForOutput(process, seen, inputEnded ? EnglishFinishing : EnglishPrompt, inputEnded ? 1 : 2));

    QElapsedTimer sinceSignal;
    sinceSignal.start();
    if (signalNumber == SIGTERM)
        process.terminate();
    else
        QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    const Run run = finish(process, timer, 10000);

    QVERIFY2(sinceSignal.elapsed() < 5000, QByteArray::number(sinceSignal.elapsed()).constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 128 + signalNumber);
    QVERIFY((seen + run.out).endsWith(EnglishFinishing + EnglishFinished));
    QVERIFY2(run.err.contains("1 task"), run.err.constData());
    QCOMPARE(textFiles(dir.path()), QStringList());
}

void tst_ConsoleSession::badOptionExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("--workers 0") << names({"--workers", "0"});
    QTest::addRow("--workers 65") << names({"--workers", "65"});
    QTest::addRow("--workers x") << names({"--workers", "x"});
    QTest::addRow("--mode x") << names({"--mode", "x"});
    QTest::addRow("--lang xx") << names({"--lang", "xx"});
    QTest::addRow("unknown option") << names({"--frobnicate"});
    QTest::addRow("number too large") << names({"99999"});
    QTest::addRow("not a number") << names({"1.5"});
}

void tst_ConsoleSession::badOptionExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run run = runConsole(dir.path(), arguments, "1\nq\n");
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains("Usage:") && run.err.contains("--workers"), run.err.constData());
    QCOMPARE(textFiles(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(tst_ConsoleSession)
#include "tst_consolesession.moc"
