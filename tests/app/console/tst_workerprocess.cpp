// The worker process of Processes mode (`helloqueue --worker`), run as the app runs it, and the
// promise that no worker outlives the app, however the app ends.
#include "consolerun.h"
#include "engine/joboffers.h"
#include "engine/taskwriter.h"
#include "engine/workerprotocol.h"
#include "processtable.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace ConsoleRun;
using namespace std::chrono_literals;

namespace {

/** Starts `helloqueue --worker PARENT [OFFERS_FD]` as ProcessRunner does. */
bool startWorker(QProcess &worker, qint64 parent, JobOffers *offers = nullptr)
{
    worker.setProgram(QStringLiteral(HELLOQUEUE_BINARY));
    QStringList arguments {QStringLiteral("--worker"), QString::number(parent)};
    if (offers) {
        const int fd = offers->fd();
        arguments.append(QString::number(fd));
        worker.setChildProcessModifier([fd] { ::fcntl(fd, F_SETFD, 0); });
    }
    worker.setArguments(arguments);
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker.start();
    return worker.waitForStarted();
}

/** The next line the worker writes, without its '\n' (empty after RunTimeoutMs). */
QByteArray nextLine(QProcess &worker)
{
    (void)QTest::qWaitFor(
        [&] { return worker.canReadLine() || worker.state() == QProcess::NotRunning; }, RunTimeoutMs);
    return worker.readLine().trimmed();
}

/** A line without its last field, the time it happened (AT): `done 5 123456789` is `done 5`. */
QByteArray undated(const QByteArray &line)
{
    return line.left(line.lastIndexOf(' '));
}

TaskJob job(
    quint64 id, std::chrono::milliseconds duration, const QString &dir, WorkKind work = WorkKind::Wait)
{
    return TaskJob {id, int(id), duration, dir, work};
}

} // namespace

class tst_WorkerProcess : public QObject
{
    Q_OBJECT
private slots:
    void runsAJobAndAnswers();
    void cancelInterruptsTheWait();
    void offeredJobsRunInOrderUnlessWithdrawn();
    void computesWithProgress();
    void cancelInterruptsTheComputation();
    void endOfInputEndsIt();
    void aStrangersChildRefusesToRun();
    void ctrlCIsLeftToTheParent();
    void noWorkerOutlivesTheApp_data();
    void noWorkerOutlivesTheApp();
};

void tst_WorkerProcess::runsAJobAndAnswers()
{
    QTemporaryDir dir;
    QProcess worker;
    QVERIFY(startWorker(worker, QCoreApplication::applicationPid()));
    const auto before = std::chrono::steady_clock::now();
    worker.write(WorkerProtocol::run(job(5, 50ms, dir.path())));
    const WorkerMessage done = WorkerProtocol::parse(nextLine(worker));
    QCOMPARE(done.verb, WorkerMessage::Verb::Done);
    QCOMPARE(done.id, 5u);
    // When it ended, on the steady clock both processes share: after its 50 ms, before now.
    const std::chrono::steady_clock::time_point ended {std::chrono::nanoseconds(done.atNs)};
    QVERIFY(ended - before >= 50ms);
    QVERIFY(ended <= std::chrono::steady_clock::now());
    QCOMPARE(readFile(TaskWriter::filePath(dir.path(), 5)), TaskWriter::contents(5));
    // A write that fails: the reason comes back as data (kind, errno, path), worded by the parent.
    const QString file = dir.filePath(QStringLiteral("a-file"));
    QVERIFY(writeBytes(file, "x"));
    worker.write(WorkerProtocol::run(job(6, 0ms, file)));
    const WorkerMessage failed = WorkerProtocol::parse(nextLine(worker));
    QCOMPARE(failed.verb, WorkerMessage::Verb::Failed);
    QCOMPARE(failed.failure.kind(), TaskFailure::Kind::FolderIsFile);
    QCOMPARE(failed.failure, TaskWriter::write(file, 6)); // what the same write fails with in-process
    worker.closeWriteChannel();
    QVERIFY(worker.waitForFinished(RunTimeoutMs));
}

void tst_WorkerProcess::cancelInterruptsTheWait()
{
    QTemporaryDir dir;
    QProcess worker;
    QVERIFY(startWorker(worker, QCoreApplication::applicationPid()));
    worker.write(WorkerProtocol::run(job(1, 30s, dir.path())));
    QTest::qWait(100); // a negative check: no answer before the wait ends
    QVERIFY(!worker.canReadLine());
    worker.write(WorkerProtocol::cancel(1));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(undated(nextLine(worker)), QByteArray("cancelled 1"));
    QVERIFY(timer.elapsed() < 10000); // far from the 30 s wait; bench_processes measures it
    QVERIFY(!QFile::exists(TaskWriter::filePath(dir.path(), 1)));
    worker.closeWriteChannel();
    QVERIFY(worker.waitForFinished(RunTimeoutMs));
}

