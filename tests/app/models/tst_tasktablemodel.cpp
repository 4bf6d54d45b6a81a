#include "engine/taskqueue.h"
#include "fakeclock.h"
#include "models/tasktablemodel.h"
#include "reasonwords.h"
#include "testdir.h"
#include "translation.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_TaskTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rowsFollowTheQueue();
    void progressIsDerivedFromTheClock();
    void aSuspendMovesNoProgress();
    void stateChangesAreBatched();
    void failedRowsShowTheReason();
    void reasonsFollowTheLanguage_data();
    void reasonsFollowTheLanguage();
    void clearFinishedKeepsUnfinishedRows();
    void passesTheModelTester();
    void clearFinishedIsOnePass();

private:
    FakeClock m_clock; // outlives the queue
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TaskQueue> m_queue;
};

void tst_TaskTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_queue = std::make_unique<TaskQueue>();
    m_queue->setOutputDirectory(m_dir->path());
    m_queue->setSecondLength(10ms);
}

void tst_TaskTableModel::cleanup()
{
    m_queue.reset();
}

void tst_TaskTableModel::rowsFollowTheQueue()
{
    TaskTableModel model(m_queue.get());
    m_queue->pause();
    m_queue->enqueue({3, 2, 1});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(TaskTableModel::ColumnCount));
    QCOMPARE(model.index(0, TaskTableModel::SecondsColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(2, TaskTableModel::SecondsColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, TaskTableModel::StateColumn).data().toString(), QStringLiteral("Queued"));
    QCOMPARE(model.index(1, 0).data(TaskTableModel::TaskIdRole).toULongLong(), model.taskId(1));
    QCOMPARE(model.rowOf(model.taskId(2)), 2);
    m_queue->resume();
    QSignalSpy finished(m_queue.get(), &TaskQueue::finished);
    m_queue->finish();
    QVERIFY(finished.wait(5000));
    model.flush();
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.index(row, TaskTableModel::StateColumn).data().toString(), QStringLiteral("Done"));
        QVERIFY(model.index(row, TaskTableModel::FileColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("%1.txt").arg(3 - row)));
        QVERIFY(model.index(row, TaskTableModel::WorkerColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("pool thread")));
    }
}

void tst_TaskTableModel::progressIsDerivedFromTheClock()
{
    TaskTableModel model(m_queue.get());
    m_queue->setSecondLength(1000ms);
    m_queue->setMode(RunMode::Events);
    m_queue->enqueue({2});
    QTRY_COMPARE(model.index(0, 0).data(TaskTableModel::StateRole).toInt(), int(TaskState::Running));
    QCOMPARE(
        model.index(0, TaskTableModel::WorkerColumn).data().toString(), QStringLiteral("event loop, slot 1"));
    // The model repaints running rows by itself (~10 Hz) without the engine pushing progress.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const double before = model.index(0, 0).data(TaskTableModel::ProgressRole).toDouble();
    QVERIFY(changed.wait(1000));
    QTRY_VERIFY(model.index(0, 0).data(TaskTableModel::ProgressRole).toDouble() > before);
    const qint64 remaining = model.index(0, 0).data(TaskTableModel::RemainingRole).toLongLong();
    QVERIFY(remaining > 0 && remaining < 2000);
    m_queue->stopNow();
}

void tst_TaskTableModel::aSuspendMovesNoProgress()
{
    // The wall clock jumps 10 minutes (a suspend, an NTP step) inside a 1-hour task: the bar,
    // the time left and the duration must not jump with it.
    FakeClock &clock = m_clock;
    m_queue->setClock(clock);
    TaskTableModel model(m_queue.get());
    m_queue->setSecondLength(1000ms);
    m_queue->enqueue({3600});
    QTRY_COMPARE(model.index(0, 0).data(TaskTableModel::StateRole).toInt(), int(TaskState::Running));
    const auto read = [&model](int column, int role) { return model.index(0, column).data(role); };
    clock.freeze();
    const double progress = read(0, TaskTableModel::ProgressRole).toDouble();
    const qint64 remaining = read(0, TaskTableModel::RemainingRole).toLongLong();
    const QString duration = read(TaskTableModel::DurationColumn, Qt::DisplayRole).toString();
    const QString started = read(TaskTableModel::StartedColumn, Qt::DisplayRole).toString();
    clock.jumpWall(10min);
    QCOMPARE(read(0, TaskTableModel::ProgressRole).toDouble(), progress);
    QCOMPARE(read(0, TaskTableModel::RemainingRole).toLongLong(), remaining);
    QCOMPARE(read(TaskTableModel::DurationColumn, Qt::DisplayRole).toString(), duration);
    QCOMPARE(read(TaskTableModel::StartedColumn, Qt::DisplayRole).toString(), started); // when it started
    QVERIFY(progress < 0.01 && remaining > 3'590'000);
    clock.thaw();
    m_queue->stopNow();
}

