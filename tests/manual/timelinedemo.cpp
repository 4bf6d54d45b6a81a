// A manual harness: the timeline below the task table, on a live queue, with the selection wired
// both ways as the main window does it. Takes the screenshots in docs/screenshots:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/timeline_demo --mode threads --workers 4
//       --shot docs/screenshots/timeline-threads.png --shot-at 1500 3 1 2 1 1 2 1
#include "taskqueue.h"
#include "tasktablemodel.h"
#include "timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPalette>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>

namespace {

QList<quint64> selectedIds(const QTableView &table, const TaskTableModel &model)
{
    QList<quint64> ids;
    const QModelIndexList rows = table.selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(model.taskId(index.row()));
    return ids;
}

void useDarkPalette(QApplication &app)
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    app.setPalette(palette);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("threads or events"),
        QStringLiteral("mode"), QStringLiteral("threads"));
    const QCommandLineOption workersOption(
        QStringLiteral("workers"), QStringLiteral("1 to 64"), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption secondOption(QStringLiteral("second-ms"), QStringLiteral("length of a second"),
        QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption cancelOption(
        QStringLiteral("cancel"), QStringLiteral("cancel a task at --shot-at/2"), QStringLiteral("id"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
        QStringLiteral("where files go (default: a temporary folder)"), QStringLiteral("dir"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("a dark Fusion palette"));
    const QCommandLineOption shotOption(
        QStringLiteral("shot"), QStringLiteral("save the window here, then quit"), QStringLiteral("png"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"), QStringLiteral("also export the timeline here"), QStringLiteral("png"));
    const QCommandLineOption atOption(QStringLiteral("shot-at"), QStringLiteral("when to take the shot"),
        QStringLiteral("ms"), QStringLiteral("1500"));
    parser.addOptions({modeOption, workersOption, secondOption, cancelOption, outputOption, darkOption, shotOption,
        exportOption, atOption});
    parser.addPositionalArgument(QStringLiteral("numbers"), QStringLiteral("seconds to wait, one per task"));
    parser.process(app);

    if (parser.isSet(darkOption))
        useDarkPalette(app);

    QTemporaryDir output;
    TaskQueue queue;
    queue.setOutputDirectory(parser.isSet(outputOption) ? parser.value(outputOption) : output.path());
    queue.setWorkers(parser.value(workersOption).toInt());
    queue.setMode(parser.value(modeOption) == QLatin1String("events") ? RunMode::Events : RunMode::Threads);
    queue.setSecondLength(std::chrono::milliseconds(parser.value(secondOption).toInt()));

    QSplitter window(Qt::Vertical);
    window.setWindowTitle(QStringLiteral("HelloQueue timeline"));
    auto *table = new QTableView(&window);
    TaskTableModel model(&queue);
    table->setModel(&model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *timeline = new TimelineView(&window);
    timeline->setQueue(&queue);
    QObject::connect(timeline, &TimelineView::taskClicked, table, [table, &model](quint64 id) {
        const int row = model.rowOf(id);
        if (row >= 0)
            table->selectRow(row);
    });
    QObject::connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, timeline,
        [timeline, table, &model] { timeline->setSelectedTasks(selectedIds(*table, model)); });
    window.setStretchFactor(0, 2);
    window.setStretchFactor(1, 3);
    window.resize(1000, 640);
    window.show();

    QList<int> numbers;
    for (const QString &argument : parser.positionalArguments())
        numbers.append(argument.toInt());
    queue.enqueue(numbers);

    const int at = parser.value(atOption).toInt();
    if (parser.isSet(cancelOption))
        QTimer::singleShot(at / 2, &queue, [&] { queue.cancel({parser.value(cancelOption).toULongLong()}); });
    if (parser.isSet(shotOption)) {
        QTimer::singleShot(at, &window, [&] {
            window.grab().save(parser.value(shotOption));
            if (parser.isSet(exportOption))
                timeline->exportPng(parser.value(exportOption));
            app.quit();
        });
    }
    return app.exec();
}
