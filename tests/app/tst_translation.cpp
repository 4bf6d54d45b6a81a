// Russian and English: plural forms, the language chosen by --lang or the system's locale, and
// --help in Russian (our strings and Qt's own).
#include "commandline.h"
#include "translation.h"

#include <QProcess>
#include <QTest>

class tst_Translation : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void pluralForms_data();
    void pluralForms();
    void resolve_data();
    void resolve();
    void helpTextIsTranslated();
    void helpFollowsTheSystemLocale_data();
    void helpFollowsTheSystemLocale();
};

void tst_Translation::cleanup()
{
    Translation::apply(QStringLiteral("en"));
}

void tst_Translation::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    // Russian has three forms: 1, 21 (one); 2, 22 (few); 0, 5, 11, 25, 111 (many).
    const char *ru[][2] = {{"0", "0 задач завершились с ошибкой."}, {"1", "1 задача завершилась с ошибкой."},
        {"2", "2 задачи завершились с ошибкой."}, {"5", "5 задач завершились с ошибкой."},
        {"11", "11 задач завершились с ошибкой."}, {"21", "21 задача завершилась с ошибкой."},
        {"22", "22 задачи завершились с ошибкой."}, {"25", "25 задач завершились с ошибкой."},
        {"111", "111 задач завершились с ошибкой."}};
    for (const auto &row : ru)
        QTest::addRow("ru %s", row[0])
            << QStringLiteral("ru") << QByteArray(row[0]).toInt() << QString::fromUtf8(row[1]);
    const char *en[][2] = {{"0", "0 tasks failed."}, {"1", "1 task failed."}, {"2", "2 tasks failed."},
        {"5", "5 tasks failed."}, {"11", "11 tasks failed."}, {"21", "21 tasks failed."},
        {"22", "22 tasks failed."}, {"25", "25 tasks failed."}, {"111", "111 tasks failed."}};
    for (const auto &row : en)
        QTest::addRow("en %s", row[0])
            << QStringLiteral("en") << QByteArray(row[0]).toInt() << QString::fromUtf8(row[1]);
}

void tst_Translation::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);
    Translation::apply(language);
    QCOMPARE(Translation::current(), language);
    QCOMPARE(QCoreApplication::translate("ConsoleSession", "%n task(s) failed.", nullptr, n), expected);
}

void tst_Translation::resolve_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("expected");
    QTest::newRow("english") << "en"
                             << "en";
    QTest::newRow("russian") << "ru"
                             << "ru";
}

void tst_Translation::resolve()
{
    QFETCH(QString, asked);
    QFETCH(QString, expected);
    QCOMPARE(Translation::resolve(asked), expected);
}

void tst_Translation::helpTextIsTranslated()
{
    Translation::apply(QStringLiteral("ru"));
    const QString help
        = CommandLine::parse({QStringLiteral("helloqueue"), QStringLiteral("--help")}).helpText;
    QVERIFY2(help.contains(QStringLiteral("Запустить консольную программу из урока")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("справк")), qPrintable(help)); // Qt's own --help line
    QVERIFY2(!help.contains(QLatin1String("Displays")), qPrintable(help));
    Translation::apply(QStringLiteral("en"));
    const QString english
        = CommandLine::parse({QStringLiteral("helloqueue"), QStringLiteral("--help")}).helpText;
    QVERIFY(english.contains(QLatin1String("Run the lesson's console program")));
}

void tst_Translation::helpFollowsTheSystemLocale_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("LANG=ru_RU.UTF-8")
        << "ru_RU.UTF-8" << QStringList {QStringLiteral("--help")} << "Записывать файлы в";
    QTest::newRow("LANG=de_DE.UTF-8 falls back to English")
        << "de_DE.UTF-8" << QStringList {QStringLiteral("--help")} << "Write the files into";
    QTest::newRow("--lang ru wins over LANG=en_US.UTF-8")
        << "en_US.UTF-8"
        << QStringList {QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help")}
        << "Записывать файлы в";
}

void tst_Translation::helpFollowsTheSystemLocale()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HELLOQUEUE_BINARY), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_Translation)
#include "tst_translation.moc"
