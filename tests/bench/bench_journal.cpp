// What the journal's promise costs on this disk, and who pays it:
// - one WAL commit of one task with synchronous=NORMAL (survives a crash, not a power cut) and
//   with synchronous=FULL (the WAL synced at every commit: survives a power cut), raw SQLite;
// - the real SqliteJournal (FULL): how long the GUI thread is held by recordAddedLater() (the
//   window's path: the commit runs on the journal thread) and by recordAdded() (waits for it).
// Printed as judged rows: `row <TAB> what <TAB> measured <TAB> target <TAB> yes|no`.
// `bench_journal FOLDER [--quick]` (FOLDER on the disk to measure, not a RAM folder).
#include "journal/sqlitejournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

void report(const QString &what, const QString &measured, const QString &target, bool met)
{
    QTextStream(stdout) << "row\t" << what << '\t' << measured << '\t' << target << '\t'
                        << (met ? "yes" : "no") << Qt::endl;
}

/** Mean milliseconds per commit of one row, WAL, with the given synchronous setting. */
double rawCommitMs(const QString &folder, const QString &synchronous, int commits)
{
    const QString name = QStringLiteral("bench-") + synchronous;
    double ms = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(folder + QStringLiteral("/raw-") + synchronous + QStringLiteral(".sqlite"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            query.exec(QStringLiteral("PRAGMA synchronous=") + synchronous);
            query.exec(QStringLiteral("CREATE TABLE tasks(id INTEGER PRIMARY KEY, number INTEGER)"));
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < commits; ++i) {
                db.transaction();
                query.exec(QStringLiteral("INSERT INTO tasks(number) VALUES (%1)").arg(i));
                db.commit();
            }
            ms = double(timer.nsecsElapsed()) / 1e6 / commits;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ms;
}

std::vector<Task> oneTask(quint64 id, const QString &folder)
{
    Task task;
    task.id = id;
    task.number = 0;
    task.outputDirectory = folder;
    return {task};
}

/** GUI-thread milliseconds per add, sorted: through recordAddedLater(), and recordAdded(). */
std::pair<std::vector<double>, std::vector<double>> guiHoldMs(const QString &folder, int adds)
{
    SqliteJournal journal;
    journal.open(folder + QStringLiteral("/queue.sqlite"));
    QSignalSpy recorded(&journal, &SqliteJournal::addedRecorded);
    quint64 id = journal.nextId();
    std::vector<double> later;
    std::vector<double> now;
    QElapsedTimer timer;
    for (int i = 0; i < adds; ++i) {
        timer.start();
        AcceptedNumbers accepted;
        accepted.firstId = id;
        accepted.numbers = {0};
        accepted.outputDirectory = folder;
        journal.recordAddedLater(std::move(accepted));
        later.push_back(double(timer.nsecsElapsed()) / 1e6);
        recorded.wait(10000);
        const std::vector<Task> taken = oneTask(id++, folder);
        journal.recordAdded(taken.data(), 1); // found committed: the queue's side of the same add
        const std::vector<Task> direct = oneTask(id++, folder);
        timer.start();
        journal.recordAdded(direct.data(), 1);
        now.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(later.begin(), later.end());
    std::sort(now.begin(), now.end());
    return {later, now};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    const QString root
        = arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-')) ? arguments.at(1) : QString();
    QTemporaryDir folder(root.isEmpty() ? QString() : root + QStringLiteral("/journal-XXXXXX"));
    const int commits = quick ? 20 : 200;
    const double normal = rawCommitMs(folder.path(), QStringLiteral("NORMAL"), commits);
    const double full = rawCommitMs(folder.path(), QStringLiteral("FULL"), commits);
    report(QStringLiteral("journal, one commit on this disk (WAL, %1 commits)").arg(commits),
        QStringLiteral("synchronous=NORMAL %1 ms, FULL %2 ms (%3×)")
            .arg(normal, 0, 'f', 3)
            .arg(full, 0, 'f', 3)
            .arg(full / std::max(normal, 1e-6), 0, 'f', 1),
        QStringLiteral("FULL: an accepted task survives a power cut; paid on the journal thread"), true);
    const auto [later, now] = guiHoldMs(folder.path(), quick ? 10 : 100);
    const auto median = [](const std::vector<double> &ms) { return ms[ms.size() / 2]; };
    // The median is what an add costs; the longest also holds the moments another process had the CPU.
    report(QStringLiteral("journal, GUI thread held per add (synchronous=FULL)"),
        QStringLiteral("window (recorded on the journal thread) median %1 ms, longest %2 ms; waiting for "
                       "the commit (console, restore) median %3 ms, longest %4 ms")
            .arg(median(later), 0, 'f', 3)
            .arg(later.back(), 0, 'f', 3)
            .arg(median(now), 0, 'f', 3)
            .arg(now.back(), 0, 'f', 3),
        QStringLiteral("window: median ≤ 1 ms"), median(later) <= 1.0);
    return 0;
}
