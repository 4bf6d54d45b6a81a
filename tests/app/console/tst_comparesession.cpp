#include "console/comparereport.h"
#include "consolerun.h"

#include <QTemporaryDir>

#include <csignal>

/**
 * `helloqueue --compare`, run as a user runs it: the table in English and Russian with its
 * columns aligned, which mode runs on standard error, bad numbers refused, Ctrl+C stops.
 */
class tst_CompareSession : public QObject
{
    Q_OBJECT
private slots:
    void printsAnAlignedTable_data();
    void printsAnAlignedTable();
    void refusesABadNumber();
    void ctrlCStopsAndPrintsWhatWasMeasured();

private:
    QTemporaryDir m_folder;
};

void tst_CompareSession::printsAnAlignedTable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("firstMode");
    QTest::addColumn<QString>("progress");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Processes")
                        << QStringLiteral("Mode 1 of 3: Processes…");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Процессы")
                        << QStringLiteral("Режим 1 из 3: Процессы…");
}

void tst_CompareSession::printsAnAlignedTable()
{
    QFETCH(QString, language);
    QFETCH(QString, firstMode);
    QFETCH(QString, progress);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(ConsoleRun::start(process, m_folder.path(),
        {QStringLiteral("--compare"), QStringLiteral("--lang"), language, QStringLiteral("--workers"),
            QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("2")},
        50));
    process.closeWriteChannel();
    const ConsoleRun::Run run = ConsoleRun::finish(process, timer);
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY2(QString::fromUtf8(run.err).contains(progress), run.err);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 8, run.out);
    const QStringList table = lines.mid(2, 4); // the header and a line per mode
    QVERIFY2(table.at(1).startsWith(firstMode), run.out);
    // Aligned: the last column is right-aligned, so every line of the table is as wide as the header.
    for (const QString &line : table)
        QVERIFY2(CompareReport::displayWidth(line) == CompareReport::displayWidth(table.first()), run.out);
    QVERIFY2(!lines.at(7).isEmpty(), run.out); // the reading
    QCOMPARE(ConsoleRun::textFiles(m_folder.path()), QStringList()); // written elsewhere, and removed
}

void tst_CompareSession::refusesABadNumber()
{
    const ConsoleRun::Run run = [this] {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        ConsoleRun::start(process, m_folder.path(),
            {QStringLiteral("--compare"), QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("1,x")});
        process.closeWriteChannel();
        return ConsoleRun::finish(process, timer);
    }();
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("“x”"), run.err);
    QVERIFY2(run.out.isEmpty(), run.out);
}

void tst_CompareSession::ctrlCStopsAndPrintsWhatWasMeasured()
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(ConsoleRun::start(process, m_folder.path(),
        {QStringLiteral("--compare"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("100")},
        1000));
    QByteArray err;
    QVERIFY(QTest::qWaitFor([&] { return (err += process.readAllStandardError()).contains("Mode 1 of"); },
        ConsoleRun::RunTimeoutMs));
    QTest::qWait(100); // the task is waiting now
    ::kill(pid_t(process.processId()), SIGINT);
    const ConsoleRun::Run run = ConsoleRun::finish(process, timer, 10000);
    QCOMPARE(run.exitCode, 130);
    QVERIFY2(run.elapsedMs < 10000, QByteArray::number(run.elapsedMs));
    QVERIFY2(run.out.contains("Processes (stopped)"), run.out);
    QVERIFY2(!run.out.contains("Event loop"), run.out); // no mode starts after Ctrl+C
    QVERIFY2(run.out.contains("The comparison was stopped"), run.out);
}

QTEST_GUILESS_MAIN(tst_CompareSession)
#include "tst_comparesession.moc"
