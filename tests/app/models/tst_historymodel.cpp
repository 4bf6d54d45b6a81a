#include "engine/taskqueue.h"
#include "journal/sqlitejournal.h"
#include "journalfixtures.h"
#include "models/historymodel.h"
#include "models/tasktablemodel.h"
#include "reasonwords.h"
#include "translation.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>

using namespace std::chrono_literals;

namespace {

/** A task that ran from @p started for @p ms and ended in @p state. */
Task ended(Task task, TaskState state, const QDateTime &started, qint64 ms, const TaskFailure &failure = {})
{
    task.state = state;
    task.startedMs = started.toMSecsSinceEpoch();
    task.finishedMs = task.startedMs + ms;
    task.worker = 2;
    task.mode = RunMode::Threads;
    task.failure = failure;
    return task;
}

} // namespace

class tst_HistoryModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void emptyWithoutAJournal();
    void listsFinishedTasksNewestFirst();
    void columnsSayWhatHappened();
    void limitKeepsTheNewest_data();
    void limitKeepsTheNewest();
    void clearHistoryKeepsUnfinishedTasks();
    void clearingTheTaskListKeepsTheHistory();
    void reasonsFollowTheLanguage();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("queue.sqlite")); }
    QString cell(const HistoryModel &model, int row, int column) const
    {
        return model.index(row, column).data().toString();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryModel::emptyWithoutAJournal()
{
    HistoryModel none(nullptr);
    QAbstractItemModelTester tester(&none);
    none.refresh();
    QVERIFY(!none.isAvailable());
    QCOMPARE(none.rowCount(), 0);
    QCOMPARE(none.clearHistory(), QString());

    SqliteJournal closed; // as in a second instance: nothing to read
    HistoryModel model(&closed);
    model.refresh();
    QVERIFY(!model.isAvailable());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
}

void tst_HistoryModel::listsFinishedTasksNewestFirst()
{
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    HistoryModel model(&journal);
    QAbstractItemModelTester tester(&model);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);

    const std::vector<Task> tasks = makeTasks(1, {4, 5, 6, 7}, m_dir->path());
    QCOMPARE(record(journal, tasks), QString());
    const QDateTime start = QDateTime::currentDateTime();
    journal.recordFinished(ended(tasks[0], TaskState::Done, start, 40));
    journal.recordFinished(
        ended(tasks[1], TaskState::Failed, start, 50, TaskFailure(TaskFailure::Kind::CannotWrite, EIO)));
    journal.recordFinished(ended(tasks[3], TaskState::Done, start, 70)); // tasks[2] still queued
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(HistoryModel::TaskIdRole).toULongLong(), 4u);
    QCOMPARE(model.index(1, 0).data(HistoryModel::TaskIdRole).toULongLong(), 2u);
    QCOMPARE(model.index(2, 0).data(HistoryModel::TaskIdRole).toULongLong(), 1u);
    QCOMPARE(cell(model, 0, HistoryModel::SecondsColumn), QStringLiteral("7"));
    QCOMPARE(model.index(1, 0).data(HistoryModel::StateRole).toInt(), int(TaskState::Failed));
    QVERIFY(!model.hasMore());
}

void tst_HistoryModel::columnsSayWhatHappened()
{
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const std::vector<Task> tasks = makeTasks(1, {3, 8, 9}, m_dir->path());
    QCOMPARE(record(journal, tasks), QString());
    const QDateTime start(QDate(2026, 3, 14), QTime(15, 9, 24));
    journal.recordFinished(ended(tasks[0], TaskState::Done, start, 2500));
    const QString eight = m_dir->filePath(QStringLiteral("8.txt"));
    journal.recordFinished(ended(tasks[1], TaskState::Failed, start, 1250,
        TaskFailure(TaskFailure::Kind::CannotWrite, ENOSPC, eight)));
    Task cancelled = tasks[2]; // cancelled while queued: never started
    cancelled.state = TaskState::Cancelled;
    cancelled.finishedMs = start.toMSecsSinceEpoch();
    journal.recordFinished(cancelled);
    HistoryModel model(&journal);
    model.refresh();
    QCOMPARE(model.rowCount(), 3);

    const int done = 2;
    QCOMPARE(cell(model, done, HistoryModel::IdColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, done, HistoryModel::StateColumn), QStringLiteral("Done"));
    const QString finishedAt = cell(model, done, HistoryModel::FinishedColumn);
    QVERIFY2(finishedAt.contains(QStringLiteral("15:09:26")), qPrintable(finishedAt));
    QVERIFY2(
        finishedAt.contains(QLocale().toString(start.date(), QLocale::ShortFormat)), qPrintable(finishedAt));
    QCOMPARE(cell(model, done, HistoryModel::DurationColumn), QStringLiteral("2.500 s"));
    QCOMPARE(cell(model, done, HistoryModel::WorkerColumn), TaskTableModel::workerText(RunMode::Threads, 2));
    QCOMPARE(cell(model, done, HistoryModel::FileOrReasonColumn),
        QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("3.txt"))));

    QCOMPARE(cell(model, 1, HistoryModel::StateColumn), QStringLiteral("Failed"));
    const QString reason
        = QStringLiteral("cannot write %1: the disk is full").arg(QDir::toNativeSeparators(eight));
    QCOMPARE(cell(model, 1, HistoryModel::FileOrReasonColumn), reason);
    QCOMPARE(model.index(1, HistoryModel::FileOrReasonColumn).data(Qt::ToolTipRole).toString(), reason);

    QCOMPARE(cell(model, 0, HistoryModel::StateColumn), QStringLiteral("Cancelled"));
    QCOMPARE(cell(model, 0, HistoryModel::DurationColumn), QString());
    QCOMPARE(cell(model, 0, HistoryModel::WorkerColumn), QString());

    QCOMPARE(model.headerData(HistoryModel::FinishedColumn, Qt::Horizontal).toString(),
        QStringLiteral("Finished at"));
    QCOMPARE(model.headerData(HistoryModel::FileOrReasonColumn, Qt::Horizontal).toString(),
        QStringLiteral("File or reason"));
}

