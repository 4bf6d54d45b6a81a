#include "windowfixture.h"

#include <QLabel>
#include <QRegularExpression>

/** The summary under the list: time left counts what each task costs, not only its wait. */
class tst_SummaryWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void zeroSecondTasksShowARealTimeLeft();
};

void tst_SummaryWidget::initTestCase()
{
    isolateSettings();
}

void tst_SummaryWidget::zeroSecondTasksShowARealTimeLeft()
{
    // 100 000 zero-second tasks take a while to drain; "0.0 s" left would be a lie.
    WindowFixture f;
    QVERIFY(f.show());
    QVERIFY(f.queue.enqueue(QList<int>(100000, 0)) != 0);
    auto *eta = f.child<QLabel>("etaLabel");
    const QRegularExpression seconds(QStringLiteral("^Time left: (\\d+)\\.(\\d) s$"));
    const auto estimateShown = [&] {
        if (f.queue.count(TaskState::Queued) < 1000)
            return false;
        const QRegularExpressionMatch match = seconds.match(eta->text());
        return !match.hasMatch() || match.captured(1).toInt() + match.captured(2).toInt() > 0;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(estimateShown(), qPrintable(eta->text()), 30000);
    QVERIFY2(f.queue.count(TaskState::Queued) >= 1000, "drained before an estimate was shown");
    f.queue.stopNow();
}

QTEST_MAIN(tst_SummaryWidget)
#include "tst_summarywidget.moc"