void tst_WorkerProcess::offeredJobsRunInOrderUnlessWithdrawn()
{
    QTemporaryDir dir;
    QProcess worker;
    const std::unique_ptr<JobOffers> offers = JobOffers::create();
    QVERIFY(offers);
    QVERIFY(startWorker(worker, QCoreApplication::applicationPid(), offers.get()));
    // Offered behind a running job: they start one after another as each ends, unannounced.
    worker.write(WorkerProtocol::run(job(1, 0ms, dir.path())));
    const quint32 first = offers->add();
    worker.write(WorkerProtocol::next(job(2, 0ms, dir.path()), first));
    worker.write(WorkerProtocol::next(job(3, 0ms, dir.path()), offers->add()));
    QCOMPARE(undated(nextLine(worker)), QByteArray("done 1"));
    QCOMPARE(undated(nextLine(worker)), QByteArray("done 2"));
    QCOMPARE(undated(nextLine(worker)), QByteArray("done 3"));
    QVERIFY(offers->taken(first));
    // Withdrawn while the job before runs: they never run, and later offers still do.
    worker.write(WorkerProtocol::run(job(4, 1000ms, dir.path())));
    worker.write(WorkerProtocol::next(job(5, 0ms, dir.path()), offers->add()));
    worker.write(WorkerProtocol::next(job(6, 0ms, dir.path()), offers->add()));
    const quint32 untaken = offers->withdrawAll();
    QCOMPARE(undated(nextLine(worker)), QByteArray("done 4"));
    // Taken by an idle worker: it says so, then runs it.
    const quint32 late = offers->add();
    QCOMPARE(late - untaken, 2u); // offers 5 and 6 were not taken; numbers are not reused
    worker.write(WorkerProtocol::next(job(7, 0ms, dir.path()), late));
    QCOMPARE(undated(nextLine(worker)), QByteArray("started 7"));
    QCOMPARE(undated(nextLine(worker)), QByteArray("done 7"));
    QVERIFY(!QFile::exists(TaskWriter::filePath(dir.path(), 5)));
    QVERIFY(!QFile::exists(TaskWriter::filePath(dir.path(), 6)));
    QCOMPARE(readFile(TaskWriter::filePath(dir.path(), 7)), TaskWriter::contents(7));
    worker.closeWriteChannel();
    QVERIFY(worker.waitForFinished(RunTimeoutMs));
}

void tst_WorkerProcess::computesWithProgress()
{
    // A computing job spends its duration of the worker's CPU time, tells how far it is on the
    // way, and then writes the same file as a waiting one.
    QTemporaryDir dir;
    QProcess worker;
    QVERIFY(startWorker(worker, QCoreApplication::applicationPid()));
    worker.write(WorkerProtocol::run(job(3, 400ms, dir.path(), WorkKind::Compute)));
    QList<qint64> progress;
    WorkerMessage message = WorkerProtocol::parse(nextLine(worker));
    for (; message.verb == WorkerMessage::Verb::Progress; message = WorkerProtocol::parse(nextLine(worker))) {
        QCOMPARE(message.id, quint64(3));
        progress.append(message.workDoneMs);
    }
    QCOMPARE(message.verb, WorkerMessage::Verb::Done);
    QCOMPARE(message.id, quint64(3));
    QVERIFY2(!progress.isEmpty(), "no progress in 400 ms of computing");
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QVERIFY(progress.last() < 400);
    QCOMPARE(readFile(TaskWriter::filePath(dir.path(), 3)), TaskWriter::contents(3));
    // The time was spent computing, not waiting: the worker's own CPU time says so.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(worker.processId()));
    QVERIFY(stat.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = stat.readAll().split(')').last().trimmed().split(' ');
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong(); // utime + stime
    QVERIFY2(ticks * 1000 / ::sysconf(_SC_CLK_TCK) >= 350, QByteArray::number(ticks));
    worker.closeWriteChannel();
    QVERIFY(worker.waitForFinished(RunTimeoutMs));
}

void tst_WorkerProcess::cancelInterruptsTheComputation()
{
    QTemporaryDir dir;
    QProcess worker;
    QVERIFY(startWorker(worker, QCoreApplication::applicationPid()));
    worker.write(WorkerProtocol::run(job(1, 30s, dir.path(), WorkKind::Compute)));
    QCOMPARE(WorkerProtocol::parse(nextLine(worker)).verb, WorkerMessage::Verb::Progress); // it computes
    worker.write(WorkerProtocol::cancel(1));
    WorkerMessage message = WorkerProtocol::parse(nextLine(worker));
    while (message.verb == WorkerMessage::Verb::Progress) // sent before the cancel was read
        message = WorkerProtocol::parse(nextLine(worker));
    QCOMPARE(message.verb, WorkerMessage::Verb::Cancelled); // far from the 30 s: bench_cancel times it
    QVERIFY(!QFile::exists(TaskWriter::filePath(dir.path(), 1)));
    worker.closeWriteChannel();
    QVERIFY(worker.waitForFinished(RunTimeoutMs));
}

void tst_WorkerProcess::endOfInputEndsIt()
{
    QTemporaryDir dir;
    QProcess worker;
    QVERIFY(startWorker(worker, QCoreApplication::applicationPid()));
    worker.write(WorkerProtocol::run(job(1, 30s, dir.path())));
    QVERIFY(worker.waitForBytesWritten(RunTimeoutMs));
    worker.closeWriteChannel(); // even in the middle of a wait
    QVERIFY(worker.waitForFinished(RunTimeoutMs));
    QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker.exitCode(), 0);
}

