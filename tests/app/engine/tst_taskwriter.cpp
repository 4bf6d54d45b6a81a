#include "engine/taskwriter.h"
#include "taskfailureprint.h"
#include "testdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

/** The pid of a process that has ended (and been reaped). */
qint64 deadPid()
{
    const pid_t pid = ::fork();
    if (pid == 0)
        ::_exit(0);
    ::waitpid(pid, nullptr, 0);
    return pid;
}

/** The name of an earlier version: `.N.txt.hq<pid>-<n>.tmp`. */
QString temporaryName(int number, qint64 pid, int counter)
{
    return QStringLiteral(".%1.txt.hq%2-%3.tmp").arg(number).arg(pid).arg(counter);
}

/**
 * Today's name: `.N.txt.hq<owner>-<writer>-<thread>.tmp` (a worker process's owner is the app; a
 * counter where the thread is, in the version before).
 */
QString temporaryName(int number, qint64 owner, qint64 writer, qint64 thread)
{
    return QStringLiteral(".%1.txt.hq%2-%3-%4.tmp").arg(number).arg(owner).arg(writer).arg(thread);
}

void touch(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Hello");
}

QStringList hiddenFiles(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class tst_TaskWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void writesTheExactBytes();
    void replacesAnOldFileWhole();
    void aLeftoverUnderItsOwnNameIsReplaced();
    void createsAMissingFolder();
    void folderIsAFile();
    void aFolderOnThePathIsAFile();
    void folderCannotBeCreated();
    void readOnlyFolder();
    void fileTooLarge();
    // Nothing left behind: a process killed between creating a task's temporary file and renaming
    // it leaves `.N.txt.hq<owner>-<pid>-<n>.tmp`; the next process that writes into that folder removes
    // those of processes that no longer run, and never one of a running process.
    void leftoversOfDeadProcessesAreRemoved();
    void leftoversOfAKilledAppsWorkersAreRemoved();
    void otherFoldersAreNotTouched();

private:
    /** Nothing but the named files: no temporary file is left behind. */
    void onlyFiles(const QStringList &names);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_TaskWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_TaskWriter::onlyFiles(const QStringList &names)
{
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), names);
}

void tst_TaskWriter::writesTheExactBytes()
{
    for (int number : {0, 7, 42, 2147483647}) {
        QCOMPARE(TaskWriter::write(m_dir->path(), number), TaskFailure());
        QCOMPARE(readFile(m_dir->filePath(QStringLiteral("%1.txt").arg(number))),
            QByteArray("Hello, ") + QByteArray::number(number) + '!');
    }
    onlyFiles({QStringLiteral("0.txt"), QStringLiteral("2147483647.txt"), QStringLiteral("42.txt"),
        QStringLiteral("7.txt")});
}

void tst_TaskWriter::replacesAnOldFileWhole()
{
    // Atomic: a longer old file is replaced, not overwritten in place (no "Hello, 5!ld tail").
    QFile old(m_dir->filePath(QStringLiteral("5.txt")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100, 'x'));
    old.close();
    QCOMPARE(TaskWriter::write(m_dir->path(), 5), TaskFailure());
    QCOMPARE(readFile(old.fileName()), QByteArray("Hello, 5!"));
    onlyFiles({QStringLiteral("5.txt")});
}

void tst_TaskWriter::aLeftoverUnderItsOwnNameIsReplaced()
{
    // A thread writes every file of a number under one temporary name. One left there (a write
    // whose clean-up failed, or a thread of a process long gone with the same ids) is no one
    // else's: the write goes on, and nothing is left.
    QVERIFY(TaskWriter::write(m_dir->path(), 6).isNone()); // the folder's first write sweeps it
    const QString leftover = m_dir->filePath(temporaryName(6, ::getpid(), ::getpid(), ::gettid()));
    touch(leftover);
    QCOMPARE(TaskWriter::write(m_dir->path(), 6), TaskFailure());
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("6.txt"))), QByteArray("Hello, 6!"));
    QVERIFY(!QFile::exists(leftover));
    onlyFiles({QStringLiteral("6.txt")});
}

void tst_TaskWriter::createsAMissingFolder()
{
    const QString nested = m_dir->filePath(QStringLiteral("a/b"));
    QCOMPARE(TaskWriter::write(nested, 3), TaskFailure());
    QCOMPARE(readFile(nested + QStringLiteral("/3.txt")), QByteArray("Hello, 3!"));
}

