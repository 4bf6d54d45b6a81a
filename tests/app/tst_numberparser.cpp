#include "numberparser.h"

#include <QLocale>
#include <QTest>

class tst_NumberParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void parsePythonInt_data();
    void parsePythonInt();
    void parseList_data();
    void parseList();
    void errorMessageNamesTheText();
    void errorMessageWritesTheLimitAsTheTableDoes();
};

void tst_NumberParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("seconds");

    const int none = int(NumberParser::Error::None);
    const int bad = int(NumberParser::Error::NotANumber);
    const int large = int(NumberParser::Error::TooLarge);
    const int empty = int(NumberParser::Error::Empty);
    QTest::newRow("zero") << "0" << none << 0;
    QTest::newRow("plain") << "42" << none << 42;
    QTest::newRow("white space around") << " 7 " << none << 7;
    QTest::newRow("tab and newline") << "\t5\n" << none << 5;
    QTest::newRow("leading zeros") << "007" << none << 7;
    QTest::newRow("arabic-indic three") << QString(QChar(0x0663)) << none << 3;
    QTest::newRow("fullwidth three") << QString(QChar(0xFF13)) << none << 3;
    QTest::newRow("mathematical bold three (outside the BMP)")
        << QString::fromUcs4(U"\U0001D7D1") << none << 3;
    QTest::newRow("the maximum") << "86400" << none << 86400;
    QTest::newRow("one over the maximum") << "86401" << large << 0;
    QTest::newRow("thirty digits") << QString(30, QLatin1Char('9')) << large << 0;
    QTest::newRow("many leading zeros") << QString(100, QLatin1Char('0')) + QLatin1String("5") << none << 5;
    QTest::newRow("empty") << "" << empty << 0;
    QTest::newRow("only spaces") << "   " << empty << 0;
    QTest::newRow("negative") << "-1" << bad << 0;
    QTest::newRow("plus sign") << "+5" << bad << 0;
    QTest::newRow("fraction") << "1.5" << bad << 0;
    QTest::newRow("exponent") << "1e3" << bad << 0;
    QTest::newRow("hexadecimal") << "0x10" << bad << 0;
    QTest::newRow("superscript two") << QString(QChar(0x00B2)) << bad << 0;
    QTest::newRow("one half") << QString(QChar(0x00BD)) << bad << 0;
    QTest::newRow("letters") << "abc" << bad << 0;
    QTest::newRow("underscore (the window keeps SPEC §1)") << "1_000" << bad << 0;
    QTest::newRow("inner space") << "1 2" << bad << 0;
    QTest::newRow("NUL byte") << QString::fromUtf16(u"1\u00002", 3) << bad << 0;
    QTest::newRow("lone surrogate") << QString(QChar(0xD835)) << bad << 0;
    QTest::newRow("digits then a letter, huge")
        << QString(30, QLatin1Char('9')) + QLatin1String("x") << bad << 0;
}

void tst_NumberParser::parse()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    QFETCH(int, seconds);
    const NumberParser::Result result = NumberParser::parse(text);
    QCOMPARE(int(result.error), error);
    QCOMPARE(result.seconds, seconds);
}

void tst_NumberParser::parsePythonInt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("seconds");

    const int none = int(NumberParser::Error::None);
    const int bad = int(NumberParser::Error::NotANumber);
    const int negative = int(NumberParser::Error::Negative);
    const int large = int(NumberParser::Error::TooLarge);
    const int empty = int(NumberParser::Error::Empty);
    // What the lesson's int() reads, as it reads it (checked against Python 3.11).
    QTest::newRow("plain") << "42" << none << 42;
    QTest::newRow("plus sign") << "+5" << none << 5;
    QTest::newRow("minus zero") << "-0" << none << 0;
    QTest::newRow("minus zeros with underscore") << " -00_0 " << none << 0;
    QTest::newRow("underscore between digits") << "1_000" << none << 1000;
    QTest::newRow("underscores, signed maximum") << "+86_400" << none << 86400;
    QTest::newRow("underscore between arabic-indic digits")
        << QString(QChar(0x0663)) + QLatin1Char('_') + QChar(0x0663) << none << 33;
    QTest::newRow("spaces around") << " 7 " << none << 7;
    QTest::newRow("no-break and em spaces around")
        << QString(QChar(0x00A0)) + QLatin1Char('5') + QChar(0x2003) << none << 5;
    QTest::newRow("mathematical bold three with a sign") << QString::fromUcs4(U"+\U0001D7D1") << none << 3;
    // Read by int(), but outside HelloQueue's limits.
    QTest::newRow("minus one") << "-1" << negative << 0;
    QTest::newRow("negative, huge") << QLatin1String("-") + QString(30, QLatin1Char('9')) << negative << 0;
    QTest::newRow("one over the maximum, with underscore") << "86_401" << large << 0;
    QTest::newRow("thirty digits with a plus")
        << QLatin1String("+") + QString(30, QLatin1Char('9')) << large << 0;
    // Refused by int() too.
    QTest::newRow("empty") << "" << empty << 0;
    QTest::newRow("only spaces") << "   " << empty << 0;
    QTest::newRow("double underscore") << "1__0" << bad << 0;
    QTest::newRow("leading underscore") << "_1" << bad << 0;
    QTest::newRow("trailing underscore") << "1_" << bad << 0;
    QTest::newRow("underscore after the sign") << "+_5" << bad << 0;
    QTest::newRow("sign alone") << "+" << bad << 0;
    QTest::newRow("minus alone") << " - " << bad << 0;
    QTest::newRow("space after the sign") << "+ 5" << bad << 0;
    QTest::newRow("two signs") << "+-5" << bad << 0;
    QTest::newRow("fullwidth plus") << QString(QChar(0xFF0B)) + QLatin1Char('5') << bad << 0;
    QTest::newRow("file separator is no space to int()")
        << QString(QChar(0x1C)) + QLatin1Char('5') << bad << 0;
    QTest::newRow("zero width space") << QString(QChar(0x200B)) + QLatin1Char('5') << bad << 0;
    QTest::newRow("fraction") << "1.5" << bad << 0;
    QTest::newRow("exponent") << "1e3" << bad << 0;
    QTest::newRow("hexadecimal") << "0x10" << bad << 0;
    QTest::newRow("superscript two") << QString(QChar(0x00B2)) << bad << 0;
    QTest::newRow("inner space") << "1 2" << bad << 0;
}

