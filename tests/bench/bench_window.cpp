// The window's figures, measured on the real MainWindow (offscreen): how long a paste of 100 000
// and 1 000 000 numbers takes to show, the longest event-loop stall while 100 000 zero-second
// tasks run through the open window, and the memory per queued task. Prints one line per figure:
// what <TAB> measured <TAB> target <TAB> yes|no.
// `bench_window [--quick] [--only paste|stall|memory|slowdisk]`
// `--only slowdisk` is meant to run under the slow-disk shim (tests/support/slowdisk.cpp, with
// HQ_SLOW_SYNC_MS): the longest stall and the longest delay of a typed key while 50 one-second
// and 50 zero-second tasks run on 4 workers, each sync of each file taking that long.
#include "engine/taskqueue.h"
#include "journal/sqlitejournal.h"
#include "window/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <fcntl.h>
#include <malloc.h>
#include <mutex>
#include <thread>
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

/**
 * The longest gap between the ticks of a 1 ms timer on the GUI thread: its longest stall. On a
 * shared machine a stall can be the thread waiting for a CPU rather than for its own work or the
 * disk: the kernel's schedstat tells how much of each gap was that wait, so both are printed.
 */
class StallProbe
{
public:
    StallProbe() : m_schedstat(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {
        m_probe.setTimerType(Qt::PreciseTimer);
        m_probe.setInterval(1);
        QObject::connect(&m_probe, &QTimer::timeout, [this] {
            const qint64 gap = m_sinceTick.nsecsElapsed();
            const qint64 waited = cpuWaitNs();
            m_longestNs = std::max(m_longestNs, gap);
            m_longestOwnNs = std::max(m_longestOwnNs, gap - (waited - m_waitedNs));
            m_waitedNs = waited;
            m_sinceTick.restart();
        });
    }
    ~StallProbe()
    {
        if (m_schedstat >= 0)
            ::close(m_schedstat);
    }
    void start()
    {
        m_waitedNs = cpuWaitNs();
        m_sinceTick.start();
        m_probe.start();
    }
    double stop()
    {
        m_probe.stop();
        return double(m_longestNs) / 1e6;
    }
    /** The longest gap less the time the GUI thread spent runnable but waiting for a CPU. */
    double longestOwnMs() const { return double(m_longestOwnNs) / 1e6; }

private:
    /** The second field of schedstat: ns spent on a run queue, waiting for a CPU. */
    qint64 cpuWaitNs() const
    {
        char text[128] = {};
        if (m_schedstat < 0 || ::pread(m_schedstat, text, sizeof text - 1, 0) <= 0)
            return 0;
        return QByteArray(text).split(' ').value(1).toLongLong();
    }

    QTimer m_probe;
    QElapsedTimer m_sinceTick;
    int m_schedstat;
    qint64 m_longestNs = 0;
    qint64 m_longestOwnNs = 0;
    qint64 m_waitedNs = 0;
};

/**
 * Types into a field as a keyboard does, from outside the GUI thread: every @p interval a key is
 * posted with the time it was pressed, and the field's filter measures how long it waited.
 */
class TypingProbe : public QObject
{
public:
    using Clock = std::chrono::steady_clock;
    explicit TypingProbe(QWidget *field) : m_field(field) { field->installEventFilter(this); }
    ~TypingProbe() override { stop(); }
    void start(std::chrono::milliseconds interval)
    {
        m_typist = std::thread([this, interval] {
            std::unique_lock<std::mutex> lock(m_mutex);
            while (!m_stopping) {
                m_pressed.push_back(Clock::now());
                QCoreApplication::postEvent(
                    m_field, new QKeyEvent(QEvent::KeyPress, Qt::Key_1, Qt::NoModifier, QStringLiteral("1")));
                QCoreApplication::postEvent(m_field,
                    new QKeyEvent(QEvent::KeyRelease, Qt::Key_1, Qt::NoModifier, QStringLiteral("1")));
                m_wake.wait_for(lock, interval, [this] { return m_stopping; });
            }
        });
    }
    void stop()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_typist.joinable())
            m_typist.join();
    }
    double longestMs() const { return m_longestMs; }
    int keys() const { return m_keys; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_field && event->type() == QEvent::KeyPress) {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_pressed.empty()) {
                const std::chrono::duration<double, std::milli> waited = Clock::now() - m_pressed.front();
                m_pressed.pop_front();
                m_longestMs = std::max(m_longestMs, waited.count());
                ++m_keys;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_field;
    std::thread m_typist;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Clock::time_point> m_pressed;
    double m_longestMs = 0;
    int m_keys = 0;
    bool m_stopping = false;
};

QString modeName(RunMode mode)
{
    return mode == RunMode::Threads ? QStringLiteral("threads") : QStringLiteral("events");
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
    // Not in the default set: it is meant to run under the slow-disk shim (scripts/bench.py does).
    if (kind == QLatin1String("slowdisk")) {
        slowDiskFigure(quick ? 10 : 50, output.path(), RunMode::Threads);
        slowDiskFigure(quick ? 10 : 50, output.path(), RunMode::Events);
    }
    return 0;
}
