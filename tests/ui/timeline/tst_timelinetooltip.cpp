// The timeline's hover text, for a task that failed: the reason in the language now in effect.
#include "engine/taskqueue.h"
#include "reasonwords.h"
#include "timeline/timelinetooltip.h"
#include "translation.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_TimelineToolTip : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void reasonFollowsTheLanguage();
};

void tst_TimelineToolTip::cleanup()
{
    Translation::apply(QStringLiteral("en"));
}

void tst_TimelineToolTip::reasonFollowsTheLanguage()
{
    Translation::apply(QStringLiteral("en"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    TaskQueue queue;
    queue.setOutputDirectory(dir.filePath(QStringLiteral("blocker/sub")));
    QSignalSpy drained(&queue, &TaskQueue::drained);
    queue.enqueue({0});
    QVERIFY(drained.wait(5000));
    const Task &task = queue.task(queue.lastId());
    QCOMPARE(task.state, TaskState::Failed);
    const auto tip = [&] { return TimelineToolTip::forTask(task, QString(), queue.nowMs(), 0, task.id); };

    const QString english = tip();
    QVERIFY2(english.contains(QLatin1String("blocker")) && !hasCyrillicLetter(english), qPrintable(english));
    Translation::apply(QStringLiteral("ru"));
    const QString russian = tip();
    QVERIFY2(russian.contains(QLatin1String("blocker")), qPrintable(russian));
    QVERIFY2(hasCyrillicLetter(reasonWords(russian)), qPrintable(russian));
    // Only the file's name ("0.txt") may stay Latin.
    QVERIFY2(!hasLatinLetter(reasonWords(russian).remove(QLatin1String("0.txt"))), qPrintable(russian));
    Translation::apply(QStringLiteral("en"));
    QCOMPARE(tip(), english);
}

QTEST_GUILESS_MAIN(tst_TimelineToolTip)
#include "tst_timelinetooltip.moc"
