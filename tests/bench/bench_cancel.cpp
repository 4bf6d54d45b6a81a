// How quickly cancelling a running task interrupts its wait or its computation: a 60-second task is
// started, then cancelled; the time from cancel() to the task being Cancelled is measured, 20 times
// per mode and work kind. Prints the worst figures in milliseconds, waiting then computing, each
// for threads, events and processes: `bench_cancel DIR`.
// Processes mode starts `../app/helloqueue` beside this program as its workers.
#include "engine/processrunner.h"
#include "engine/taskqueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

namespace {

double worstCancelMs(const QString &directory, RunMode mode, WorkKind work)
{
    using namespace std::chrono_literals;
    TaskQueue queue;
    queue.setOutputDirectory(directory);
    queue.setMode(mode);
    queue.setWork(work);
    double worst = 0;
    for (int round = 0; round < 20; ++round) {
        const quint64 id = queue.enqueue(60, 60s);
        QEventLoop loop;
        QElapsedTimer clock;
        const auto connection
            = QObject::connect(&queue, &TaskQueue::taskChanged, &loop, [&](quint64 changed) {
                  if (changed != id)
                      return;
                  if (queue.task(id).state == TaskState::Running) {
                      clock.start();
                      queue.cancel({id});
                  } else if (queue.task(id).state == TaskState::Cancelled) {
                      loop.quit();
                  }
              });
        loop.exec();
        worst = std::max(worst, double(clock.nsecsElapsed()) / 1e6);
        QObject::disconnect(connection);
    }
    return worst;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (QCoreApplication::arguments().size() < 2) {
        QTextStream(stderr) << "usage: bench_cancel DIR\n";
        return 2;
    }
    const QString directory = QCoreApplication::arguments().at(1);
    ProcessRunner::setWorkerProgram(
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/helloqueue"));
    QTextStream out(stdout);
    for (const WorkKind work : {WorkKind::Wait, WorkKind::Compute}) {
        for (const RunMode mode : {RunMode::Threads, RunMode::Events, RunMode::Processes})
            out << QString::number(worstCancelMs(directory, mode, work), 'f', 2) << ' ';
    }
    out << '\n';
    return 0;
}
