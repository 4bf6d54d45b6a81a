#include "compare/comparereading.h"
#include "translation.h"

#include <QTest>

/**
 * The reading says in plain words what the figures show, in English and in Russian, and never
 * claims what the figures do not support.
 */
class tst_CompareReading : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void reading_data();
    void reading();
    void russianReadsNaturally_data();
    void russianReadsNaturally();
    void stoppedRunsSayTheFiguresArePartial();
};

namespace {

CompareResult result(RunMode mode, qint64 wallMs, int workers = 4)
{
    CompareResult r;
    r.mode = mode;
    r.wallMs = wallMs;
    r.workers = workers;
    r.complete = true;
    return r;
}

} // namespace

void tst_CompareReading::cleanup()
{
    Translation::apply(QStringLiteral("en"));
}

void tst_CompareReading::reading_data()
{
    QTest::addColumn<qint64>("threadsMs");
    QTest::addColumn<qint64>("eventsMs");
    QTest::addColumn<int>("workers");
    QTest::addColumn<WorkKind>("work");
    QTest::addColumn<QString>("expected");
    QTest::newRow("waiting, as fast") << qint64(1010) << qint64(1003) << 4 << WorkKind::Wait
                                      << QStringLiteral("waiting: the event loop took 1.0 s, threads 1.0 s — "
                                                        "one thread waits as well as many");
    QTest::newRow("computing, the event loop slower")
        << qint64(2100) << qint64(4010) << 4 << WorkKind::Compute
        << QStringLiteral("computing: the event loop took 4.0 s, threads 2.1 s — computing tasks cannot "
                          "overlap on one thread; threads spread them over 2 cores");
    QTest::newRow("one worker") << qint64(4000) << qint64(4000) << 1 << WorkKind::Wait
                                << QStringLiteral("waiting: the event loop took 4.0 s, threads 4.0 s — with "
                                                  "one worker every mode runs the tasks one after another");
    QTest::newRow("waiting, the event loop slower")
        << qint64(1000) << qint64(2000) << 4 << WorkKind::Wait
        << QStringLiteral("waiting: the event loop took 2.0 s, threads 1.0 s — the event loop took 2.0 times "
                          "as long here");
    QTest::newRow("the event loop faster")
        << qint64(1500) << qint64(1000) << 4 << WorkKind::Wait
        << QStringLiteral("waiting: the event loop took 1.0 s, threads 1.5 s — the event loop was the "
                          "fastest: starting a task costs it least");
}

void tst_CompareReading::reading()
{
    QFETCH(qint64, threadsMs);
    QFETCH(qint64, eventsMs);
    QFETCH(int, workers);
    QFETCH(WorkKind, work);
    QFETCH(QString, expected);
    Translation::apply(QStringLiteral("en"));
    const QList<CompareResult> results {
        result(RunMode::Threads, threadsMs, workers), result(RunMode::Events, eventsMs, workers)};
    QCOMPARE(CompareReading::text(results, work, 2), expected);
}

void tst_CompareReading::russianReadsNaturally_data()
{
    QTest::addColumn<int>("cores");
    QTest::addColumn<QString>("expected");
    const QString figures
        = QStringLiteral("вычисления: цикл событий — 4,0 с, потоки — 2,0 с. "
                         "В одном потоке вычисления идут по очереди; потоки распределили их ");
    QTest::newRow("1 core") << 1 << figures + QStringLiteral("по 1 ядру");
    QTest::newRow("2 cores") << 2 << figures + QStringLiteral("по 2 ядрам");
    QTest::newRow("5 cores") << 5 << figures + QStringLiteral("по 5 ядрам");
    QTest::newRow("21 cores") << 21 << figures + QStringLiteral("по 21 ядру");
}

void tst_CompareReading::russianReadsNaturally()
{
    QFETCH(int, cores);
    QFETCH(QString, expected);
    Translation::apply(QStringLiteral("ru"));
    const QList<CompareResult> results {result(RunMode::Threads, 2000), result(RunMode::Events, 4000)};
    QCOMPARE(CompareReading::text(results, WorkKind::Compute, cores), expected);
}

void tst_CompareReading::stoppedRunsSayTheFiguresArePartial()
{
    Translation::apply(QStringLiteral("en"));
    CompareResult stopped = result(RunMode::Events, 300);
    stopped.complete = false;
    const QString text = CompareReading::text({result(RunMode::Threads, 1000), stopped}, WorkKind::Wait, 2);
    QCOMPARE(text, QStringLiteral("The comparison was stopped: its figures are partial."));
}

QTEST_GUILESS_MAIN(tst_CompareReading)
#include "tst_comparereading.moc"
