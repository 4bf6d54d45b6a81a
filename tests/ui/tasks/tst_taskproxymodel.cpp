#include "engine/taskqueue.h"
#include "models/tasktablemodel.h"
#include "tasks/taskproxymodel.h"
#include "tasks/tasksortkeys.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDir>
#include <QIcon>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace std::chrono_literals;

namespace {

/** Counts how often the proxy asks for a sort key: the cost of keeping a million rows sorted. */
class CountingModel : public TaskTableModel
{
public:
    using TaskTableModel::TaskTableModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == SortRole)
            ++keyReads;
        return TaskTableModel::data(index, role);
    }
    mutable int keyReads = 0;
};

QList<quint64> shownIds(const QAbstractItemModel &proxy)
{
    QList<quint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(TaskTableModel::TaskIdRole).toULongLong();
    return ids;
}

} // namespace

class tst_TaskProxyModel : public QObject
{
    Q_OBJECT
private slots:
    void staysConsistentWhileTasksRun();
    void sorts_data();
    void sorts();
    void numberKeysSortAsTheirComparisonDoes_data();
    void numberKeysSortAsTheirComparisonDoes();
    void clearingWhileSortedReadsEachKeyOnce();
    void aClickedHeaderReadsEachKeyOnce();
    void keepsSelectionThroughSortAndClear();
    void movesARowWhoseKeyChanges();
    void showsAnIconPerState();
    void showsWhyATaskFailed();
};

void tst_TaskProxyModel::staysConsistentWhileTasksRun()
{
    QTemporaryDir directory;
    TaskQueue queue;
    queue.setSecondLength(5ms);
    queue.setOutputDirectory(directory.path());
    queue.setWorkers(3);
    TaskTableModel model(&queue);
    TaskProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(TaskTableModel::SecondsColumn, Qt::DescendingOrder);
    queue.enqueue({3, 0, 5, 1, 100});
    queue.cancel({queue.firstId() + 4});
    QTRY_COMPARE(queue.state(), TaskQueue::State::Idle);
    model.flush();
    QCOMPARE(proxy.rowCount(), 5);
    model.clearFinished();
    QCOMPARE(proxy.rowCount(), 0);
    proxy.sort(TaskTableModel::IdColumn, Qt::AscendingOrder);
    queue.enqueue({2, 2});
    QCOMPARE(proxy.rowCount(), 2);
}

void tst_TaskProxyModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<int>>("seconds");
    QTest::newRow("FIFO (id ascending)")
        << int(TaskTableModel::IdColumn) << Qt::AscendingOrder << QList<int> {30, 10, 20, 10};
    QTest::newRow("newest first") << int(TaskTableModel::IdColumn) << Qt::DescendingOrder
                                  << QList<int> {10, 20, 10, 30};
    QTest::newRow("shortest first") << int(TaskTableModel::SecondsColumn) << Qt::AscendingOrder
                                    << QList<int> {10, 10, 20, 30};
    QTest::newRow("longest first") << int(TaskTableModel::SecondsColumn) << Qt::DescendingOrder
                                   << QList<int> {30, 20, 10, 10};
}

void tst_TaskProxyModel::sorts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<int>, seconds);
    TaskQueue queue;
    queue.pause(); // rows stay Queued, so only the sort moves them
    TaskTableModel model(&queue);
    TaskProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, order);
    QCOMPARE(proxy.requestedSortColumn(), column);
    QCOMPARE(proxy.requestedSortOrder(), order);
    queue.enqueue({30, 10});
    queue.enqueue({20, 10}); // rows added after sorting land in their place too
    QList<int> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, TaskTableModel::SecondsColumn).data(TaskTableModel::SortRole).toInt();
    QCOMPARE(shown, seconds);
    // Equal seconds keep FIFO order among themselves.
    if (column == TaskTableModel::SecondsColumn) {
        const int first = shown.indexOf(10);
        QVERIFY(proxy.index(first, 0).data(TaskTableModel::TaskIdRole).toULongLong()
            < proxy.index(first + 1, 0).data(TaskTableModel::TaskIdRole).toULongLong());
    }
}

void tst_TaskProxyModel::numberKeysSortAsTheirComparisonDoes_data()
{
    QTest::addColumn<QList<double>>("keys");
    QTest::addColumn<Qt::SortOrder>("order");
    QRandomGenerator random(20261201);
    QList<double> seconds; // a task column: small whole numbers, many equal
    for (int i = 0; i < 5000; ++i)
        seconds << double(random.bounded(100));
    QList<double> mixed {-0.0, 0.0, -1.5, 1.5, -1e300, 1e300, 4.9e-324, -4.9e-324, 86400, 86400, -2, 3.25};
    for (int i = 0; i < 3000; ++i)
        mixed << (random.generateDouble() - 0.5) * std::pow(10.0, random.bounded(-20, 20));
    for (const auto &[name, keys] : {std::pair {"seconds", seconds}, std::pair {"mixed", mixed}}) {
        QTest::addRow("%s, ascending", name) << keys << Qt::AscendingOrder;
        QTest::addRow("%s, descending", name) << keys << Qt::DescendingOrder;
    }
}

