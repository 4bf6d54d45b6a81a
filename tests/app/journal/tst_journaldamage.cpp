// Damage detected and survived: a journal truncated, cut, with pages overwritten or a damaged
// write-ahead log is reported at the next normal start, which still accepts and runs new tasks;
// a damaged journal's unfinished tasks are salvaged as far as they can be read. Runs the real
// program through QProcess (and the journal in-process for the salvage), each test its own data.
#include "consolerun.h"
#include "journal/journalmarker.h"
#include "journalfixtures.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

using namespace ConsoleRun;

namespace {

constexpr int SlowSecondMs = 200;
constexpr qint64 PageSize = 4096;

QString journalPath(const QString &folder)
{
    return folder + QStringLiteral("/.data/HelloQueue/helloqueue/queue.sqlite");
}

/** `--cli 4 5 6` killed with SIGKILL once it has accepted them: three unfinished tasks. */
bool killWithUnfinishedTasks(const QString &folder)
{
    QProcess process;
    if (!start(process, folder, names({"--cli", "4", "5", "6"}), SlowSecondMs))
        return false;
    QByteArray seen;
    if (!waitForOutput(process, seen, EnglishStarted, 1))
        return false;
    ::kill(pid_t(process.processId()), SIGKILL);
    return process.waitForFinished(RunTimeoutMs);
}

bool resize(const QString &path, qint64 size)
{
    return QFile(path).resize(size);
}

/** Overwrites @p count pages after the first with random bytes (the first names the format). */
bool overwritePages(const QString &path, int count, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 2 * PageSize)
        return false;
    QRandomGenerator random(seed);
    const qint64 pages = file.size() / PageSize;
    for (int i = 0; i < count; ++i) {
        QByteArray noise(PageSize, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        file.seek(PageSize * (1 + random.bounded(pages - 1)));
        file.write(noise);
    }
    return true;
}

/** Overwrites the end of the write-ahead log: the last transactions' frames no longer check. */
bool damageWal(const QString &path)
{
    QFile file(path + QStringLiteral("-wal"));
    if (!file.open(QIODevice::ReadWrite) || file.size() < 1024)
        return false;
    file.seek(file.size() - 512);
    return file.write(QByteArray(512, '\x5a')) == 512;
}

} // namespace

class tst_JournalDamage : public QObject
{
    Q_OBJECT
private slots:
    void damageIsReportedAndWorkGoesOn_data();
    void damageIsReportedAndWorkGoesOn();
    void unfinishedTasksAreSalvaged();
    void aJournalChangedSinceItsLastCheckIsCheckedAgain();
    void damageWhileRunningIsSurvived();
    void systemErrorsNameTheirCause_data();
    void systemErrorsNameTheirCause();
};

void tst_JournalDamage::damageIsReportedAndWorkGoesOn_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QByteArray>("report");
    QTest::newRow("truncated to 0") << QStringLiteral("truncate")
                                    << QByteArray("removed, emptied or replaced");
    QTest::newRow("cut in half") << QStringLiteral("cut") << QByteArray("was damaged");
    QTest::newRow("random pages") << QStringLiteral("pages") << QByteArray("was damaged");
    QTest::newRow("damaged write-ahead log")
        << QStringLiteral("wal") << QByteArray("lost its latest changes");
}

void tst_JournalDamage::damageIsReportedAndWorkGoesOn()
{
    QFETCH(QString, damage);
    QFETCH(QByteArray, report);
    QTemporaryDir dir;
    const QString journal = journalPath(dir.path());
    QVERIFY(killWithUnfinishedTasks(dir.path()));
    if (damage == QLatin1String("wal")) {
        QVERIFY(damageWal(journal)); // as the kill left it: the tasks are in the log only
    } else {
        // A clean start and end first: the log is folded into the file, so the file holds them.
        QCOMPARE(runConsole(dir.path(), {}, QByteArray()).exitCode, 0);
        QCOMPARE(QFileInfo(journal + QStringLiteral("-wal")).size(), 0); // kept, and empty
        const qint64 size = QFileInfo(journal).size();
        QVERIFY(damage == QLatin1String("truncate") ? resize(journal, 0)
                : damage == QLatin1String("cut")    ? resize(journal, size / 2)
                                                    : overwritePages(journal, 2, 7));
    }

    const Run run = runConsole(dir.path(), {}, QByteArrayLiteral("1\nq\n"));
    QVERIFY2(run.err.contains(report), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, lessonOutput(2));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("1.txt"))), QByteArray("Hello, 1!"));

    // Said once: the next start finds the journal it left, and works as usual.
    const Run after = runConsole(dir.path(), {}, QByteArrayLiteral("2\nq\n"));
    QCOMPARE(after.exitCode, 0);
    QVERIFY2(!after.err.contains(report), after.err.constData());
    QCOMPARE(readFile(dir.filePath(QStringLiteral("2.txt"))), QByteArray("Hello, 2!"));
}

