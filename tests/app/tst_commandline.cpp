// Paths are made absolute before they are stored: a relative --output-dir means the folder under
// the current one at the start, wherever a later run (a restore) is started from.
#include "commandline.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class tst_CommandLine : public QObject
{
    Q_OBJECT
private slots:
    void outputDirIsMadeAbsolute_data();
    void outputDirIsMadeAbsolute();
    void work_data();
    void work();
};

void tst_CommandLine::outputDirIsMadeAbsolute_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("underCurrent");
    QTest::newRow("relative") << QStringLiteral("rel") << QStringLiteral("rel");
    QTest::newRow("dot") << QStringLiteral(".") << QString();
    QTest::newRow("dots and slashes") << QStringLiteral("a/./b/../c/") << QStringLiteral("a/c");
}

void tst_CommandLine::outputDirIsMadeAbsolute()
{
    QFETCH(QString, typed);
    QFETCH(QString, underCurrent);
    QTemporaryDir dir;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const CommandLine::Result result
        = CommandLine::parse({QStringLiteral("helloqueue"), QStringLiteral("--output-dir"), typed});
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(result.outcome, CommandLine::Outcome::Run);
    const QString expected = underCurrent.isEmpty()
        ? QDir(dir.path()).canonicalPath()
        : QDir(dir.path()).canonicalPath() + QLatin1Char('/') + underCurrent;
    QCOMPARE(result.options.outputDirectory.value_or(QString()), expected);
}

void tst_CommandLine::work_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("work"); ///< -1: not set
    const auto args = [](const char *a, const char *b = nullptr) {
        QStringList list {QStringLiteral("helloqueue"), QString::fromUtf8(a)};
        if (b)
            list << QString::fromUtf8(b);
        return list;
    };
    QTest::newRow("not given") << args("3") << true << -1;
    QTest::newRow("compute") << args("--work", "compute") << true << int(WorkKind::Compute);
    QTest::newRow("wait") << args("--work=wait") << true << int(WorkKind::Wait);
    QTest::newRow("unknown") << args("--work", "sleep") << false << -1;
    QTest::newRow("empty") << args("--work=") << false << -1;
    QTest::newRow("upper case") << args("--work", "COMPUTE") << false << -1;
}

void tst_CommandLine::work()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(int, work);
    const CommandLine::Result result = CommandLine::parse(arguments);
    QCOMPARE(result.outcome, ok ? CommandLine::Outcome::Run : CommandLine::Outcome::Error);
    if (!ok) {
        // The message names the option and what was typed.
        QVERIFY2(result.errorText.contains(QLatin1String("--work"))
                && result.errorText.contains(arguments.last().section(QLatin1Char('='), -1)),
            qPrintable(result.errorText));
        return;
    }
    QCOMPARE(result.options.work.has_value(), work >= 0);
    if (work >= 0)
        QCOMPARE(int(*result.options.work), work);
    QVERIFY(result.helpText.contains(QLatin1String("--work <wait|compute>")));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
