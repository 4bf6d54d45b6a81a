// Never run twice: a task whose file was completely written after it was accepted, but whose end
// the journal had not recorded yet when the process died, is Done at the next start, not offered.
// The crash inside the flush window is simulated by closing without recordFinished().
#include "engine/taskqueue.h"
#include "engine/taskwriter.h"
#include "journal/sqlitejournal.h"
#include "journal/taskrestorer.h"
#include "journalfixtures.h"
#include "testdir.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

using namespace std::chrono_literals;

namespace {

ino_t inodeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

void setWrittenTime(const QString &path, qint64 ms)
{
    QFile file(path);
    file.open(QIODevice::ReadWrite);
    file.setFileTime(QDateTime::fromMSecsSinceEpoch(ms), QFileDevice::FileModificationTime);
}

} // namespace

class tst_TaskFileCheck : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void writtenAfterAcceptanceIsDone();
    void restoreDoesNotRewriteIt();
    void otherContentRunsAgain_data();
    void otherContentRunsAgain();
    void fileOlderThanAcceptanceRunsAgain();
    void oneFileProvesOneRun();
    void fileOfARecordedTaskProvesNothing();

private:
    /** Records @p numbers as one run's accepted tasks; closes without recording any end. */
    void acceptAndDie(const QList<int> &numbers, const QList<int> &written);
    QList<int> offered();
    QString databasePath() const { return m_dir->filePath(QStringLiteral("queue.sqlite")); }
    QString filePath(int number) const { return TaskWriter::filePath(m_dir->path(), number); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_TaskFileCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_TaskFileCheck::acceptAndDie(const QList<int> &numbers, const QList<int> &written)
{
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    std::vector<Task> tasks = makeTasks(journal.nextId(), numbers, m_dir->path());
    for (Task &task : tasks)
        task.duration = task.number * 1ms; // the restored copies run at once
    QCOMPARE(record(journal, tasks), QString());
    for (int number : written)
        QVERIFY(TaskWriter::write(m_dir->path(), number).isNone());
}

QList<int> tst_TaskFileCheck::offered()
{
    SqliteJournal journal;
    if (!journal.open(databasePath()))
        return {-1};
    return numbersOf(journal.unfinishedTasks());
}

void tst_TaskFileCheck::writtenAfterAcceptanceIsDone()
{
    acceptAndDie({5, 6}, {5});
    QCOMPARE(offered(), QList<int>({6}));
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const QList<Task> history = journal.history(10);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].number, 5);
    QCOMPARE(history[0].state, TaskState::Done);
    QCOMPARE(history[0].finishedMs, QFileInfo(filePath(5)).lastModified().toMSecsSinceEpoch());
}

void tst_TaskFileCheck::restoreDoesNotRewriteIt()
{
    acceptAndDie({5, 6}, {5});
    const ino_t before = inodeOf(filePath(5));
    QVERIFY(before != 0);
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    TaskQueue queue;
    queue.setSecondLength(1ms);
    queue.setFirstId(journal.nextId());
    queue.setJournal(&journal);
    QSignalSpy drained(&queue, &TaskQueue::drained);
    QCOMPARE(TaskRestorer::restore(journal, queue, journal.unfinishedTasks()), 1);
    QVERIFY(drained.wait(5000));
    QCOMPARE(readFile(filePath(6)), QByteArray("Hello, 6!"));
    QCOMPARE(inodeOf(filePath(5)), before); // a rewrite renames a new file over it
}

void tst_TaskFileCheck::otherContentRunsAgain_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut") << QByteArray("Hello, 5");
    QTest::newRow("another number") << QByteArray("Hello, 6!");
    QTest::newRow("longer") << QByteArray("Hello, 5!\n");
}

void tst_TaskFileCheck::otherContentRunsAgain()
{
    QFETCH(QByteArray, contents);
    acceptAndDie({5}, {});
    QFile file(filePath(5));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();
    QCOMPARE(offered(), QList<int>({5}));
}

void tst_TaskFileCheck::fileOlderThanAcceptanceRunsAgain()
{
    acceptAndDie({5}, {5});
    setWrittenTime(filePath(5), QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
    QCOMPARE(offered(), QList<int>({5}));
}

void tst_TaskFileCheck::oneFileProvesOneRun()
{
    acceptAndDie({5, 7, 5}, {5});
    QCOMPARE(offered(), QList<int>({7, 5})); // the first 5 wrote it; the second may not have run
}

void tst_TaskFileCheck::fileOfARecordedTaskProvesNothing()
{
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        const std::vector<Task> tasks = makeTasks(journal.nextId(), {5, 5}, m_dir->path());
        QCOMPARE(record(journal, tasks), QString());
        QVERIFY(TaskWriter::write(m_dir->path(), 5).isNone());
        Task second = finished(tasks[1], TaskState::Done);
        second.finishedMs = QDateTime::currentMSecsSinceEpoch();
        journal.recordFinished(second); // the second 5 wrote the file, and that was recorded
    }
    QCOMPARE(offered(), QList<int>({5}));
}

QTEST_GUILESS_MAIN(tst_TaskFileCheck)
#include "tst_taskfilecheck.moc"
