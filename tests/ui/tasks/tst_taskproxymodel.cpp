#include "engine/taskqueue.h"
#include "models/tasktablemodel.h"
#include "tasks/taskproxymodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDir>
#include <QIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_TaskProxyModel : public QObject
{
    Q_OBJECT
private slots:
    void staysConsistentWhileTasksRun();
    void sorts_data();
    void sorts();
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