void tst_TaskTableModel::stateChangesAreBatched()
{
    // In RAM when there is a RAM folder, where files are not synced: on a busy disk 2000 synced
    // files take tens of seconds, and batches per frame then add up past what is counted here.
    QTemporaryDir ram(ramFolderTemplate("hq-batched"));
    m_queue->setOutputDirectory(ram.path());
    TaskTableModel model(m_queue.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy finished(m_queue.get(), &TaskQueue::finished);
    m_queue->setMode(RunMode::Events);
    m_queue->enqueue(QList<int>(2000, 0));
    m_queue->finish();
    QVERIFY(finished.wait(180000));
    model.flush();
    // 2000 tasks change state 4000 times; the view hears of it in batches (one per frame and
    // the 10 Hz progress ticks), not per task, however slow the machine (sanitizers).
    QVERIFY2(changed.count() < 500, qPrintable(QString::number(changed.count())));
    QCOMPARE(model.index(1999, TaskTableModel::StateColumn).data().toString(), QStringLiteral("Done"));
}

void tst_TaskTableModel::failedRowsShowTheReason()
{
    TaskTableModel model(m_queue.get());
    const QString file = m_dir->filePath(QStringLiteral("plain-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    m_queue->setOutputDirectory(file);
    m_queue->enqueue({0});
    QSignalSpy finished(m_queue.get(), &TaskQueue::finished);
    m_queue->finish();
    QVERIFY(finished.wait(5000));
    model.flush();
    const QString state = model.index(0, TaskTableModel::StateColumn).data().toString();
    QVERIFY2(state.startsWith(QLatin1String("Failed: ")) && state.contains(QLatin1String("plain-file")),
        qPrintable(state));
    QCOMPARE(model.index(0, TaskTableModel::StateColumn).data(Qt::ToolTipRole).toString(),
        model.index(0, 0).data(TaskTableModel::ErrorRole).toString());
}

void tst_TaskTableModel::reasonsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("folder"); // under the test's folder, where a plain file is in the way
    QTest::newRow("the folder is a file") << QStringLiteral("plain-file");
    QTest::newRow("a folder on the path is a file") << QStringLiteral("plain-file/sub");
}

void tst_TaskTableModel::reasonsFollowTheLanguage()
{
    // A task failed while the window spoke English; the user then switches to Russian: every
    // place the reason shows speaks Russian, with no English or C-library words left over.
    QFETCH(QString, folder);
    Translation::apply(QStringLiteral("en"));
    TaskTableModel model(m_queue.get());
    QFile file(m_dir->filePath(QStringLiteral("plain-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    m_queue->setOutputDirectory(m_dir->filePath(folder));
    m_queue->enqueue({0});
    QSignalSpy finished(m_queue.get(), &TaskQueue::finished);
    m_queue->finish();
    QVERIFY(finished.wait(5000));
    model.flush();
    const auto shown = [&model] {
        return QStringList {model.index(0, 0).data(TaskTableModel::ErrorRole).toString(),
            model.index(0, TaskTableModel::StateColumn).data().toString(),
            model.index(0, TaskTableModel::StateColumn).data(Qt::ToolTipRole).toString()};
    };
    const QStringList english = shown();
    QVERIFY2(!hasCyrillicLetter(english.join(u' ')), qPrintable(english.join(u'\n')));
    QVERIFY2(english[0].contains(QLatin1String("plain-file")), qPrintable(english[0]));

    Translation::apply(QStringLiteral("ru"));
    model.retranslate();
    const QStringList russian = shown();
    Translation::apply(QStringLiteral("en"));
    for (const QString &text : russian) {
        QVERIFY2(text.contains(QLatin1String("plain-file")), qPrintable(text));
        const QString words = reasonWords(text);
        QVERIFY2(hasCyrillicLetter(words) && !hasLatinLetter(words), qPrintable(text));
    }
    model.retranslate();
    QCOMPARE(shown(), english);
}

void tst_TaskTableModel::clearFinishedKeepsUnfinishedRows()
{
    TaskTableModel model(m_queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_queue->pause();
    const quint64 first = m_queue->enqueue({1, 2, 3, 4, 5});
    m_queue->cancel({first, first + 2, first + 4});
    model.clearFinished();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.taskId(0), first + 1);
    QCOMPARE(model.taskId(1), first + 3);
    QCOMPARE(model.rowOf(first + 2), -1);
    // What the timeline asks of every task: listed, cleared, or not (yet) on the list at all.
    QVERIFY(model.isListed(first + 1));
    QVERIFY(model.isListed(first + 3));
    QVERIFY(!model.isListed(first));
    QVERIFY(!model.isListed(first + 2));
    QVERIFY(!model.isListed(first + 4));
    QVERIFY(!model.isListed(first + 5));
    QVERIFY(!model.isListed(first - 1));
    const quint64 more = m_queue->enqueue({6, 7});
    QVERIFY(model.isListed(more));
    QVERIFY(model.isListed(more + 1));
    QVERIFY(!model.isListed(first + 4));
    m_queue->cancel({first + 1});
    model.clearFinished();
    QVERIFY(!model.isListed(first + 1));
    QVERIFY(model.isListed(first + 3));
    QVERIFY(model.isListed(more + 1));
    m_queue->stopNow();
}

void tst_TaskTableModel::passesTheModelTester()
{
    TaskTableModel model(m_queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_queue->setWorkers(4);
    const quint64 first = m_queue->enqueue({0, 1, 2, 3, 0, 1});
    m_queue->cancel({first + 3});
    QSignalSpy finished(m_queue.get(), &TaskQueue::finished);
    m_queue->finish();
    QVERIFY(finished.wait(5000));
    model.flush();
    model.retranslate();
    model.clearFinished();
    QCOMPARE(model.rowCount(), 0);
}

void tst_TaskTableModel::clearFinishedIsOnePass()
{
    // Finished rows interleaved with queued ones, viewed sorted by Seconds through a proxy: one
    // structural change however many runs there are (a removal per run is quadratic in total).
    constexpr int Count = 20000;
    m_queue->pause();
    QList<int> numbers;
    for (int i = 0; i < Count; ++i)
        numbers.append((i * 7919) % 100);
    const quint64 first = m_queue->enqueue(numbers);
    QList<quint64> everyOther;
    for (int i = 0; i < Count; i += 2)
        everyOther.append(first + quint64(i));
    m_queue->cancel(everyOther);
    TaskTableModel model(m_queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TaskTableModel::SortRole);
    proxy.sort(TaskTableModel::SecondsColumn);
    const QPersistentModelIndex kept = model.index(1, TaskTableModel::IdColumn); // queued
    const QPersistentModelIndex keptInProxy = proxy.mapFromSource(kept);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    std::vector<int> newRows;
    connect(&model, &TaskTableModel::rowsCompacted, this,
        [&newRows](const std::vector<int> &rows) { newRows = rows; });

    model.clearFinished();

    // Where each row went, for a sorted view to keep its order without sorting again.
    QCOMPARE(newRows.size(), size_t(Count));
    for (int row = 0; row < Count; ++row)
        QCOMPARE(newRows[size_t(row)], row % 2 ? row / 2 : -1);

    QCOMPARE(model.rowCount(), Count / 2);
    QCOMPARE(proxy.rowCount(), Count / 2);
    QCOMPARE(removals.count() + layouts.count() + resets.count(), 1);
    QCOMPARE(kept.data(TaskTableModel::TaskIdRole).toULongLong(), first + 1);
    QCOMPARE(keptInProxy.data(TaskTableModel::TaskIdRole).toULongLong(), first + 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.taskId(row), first + 1 + 2 * quint64(row));
}

QTEST_GUILESS_MAIN(tst_TaskTableModel)
#include "tst_tasktablemodel.moc"
