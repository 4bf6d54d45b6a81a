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

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
