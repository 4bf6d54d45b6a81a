// A manual harness: the timeline below the task table, on a live queue, with the selection wired
// both ways as the main window does it. Takes the screenshots in docs/screenshots:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/timeline_demo --mode threads --workers 4
//       --shot docs/screenshots/timeline-threads.png --shot-at 1500 3 1 2 1 1 2 1
#include "engine/taskqueue.h"
#include "models/tasktablemodel.h"
#include "timeline/timelineview.h"

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

/** The harness's options; the numbers are the positional arguments. */
struct Options
{
    QString mode;
    int workers = 1;
    int secondMs = 1000;
    quint64 cancel = 0;
    QString output;
    bool dark = false;
    QString shot;
    QString exportPath;
    int shotAtMs = 1500;
    QList<int> numbers;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    auto option = [&parser](const char *name, const char *help, const char *value = nullptr,
                      const char *defaultValue = nullptr) {
        parser.addOption(QCommandLineOption(QLatin1String(name), QLatin1String(help),
            value ? QLatin1String(value) : QString(),
            defaultValue ? QLatin1String(defaultValue) : QString()));
    };
    option("mode", "threads or events", "mode", "threads");
    option("workers", "1 to 64", "n", "1");
    option("second-ms", "how long a second lasts", "ms", "1000");
    option("cancel", "cancel this task at half of --shot-at", "id", "0");
    option("output", "where files go (default: a temporary folder)", "dir");
    option("dark", "a dark Fusion palette");
    option("shot", "save the window here, then quit", "png");
    option("export", "also export the timeline here", "png");
    option("shot-at", "when to take the shot", "ms", "1500");
    parser.addPositionalArgument(QStringLiteral("numbers"), QStringLiteral("seconds to wait, one per task"));
    parser.process(app);
    auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    Options options {value("mode"), value("workers").toInt(), value("second-ms").toInt(),
        value("cancel").toULongLong(), value("output"), parser.isSet(QStringLiteral("dark")), value("shot"),
        value("export"), value("shot-at").toInt(), {}};
    for (const QString &argument : parser.positionalArguments())
        options.numbers.append(argument.toInt());
    return options;
}

/** The table above the timeline, selections wired both ways as in the main window. */
TimelineView *buildWindow(QSplitter &window, TaskQueue &queue, TaskTableModel &model)
{
    window.setWindowTitle(QStringLiteral("HelloQueue timeline"));
    auto *table = new QTableView(&window);
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
    return timeline;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const Options options = parseOptions(app);
    if (options.dark)
        useDarkPalette(app);

    QTemporaryDir output;
    TaskQueue queue;
    queue.setOutputDirectory(options.output.isEmpty() ? output.path() : options.output);
    queue.setWorkers(options.workers);
    queue.setMode(options.mode == QLatin1String("events") ? RunMode::Events : RunMode::Threads);
    queue.setSecondLength(std::chrono::milliseconds(options.secondMs));
    TaskTableModel model(&queue);
    QSplitter window(Qt::Vertical);
    TimelineView *timeline = buildWindow(window, queue, model);
    window.show();
    queue.enqueue(options.numbers);

    if (options.cancel != 0)
        QTimer::singleShot(options.shotAtMs / 2, &queue, [&] { queue.cancel({options.cancel}); });
    if (!options.shot.isEmpty()) {
        QTimer::singleShot(options.shotAtMs, &window, [&] {
            window.grab().save(options.shot);
            if (!options.exportPath.isEmpty())
                timeline->exportPng(options.exportPath);
            app.quit();
        });
    }
    return app.exec();
}
