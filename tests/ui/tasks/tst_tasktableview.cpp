#include "models/tasktablemodel.h"
#include "tasks/tasktableview.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {

void appendRows(QStandardItemModel &model, int count)
{
    const int first = model.rowCount();
    for (int i = 0; i < count; ++i) {
        auto *item = new QStandardItem(QString::number(first + i));
        item->setData(quint64(first + i + 1), TaskTableModel::TaskIdRole);
        model.appendRow({item});
    }
}

} // namespace

class tst_TaskTableView : public QObject
{
    Q_OBJECT
private slots:
    void followsNewRowsUnlessScrolledAway();
    void selectedTaskIdsAreInOrder();
    void rowsHaveOneFixedHeight();
};

void tst_TaskTableView::followsNewRowsUnlessScrolledAway()
{
    QStandardItemModel model(0, 1);
    TaskTableView view;
    view.setModel(&model);
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.verticalScrollBar();

    appendRows(model, 100);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view.isFollowing());

    // The user scrolls up to read: new rows must not pull the view away.
    bar->setValue(10);
    QVERIFY(!view.isFollowing());
    const int maximum = bar->maximum();
    appendRows(model, 50);
    QTRY_VERIFY(bar->maximum() > maximum);
    QCOMPARE(bar->value(), 10);

    // Back at the bottom, it follows again.
    bar->setValue(bar->maximum());
    QVERIFY(view.isFollowing());
    appendRows(model, 50);
    QTRY_VERIFY(bar->maximum() > maximum + 50);
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void tst_TaskTableView::selectedTaskIdsAreInOrder()
{
    QStandardItemModel model(0, 1);
    appendRows(model, 10);
    TaskTableView view;
    view.setModel(&model);
    view.selectionModel()->select(model.index(7, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(view.selectedTaskIds(), (QList<quint64> {3, 8}));
}

void tst_TaskTableView::rowsHaveOneFixedHeight()
{
    QStandardItemModel model(0, 1);
    appendRows(model, 3);
    model.item(1)->setText(QStringLiteral("a\nvery\ntall\ncell"));
    TaskTableView view;
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(view.rowHeight(1), view.rowHeight(0));
    QCOMPARE(view.rowHeight(2), view.rowHeight(0));
    QVERIFY(view.rowHeight(0) >= view.fontMetrics().height());
    QVERIFY(view.verticalHeader()->isHidden());
}

QTEST_MAIN(tst_TaskTableView)
#include "tst_tasktableview.moc"
