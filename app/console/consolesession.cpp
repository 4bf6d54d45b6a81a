#include "console/consolesession.h"

#include "engine/taskwriter.h"
#include "journal/historylimit.h"
#include "journal/taskrestorer.h"
#include "numberparser.h"
#include "settingsstore.h"
#include "taskfailuretext.h"

#include <QDir>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {

/** Buffered standard output is written when it reaches this size, and at every pause. */
constexpr qsizetype OutputBufferSize = 64 * 1024;
/**
 * Input is not read while this many tasks wait, and read again below half of it: piped input of
 * any length runs in bounded memory (a task costs ~100 bytes here and a row in the journal),
 * while the queue never runs dry between two reads.
 */
constexpr int MaximumWaiting = 100000;

/** Writes everything, resuming after interrupted or partial writes; false when the fd is gone. */
bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        left -= written;
    }
    return true;
}

} // namespace

ConsoleSession::ConsoleSession(const CommandLineOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_input(STDIN_FILENO), m_prompt(tr("Enter a number: ").toUtf8())
{
    connect(&m_input, &ConsoleInput::linesRead, this, &ConsoleSession::readLines);
    connect(&m_input, &ConsoleInput::ended, this, &ConsoleSession::endInput);
    connect(&m_signals, &SignalWatcher::signalled, this, &ConsoleSession::interrupt);
    connect(&m_queue, &TaskQueue::taskChanged, this, &ConsoleSession::reportTask);
    connect(&m_queue, &TaskQueue::finished, this, &ConsoleSession::finishRun);
    connect(&m_queue, &TaskQueue::errorOccurred, this, [this](const QString &message) {
        m_errorOccurred = true;
        printError(message);
    });
}

int ConsoleSession::run()
{
    // A closed standard output (`| head -1`) must not kill the tasks: output is dropped instead.
    std::signal(SIGPIPE, SIG_IGN);
    // The journal opens on its own thread while this one prepares the output folder; the bound is
    // the window's (History › Tasks to keep): one journal, one limit.
    m_journal.setHistoryLimit(HistoryLimit::fromSettings(SettingsStore()));
    m_journal.openLater();
    configureQueue();
    if (m_options.restore && !m_journal.isOpen()) {
        // Asked to restore, and nothing can be: say so and fail, rather than run without them.
        printError(tr("--restore cannot run: the task journal cannot be used."));
        return 1;
    }
    printLine(tr("Work started"));
    enqueue(m_options.numbers);
    print(m_prompt);
    flush();
    m_input.start();
    if (!m_done)
        m_loop.exec();
    flush();
    return exitStatus();
}

void ConsoleSession::configureQueue()
{
    // As in the lesson, the files go into the current folder unless told otherwise.
    const QString directory = m_options.outputDirectory.value_or(QDir::currentPath());
    QDir().mkpath(directory); // a failure shows as each task's reason
    // What killed runs left in this folder goes now, even when this run writes nothing here.
    TaskWriter::removeStaleTemporaries(directory);
    m_queue.setOutputDirectory(directory);
    m_queue.setWorkers(m_options.workers.value_or(1));
    m_queue.setMode(m_options.mode.value_or(RunMode::Threads));
    m_queue.setWork(m_options.work.value_or(WorkKind::Wait));
    bool ok = false;
    const int secondMs = qEnvironmentVariableIntValue("HELLOQUEUE_SECOND_MS", &ok);
    if (ok && secondMs >= 0) // 0: every task is instant (floods in the kill test)
        m_queue.setSecondLength(std::chrono::milliseconds(secondMs));
    openJournal();
}

void ConsoleSession::openJournal()
{
    m_journal.open(); // waits for the open run() started
    if (!m_journal.message().isEmpty())
        printError(m_journal.message());
    m_queue.setFirstId(m_journal.nextId());
    m_queue.setJournal(&m_journal);
    connect(&m_journal, &SqliteJournal::errorOccurred, this, &ConsoleSession::printError);

    const QList<Task> unfinished = m_journal.unfinishedTasks();
    if (unfinished.isEmpty())
        return;
    if (m_options.restore) {
        TaskRestorer::restore(m_journal, m_queue, unfinished);
    } else if (m_options.discard) {
        const QString error = m_journal.discardUnfinished();
        if (!error.isEmpty())
            printError(error);
    } else {
        printError(tr("%n unfinished task(s) from an earlier run are kept: start with --restore to run "
                      "them, or with --discard to drop them.",
            nullptr, int(unfinished.size())));
    }
}

void ConsoleSession::readLines(const QStringList &lines)
{
    if (m_inputEnded)
        return;
    m_queue.dropFinished(); // no list to show: finished tasks need no memory here
    // The lesson prompts before each read; the prompt for the first line is already out. A
    // prompt says its line was taken, so it is printed only once that line's task is in the
    // journal: whatever is printed before a crash, no prompted line is lost.
    QList<int> numbers;
    int prompts = 0;
    for (const QString &line : lines) {
        // Every line the lesson's int() reads; out of HelloQueue's range, a message, and input goes on.
        const NumberParser::Result result = NumberParser::parse(line, NumberParser::Syntax::PythonInt);
        if (!result.ok() && !result.outOfRange()) {
            enqueueThenPrompt(numbers, prompts);
            endInput();
            return;
        }
        if (result.ok()) {
            numbers.append(result.seconds);
        } else {
            enqueueThenPrompt(numbers, prompts);
            printError(NumberParser::errorMessage(result.error, line));
        }
        ++prompts;
    }
    // One call for the whole batch: 100 000 piped lines cost a few enqueues, not 100 000.
    enqueueThenPrompt(numbers, prompts);
    flush();
    if (m_queue.count(TaskState::Queued) >= MaximumWaiting) {
        m_inputPaused = true;
        m_input.setPaused(true);
    }
}

void ConsoleSession::enqueueThenPrompt(QList<int> &numbers, int &prompts)
{
    enqueue(numbers);
    numbers.clear();
    for (; prompts > 0; --prompts)
        print(m_prompt);
}

void ConsoleSession::enqueue(const QList<int> &numbers)
{
    if (!numbers.isEmpty())
        m_queue.enqueue(numbers);
}

void ConsoleSession::endInput()
{
    if (m_inputEnded)
        return;
    m_inputEnded = true;
    m_input.stop();
    printLine(tr("Finishing"));
    flush();
    m_queue.finish(); // may report finished() at once when nothing is left
}

void ConsoleSession::interrupt(int signalNumber)
{
    if (m_interruptSignal != 0 || m_done)
        return;
    m_interruptSignal = signalNumber;
    m_signals.restoreDefaults();
    if (!m_inputEnded) {
        m_inputEnded = true;
        m_input.stop();
        print("\n"); // the prompt's line is still open
        printLine(tr("Finishing"));
    }
    flush();
    m_queue.stopNow();
}

void ConsoleSession::reportTask(quint64 id)
{
    const Task &task = m_queue.task(id);
    if (task.state == TaskState::Failed)
        printError(tr("Failed: %1").arg(TaskFailureText::describe(task.failure)));
    if (m_inputPaused && m_queue.count(TaskState::Queued) < MaximumWaiting / 2) {
        m_inputPaused = false;
        m_input.setPaused(false);
    }
}

void ConsoleSession::finishRun()
{
    if (m_done)
        return;
    m_done = true;
    printLine(tr("Work finished"));
    const int failed = m_queue.count(TaskState::Failed);
    if (failed > 0)
        printError(tr("%n task(s) failed.", nullptr, failed));
    if (m_interruptSignal != 0)
        printError(tr("Interrupted: %n task(s) did not finish.", nullptr, m_queue.unfinished()));
    flush();
    m_loop.quit();
}

int ConsoleSession::exitStatus() const
{
    if (m_interruptSignal != 0)
        return 128 + m_interruptSignal;
    return m_errorOccurred || m_queue.count(TaskState::Failed) > 0 ? 1 : 0;
}

void ConsoleSession::print(const QByteArray &bytes)
{
    m_output += bytes;
    if (m_output.size() >= OutputBufferSize)
        flush();
}

void ConsoleSession::printLine(const QString &text)
{
    print(text.toUtf8() + '\n');
}

void ConsoleSession::printError(const QString &text)
{
    flush(); // keeps the order a terminal shows: the prompt, then the error about its line
    writeAll(STDERR_FILENO, text.toUtf8() + '\n');
}

void ConsoleSession::flush()
{
    if (!m_outputClosed && !m_output.isEmpty())
        m_outputClosed = !writeAll(STDOUT_FILENO, m_output);
    m_output.clear();
}
