// What a screen reader gets from the window, read through Qt's accessibility interfaces (the same
// ones the AT-SPI bridge serves). Accessibility events need a platform bridge, which offscreen
// lacks: tests/a11y/atspi_walk.py checks those (no name repeated per refresh) through AT-SPI itself.
#include "tasks/progressreading.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSizeGrip>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>

namespace {

QString accessibleText(QObject *object, QAccessible::Text text)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(object);
    return accessible ? accessible->text(text) : QString();
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedEntryIsReadFromTheField_data();
    void refusedEntryIsReadFromTheField();
    void summaryReadsItsText();
    void progressCellSaysHowFar();
    void partsQtAddsAreNamed();
    void timelineIsNoTabStop();
};

void tst_Accessibility::initTestCase()
{
    isolateSettings();
}

void tst_Accessibility::refusedEntryIsReadFromTheField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token");
    QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("-1");
    QTest::newRow("letter after a number") << QStringLiteral("5 x") << QStringLiteral("x");
    QTest::newRow("ampersand") << QStringLiteral("3 & 4") << QStringLiteral("&");
}

void tst_Accessibility::refusedEntryIsReadFromTheField()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(text);
    auto *message = f.child<QLabel>("numberErrorLabel");
    QTRY_VERIFY(message->isVisible());
    const QString description = accessibleText(f.field(), QAccessible::Description);
    QVERIFY2(description.contains(token), qPrintable(description));
    // The message label reads as its text and is one of the field's labels (labelled-by).
    const QString messageName = accessibleText(message, QAccessible::Name);
    QCOMPARE(messageName, description);
    QAccessibleInterface *field = QAccessible::queryAccessibleInterface(f.field());
    bool related = false;
    const auto relations = field->relations(QAccessible::Label);
    for (const auto &relation : relations)
        related = related || relation.first->object() == message;
    QVERIFY(related);
    QCOMPARE(f.rowCount(), 0);
    // Typing again withdraws the message from the field's description too.
    QTest::keyClick(f.field(), Qt::Key_Backspace);
    QVERIFY(!accessibleText(f.field(), QAccessible::Description).contains(token));
}

void tst_Accessibility::summaryReadsItsText()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("0 0"));
    QTRY_COMPARE(f.stateAt(1), TaskState::Done);
    for (const char *name : {"summaryLabel", "etaLabel", "progressLabel"}) {
        auto *label = f.child<QLabel>(name);
        QTRY_VERIFY(!label->text().isEmpty());
        QCOMPARE(accessibleText(label, QAccessible::Name), label->text());
    }
    QVERIFY(accessibleText(f.child<QLabel>("summaryLabel"), QAccessible::Name)
                .contains(QLatin1String("Done: 2")));
}

void tst_Accessibility::progressCellSaysHowFar()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.queue.setWorkers(1);
    f.enter(QStringLiteral("50 1")); // one second, and a task waiting behind it
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    QTRY_VERIFY(f.cell(0, TaskTableModel::ProgressColumn, TaskTableModel::ProgressRole).toDouble() > 0.0);
    const QString running = f.cell(0, TaskTableModel::ProgressColumn, Qt::AccessibleTextRole).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^Running, \\d+ %, .+ left$")).match(running).hasMatch(),
        qPrintable(running));
    const QString queued = f.cell(1, TaskTableModel::ProgressColumn, Qt::AccessibleTextRole).toString();
    QVERIFY2(queued.startsWith(QLatin1String("Queued, ")), qPrintable(queued));
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    QCOMPARE(
        f.cell(0, TaskTableModel::ProgressColumn, Qt::AccessibleTextRole).toString(), QStringLiteral("Done"));
}

void tst_Accessibility::partsQtAddsAreNamed()
{
    WindowFixture f;
    QVERIFY(f.show());
    const QList<QToolButton *> clearButtons = f.field()->findChildren<QToolButton *>();
    QVERIFY(!clearButtons.isEmpty());
    for (QToolButton *button : clearButtons)
        QVERIFY(!accessibleText(button, QAccessible::Name).isEmpty());
    auto *splitter = f.child<QSplitter>("taskSplitter");
    for (int i = 1; i < splitter->count(); ++i)
        QCOMPARE(accessibleText(splitter->handle(i), QAccessible::Name),
            QStringLiteral("Divider between Tasks and Timeline"));
    const QList<QSizeGrip *> grips = f.window->statusBar()->findChildren<QSizeGrip *>();
    QVERIFY(!grips.isEmpty());
    for (QSizeGrip *grip : grips)
        QVERIFY(!accessibleText(grip, QAccessible::Name).isEmpty());
}

void tst_Accessibility::timelineIsNoTabStop()
{
    WindowFixture f;
    auto *timeline = f.window->findChild<QWidget *>(QStringLiteral("timelineView"));
    QVERIFY(!(timeline->focusPolicy() & Qt::TabFocus));
    QVERIFY(accessibleText(timeline, QAccessible::Description).contains(QLatin1String("Tasks table")));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
