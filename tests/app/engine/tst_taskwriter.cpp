// Nothing left behind: a process killed between creating a task's temporary file and renaming it
// leaves `.N.txt.hq<pid>-<n>.tmp`; the next process that writes into that folder removes those of
// processes that no longer run, and never one of a running process.
#include "engine/taskwriter.h"
#include "testdir.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

QString temporaryName(int number, qint64 pid, int counter)
{
    return QStringLiteral(".%1.txt.hq%2-%3.tmp").arg(number).arg(pid).arg(counter);
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
    void writesExactBytes();
    void leftoversOfDeadProcessesAreRemoved();
    void otherFoldersAreNotTouched();
};

void tst_TaskWriter::writesExactBytes()
{
    QTemporaryDir dir;
    QCOMPARE(TaskWriter::write(dir.path(), 12), QString());
    QCOMPARE(readFile(dir.filePath(QStringLiteral("12.txt"))), QByteArray("Hello, 12!"));
    QCOMPARE(hiddenFiles(dir.path()), QStringList({QStringLiteral("12.txt")}));
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

    QCOMPARE(TaskWriter::write(dir.path(), 1), QString()); // the first write of this process here
    QStringList expected = QStringList({running, mine, QStringLiteral("1.txt")}) + unrelated;
    expected.sort();
    QCOMPARE(hiddenFiles(dir.path()), expected);
}

void tst_TaskWriter::otherFoldersAreNotTouched()
{
    QTemporaryDir dir;
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    const QString dead = temporaryName(7, deadPid(), 3);
    touch(QDir(elsewhere).filePath(dead));
    QCOMPARE(TaskWriter::write(dir.path(), 1), QString());
    QCOMPARE(hiddenFiles(elsewhere), QStringList({dead}));
}

QTEST_GUILESS_MAIN(tst_TaskWriter)
#include "tst_taskwriter.moc"
