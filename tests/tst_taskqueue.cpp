#include "taskqueue.h"
#include "tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_TaskQueue : public QObject
{
    Q_OBJECT
private slots:
    void placeholder();
};

void tst_TaskQueue::placeholder()
{
    TaskQueue queue;
    TaskTableModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_TaskQueue)
#include "tst_taskqueue.moc"
