// How quickly cancelling a running task interrupts its wait: a 60-second task is started, then
// cancelled; the time from cancel() to the task being Cancelled is measured, 20 times per mode.
// Prints the worst figure in milliseconds per mode (threads, events, processes): `bench_cancel DIR`.
// Processes mode starts `../app/helloqueue` beside this program as its workers.
#include "engine/processrunner.h"
#include "engine/taskqueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

namespace {

double worstCancelMs(const QString &directory, RunMode mode)
{
    using namespace std::chrono_literals;
    TaskQueue queue;
    queue.setOutputDirectory(directory);
    queue.setMode(mode);
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
    QTextStream(stdout) << QString::number(worstCancelMs(directory, RunMode::Threads), 'f', 2) << ' '
                        << QString::number(worstCancelMs(directory, RunMode::Events), 'f', 2) << ' '
                        << QString::number(worstCancelMs(directory, RunMode::Processes), 'f', 2) << '\n';
    return 0;
}
