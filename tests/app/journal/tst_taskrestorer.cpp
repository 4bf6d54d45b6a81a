#include "engine/taskqueue.h"
#include "journal/sqlitejournal.h"
#include "journal/taskrestorer.h"
#include "journalfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

class tst_TaskRestorer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void keepsOrderAndIsNotOfferedTwice();
    void keepsEachTasksFolderAndDuration();
    void refusedTasksStayOffered();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("queue.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_TaskRestorer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_TaskRestorer::keepsOrderAndIsNotOfferedTwice()
{
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, makeTasks(1, {3, 1, 2}, elsewhere)), QString());
    }
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        TaskQueue queue;
        queue.pause();
        queue.setFirstId(journal.nextId());
        queue.setJournal(&journal);
        queue.setOutputDirectory(m_dir->path());
        QCOMPARE(TaskRestorer::restore(journal, queue, journal.unfinishedTasks()), 3);
        QCOMPARE(queue.firstId(), 4u);
        QCOMPARE(queue.task(4).number, 3);
        QCOMPARE(queue.task(6).number, 2);
        QCOMPARE(queue.task(6).outputDirectory, elsewhere);
        QCOMPARE(queue.outputDirectory(), m_dir->path()); // the user's folder is back
        QVERIFY(journal.unfinishedTasks().isEmpty()); // not offered twice
    } // closed with the restored tasks still queued
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const QList<Task> unfinished = journal.unfinishedTasks();
    QCOMPARE(idsOf(unfinished), QList<quint64>({4, 5, 6}));
    QCOMPARE(numbersOf(unfinished), QList<int>({3, 1, 2}));
    QCOMPARE(unfinished[0].outputDirectory, elsewhere);
    QVERIFY(journal.history(10).isEmpty()); // a restored task is not a finished one
}

void tst_TaskRestorer::keepsEachTasksFolderAndDuration()
{
    const QString a = m_dir->filePath(QStringLiteral("a"));
    const QString b = m_dir->filePath(QStringLiteral("b"));
    std::vector<Task> tasks = makeTasks(1, {5, 1, 2, 3, 4}, a);
    tasks[2].outputDirectory = b;
    tasks[3].duration = 1500ms; // recorded under another second length
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, tasks), QString());
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    TaskQueue queue;
    queue.pause();
    queue.setFirstId(journal.nextId());
    queue.setJournal(&journal);
    QSignalSpy added(&queue, &TaskQueue::tasksAdded);
    QCOMPARE(TaskRestorer::restore(journal, queue, journal.unfinishedTasks()), 5);
    QCOMPARE(added.size(), 4); // {5, 1} in a, {2} in b, {3} alone, {4} in a
    for (quint64 i = 0; i < 5; ++i) {
        const Task &copy = queue.task(6 + i);
        QCOMPARE(copy.number, tasks[i].number);
        QCOMPARE(copy.duration, tasks[i].duration);
        QCOMPARE(copy.outputDirectory, tasks[i].outputDirectory);
    }
    QVERIFY(journal.unfinishedTasks().isEmpty());
}

void tst_TaskRestorer::refusedTasksStayOffered()
{
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QCOMPARE(record(journal, makeTasks(1, {1, 2}, m_dir->path())), QString());
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    TaskQueue queue;
    queue.setFirstId(journal.nextId());
    queue.setJournal(&journal);
    queue.finish(); // accepts no more tasks
    QCOMPARE(TaskRestorer::restore(journal, queue, journal.unfinishedTasks()), 0);
    QCOMPARE(idsOf(journal.unfinishedTasks()), QList<quint64>({1, 2}));
}

QTEST_GUILESS_MAIN(tst_TaskRestorer)
#include "tst_taskrestorer.moc"