void tst_NumberParser::parsePythonInt()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    QFETCH(int, seconds);
    const NumberParser::Result result = NumberParser::parse(text, NumberParser::Syntax::PythonInt);
    QCOMPARE(int(result.error), error);
    QCOMPARE(result.seconds, seconds);
    // The strict syntax (the window, SPEC §1) accepts nothing it does not.
    const NumberParser::Result strict = NumberParser::parse(text);
    if (strict.ok())
        QCOMPARE(strict.seconds, result.seconds);
    if (result.error == NumberParser::Error::Negative) {
        const QString message = NumberParser::errorMessage(result.error, text);
        QVERIFY2(message.contains(text.trimmed().left(20)), qPrintable(message));
    }
}

void tst_NumberParser::parseList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("numbers");
    QTest::addColumn<int>("badStart");
    QTest::addColumn<int>("badLength");

    QTest::newRow("one") << "3" << QList<int> {3} << -1 << 0;
    QTest::newRow("commas and semicolons") << "3, 2;1" << QList<int> {3, 2, 1} << -1 << 0;
    QTest::newRow("spreadsheet column") << "4\r\n5\r\n6\r\n" << QList<int> {4, 5, 6} << -1 << 0;
    QTest::newRow("tabs") << "1\t2\t3" << QList<int> {1, 2, 3} << -1 << 0;
    QTest::newRow("doubled separators") << ",,1;;  2,," << QList<int> {1, 2} << -1 << 0;
    QTest::newRow("one bad token spoils all") << "1 abc 3" << QList<int> {} << 2 << 3;
    QTest::newRow("too large in the middle") << "1, 99999, 2" << QList<int> {} << 3 << 5;
    QTest::newRow("empty") << "" << QList<int> {} << 0 << 0;
    QTest::newRow("only separators") << " ,; " << QList<int> {} << 0 << 4;
}

void tst_NumberParser::parseList()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, numbers);
    QFETCH(int, badStart);
    QFETCH(int, badLength);
    const NumberParser::ListResult result = NumberParser::parseList(text);
    QCOMPARE(result.seconds, numbers);
    QCOMPARE(result.ok(), badStart < 0);
    if (badStart >= 0) {
        QCOMPARE(result.firstBad.start, badStart);
        QCOMPARE(result.firstBad.length, badLength);
    }
}

void tst_NumberParser::errorMessageWritesTheLimitAsTheTableDoes()
{
    // The table writes 86,400 (English) and 86 400 (Russian); the messages must say the same.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = NumberParser::errorMessage(NumberParser::Error::TooLarge, u"99999");
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const QString russian = NumberParser::errorMessage(NumberParser::Error::Empty, u"");
    QLocale::setDefault(before);
    QVERIFY2(english.contains(QLatin1String("86,400")), qPrintable(english));
    QVERIFY2(russian.contains(QLocale(QLocale::Russian).toString(86400)), qPrintable(russian));
}

void tst_NumberParser::errorMessageNamesTheText()
{
    QVERIFY(
        NumberParser::errorMessage(NumberParser::Error::NotANumber, u"abc").contains(QLatin1String("abc")));
    QVERIFY(
        NumberParser::errorMessage(NumberParser::Error::TooLarge, u"99999").contains(QLatin1String("99999")));
    const QString longText(1 << 20, QLatin1Char('x'));
    QVERIFY(NumberParser::errorMessage(NumberParser::Error::NotANumber, longText).size() < 200);
    QVERIFY(
        !NumberParser::errorMessage(NumberParser::Error::NotANumber, QString(QChar(0))).contains(QChar(0)));
}

QTEST_GUILESS_MAIN(tst_NumberParser)
#include "tst_numberparser.moc"
