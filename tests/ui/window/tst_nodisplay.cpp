// The window started where there is no display at all (a text console, an ssh session without
// X forwarding): one translated line that says what is missing and points to --cli, exit status 1,
// rather than Qt's abort about reinstalling the application.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_NoDisplay : public QObject
{
    Q_OBJECT
private slots:
    void saysWhatIsMissing_data();
    void saysWhatIsMissing();
};

void tst_NoDisplay::saysWhatIsMissing_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("no display");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("нет дисплея");
}

void tst_NoDisplay::saysWhatIsMissing()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(
        QStringLiteral(HELLOQUEUE_BINARY), {QStringLiteral("--lang"), language, QStringLiteral("3")});
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not Qt's abort()
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY2(err.contains(expected, Qt::CaseInsensitive), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("--cli")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("Reinstalling")), qPrintable(err));
    QVERIFY(QDir(home.filePath(QStringLiteral("data"))).isEmpty()); // no journal opened for nothing
}

QTEST_GUILESS_MAIN(tst_NoDisplay)
#include "tst_nodisplay.moc"