void tst_JournalDamage::unfinishedTasksAreSalvaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
    const int count = 3000;
    const QList<int> numbers = numbersBelow(count);
    {
        SqliteJournal journal;
        QVERIFY(journal.open(path));
        QCOMPARE(record(journal, makeTasks(1, numbers, dir.path())), QString());
    }
    // One page in the middle of the recorded tasks (batches of 512 numbers) is lost: only the tasks
    // on it are.
    qint64 page = 0;
    {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        page = raw.scalar(
            QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'added' ORDER BY pageno"
                           " LIMIT 1 OFFSET (SELECT count(*) / 2 FROM dbstat WHERE name = 'added')"));
        QVERIFY(page > 1);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(PageSize * (page - 1));
    file.write(QByteArray(PageSize, '\xff'));
    file.close();

    SqliteJournal journal;
    QVERIFY2(journal.open(path), qPrintable(journal.message()));
    const QList<Task> salvaged = journal.unfinishedTasks();
    QVERIFY2(salvaged.size() > count / 2 && salvaged.size() < count, qPrintable(journal.message()));
    QVERIFY2(journal.message().contains(QString::number(salvaged.size())), qPrintable(journal.message()));
    QCOMPARE(salvaged.first().number, 0);
    QCOMPARE(salvaged.first().outputDirectory, dir.path());
    QCOMPARE(journal.nextId(), quint64(count + 1)); // no id is handed out twice
}

void tst_JournalDamage::aJournalChangedSinceItsLastCheckIsCheckedAgain()
{
    // A start reads the whole file only when it is not exactly as the last clean close stamped it.
    // Damage to history rows, which a start does not read otherwise, must still be found. Over
    // 1 MiB, as a close then waits for the clock when it must (JournalMarker's WaitWorthBytes).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
    const QList<int> numbers = numbersBelow(30000);
    {
        SqliteJournal journal;
        QVERIFY(journal.open(path));
        const std::vector<Task> tasks = makeTasks(1, numbers, dir.path());
        QCOMPARE(record(journal, tasks), QString());
        for (const Task &task : tasks)
            journal.recordFinished(finished(task, TaskState::Done));
    }
    // The close that wrote the file a moment ago (its last checkpoint) stamped it: the next start
    // need not read it all. (A close within 50 ms of a write was not stamped, and every close
    // after a flood is, so each start after one read the whole file.)
    QVERIFY(QFileInfo(path).size() >= 1024 * 1024);
    QVERIFY(JournalMarker::read(path).fileSize >= 0);
    SqliteJournal reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.message(), QString()); // stamped and unchanged: opens as usual
    reopened.close();
    QVERIFY(JournalMarker::read(path).fileSize >= 0);

    qint64 page = 0;
    {
        RawDatabase raw(path);
        page = raw.scalar(
            QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'tasks' ORDER BY pageno"
                           " LIMIT 1 OFFSET (SELECT count(*) / 2 FROM dbstat WHERE name = 'tasks')"));
        QVERIFY(page > 1);
    }
    // Damage written a moment after the close: its change time still tells.
    const qint64 size = QFileInfo(path).size();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(PageSize * (page - 1));
    file.write(QByteArray(PageSize, '\xff'));
    file.close();
    QCOMPARE(QFileInfo(path).size(), size); // the same size: only its change time tells

    SqliteJournal journal;
    QVERIFY(journal.open(path));
    QVERIFY2(journal.message().contains(QLatin1String("was damaged")), qPrintable(journal.message()));
}

void tst_JournalDamage::damageWhileRunningIsSurvived()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
    const QList<int> numbers = numbersBelow(2000);
    SqliteJournal journal;
    QVERIFY(journal.open(path));
    QCOMPARE(record(journal, makeTasks(journal.nextId(), numbers, dir.path())), QString());
    QSignalSpy errors(&journal, &SqliteJournal::errorOccurred);
    // Someone cuts the file while HelloQueue runs (its log folded in first, so the file is all).
    QVERIFY(RawDatabase(path).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(resize(path, QFileInfo(path).size() / 2));

    const QString first = record(journal, makeTasks(journal.nextId(), {7, 8}, dir.path()));
    QVERIFY2(first.isEmpty() || !first.trimmed().endsWith(QLatin1Char(':')), qPrintable(first));
    const QString second = record(journal, makeTasks(journal.nextId(), {9}, dir.path()));
    QVERIFY2(second.isEmpty(), qPrintable(second)); // work goes on with a fresh journal
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.constLast().at(0).toString().contains(QStringLiteral("was damaged")),
        qPrintable(errors.constLast().at(0).toString()));
}

void tst_JournalDamage::systemErrorsNameTheirCause_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("cause");
    QTest::newRow("ENOSPC") << int(ENOSPC) << QStringLiteral("the disk is full");
    QTest::newRow("EDQUOT") << int(EDQUOT) << QStringLiteral("the disk quota is used up");
    QTest::newRow("EROFS") << int(EROFS) << QStringLiteral("the disk is read-only");
    QTest::newRow("EACCES") << int(EACCES) << QStringLiteral("HelloQueue may not write into its folder");
    QTest::newRow("EIO") << int(EIO)
                         << QStringLiteral("input/output error: the disk or its connection may be failing");
    // A rare one: its number, and the system's own words for it.
    QTest::newRow("EPROTO") << int(
        EPROTO) << QStringLiteral("system error %1 (%2)").arg(EPROTO).arg(qt_error_string(EPROTO));
}

void tst_JournalDamage::systemErrorsNameTheirCause()
{
    QFETCH(int, error);
    QFETCH(QString, cause);
    QCOMPARE(JournalDatabase::errorCause(error), cause);
}

QTEST_GUILESS_MAIN(tst_JournalDamage)
#include "tst_journaldamage.moc"
