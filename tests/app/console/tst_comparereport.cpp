#include "compare/comparetablemodel.h"
#include "console/comparereport.h"
#include "translation.h"

#include <QTest>

/**
 * What `helloqueue --compare` prints: the table's columns line up in a terminal in English and
 * in Russian (aligned by display width, not by bytes or UTF-16 units), and the report carries the
 * heading, the table and the reading.
 */
class tst_CompareReport : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void displayWidth_data();
    void displayWidth();
    void columnsLineUp_data();
    void columnsLineUp();
    void reportHasHeadingTableAndReading();
};

namespace {

QList<CompareResult> sampleResults()
{
    CompareResult threads;
    threads.mode = RunMode::Threads;
    threads.workers = 4;
    threads.wallMs = 1012;
    threads.cpuMs = 23;
    threads.peakThreads = 12;
    threads.peakProcesses = 1;
    threads.peakMemoryKiB = 20480;
    threads.complete = true;
    CompareResult events = threads;
    events.mode = RunMode::Events;
    events.wallMs = 10004;
    events.cpuMs = 9;
    events.peakThreads = 7;
    events.peakMemoryKiB = 123456;
    return {threads, events};
}

/** Where each cell of @p line ends, in terminal columns, given the cells' texts in order. */
QList<int> cellEnds(const QString &line, const QStringList &cells)
{
    QList<int> ends;
    qsizetype from = 0;
    for (const QString &cell : cells) {
        const qsizetype at = line.indexOf(cell, from);
        if (at < 0)
            return {};
        from = at + cell.size();
        ends.append(CompareReport::displayWidth(QStringView(line).left(from)));
    }
    return ends;
}

} // namespace

void tst_CompareReport::cleanup()
{
    Translation::apply(QStringLiteral("en"));
}

void tst_CompareReport::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("latin") << QStringLiteral("Threads") << 7;
    QTest::newRow("cyrillic") << QStringLiteral("Потоки") << 6;
    QTest::newRow("combining acute") << QStringLiteral("e\u0301") << 1;
    QTest::newRow("fullwidth digit") << QStringLiteral("\uFF13") << 2;
    QTest::newRow("cjk") << QStringLiteral("\u7EBF\u7A0B") << 4;
    QTest::newRow("no-break space") << QStringLiteral("1\u00A0000") << 5;
}

void tst_CompareReport::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(CompareReport::displayWidth(text), width);
}

void tst_CompareReport::columnsLineUp_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void tst_CompareReport::columnsLineUp()
{
    QFETCH(QString, language);
    Translation::apply(language);
    CompareTableModel model;
    model.setResults(sampleResults());
    const QStringList lines = CompareReport::table(model).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + model.rowCount());
    QList<QList<int>> ends;
    for (int row = -1; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(row < 0 ? model.headerData(column, Qt::Horizontal).toString()
                                 : model.index(row, column).data().toString());
        ends.append(cellEnds(lines.at(row + 1), cells));
        QVERIFY2(!ends.last().isEmpty(), qPrintable(lines.at(row + 1)));
        QVERIFY2(lines.at(row + 1).startsWith(cells.first()), qPrintable(lines.at(row + 1))); // left-aligned
    }
    // Every figure column is right-aligned: its cells end in the same terminal column.
    for (int column = 1; column < model.columnCount(); ++column) {
        for (const QList<int> &line : ends)
            QVERIFY2(line.at(column) == ends.first().at(column), qPrintable(lines.join(QLatin1Char('\n'))));
    }
    if (language == QLatin1String("ru"))
        QVERIFY2(lines.first().contains(QStringLiteral("Режим")), qPrintable(lines.first()));
}

void tst_CompareReport::reportHasHeadingTableAndReading()
{
    Translation::apply(QStringLiteral("en"));
    CompareReport::Input input;
    input.numbers = {1, 1, 10};
    input.workers = 4;
    input.cores = 2;
    input.results = sampleResults();
    const QStringList lines = CompareReport::text(input).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Compared 1 1 10 on 4 workers, waiting."));
    QCOMPARE(lines.at(1), QString());
    QVERIFY(lines.at(2).startsWith(QLatin1String("Mode")));
    QVERIFY(lines.at(3).startsWith(QLatin1String("Threads ")));
    QVERIFY2(lines.at(3).contains(QLatin1String("1.01 s")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).contains(QLatin1String("120.6 MiB")), qPrintable(lines.at(4)));
    QCOMPARE(lines.at(5), QString());
    QVERIFY2(lines.at(6).startsWith(QLatin1String("waiting: the event loop took 10.0 s, threads 1.0 s")),
        qPrintable(lines.at(6)));
}

QTEST_GUILESS_MAIN(tst_CompareReport)
#include "tst_comparereport.moc"
