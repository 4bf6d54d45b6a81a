// The window's figures, measured on the real MainWindow (offscreen): how long a paste of 100 000
// and 1 000 000 numbers takes to show, the longest event-loop stall while 100 000 zero-second
// tasks run through the open window, and the memory per queued task. Prints one line per figure:
// what <TAB> measured <TAB> target <TAB> yes|no, and Clear finished on a million interleaved rows.
// `bench_window [--quick] [--only paste|stall|memory|clear]`
#include "engine/taskqueue.h"
#include "journal/sqlitejournal.h"
#include "window/mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <malloc.h>
#include <unistd.h>

namespace {

QTextStream out(stdout);

void report(const QString &what, const QString &measured, const QString &target, bool met)
{
    out << what << '\t' << measured << '\t' << target << '\t' << (met ? "yes" : "no") << Qt::endl;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

/** A window on its own queue and journal, shown and ready for input. */
struct Session
{
    explicit Session(const QString &output)
    {
        journal.open(data.filePath(QStringLiteral("queue.sqlite")));
        queue.setFirstId(journal.nextId());
        queue.setJournal(&journal);
        queue.setOutputDirectory(output);
        window = std::make_unique<MainWindow>(&queue);
        window->resize(1000, 650);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not exposed");
        field = window->findChild<QLineEdit *>(QStringLiteral("numberLineEdit"));
        table = window->findChild<QAbstractItemView *>(QStringLiteral("taskTableView"));
    }
    ~Session()
    {
        queue.stopNow();
        window.reset();
    }
    /** Pastes @p text into the number field and presses Return; returns ms until it is shown. */
    double paste(const QString &text, int expectedRows)
    {
        QGuiApplication::clipboard()->setText(text);
        field->setFocus();
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Return);
        while (table->model()->rowCount() < expectedRows && clock.elapsed() < 60000)
            QCoreApplication::processEvents();
        table->viewport()->repaint();
        return double(clock.nsecsElapsed()) / 1e6;
    }

    QTemporaryDir data;
    SqliteJournal journal;
    TaskQueue queue;
    std::unique_ptr<MainWindow> window;
    QLineEdit *field = nullptr;
    QAbstractItemView *table = nullptr;
};

QString numbers(int count, int value)
{
    QString text;
    const QString line = QString::number(value) + QLatin1Char('\n');
    text.reserve(count * line.size());
    for (int i = 0; i < count; ++i)
        text += line;
    return text;
}

void pasteFigure(int count, double targetMs, const QString &output)
{
    Session session(output);
    const double ms = session.paste(numbers(count, 86400), count);
    const bool shown = session.table->model()->rowCount() == count;
    report(QStringLiteral("window, paste %1 numbers").arg(count),
        QStringLiteral("shown in %1 ms").arg(ms, 0, 'f', 0), QStringLiteral("≤ %1 s").arg(targetMs / 1000.0),
        shown && ms <= targetMs);
}

/** Counts paints of a widget. */
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

void stallFigure(int count, const QString &output, RunMode mode)
{
    Session session(output);
    session.queue.setMode(mode);
    PaintCounter counter;
    qApp->installEventFilter(&counter); // every widget's paints: table, summary, progress bar
    // The probe: a 1 ms timer; the longest gap between its ticks is the longest stall. It starts
    // once the pasted rows are shown (the paste itself is the paste figure's).
    QElapsedTimer sinceTick;
    qint64 longestNs = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longestNs = std::max(longestNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    QElapsedTimer run;
    run.start();
    session.paste(numbers(count, 0), count);
    counter.paints = 0;
    QElapsedTimer running;
    running.start();
    sinceTick.start();
    probe.start();
    while (session.queue.count(TaskState::Done) < count && run.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    probe.stop();
    qApp->removeEventFilter(&counter);
    const double seconds = double(running.elapsed()) / 1000.0;
    const double longestMs = double(longestNs) / 1e6;
    const bool kept = counter.paints >= int(seconds * 5); // the window kept repainting, ≥ 5 per second
    report(QStringLiteral("window, stall, %1 zero-second tasks (%2)")
               .arg(count)
               .arg(mode == RunMode::Threads ? QStringLiteral("threads") : QStringLiteral("events")),
        QStringLiteral("longest stall %1 ms; %2 paints in %3 s")
            .arg(longestMs, 0, 'f', 1)
            .arg(counter.paints)
            .arg(seconds, 0, 'f', 1),
        QStringLiteral("≤ 50 ms, repaints keep coming"), longestMs <= 50 && kept);
}

void memoryFigure(int count, const QString &output)
{
    Session session(output);
    session.queue.pause();
    malloc_trim(0);
    const qint64 before = residentBytes();
    session.queue.enqueue(QList<int>(count, 86400));
    while (session.table->model()->rowCount() < count)
        QCoreApplication::processEvents();
    session.table->viewport()->repaint();
    malloc_trim(0);
    const double perTask = double(residentBytes() - before) / count;
    report(QStringLiteral("memory, %1 queued tasks").arg(count),
        QStringLiteral("%1 bytes per task").arg(perTask, 0, 'f', 0), QStringLiteral("≤ 200 bytes per task"),
        perTask <= 200);
}

/** Clear finished on a big list sorted by Seconds, every other row finished (one run per row). */
void clearFigure(int count, const QString &output)
{
    Session session(output);
    session.queue.pause();
    QList<int> seconds;
    seconds.reserve(count);
    for (int i = 0; i < count; ++i)
        seconds.append((i * 7919) % 86400);
    const quint64 first = session.queue.enqueue(seconds);
    QList<quint64> everyOther;
    for (int i = 0; i < count; i += 2)
        everyOther.append(first + quint64(i));
    session.queue.cancel(everyOther);
    session.table->model()->sort(1); // Seconds
    QCoreApplication::processEvents();
    QElapsedTimer clock;
    clock.start();
    session.window->findChild<QAction *>(QStringLiteral("clearAction"))->trigger();
    session.table->viewport()->repaint();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const bool cleared = session.table->model()->rowCount() == count - count / 2;
    report(QStringLiteral("window, clear finished, %1 tasks, every other finished, sorted").arg(count),
        QStringLiteral("%1 ms").arg(ms, 0, 'f', 0), QStringLiteral("≤ 2 s"), cleared && ms <= 2000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool quick = QCoreApplication::arguments().contains(QStringLiteral("--quick"));
    const QString ramRoot
        = QFile::exists(QStringLiteral("/dev/shm")) ? QStringLiteral("/dev/shm/hq-window-XXXXXX") : QString();
    QTemporaryDir output(ramRoot);
    const int small = quick ? 2000 : 100000;
    const int large = quick ? 20000 : 1000000;
    // --only paste|stall|memory runs one kind (for profiling).
    const qsizetype only = QCoreApplication::arguments().indexOf(QStringLiteral("--only"));
    const QString kind = only > 0 ? QCoreApplication::arguments().value(only + 1) : QString();
    if (kind.isEmpty() || kind == QLatin1String("paste")) {
        pasteFigure(small, 500, output.path());
        pasteFigure(large, 3000, output.path());
    }
    if (kind.isEmpty() || kind == QLatin1String("stall")) {
        stallFigure(small, output.path(), RunMode::Threads);
        stallFigure(small, output.path(), RunMode::Events);
    }
    if (kind.isEmpty() || kind == QLatin1String("memory"))
        memoryFigure(large, output.path());
    if (kind.isEmpty() || kind == QLatin1String("clear"))
        clearFigure(large, output.path());
    return 0;
}
