#include "dialogs/quitdialog.h"
#include "timeline/timelinetooltip.h"
#include "windowfixture.h"

#include <QStatusBar>

/**
 * The numbers a person reads: a task's # counts from 1 in each run, whatever ids the journal
 * keeps across runs, and every number is written the way the locale writes it, in the table,
 * the timeline's tooltips, the dialogs and the status bar alike.
 */
class tst_Numbering : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void tasksCountFromOneInEachRun();
    void numbersFollowTheLocale();
};

void tst_Numbering::initTestCase()
{
    isolateSettings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Numbering::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void tst_Numbering::tasksCountFromOneInEachRun()
{
    WindowFixture f;
    f.queue.setFirstId(100017); // earlier runs used the ids below
    QVERIFY(f.show());
    f.queue.pause();
    f.enter(QStringLiteral("86400 2"));
    QCOMPARE(f.cell(0, TaskTableModel::IdColumn).toString(), QStringLiteral("1"));
    QCOMPARE(f.cell(1, TaskTableModel::IdColumn).toString(), QStringLiteral("2"));
    const Task &second = f.queue.task(f.queue.lastId());
    const QString tip = TimelineToolTip::forTask(second, QString(), 0, 0, f.queue.firstId());
    QVERIFY2(tip.startsWith(QLatin1String("Task #2:")), qPrintable(tip));
    TimelineLayout::Bucket bucket;
    bucket.count = 2;
    bucket.firstId = f.queue.firstId();
    bucket.lastId = f.queue.lastId();
    const QString strip = TimelineToolTip::forBucket(bucket, f.queue.firstId());
    QVERIFY2(strip.contains(QLatin1String("#1 to #2")), qPrintable(strip));
    f.queue.stopNow();
}

void tst_Numbering::numbersFollowTheLocale()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.queue.pause();
    QList<int> many(1233, 1);
    many.prepend(86400);
    QVERIFY(f.queue.enqueue(many) != 0);
    QCOMPARE(f.cell(0, TaskTableModel::SecondsColumn).toString(), QStringLiteral("86,400"));
    QCOMPARE(f.cell(1233, TaskTableModel::IdColumn).toString(), QStringLiteral("1,234"));
    const QString tip = TimelineToolTip::forTask(f.queue.task(f.queue.firstId()), QString(), 0, 0, 1);
    QVERIFY2(tip.contains(QLatin1String("86,400")), qPrintable(tip));
    QuitDialog question(f.queue.unfinished(), false);
    QVERIFY2(question.text().startsWith(QLatin1String("1,234 ")), qPrintable(question.text()));
    f.queue.stopNow();
}

QTEST_MAIN(tst_Numbering)
#include "tst_numbering.moc"