void tst_TaskProxyModel::numberKeysSortAsTheirComparisonDoes()
{
    // The radix sort of number keys must give the order less() defines: by key, equal keys (0 and
    // -0 too) in row order, whichever way.
    QFETCH(QList<double>, keys);
    QFETCH(Qt::SortOrder, order);
    QStandardItemModel model(int(keys.size()), 1);
    for (int row = 0; row < keys.size(); ++row)
        model.setData(model.index(row, 0), keys[row], TaskTableModel::SortRole);
    TaskSortKeys sortKeys;
    sortKeys.setModel(&model);
    sortKeys.readAll(0, TaskTableModel::SortRole, order);
    std::vector<int> expected(size_t(keys.size()));
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) { return sortKeys.less(a, b); });
    QCOMPARE(sortKeys.sortedRows(), expected);
}

void tst_TaskProxyModel::clearingWhileSortedReadsEachKeyOnce()
{
    TaskQueue queue;
    queue.pause();
    CountingModel model(&queue);
    TaskProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<int> numbers;
    for (int i = 0; i < 2000; ++i)
        numbers << (i * 7919) % 1000;
    queue.enqueue(numbers);
    proxy.sort(TaskTableModel::SecondsColumn, Qt::AscendingOrder);
    QList<quint64> cancelled;
    for (quint64 id = queue.firstId(); id <= queue.lastId(); id += 2)
        cancelled << id;
    queue.cancel(cancelled);
    model.flush();
    model.keyReads = 0;
    model.clearFinished();
    QCOMPARE(proxy.rowCount(), 1000);
    // Re-sorting the rows left by comparing keys read afresh costs about 2 n log n reads (20 000
    // here); a list of a million rows then takes seconds. Each row's key once is enough.
    QVERIFY2(model.keyReads <= 1000, qPrintable(QString::number(model.keyReads)));
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QModelIndex above = proxy.index(row - 1, TaskTableModel::SecondsColumn);
        const QModelIndex here = proxy.index(row, TaskTableModel::SecondsColumn);
        const int a = above.data(TaskTableModel::SortRole).toInt();
        const int b = here.data(TaskTableModel::SortRole).toInt();
        QVERIFY(a < b
            || (a == b
                && above.data(TaskTableModel::TaskIdRole).toULongLong()
                    < here.data(TaskTableModel::TaskIdRole).toULongLong()));
    }
}

void tst_TaskProxyModel::aClickedHeaderReadsEachKeyOnce()
{
    // The table sorts through QTableView::sortByColumn(), which asks the model to sort twice: the
    // second must not read every key again (a million rows: a tenth of a second).
    TaskQueue queue;
    queue.pause();
    CountingModel model(&queue);
    TaskProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    queue.enqueue({3, 1, 2, 5, 4});
    model.keyReads = 0;
    view.sortByColumn(TaskTableModel::SecondsColumn, Qt::DescendingOrder);
    QCOMPARE(model.keyReads, 5);
    QCOMPARE(proxy.index(0, TaskTableModel::SecondsColumn).data(TaskTableModel::SortRole).toInt(), 5);
    model.keyReads = 0;
    view.sortByColumn(TaskTableModel::SecondsColumn, Qt::AscendingOrder);
    QCOMPARE(model.keyReads, 5);
    QCOMPARE(proxy.index(0, TaskTableModel::SecondsColumn).data(TaskTableModel::SortRole).toInt(), 1);
}

void tst_TaskProxyModel::keepsSelectionThroughSortAndClear()
{
    TaskQueue queue;
    queue.pause();
    TaskTableModel model(&queue);
    TaskProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.enqueue({40, 10, 30, 20, 50});
    const quint64 first = queue.firstId();
    QPersistentModelIndex chosen(proxy.index(2, 0)); // the task of 30 s
    QCOMPARE(chosen.data(TaskTableModel::TaskIdRole).toULongLong(), first + 2);
    proxy.sort(TaskTableModel::SecondsColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(proxy), (QList<quint64> {first + 4, first, first + 2, first + 3, first + 1}));
    QCOMPARE(chosen.row(), 2);
    QCOMPARE(chosen.data(TaskTableModel::TaskIdRole).toULongLong(), first + 2);
    queue.cancel({first + 4, first + 1});
    model.flush();
    model.clearFinished();
    QCOMPARE(shownIds(proxy), (QList<quint64> {first, first + 2, first + 3}));
    QCOMPARE(chosen.row(), 1);
    QCOMPARE(chosen.data(TaskTableModel::TaskIdRole).toULongLong(), first + 2);
    proxy.sort(TaskTableModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(proxy), (QList<quint64> {first, first + 2, first + 3}));
    QCOMPARE(chosen.row(), 1);
    queue.enqueue({5});
    QCOMPARE(shownIds(proxy), (QList<quint64> {first, first + 2, first + 3, first + 5}));
}

