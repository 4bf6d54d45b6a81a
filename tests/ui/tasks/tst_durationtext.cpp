#include "tasks/durationtext.h"

#include <QLocale>
#include <QTest>

using std::chrono::milliseconds;

class tst_DurationText : public QObject
{
    Q_OBJECT
private slots:
    void format_data();
    void format();
    void followsTheLocale();
};

void tst_DurationText::format_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << qint64(0) << QStringLiteral("0.0 s");
    QTest::newRow("negative is nothing") << qint64(-5) << QStringLiteral("0.0 s");
    QTest::newRow("a second and a half") << qint64(1500) << QStringLiteral("1.5 s");
    QTest::newRow("just under a minute") << qint64(59949) << QStringLiteral("59.9 s");
    QTest::newRow("rounds to a minute") << qint64(59950) << QStringLiteral("1:00");
    QTest::newRow("a minute and a bit rounds up") << qint64(60001) << QStringLiteral("1:01");
    QTest::newRow("an hour, two minutes, three seconds") << qint64(3723000) << QStringLiteral("1:02:03");
    QTest::newRow("one day") << qint64(86400000) << QStringLiteral("24:00:00");
}

void tst_DurationText::format()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(DurationText::format(milliseconds(ms)), text);
}

void tst_DurationText::followsTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const QString russian = DurationText::format(milliseconds(1500));
    QLocale::setDefault(QLocale::c());
    QCOMPARE(russian, QStringLiteral("1,5 s"));
}

QTEST_GUILESS_MAIN(tst_DurationText)
#include "tst_durationtext.moc"
