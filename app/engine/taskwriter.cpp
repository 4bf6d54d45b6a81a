#include "engine/taskwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/** The process that owns this one's tasks (TaskWriter::setOwnerProcess()); 0: this one. */
std::atomic<qint64> g_owner {0};

/**
 * A temporary name unique to this call, beside the target so that rename() stays atomic, and
 * hidden (a leading dot): if the process dies between creating it and renaming it, what is left
 * does not clutter the folder. (O_TMPFILE would leave nothing, but costs 60 % more per file.)
 * `.{number}.txt.hq{owner}-{writer}-{counter}.tmp`: stale once the owner no longer runs; the
 * writer's pid keeps two worker processes of one app apart.
 */
QByteArray temporaryPath(const QString &directory, int number)
{
    static std::atomic<quint64> counter {0};
    const qint64 self = ::getpid();
    const qint64 owner = g_owner.load(std::memory_order_relaxed);
    return QFile::encodeName(directory) + "/." + QByteArray::number(number) + ".txt.hq"
        + QByteArray::number(owner > 0 ? owner : self) + '-' + QByteArray::number(self) + '-'
        + QByteArray::number(++counter) + ".tmp";
}

/** Writes all of @p bytes to @p fd; returns 0 or the errno of the failure. */
int writeAll(int fd, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        written += n;
    }
    return 0;
}

/**
 * Makes a new name durable: after a rename, the file's data is on the disk but the folder entry
 * pointing to it may not be until the folder itself is synced, and a power cut would lose it.
 * Returns 0 or the errno; a file system that cannot sync a folder (EINVAL) has nothing to do.
 */
int syncFolder(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int error = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    ::close(fd);
    return error;
}

/**
 * Creates @p path and its missing parents (mkdir -p); returns 0 or the errno of the step that
 * failed, which QDir::mkpath() does not keep. Another thread creating it too is no failure.
 */
int makeFolder(const QByteArray &path)
{
    if (::mkdir(path.constData(), 0777) == 0 || errno == EEXIST)
        return 0;
    const int slash = path.lastIndexOf('/');
    if (errno != ENOENT || slash <= 0)
        return errno;
    if (const int error = makeFolder(path.left(slash)))
        return error;
    return ::mkdir(path.constData(), 0777) == 0 || errno == EEXIST ? 0 : errno;
}

int openNew(const QByteArray &path)
{
    return ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
}

/** Why creating a file in @p directory failed with @p error, worded once it is shown. */
TaskFailure openFailure(const QString &directory, const QString &path, int error)
{
    if (error == ENOTDIR && QFileInfo(directory).isFile())
        return TaskFailure(TaskFailure::Kind::FolderIsFile, error, path);
    return TaskFailure(TaskFailure::Kind::CannotWrite, error, path);
}

/** Whether the process @p pid may still run (then its temporary files may still be renamed). */
bool processRuns(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

/** The first write of this process into @p directory sweeps it; later ones do not look again. */
void sweepOnce(const QString &directory)
{
    static std::mutex mutex;
    static QSet<QString> swept;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (swept.contains(directory))
            return;
        swept.insert(directory);
    }
    TaskWriter::removeStaleTemporaries(directory);
}

} // namespace

int TaskWriter::removeStaleTemporaries(const QString &directory)
{
    // temporaryPath()'s names only: .{number}.txt.hq{owner}-{writer}-{counter}.tmp, and the
    // .{number}.txt.hq{pid}-{counter}.tmp of earlier versions
    static const QRegularExpression name(QStringLiteral("^\\.\\d+\\.txt\\.hq(\\d+)-\\d+(?:-\\d+)?\\.tmp$"));
    int removed = 0;
    QDirIterator it(directory, {QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        it.next();
        const QRegularExpressionMatch match = name.match(it.fileName());
        if (match.hasMatch() && !processRuns(match.captured(1).toLongLong()) && QFile::remove(it.filePath()))
            ++removed;
    }
    return removed;
}

void TaskWriter::setOwnerProcess(qint64 pid)
{
    g_owner.store(pid, std::memory_order_relaxed);
}

QString TaskWriter::fileName(int number)
{
    return QString::number(number) + QLatin1String(".txt");
}

QString TaskWriter::filePath(const QString &directory, int number)
{
    return directory + QLatin1Char('/') + fileName(number);
}

QByteArray TaskWriter::contents(int number)
{
    return QByteArrayLiteral("Hello, ") + QByteArray::number(number) + '!';
}

TaskFailure TaskWriter::write(const QString &directory, int number)
{
    // The same steps as QSaveFile (temporary file, data synced, rename over the target), without
    // its extra system calls, and with the real errno: Qt 6.4 reports a short write (EFBIG, or
    // ENOSPC part-way) as success, and QSaveFile then commits a truncated file.
    sweepOnce(directory);
    const QString path = filePath(directory, number);
    const QByteArray temporary = temporaryPath(directory, number);
    int fd = openNew(temporary);
    if (fd < 0 && errno == ENOENT) {
        if (const int error = makeFolder(QFile::encodeName(directory)))
            return TaskFailure(TaskFailure::Kind::CannotCreateFolder, error, directory);
        fd = openNew(temporary);
    }
    if (fd < 0)
        return openFailure(directory, path, errno);
    int error = writeAll(fd, contents(number));
    if (error == 0 && ::fdatasync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0)
        error = errno;
    if (error != 0)
        ::unlink(temporary.constData());
    // Done means it survives a power cut, not only a crash: the new name is synced too.
    if (error == 0)
        error = syncFolder(directory);
    return error == 0 ? TaskFailure() : TaskFailure(TaskFailure::Kind::CannotWrite, error, path);
}
