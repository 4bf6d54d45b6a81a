#include "compare/comparecsv.h"
#include "translation.h"

#include <QTest>

/** The CSV export: one line per mode, numbers a spreadsheet reads whatever the language. */
class tst_CompareCsv : public QObject
{
    Q_OBJECT
private slots:
    void oneLinePerModeInAnyLanguage_data();
    void oneLinePerModeInAnyLanguage();
};

void tst_CompareCsv::oneLinePerModeInAnyLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void tst_CompareCsv::oneLinePerModeInAnyLanguage()
{
    QFETCH(QString, language);
    Translation::apply(language);
    CompareResult threads;
    threads.mode = RunMode::Threads;
    threads.workers = 4;
    threads.wallMs = 1012;
    threads.cpuMs = 1234567;
    threads.peakThreads = 12;
    threads.peakProcesses = 1;
    threads.peakMemoryKiB = 20480;
    threads.complete = true;
    threads.tasks.resize(3);
    CompareResult events = threads;
    events.mode = RunMode::Events;
    events.failed = 1;
    events.complete = false;
    const QList<QByteArray> lines = CompareCsv::text({threads, events}).split('\n');
    QCOMPARE(lines.size(), 4); // header, two modes, and the last line's end
    QCOMPARE(lines.at(0),
        QByteArray("mode,workers,tasks,failed,complete,total_s,cpu_s,peak_threads,peak_processes,"
                   "peak_memory_kib\r"));
    QCOMPARE(lines.at(1), QByteArray("threads,4,3,0,yes,1.012,1234.567,12,1,20480\r"));
    QCOMPARE(lines.at(2), QByteArray("events,4,3,1,no,1.012,1234.567,12,1,20480\r"));
    QCOMPARE(lines.at(3), QByteArray());
    Translation::apply(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(tst_CompareCsv)
#include "tst_comparecsv.moc"
