#include "dialoganswerer.h"
#include "testdir.h"
#include "windowfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

/**
 * Finish and Stop now as a hurried user meets them: Finish never loses what is typed, never closes
 * over unaccepted text, and the button that interrupts work never appears under the pointer that
 * just pressed Finish; it asks first. The quit question follows the queue while it is open.
 */
class tst_FinishSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void finishAddsWhatIsTyped_data();
    void finishAddsWhatIsTyped();
    void finishRefusesBadTextAndGoesOn();
    void emptyFieldAndQueueStillFinish();
    void closingOverTypedTextAsks();
    void stopNowIsNotUnderFinish();
    void stopNowAsksFirst();
    void quitQuestionFollowsTheQueue();

private:
    DialogAnswerer m_answerer;
};

void tst_FinishSafety::initTestCase()
{
    isolateSettings();
}

void tst_FinishSafety::init()
{
    QSettings().clear();
}

void tst_FinishSafety::finishAddsWhatIsTyped_data()
{
    QTest::addColumn<bool>("useShortcut");
    QTest::newRow("Ctrl+Return") << true;
    QTest::newRow("Finish button") << false;
}

void tst_FinishSafety::finishAddsWhatIsTyped()
{
    QFETCH(bool, useShortcut);
    WindowFixture f;
    QVERIFY(f.show());
    f.field()->setFocus();
    QTest::keyClicks(f.field(), QStringLiteral("2")); // no Return
    if (useShortcut)
        QTest::keyClick(f.field(), Qt::Key_Return, Qt::ControlModifier);
    else
        QTest::mouseClick(f.child<QPushButton>("finishPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isVisible(), 10000);
    QCOMPARE(f.queue.size(), 1);
    QCOMPARE(readFile(f.filePath(2)), QByteArray("Hello, 2!"));
}

void tst_FinishSafety::finishRefusesBadTextAndGoesOn()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("500"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    QTest::keyClicks(f.field(), QStringLiteral("3 x"));
    QTest::keyClick(f.field(), Qt::Key_Return, Qt::ControlModifier);
    // The usual message, the text kept, and nothing finishes.
    auto *error = f.child<QLabel>("numberErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("“x”")), qPrintable(error->text()));
    QCOMPARE(f.field()->text(), QStringLiteral("3 x"));
    QVERIFY(f.field()->isEnabled());
    QCOMPARE(f.queue.state(), TaskQueue::State::Running);
    QCOMPARE(f.queue.size(), 1);
    QVERIFY(f.window->isVisible());
}

void tst_FinishSafety::emptyFieldAndQueueStillFinish()
{
    WindowFixture f;
    QVERIFY(f.show());
    QTest::keyClick(f.field(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!f.window->isVisible());
    QCOMPARE(f.queue.size(), 0);
}

void tst_FinishSafety::closingOverTypedTextAsks()
{
    WindowFixture f;
    QVERIFY(f.show());
    QTest::keyClicks(f.field(), QStringLiteral("7"));
    m_answerer.answer(QStringLiteral("keepTypingPushButton"));
    f.window->close();
    QVERIFY(m_answerer.asked);
    QVERIFY2(m_answerer.question.contains(QLatin1String("7")), qPrintable(m_answerer.question));
    QVERIFY(f.window->isVisible());
    QCOMPARE(f.field()->text(), QStringLiteral("7"));

    m_answerer.answer(QStringLiteral("discardTypedPushButton"));
    f.window->close();
    QVERIFY(m_answerer.asked);
    QTRY_VERIFY(!f.window->isVisible());
    QCOMPARE(f.queue.size(), 0);
}

void tst_FinishSafety::stopNowIsNotUnderFinish()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("500"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    auto *finish = f.child<QPushButton>("finishPushButton");
    const QPoint where = finish->mapTo(f.window.get(), finish->rect().center());
    QTest::mouseClick(finish, Qt::LeftButton);
    auto *stopNow = f.child<QPushButton>("stopNowPushButton");
    QTRY_VERIFY(stopNow->isVisible());
    QApplication::processEvents(); // the layout settles
    // Whatever is under the pointer now is not Stop now; a second click there interrupts nothing.
    QWidget *under = f.window->childAt(where);
    QVERIFY(under);
    QVERIFY(under != stopNow);
    QVERIFY(!stopNow->geometry()
                 .translated(stopNow->parentWidget()->mapTo(f.window.get(), QPoint()))
                 .contains(where));
    QTest::mouseClick(under, Qt::LeftButton, {}, under->mapFrom(f.window.get(), where));
    QCOMPARE(f.stateAt(0), TaskState::Running);
    QCOMPARE(f.queue.state(), TaskQueue::State::Finishing);
    QVERIFY(f.window->isVisible());
    f.queue.cancel({f.queue.firstId()});
    QTRY_VERIFY(!f.window->isVisible());
}

void tst_FinishSafety::stopNowAsksFirst()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("500"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    QTest::mouseClick(f.child<QPushButton>("finishPushButton"), Qt::LeftButton);
    auto *stopNow = f.child<QPushButton>("stopNowPushButton");
    QTRY_VERIFY(stopNow->isVisible());

    m_answerer.answer(QStringLiteral("finishFirstPushButton")); // "Keep finishing"
    QTest::mouseClick(stopNow, Qt::LeftButton);
    QTRY_VERIFY(m_answerer.asked);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(f.stateAt(0), TaskState::Running);
    QVERIFY(f.window->isVisible());

    m_answerer.answer(QStringLiteral("quitNowPushButton"));
    QTest::mouseClick(stopNow, Qt::LeftButton);
    QTRY_VERIFY(m_answerer.asked);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isVisible(), 3000);
    QCOMPARE(f.queue.count(TaskState::Queued), 1); // interrupted and kept
}

void tst_FinishSafety::quitQuestionFollowsTheQueue()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("10 500 500"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    m_answerer.answer(QString()); // look, do not answer
    QString before;
    QString after;
    QTimer::singleShot(0, this, [&] {
        (void)QTest::qWaitFor([&] { return m_answerer.asked; });
        before = m_answerer.question;
        // The first task ends while the question is open: it should say so.
        (void)QTest::qWaitFor([&] { return f.stateAt(0) == TaskState::Done; });
        (void)QTest::qWaitFor([&] { return m_answerer.dialog && m_answerer.dialog->text() != before; }, 1000);
        after = m_answerer.dialog ? m_answerer.dialog->text() : QString();
        // The rest are cancelled elsewhere: nothing is unfinished, the question is moot.
        f.queue.cancel({f.queue.firstId() + 1, f.queue.firstId() + 2});
        // A question that stays open would block the test: answer it after a while.
        QTimer::singleShot(3000, this, [&] {
            if (m_answerer.dialog)
                m_answerer.dialog->reject();
        });
    });
    f.window->close();
    QVERIFY2(before.contains(QLatin1String("3 task")), qPrintable(before));
    QVERIFY2(after.contains(QLatin1String("2 task")), qPrintable(after));
    QVERIFY(!QApplication::activeModalWidget());
    QTRY_VERIFY(!f.window->isVisible()); // the user asked to quit and nothing is lost
}

QTEST_MAIN(tst_FinishSafety)
#include "tst_finishsafety.moc"
