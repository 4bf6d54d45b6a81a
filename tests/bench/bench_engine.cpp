// Measures the engine alone, without a console or a window: N zero-second tasks through a
// TaskQueue into DIR, in one mode, with one worker. Prints microseconds per task.
// `bench_engine DIR N threads|events|processes [JOURNAL_FILE]`: with a journal file, tasks are
// recorded. Processes mode starts this program's sibling `../app/helloqueue` as its workers, or
// HELLOQUEUE_WORKER when set.
#include "engine/processrunner.h"
#include "engine/taskqueue.h"
#include "journal/sqlitejournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: bench_engine DIR N threads|events|processes\n";
        return 2;
    }
    const QString worker = qEnvironmentVariable("HELLOQUEUE_WORKER");
    ProcessRunner::setWorkerProgram(worker.isEmpty()
            ? QCoreApplication::applicationDirPath() + QStringLiteral("/../app/helloqueue")
            : worker);
    SqliteJournal journal; // declared first: the queue flushes into it when destroyed
    TaskQueue queue;
    if (args.size() > 4) {
        if (!journal.open(args.at(4)))
            return 1;
        queue.setFirstId(journal.nextId());
        queue.setJournal(&journal);
    }
    queue.setOutputDirectory(args.at(1));
    queue.setMode(runModeFromKey(args.at(3)).value_or(RunMode::Threads));
    const int count = args.at(2).toInt();
    QElapsedTimer clock;
    clock.start();
    queue.enqueue(QList<int>(count, 0));
    QObject::connect(&queue, &TaskQueue::finished, &app, &QCoreApplication::quit);
    queue.finish();
    QCoreApplication::exec();
    QTextStream(stdout) << QString::number(double(clock.nsecsElapsed()) / 1000.0 / count, 'f', 2) << '\n';
    return queue.count(TaskState::Done) == count ? 0 : 1;
}
