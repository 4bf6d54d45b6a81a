#include "engine/task.h"
#include "models/tasktablemodel.h"
#include "tasks/progressdelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTest>

namespace {

/** A one-cell model carrying what TaskTableModel gives a progress cell. */
std::unique_ptr<QStandardItemModel> cellModel(TaskState state, double progress, qint64 remainingMs)
{
    auto model = std::make_unique<QStandardItemModel>(1, 1);
    QStandardItem *item = model->item(0, 0) ? model->item(0, 0) : new QStandardItem;
    item->setData(int(state), TaskTableModel::StateRole);
    item->setData(progress, TaskTableModel::ProgressRole);
    item->setData(remainingMs, TaskTableModel::RemainingRole);
    item->setData(TaskTableModel::stateText(int(state)), Qt::DisplayRole);
    model->setItem(0, 0, item);
    return model;
}

/** Paints one cell and counts the pixels that differ from an empty bar. */
int filledPixels(double progress)
{
    ProgressDelegate delegate;
    const QSize size(200, 24);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.state = QStyle::State_Enabled;
    option.palette = QApplication::palette();
    auto paint = [&](double value) {
        const auto model = cellModel(TaskState::Running, value, 1000);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, model->index(0, 0));
        return image;
    };
    // Same text on both, so only the bar differs.
    const QImage empty = paint(0.0);
    const QImage filled = paint(progress);
    int count = 0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            count += empty.pixel(x, y) != filled.pixel(x, y);
    }
    return count;
}

} // namespace

class tst_ProgressDelegate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void text_data();
    void text();
    void barGrowsWithProgress();
};

void tst_ProgressDelegate::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void tst_ProgressDelegate::text_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<double>("progress");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<bool>("bar");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value");
    QTest::newRow("queued") << int(TaskState::Queued) << 0.0 << qint64(3000) << true
                            << QStringLiteral("3.0 s left") << 0;
    QTest::newRow("running") << int(TaskState::Running) << 0.25 << qint64(1500) << true
                             << QStringLiteral("1.5 s left") << 250;
    QTest::newRow("running long") << int(TaskState::Running) << 0.5 << qint64(3723000) << true
                                  << QStringLiteral("1:02:03 left") << 500;
    QTest::newRow("done") << int(TaskState::Done) << 1.0 << qint64(0) << true << QStringLiteral("Done")
                          << 1000;
    QTest::newRow("failed") << int(TaskState::Failed) << 0.0 << qint64(0) << false << QStringLiteral("Failed")
                            << 0;
    QTest::newRow("cancelled") << int(TaskState::Cancelled) << 0.0 << qint64(0) << false
                               << QStringLiteral("Cancelled") << 0;
}

void tst_ProgressDelegate::text()
{
    QFETCH(int, state);
    QFETCH(double, progress);
    QFETCH(qint64, remaining);
    QFETCH(bool, bar);
    QFETCH(QString, text);
    QFETCH(int, value);
    const auto model = cellModel(TaskState(state), progress, remaining);
    const QModelIndex index = model->index(0, 0);
    QCOMPARE(ProgressDelegate::hasBar(index), bar);
    QCOMPARE(ProgressDelegate::barText(index), text);
    QCOMPARE(ProgressDelegate::barValue(index), value);
}

void tst_ProgressDelegate::barGrowsWithProgress()
{
    const int quarter = filledPixels(0.25);
    const int threeQuarters = filledPixels(0.75);
    const int full = filledPixels(1.0);
    QVERIFY2(quarter > 0, qPrintable(QString::number(quarter)));
    QVERIFY2(
        threeQuarters > 2 * quarter, qPrintable(QStringLiteral("%1 %2").arg(quarter).arg(threeQuarters)));
    QVERIFY2(full > threeQuarters, qPrintable(QStringLiteral("%1 %2").arg(threeQuarters).arg(full)));
}

QTEST_MAIN(tst_ProgressDelegate)
#include "tst_progressdelegate.moc"
