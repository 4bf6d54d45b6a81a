// The window's figures, measured on the real MainWindow (offscreen), each beside a floor measured
// in the same process: the same work done without the window.
// - paste, sort by Seconds, clear finished, memory, at three sizes (10 k, 100 k, 1 M tasks; with
//   --quick 1 k and 10 k), printed as `figure <TAB> kind <TAB> size <TAB> window <TAB> floor`
//   (milliseconds, or bytes per task for memory); scripts/bench.py turns them into ratio rows and
//   growth per ×10.
// - the longest event-loop stall while 100 000 zero-second tasks run, printed as a judged row:
//   `row <TAB> what <TAB> measured <TAB> target <TAB> yes|no`.
// - with `--only slowdisk`, meant to run under the slow-disk shim (tests/support/slowdisk.cpp,
//   HQ_SLOW_SYNC_MS): the longest stall and the longest delay of a typed key while 50 one-second
//   and 50 zero-second tasks run on 4 workers, each sync taking that long; judged rows too.
// - the compute rows: 4 × 1 s of computing on 4 workers in each mode (with --quick, 4 × 0.25 s):
//   all done in (first start to last end), the CPU time (worker processes included), the longest
//   stall and key delay.
// `bench_window [--quick] [--only paste|sort|clear|memory|stall|slowdisk|compute]`
#include "engine/processrunner.h"
#include "engine/taskqueue.h"
#include "journal/sqlitejournal.h"
#include "models/tasktablemodel.h"
#include "numberparser.h"
#include "processtable.h"
#include "stallprobe.h"
#include "typingprobe.h"
#include "window/mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <malloc.h>
#include <numeric>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

QTextStream out(stdout);

void report(const QString &what, const QString &measured, const QString &target, bool met)
{
    out << "row\t" << what << '\t' << measured << '\t' << target << '\t' << (met ? "yes" : "no") << Qt::endl;
}

