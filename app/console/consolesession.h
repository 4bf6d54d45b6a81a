#pragma once

#include "commandline.h"
#include "console/consoleinput.h"
#include "console/signalwatcher.h"
#include "engine/taskqueue.h"
#include "journal/sqlitejournal.h"

#include <QByteArray>
#include <QEventLoop>
#include <QObject>

/**
 * The lesson's console program on HelloQueue's engine (`helloqueue --cli`). Standard output is
 * byte for byte the lesson's: "Work started", the prompt "Enter a number: " once per line read
 * (and once more when input ends without a stop line), "Finishing", then, after every task has
 * ended, "Work finished" (translated: in Russian exactly what seed_async.py prints).
 *
 * A line that Python's int() reads (NumberParser::Syntax::PythonInt: `+5`, `-0`, `1_000`) is
 * enqueued; a negative number or one above the maximum prints an error on standard error and
 * input goes on; any other line (an empty one too) ends input, as in the lesson, and so does
 * end of input. Standard input is read on the event loop (ConsoleInput), never blocking it.
 *
 * Exit status: 0 when every task is Done; 1 when any task failed (each reason is printed on
 * standard error) or could not be accepted; after SIGINT, SIGTERM or SIGHUP, 128 + the signal's
 * number (130, 143, 129), as a shell reports a program that the signal ended: running tasks are interrupted
 * and the unfinished ones stay Queued. A second signal ends the program at once.
 *
 * Every accepted task is recorded in the journal (SqliteJournal) first. Unfinished tasks of an
 * earlier run are restored with --restore, dropped with --discard, and otherwise kept for a later
 * start, with a note on standard error.
 *
 * For tests only, not a documented option: the environment variable HELLOQUEUE_SECOND_MS sets
 * how many milliseconds "one second" lasts (TaskQueue::setSecondLength).
 */
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(const CommandLineOptions &options, QObject *parent = nullptr);

    /** Runs until input ends and every task has finished; returns the exit status. */
    int run();

private:
    void configureQueue();
    void openJournal();
    void readLines(const QStringList &lines);
    void enqueue(const QList<int> &numbers);
    void endInput();
    void interrupt(int signalNumber);
    void reportTask(quint64 id);
    void finishRun();
    int exitStatus() const;

    void print(const QByteArray &bytes);
    void printLine(const QString &text);
    void printError(const QString &text);
    void flush();

    CommandLineOptions m_options;
    SqliteJournal m_journal; ///< before the queue: the queue records into it until destroyed
    TaskQueue m_queue;
    ConsoleInput m_input;
    SignalWatcher m_signals;
    QEventLoop m_loop;
    QByteArray m_prompt; ///< encoded once: it is printed once per line read
    QByteArray m_output; ///< standard output not written yet
    int m_interruptSignal = 0;
    bool m_inputEnded = false;
    bool m_done = false;
    bool m_errorOccurred = false;
    bool m_outputClosed = false;
};