void tst_TaskProxyModel::movesARowWhoseKeyChanges()
{
    QTemporaryDir directory;
    TaskQueue queue;
    queue.setSecondLength(1ms);
    queue.setOutputDirectory(directory.path());
    queue.pause();
    TaskTableModel model(&queue);
    TaskProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.enqueue({0, 0, 0, 0});
    const quint64 first = queue.firstId();
    proxy.sort(TaskTableModel::StateColumn, Qt::DescendingOrder); // Cancelled above Queued
    QPersistentModelIndex last(proxy.index(3, 0));
    queue.cancel({first + 2});
    model.flush();
    QCOMPARE(shownIds(proxy), (QList<quint64> {first + 2, first, first + 1, first + 3}));
    QCOMPARE(last.row(), 3);
    queue.cancel({first + 3});
    model.flush();
    QCOMPARE(shownIds(proxy), (QList<quint64> {first + 2, first + 3, first, first + 1}));
    QCOMPARE(last.row(), 1);
    queue.resume();
    QTRY_COMPARE(queue.count(TaskState::Done), 2);
    model.flush();
    // Done sorts between Queued and Cancelled (the states' order); equal states keep FIFO order.
    QCOMPARE(shownIds(proxy), (QList<quint64> {first + 2, first + 3, first, first + 1}));
}

void tst_TaskProxyModel::showsAnIconPerState()
{
    QTemporaryDir directory;
    TaskQueue queue;
    queue.setSecondLength(10ms);
    queue.setOutputDirectory(directory.path());
    TaskTableModel model(&queue);
    TaskProxyModel proxy;
    proxy.setSourceModel(&model);
    queue.enqueue({0, 1000, 5});
    queue.cancel({queue.firstId() + 2});
    QTRY_COMPARE(queue.count(TaskState::Done), 1);
    QTRY_COMPARE(queue.count(TaskState::Running), 1);
    model.flush();
    QSet<qint64> keys;
    for (int row = 0; row < 3; ++row) {
        const QVariant icon = proxy.index(row, TaskTableModel::StateColumn).data(Qt::DecorationRole);
        QVERIFY(icon.canConvert<QIcon>());
        QVERIFY(!icon.value<QIcon>().isNull());
        keys.insert(icon.value<QIcon>().cacheKey());
    }
    QCOMPARE(keys.size(), 3); // done, running and cancelled look different
    QVERIFY(!proxy.index(0, TaskTableModel::SecondsColumn).data(Qt::DecorationRole).isValid());
}

void tst_TaskProxyModel::showsWhyATaskFailed()
{
    QTemporaryDir directory;
    // 2.txt cannot be written: a folder of that name is in the way.
    QVERIFY(QDir(directory.path()).mkdir(QStringLiteral("2.txt")));
    TaskQueue queue;
    queue.setSecondLength(1ms);
    queue.setOutputDirectory(directory.path());
    TaskTableModel model(&queue);
    TaskProxyModel proxy;
    proxy.setSourceModel(&model);
    queue.enqueue({2, 1});
    QTRY_COMPARE(queue.state(), TaskQueue::State::Idle);
    model.flush();
    QCOMPARE(proxy.index(0, 0).data(TaskTableModel::StateRole).toInt(), int(TaskState::Failed));
    const QString reason = proxy.index(0, TaskTableModel::FileColumn).data().toString();
    QVERIFY2(reason.contains(QLatin1String("2.txt")), qPrintable(reason));
    QCOMPARE(reason, proxy.index(0, 0).data(TaskTableModel::ErrorRole).toString());
    QCOMPARE(proxy.index(0, TaskTableModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QVERIFY(proxy.index(0, TaskTableModel::StateColumn).data(Qt::ForegroundRole).canConvert<QBrush>());
    QVERIFY(proxy.index(0, TaskTableModel::StateColumn).data(Qt::ToolTipRole).toString().contains(reason));
    // A done task shows its file, in the usual colour.
    QCOMPARE(proxy.index(1, TaskTableModel::FileColumn).data().toString(),
        QDir::toNativeSeparators(directory.filePath(QStringLiteral("1.txt"))));
    QVERIFY(!proxy.index(1, TaskTableModel::FileColumn).data(Qt::ForegroundRole).isValid());
}

QTEST_MAIN(tst_TaskProxyModel)
#include "tst_taskproxymodel.moc"