void tst_WorkerProcess::aStrangersChildRefusesToRun()
{
    // Started for a parent that is not its parent (that parent died, and we were adopted).
    QProcess worker;
    QVERIFY(startWorker(worker, 1));
    QVERIFY(worker.waitForFinished(RunTimeoutMs));
    QCOMPARE(worker.exitCode(), 1);
}

void tst_WorkerProcess::ctrlCIsLeftToTheParent()
{
    QTemporaryDir dir;
    QProcess worker;
    QVERIFY(startWorker(worker, QCoreApplication::applicationPid()));
    worker.write(WorkerProtocol::run(job(1, 0ms, dir.path())));
    QCOMPARE(undated(nextLine(worker)), QByteArray("done 1")); // it runs: past its first lines
    worker.write(WorkerProtocol::run(job(2, 200ms, dir.path())));
    QVERIFY(worker.waitForBytesWritten(RunTimeoutMs));
    // Ctrl+C and a hang-up reach the whole process group; the parent decides what they mean.
    QCOMPARE(::kill(pid_t(worker.processId()), SIGINT), 0);
    QCOMPARE(::kill(pid_t(worker.processId()), SIGHUP), 0);
    QCOMPARE(undated(nextLine(worker)), QByteArray("done 2"));
    worker.closeWriteChannel();
    QVERIFY(worker.waitForFinished(RunTimeoutMs));
}

void tst_WorkerProcess::noWorkerOutlivesTheApp_data()
{
    QTest::addColumn<bool>("window");
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("exitCode"); // -1: killed
    for (bool window : {false, true}) {
        const char *ui = window ? "window" : "console";
        QTest::addRow("%s, SIGTERM", ui) << window << QStringLiteral("SIGTERM") << 143;
        QTest::addRow("%s, Ctrl+C", ui) << window << QStringLiteral("Ctrl+C") << 130;
        QTest::addRow("%s, kill -9", ui) << window << QStringLiteral("kill -9") << -1;
    }
    QTest::newRow("console, Finish") << false << QStringLiteral("Finish") << 0;
}

void tst_WorkerProcess::noWorkerOutlivesTheApp()
{
    QFETCH(bool, window);
    QFETCH(QString, how);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QProcess app;
    // A process group of its own, as a shell gives a job: Ctrl+C goes to the whole group.
    app.setChildProcessModifier([] { ::setpgid(0, 0); });
    prepare(app, dir.path(),
        {QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("XDG_CONFIG_HOME=") + dir.path()},
        how == QLatin1String("Finish") ? 100 : 1000);
    app.setArguments(QStringList {window ? QStringLiteral("--workers") : QStringLiteral("--cli")}
        + (window ? QStringList {QStringLiteral("2")}
                  : QStringList {QStringLiteral("--workers"), QStringLiteral("2")})
        + QStringList {QStringLiteral("--mode"), QStringLiteral("processes"), QStringLiteral("--output-dir"),
            dir.path(), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("30"),
            QStringLiteral("30")});
    app.start();
    QVERIFY(app.waitForStarted());
    // Both workers have written a file (0.txt, 1.txt): each is past its start-up checks and waits
    // on a 30 s task, so what ends it below is the app's end, not a check at start.
    QList<qint64> workers;
    QVERIFY(QTest::qWaitFor(
        [&] {
            workers = ProcessTable::childrenOf(app.processId());
            return workers.size() == 2 && QFile::exists(dir.filePath(QStringLiteral("0.txt")))
                && QFile::exists(dir.filePath(QStringLiteral("1.txt")));
        },
        RunTimeoutMs));
    if (how == QLatin1String("Finish")) {
        app.closeWriteChannel(); // the end of input: Finish
    } else if (how == QLatin1String("kill -9")) {
        QCOMPARE(::kill(pid_t(app.processId()), SIGKILL), 0);
    } else if (how == QLatin1String("SIGTERM")) {
        QCOMPARE(::kill(pid_t(app.processId()), SIGTERM), 0);
    } else {
        QCOMPARE(::kill(-pid_t(app.processId()), SIGINT), 0);
    }
    QVERIFY(app.waitForFinished(RunTimeoutMs * 2));
    const QByteArray said = app.readAllStandardOutput() + app.readAllStandardError();
    if (exitCode >= 0) {
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == exitCode, said.constData());
    } else {
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    }
    // Neither Ctrl+C nor anything else reached a running task as a worker's death.
    QVERIFY2(!said.contains("ended unexpectedly"), said.constData());
    for (qint64 pid : qAsConst(workers))
        QTRY_VERIFY2_WITH_TIMEOUT(!ProcessTable::runs(pid), qPrintable(QString::number(pid)), 10000);
}

QTEST_GUILESS_MAIN(tst_WorkerProcess)
#include "tst_workerprocess.moc"
