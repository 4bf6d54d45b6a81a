#include "console/comparesession.h"

#include "compare/comparetexts.h"
#include "console/comparereport.h"
#include "taskfailuretext.h"

#include <QTextStream>
#include <QThread>

#include <algorithm>

CompareSession::CompareSession(const CommandLineOptions &options, QObject *parent) : QObject(parent)
{
    m_run.setNumbers(options.numbers.isEmpty() ? CompareRun::defaultNumbers() : options.numbers);
    m_run.setWorkers(options.workers.value_or(CompareRun::DefaultWorkers));
    m_run.setWork(options.work.value_or(WorkKind::Wait));
    bool ok = false;
    const int secondMs = qEnvironmentVariableIntValue("HELLOQUEUE_SECOND_MS", &ok);
    if (ok && secondMs >= 0)
        m_run.setSecondLength(std::chrono::milliseconds(secondMs));
    connect(&m_signals, &SignalWatcher::signalled, this, &CompareSession::interrupt);
    connect(&m_run, &CompareRun::progress, this, [](int index, int count, RunMode mode) {
        QTextStream(stderr) << CompareTexts::progress(index, count, mode) << Qt::endl;
    });
    connect(&m_run, &CompareRun::finished, &m_loop, &QEventLoop::quit);
}

int CompareSession::run()
{
    if (!m_run.start()) {
        QTextStream(stderr) << m_run.errorString() << Qt::endl;
        return 1;
    }
    m_loop.exec();
    if (!m_run.errorString().isEmpty()) {
        QTextStream(stderr) << m_run.errorString() << Qt::endl;
        return 1;
    }
    printReport();
    if (m_interruptSignal != 0)
        return 128 + m_interruptSignal;
    const QList<CompareResult> &results = m_run.results();
    return std::any_of(results.begin(), results.end(), [](const CompareResult &r) { return r.failed > 0; })
        ? 1
        : 0;
}

void CompareSession::interrupt(int signalNumber)
{
    if (m_interruptSignal != 0)
        return;
    m_interruptSignal = signalNumber;
    m_signals.restoreDefaults(); // a second Ctrl+C ends the program at once
    m_run.stop();
}

void CompareSession::printReport()
{
    CompareReport::Input input;
    input.numbers = m_run.numbers();
    input.workers = m_run.workers();
    input.work = m_run.work();
    input.cores = QThread::idealThreadCount();
    input.results = m_run.results();
    QTextStream out(stdout);
    out << CompareReport::text(input);
    for (const CompareResult &result : input.results) {
        if (result.failed > 0)
            QTextStream(stderr) << tr("%1: %2", "a mode: why its first failed task failed")
                                       .arg(CompareTexts::modeName(result.mode),
                                           TaskFailureText::describe(result.firstError))
                                << Qt::endl;
    }
}