void tst_HistoryModel::limitKeepsTheNewest_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("more");
    QTest::newRow("fewer than the limit") << 10 << 5 << false;
    QTest::newRow("exactly the limit") << 5 << 5 << false;
    QTest::newRow("more than the limit") << 3 << 3 << true;
    QTest::newRow("zero means one") << 0 << 1 << true;
}

void tst_HistoryModel::limitKeepsTheNewest()
{
    QFETCH(int, limit);
    QFETCH(int, rows);
    QFETCH(bool, more);
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const std::vector<Task> tasks = makeTasks(1, {1, 2, 3, 4, 5}, m_dir->path());
    QCOMPARE(record(journal, tasks), QString());
    for (const Task &task : tasks)
        journal.recordFinished(ended(task, TaskState::Done, QDateTime::currentDateTime(), 10));
    HistoryModel model(&journal);
    QAbstractItemModelTester tester(&model);
    model.setLimit(limit);
    model.refresh();
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.hasMore(), more);
    QCOMPARE(model.index(0, 0).data(HistoryModel::TaskIdRole).toULongLong(), 5u); // the newest
}

void tst_HistoryModel::clearHistoryKeepsUnfinishedTasks()
{
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        const std::vector<Task> tasks = makeTasks(1, {1, 2}, m_dir->path());
        QCOMPARE(record(journal, tasks), QString());
        journal.recordFinished(ended(tasks[0], TaskState::Done, QDateTime::currentDateTime(), 10));
        HistoryModel model(&journal);
        QAbstractItemModelTester tester(&model);
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.clearHistory(), QString());
        QCOMPARE(model.rowCount(), 0);
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(numbersOf(journal.unfinishedTasks()), QList<int>({2}));
}

void tst_HistoryModel::clearingTheTaskListKeepsTheHistory()
{
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    TaskQueue queue;
    queue.setFirstId(journal.nextId());
    queue.setJournal(&journal);
    queue.setOutputDirectory(m_dir->path());
    queue.setSecondLength(10ms);
    TaskTableModel list(&queue);
    QSignalSpy drained(&queue, &TaskQueue::drained);
    queue.enqueue({2, 1});
    QVERIFY(drained.wait(5000));
    list.clearFinished();
    QCOMPARE(list.rowCount(), 0);

    HistoryModel model(&journal);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, HistoryModel::SecondsColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 1, HistoryModel::SecondsColumn), QStringLiteral("2"));
    QCOMPARE(cell(model, 1, HistoryModel::StateColumn), QStringLiteral("Done"));
    QVERIFY(!cell(model, 1, HistoryModel::WorkerColumn).isEmpty());
}

void tst_HistoryModel::reasonsFollowTheLanguage()
{
    // A task that failed in an English run, looked at in the history of a Russian one.
    Translation::apply(QStringLiteral("en"));
    const QString plainFile = m_dir->filePath(QStringLiteral("plain-file"));
    QFile file(plainFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        TaskQueue queue;
        queue.setFirstId(journal.nextId());
        queue.setJournal(&journal);
        queue.setOutputDirectory(plainFile + QStringLiteral("/sub"));
        QSignalSpy drained(&queue, &TaskQueue::drained);
        queue.enqueue({0});
        QVERIFY(drained.wait(5000));
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    HistoryModel model(&journal);
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    const QString english = cell(model, 0, HistoryModel::FileOrReasonColumn);
    QVERIFY2(
        english.contains(QLatin1String("plain-file")) && !hasCyrillicLetter(english), qPrintable(english));

    Translation::apply(QStringLiteral("ru"));
    model.retranslate();
    const QString russian = cell(model, 0, HistoryModel::FileOrReasonColumn);
    Translation::apply(QStringLiteral("en"));
    QVERIFY2(russian.contains(QLatin1String("plain-file")), qPrintable(russian));
    QVERIFY2(hasCyrillicLetter(reasonWords(russian)) && !hasLatinLetter(reasonWords(russian)),
        qPrintable(russian));
    model.retranslate();
    QCOMPARE(cell(model, 0, HistoryModel::FileOrReasonColumn), english);
}

QTEST_GUILESS_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