void tst_TaskWriter::folderIsAFile()
{
    const QString file = m_dir->filePath(QStringLiteral("not-a-folder"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(TaskWriter::write(file, 1),
        TaskFailure(TaskFailure::Kind::FolderIsFile, ENOTDIR, file + QStringLiteral("/1.txt")));
    onlyFiles({QStringLiteral("not-a-folder")});
}

void tst_TaskWriter::aFolderOnThePathIsAFile()
{
    const QString file = m_dir->filePath(QStringLiteral("not-a-folder"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString folder = file + QStringLiteral("/sub");
    QCOMPARE(TaskWriter::write(folder, 1),
        TaskFailure(TaskFailure::Kind::CannotWrite, ENOTDIR, folder + QStringLiteral("/1.txt")));
    onlyFiles({QStringLiteral("not-a-folder")});
}

void tst_TaskWriter::folderCannotBeCreated()
{
    // A link left pointing into a folder that is gone (an unmounted disk): the folder cannot be
    // created, and the reason says which folder and why (errno kept), even as root.
    const QString link = m_dir->filePath(QStringLiteral("gone"));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("unmounted/disk")), link));
    const QString folder = link + QStringLiteral("/sub");
    QCOMPARE(
        TaskWriter::write(folder, 1), TaskFailure(TaskFailure::Kind::CannotCreateFolder, ENOENT, folder));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("unmounted"))));
}

void tst_TaskWriter::readOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("root writes into a read-only folder");
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const TaskFailure failure = TaskWriter::write(m_dir->path(), 1);
    QFile::setPermissions(
        m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(failure,
        TaskFailure(TaskFailure::Kind::CannotWrite, EACCES, m_dir->filePath(QStringLiteral("1.txt"))));
    onlyFiles({});
}

void tst_TaskWriter::fileTooLarge()
{
    // With RLIMIT_FSIZE below the file's size and SIGXFSZ ignored, write() fails with EFBIG,
    // even as root; the writer must report it and leave neither a partial file nor a temporary.
    rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 4;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const TaskFailure failure = TaskWriter::write(m_dir->path(), 12);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QCOMPARE(failure,
        TaskFailure(TaskFailure::Kind::CannotWrite, EFBIG, m_dir->filePath(QStringLiteral("12.txt"))));
    onlyFiles({});
}

void tst_TaskWriter::leftoversOfDeadProcessesAreRemoved()
{
    QTemporaryDir dir;
    const QString dead = temporaryName(7, deadPid(), 3);
    const QString running = temporaryName(8, ::getppid(), 1); // a live process, not this one
    const QString mine = temporaryName(9, ::getpid(), 100000);
    const QStringList unrelated = {QStringLiteral(".7.txt.hqx-1.tmp"), QStringLiteral("notes.tmp"),
        QStringLiteral(".7.txt.hq1-2.tmp.keep")};
    for (const QString &name : QStringList({dead, running, mine}) + unrelated)
        touch(dir.filePath(name));

    QCOMPARE(TaskWriter::write(dir.path(), 1), TaskFailure()); // the first write of this process here
    QStringList expected = QStringList({running, mine, QStringLiteral("1.txt")}) + unrelated;
    expected.sort();
    QCOMPARE(hiddenFiles(dir.path()), expected);
}

void tst_TaskWriter::leftoversOfAKilledAppsWorkersAreRemoved()
{
    // The app was killed; its worker process, killed with it, may still be dying in a sync when the
    // next start sweeps: the file is stale as soon as its owner, the app, is gone.
    QTemporaryDir dir;
    const QString ownerDead = temporaryName(7, deadPid(), ::getppid(), 2);
    const QString ownerRunning = temporaryName(8, ::getppid(), deadPid(), 1);
    touch(dir.filePath(ownerDead));
    touch(dir.filePath(ownerRunning));
    QCOMPARE(TaskWriter::write(dir.path(), 1), TaskFailure());
    QCOMPARE(hiddenFiles(dir.path()), QStringList({ownerRunning, QStringLiteral("1.txt")}));
}

void tst_TaskWriter::otherFoldersAreNotTouched()
{
    QTemporaryDir dir;
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    const QString dead = temporaryName(7, deadPid(), 3);
    touch(QDir(elsewhere).filePath(dead));
    QCOMPARE(TaskWriter::write(dir.path(), 1), TaskFailure());
    QCOMPARE(hiddenFiles(elsewhere), QStringList({dead}));
}

QTEST_GUILESS_MAIN(tst_TaskWriter)
#include "tst_taskwriter.moc"