void figure(const char *kind, int size, double window, double floor)
{
    out << "figure\t" << kind << '\t' << size << '\t' << window << '\t' << floor << Qt::endl;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

/** The numbers of the sort and clear figures: varied, so that sorting by Seconds moves rows. */
QList<int> variedNumbers(int count)
{
    QList<int> numbers(count);
    quint32 x = 12345;
    for (int &n : numbers) {
        x = x * 1664525u + 1013904223u; // a fixed sequence: every run sorts the same rows
        n = int(x >> 8) % (NumberParser::MaximumSeconds + 1);
    }
    return numbers;
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
        window->setJournal(&journal); // as the app does: the field's numbers are recorded off this thread
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

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/**
 * One figure from three rounds, the floor and the window taking turns: the median of each. One
 * round of a million rows swings by half from one to the next (the journal's disk, the system's
 * free memory), and a figure of a few milliseconds at 100 000 by more: a single round made the
 * growth per ×10 a matter of luck. A round returns -1 when it did not complete.
 */
void roundsFigure(const char *kind, int count, const std::function<double()> &floorRound,
    const std::function<double()> &windowRound)
{
    std::vector<double> floors;
    std::vector<double> windows;
    bool completed = true;
    for (int round = 0; round < 3; ++round) {
        floors.push_back(floorRound());
        windows.push_back(windowRound());
        completed = completed && windows.back() >= 0 && floors.back() >= 0;
    }
    figure(kind, count, completed ? median(windows) : -1, median(floors));
}

/** Paste: the window shows N pasted numbers; the floor parses the same text into a list. */
void pasteFigure(int count, const QString &output)
{
    const QString text = numbers(count, 86400);
    const auto floorRound = [&] {
        QElapsedTimer clock;
        clock.start();
        const NumberParser::ListResult parsed = NumberParser::parseList(text);
        const std::vector<int> floorList(parsed.seconds.begin(), parsed.seconds.end());
        const double ms = msSince(clock);
        return int(floorList.size()) == count ? ms : -1;
    };
    const auto windowRound = [&] {
        Session session(output);
        const double ms = session.paste(text, count);
        return session.table->model()->rowCount() == count ? ms : -1;
    };
    roundsFigure("paste", count, floorRound, windowRound);
}

/** A paused window holding @p numbers as queued tasks, every row shown. */
void fill(Session &session, const QList<int> &numbers)
{
    session.queue.pause();
    session.queue.enqueue(numbers);
    while (session.table->model()->rowCount() < numbers.size())
        QCoreApplication::processEvents();
}

/** Sort: the table sorted by Seconds; the floor std::sort's the same (seconds, id) keys. */
void sortFigure(int count, const QString &output)
{
    const QList<int> numbers = variedNumbers(count);
    const auto floorRound = [&] {
        std::vector<std::pair<int, int>> keys(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i)
            keys[size_t(i)] = {numbers[i], i};
        QElapsedTimer clock;
        clock.start();
        std::sort(keys.begin(), keys.end());
        return msSince(clock);
    };
    const auto windowRound = [&] {
        Session session(output);
        fill(session, numbers);
        auto *view = qobject_cast<QTableView *>(session.table);
        QElapsedTimer clock;
        clock.start();
        view->sortByColumn(TaskTableModel::SecondsColumn, Qt::AscendingOrder);
        view->viewport()->repaint();
        return msSince(clock);
    };
    roundsFigure("sort", count, floorRound, windowRound);
}

/**
 * Clear finished: every other task cancelled, the table sorted by Seconds (so finished rows are
 * scattered through the view), then Clear finished; the floor removes the same rows from a vector.
 */
void clearFigure(int count, const QString &output)
{
    const QList<int> numbers = variedNumbers(count);
    const auto floorRound = [&] {
        std::vector<Task> tasks(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i) {
            tasks[size_t(i)].number = numbers[i];
            tasks[size_t(i)].state = i % 2 ? TaskState::Cancelled : TaskState::Queued;
        }
        QElapsedTimer clock;
        clock.start();
        tasks.erase(
            std::remove_if(tasks.begin(), tasks.end(), [](const Task &t) { return isFinal(t.state); }),
            tasks.end());
        return msSince(clock);
    };
    const auto windowRound = [&] {
        Session session(output);
        fill(session, numbers);
        QList<quint64> cancelled;
        for (quint64 id = session.queue.firstId() + 1; id <= session.queue.lastId(); id += 2)
            cancelled.append(id);
        session.queue.cancel(cancelled);
        qobject_cast<QTableView *>(session.table)
            ->sortByColumn(TaskTableModel::SecondsColumn, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        auto *clear = session.window->findChild<QAction *>(QStringLiteral("clearAction"));
        // The action is enabled once the window has seen finished tasks; a disabled one does nothing.
        QElapsedTimer clock;
        clock.start();
        while (!clear->isEnabled() && clock.elapsed() < 10000)
            QCoreApplication::processEvents();
        clock.restart();
        clear->trigger();
        while (clear->isEnabled() && session.table->model()->rowCount() > count - cancelled.size()
            && clock.elapsed() < 120000)
            QCoreApplication::processEvents();
        session.table->viewport()->repaint();
        const bool cleared = session.table->model()->rowCount() == count - cancelled.size();
        return cleared ? msSince(clock) : -1;
    };
    roundsFigure("clear", count, floorRound, windowRound);
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

QString modeName(RunMode mode)
{
    return runModeKey(mode);
}

void stallFigure(int count, const QString &output, RunMode mode)
{
    Session session(output);
    session.queue.setMode(mode);
    PaintCounter counter;
    qApp->installEventFilter(&counter); // every widget's paints: table, summary, progress bar
    // The probe starts once the pasted rows are shown (the paste itself is the paste figure's).
    StallProbe probe;
    QElapsedTimer run;
    run.start();
    session.paste(numbers(count, 0), count);
    counter.paints = 0;
    QElapsedTimer running;
    running.start();
    probe.start();
    while (session.queue.count(TaskState::Done) < count && run.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double longestMs = probe.stop();
    qApp->removeEventFilter(&counter);
    const double seconds = double(running.elapsed()) / 1000.0;
    const bool kept = counter.paints >= int(seconds * 5); // the window kept repainting, ≥ 5 per second
    report(QStringLiteral("window, stall, %1 zero-second tasks (%2)").arg(count).arg(modeName(mode)),
        QStringLiteral("longest stall %1 ms (%2 ms not waiting for a CPU); %3 paints in %4 s")
            .arg(longestMs, 0, 'f', 1)
            .arg(probe.longestOwnMs(), 0, 'f', 1)
            .arg(counter.paints)
            .arg(seconds, 0, 'f', 1),
        QStringLiteral("≤ 50 ms, repaints keep coming"), longestMs <= 50 && kept);
}

void slowDiskFigure(int pairs, const QString &output, RunMode mode)
{
    constexpr double FrameMs = 1000.0 / 60.0;
    Session session(output);
    session.queue.setMode(mode);
    session.queue.setWorkers(4);
    QString text;
    for (int i = 0; i < pairs; ++i)
        text += QStringLiteral("1\n0\n");
    session.paste(text, 2 * pairs);
    StallProbe probe;
    TypingProbe typing(session.field);
    QElapsedTimer run;
    run.start();
    probe.start();
    typing.start(std::chrono::milliseconds(40));
    while (session.queue.count(TaskState::Done) < 2 * pairs && run.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    typing.stop();
    QCoreApplication::processEvents(); // the keys still posted
    const double longestMs = probe.stop();
    const bool done = session.queue.count(TaskState::Done) == 2 * pairs;
    report(QStringLiteral("window, slow disk (every sync %1 ms), %2 × 1 s + %2 × 0 s on 4 workers (%3)")
               .arg(qEnvironmentVariable("HQ_SLOW_SYNC_MS", QStringLiteral("0")))
               .arg(pairs)
               .arg(modeName(mode)),
        QStringLiteral("longest stall %1 ms (%2 ms not waiting for a CPU); %3 keys typed, longest key "
                       "delay %4 ms; all done in %5 s")
            .arg(longestMs, 0, 'f', 1)
            .arg(probe.longestOwnMs(), 0, 'f', 1)
            .arg(typing.keys())
            .arg(typing.longestMs(), 0, 'f', 1)
            .arg(double(run.elapsed()) / 1000.0, 0, 'f', 1),
        QStringLiteral("stall ≤ 50 ms, key delay ≤ one frame (%1 ms)").arg(FrameMs, 0, 'f', 1),
        done && longestMs <= 50 && typing.longestMs() <= FrameMs);
}

/** CPU time of this process and its reaped children (worker processes, once their runner is gone). */
double cpuSecondsWithChildren()
{
    double seconds = 0;
    for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage {};
        getrusage(who, &usage);
        seconds += double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    return seconds;
}

/** What computeFigure() measures of one run. */
struct ComputeRun
{
    bool done = false;
    double total = 0; ///< from the first start to the last end, in "seconds" of the run
    double longestMs = 0;
    double longestOwnMs = 0;
    double keyDelayMs = 0;
};

/**
 * Waits until @p count worker processes are up and idle, asleep in poll() for their first job:
 * a user picks Processes, then types, and the pool starts with the mode (like the lesson's Pool).
 */
void waitForIdleWorkers(int count)
{
    QElapsedTimer clock;
    clock.start();
    const auto idle = [](qint64 pid) {
        QFile wchan(QStringLiteral("/proc/%1/wchan").arg(pid));
        return wchan.open(QIODevice::ReadOnly) && wchan.readAll().contains("poll");
    };
    while (clock.elapsed() < 10000) {
        QCoreApplication::processEvents();
        const QList<qint64> children = ProcessTable::childrenOf(QCoreApplication::applicationPid());
        if (children.size() >= count && std::all_of(children.begin(), children.end(), idle))
            return;
        QThread::msleep(2);
    }
    qWarning("the worker processes were not ready in 10 s");
}

ComputeRun runComputing(std::chrono::milliseconds second, const QString &output, RunMode mode)
{
    Session session(output);
    session.queue.setMode(mode);
    session.queue.setWorkers(4);
    if (mode == RunMode::Processes)
        waitForIdleWorkers(4);
    session.queue.setWork(WorkKind::Compute);
    session.queue.setSecondLength(second);
    StallProbe probe;
    TypingProbe typing(session.field);
    QElapsedTimer run;
    run.start();
    probe.start();
    session.paste(QStringLiteral("1\n1\n1\n1\n"), 4);
    typing.start(std::chrono::milliseconds(40));
    while (session.queue.count(TaskState::Done) < 4 && run.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    typing.stop();
    QCoreApplication::processEvents();
    ComputeRun result;
    result.longestMs = probe.stop();
    result.longestOwnMs = probe.longestOwnMs();
    result.keyDelayMs = typing.longestMs();
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    for (quint64 id = session.queue.firstId(); id <= session.queue.lastId(); ++id) {
        first = std::min(first, session.queue.task(id).startedMs);
        last = std::max(last, session.queue.task(id).finishedMs);
    }
    result.done = session.queue.count(TaskState::Done) == 4;
    result.total = double(last - first) / double(second.count());
    return result; // the session ends here: worker processes are reaped, their CPU time counted
}

/**
 * The lesson's point, measured in the window: 4 computing tasks on 4 workers. Threads and
 * processes spread them over the cores (≤ 2.2 "seconds" on 2 cores), the event loop runs them one
 * after another (≥ 3.8), each spends 4 of CPU (worker processes' included); the window stays
 * responsive throughout.
 */
void computeFigure(std::chrono::milliseconds second, const QString &output, RunMode mode)
{
    const double cpuBefore = cpuSecondsWithChildren();
    const ComputeRun run = runComputing(second, output, mode);
    const double cpu = (cpuSecondsWithChildren() - cpuBefore) / (double(second.count()) / 1000.0);
    const bool loop = mode == RunMode::Events;
    const bool timeMet = loop ? run.total >= 3.8 : run.total <= 2.2;
    const bool cpuMet = cpu >= 3.8 && cpu <= 4.6;
    report(QStringLiteral("compute, 4 × 1 s on 4 workers, %1 cores (%2)%3")
               .arg(QThread::idealThreadCount())
               .arg(modeName(mode))
               .arg(second.count() == 1000 ? QString() : QStringLiteral(", 1 s = %1 ms").arg(second.count())),
        QStringLiteral("all done in %1 s, CPU %2 s; longest stall %3 ms (%4 ms not waiting for a CPU), "
                       "longest key delay %5 ms")
            .arg(run.total, 0, 'f', 2)
            .arg(cpu, 0, 'f', 2)
            .arg(run.longestMs, 0, 'f', 1)
            .arg(run.longestOwnMs, 0, 'f', 1)
            .arg(run.keyDelayMs, 0, 'f', 1),
        QStringLiteral("%1, CPU ≈ 4 s (3.8–4.6), stall ≤ 50 ms")
            .arg(loop ? QStringLiteral("≥ 3.8 s") : QStringLiteral("≤ 2.2 s")),
        run.done && timeMet && cpuMet && run.longestMs <= 50);
}

/** Memory per queued task in the window; the floor is the engine's own record of a task. */
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
    figure("memory", count, perTask, double(sizeof(Task)));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // Processes mode's workers: the app beside this program's folder, not this program.
    ProcessRunner::setWorkerProgram(
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/helloqueue"));
    const QStringList arguments = QCoreApplication::arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    const QString ramRoot
        = QFile::exists(QStringLiteral("/dev/shm")) ? QStringLiteral("/dev/shm/hq-window-XXXXXX") : QString();
    QTemporaryDir output(ramRoot);
    const QList<int> sizes = quick ? QList<int> {1000, 10000} : QList<int> {10000, 100000, 1000000};
    // --only KIND runs one kind (for profiling).
    const qsizetype only = arguments.indexOf(QStringLiteral("--only"));
    const QString kind = only > 0 ? arguments.value(only + 1) : QString();
    const auto wanted = [&kind](const char *name) { return kind.isEmpty() || kind == QLatin1String(name); };
    for (int size : sizes) {
        if (wanted("paste"))
            pasteFigure(size, output.path());
        if (wanted("sort"))
            sortFigure(size, output.path());
        if (wanted("clear"))
            clearFigure(size, output.path());
        if (wanted("memory"))
            memoryFigure(size, output.path());
    }
    if (wanted("stall")) {
        for (const RunMode mode : {RunMode::Threads, RunMode::Events, RunMode::Processes})
            stallFigure(quick ? 2000 : 100000, output.path(), mode);
    }
    if (wanted("compute")) {
        const std::chrono::milliseconds second(quick ? 250 : 1000);
        for (const RunMode mode : {RunMode::Threads, RunMode::Events, RunMode::Processes})
            computeFigure(second, output.path(), mode);
    }
    // Not in the default set: it is meant to run under the slow-disk shim (scripts/bench.py does).
    if (kind == QLatin1String("slowdisk")) {
        // On a disk, beside this program: files in RAM are not synced, so the shim would slow nothing.
        QTemporaryDir disk(QCoreApplication::applicationDirPath() + QStringLiteral("/hq-slowdisk-XXXXXX"));
        for (const RunMode mode : {RunMode::Threads, RunMode::Events, RunMode::Processes})
            slowDiskFigure(quick ? 10 : 50, disk.path(), mode);
    }
    return 0;
}
