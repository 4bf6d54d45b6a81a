#include "mainwindow.h"
#include "taskqueue.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensWithTheNumberFieldFocused();
};

void tst_MainWindow::opensWithTheNumberFieldFocused()
{
    TaskQueue queue;
    MainWindow window(&queue);
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support propagateSizeHints()");
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("HelloQueue"));
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("numberLineEdit"));
    QVERIFY(field);
    QTRY_COMPARE(QApplication::focusWidget(), field);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
