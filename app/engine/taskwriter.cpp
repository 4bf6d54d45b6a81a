#include "engine/taskwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/magic.h>
#include <mutex>
#include <string>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace {

/** The process that owns this one's tasks (TaskWriter::setOwnerProcess()); 0: this one. */
std::atomic<qint64> g_owner {0};

/** Appends @p value in decimal. */
void appendNumber(std::string &to, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    to.append(digits, end);
}

/**
 * A temporary name no other writer uses at the same time, beside the target so that rename()
 * stays atomic, and hidden (a leading dot): if the process dies between creating it and renaming
 * it, what is left does not clutter the folder. (O_TMPFILE would leave nothing, but costs 60 %
 * more per file.) `.{number}.txt.hq{owner}-{writer}-{thread}.tmp`: stale once the owner no longer
 * runs; the writer's pid keeps two worker processes of one app apart, the thread's id two threads
 * of one process. A thread writes one file at a time, so it can use the same name for every file
 * of a number: the kernel then finds the name in its cache of names (with a name new for every
 * file, the pool thread's CPU for 100 000 files in RAM was 440–480 ms, read from /proc; 400–410 ms
 * with one). Written into @p path, whose capacity is kept from one
 * file to the next.
 */
void temporaryPath(std::string &path, const QByteArray &directory, int number)
{
    thread_local const qint64 thread = ::gettid();
    static const qint64 self = ::getpid(); // workers are started with exec, never only forked
    const qint64 owner = g_owner.load(std::memory_order_relaxed);
    path.assign(directory.constData(), size_t(directory.size()));
    path += "/.";
    appendNumber(path, number);
    path += ".txt.hq";
    appendNumber(path, owner > 0 ? owner : self);
    path += '-';
    appendNumber(path, self);
    path += '-';
    appendNumber(path, thread);
    path += ".tmp";
}

/** `{directory}/{number}.txt`, into @p path (see temporaryPath()). */
void targetPath(std::string &path, const QByteArray &directory, int number)
{
    path.assign(directory.constData(), size_t(directory.size()));
    path += '/';
    appendNumber(path, number);
    path += ".txt";
}

/** The file's text, `Hello, {number}!`, into @p text; returns its length. */
size_t formatContents(char (&text)[32], int number)
{
    static constexpr char greeting[] = "Hello, ";
    std::memcpy(text, greeting, sizeof greeting - 1);
    char *end = std::to_chars(text + sizeof greeting - 1, text + sizeof text - 1, number).ptr;
    *end++ = '!';
    return size_t(end - text);
}

/** Writes all @p size bytes of @p bytes to @p fd; returns 0 or the errno of the failure. */
int writeAll(int fd, const char *bytes, size_t size)
{
    size_t written = 0;
    while (written < size) {
        const ssize_t n = ::write(fd, bytes + written, size - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        written += size_t(n);
    }
    return 0;
}

/**
 * Makes a new name durable: after a rename, the file's data is on the disk but the folder entry
 * pointing to it may not be until the folder itself is synced, and a power cut would lose it.
 * Returns 0 or the errno; a file system that cannot sync a folder (EINVAL) has nothing to do.
 */
int syncFolderEntries(const QByteArray &directory)
{
    const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
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

int openNew(const std::string &path)
{
    return ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
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

/**
 * Whether files in @p directory can survive a power cut at all: not in RAM (tmpfs, ramfs), where
 * a sync is a system call that buys nothing. Unknown (the folder is missing): yes.
 */
bool survivesPowerCut(const QString &directory)
{
    struct statfs info
    {
    };
    if (::statfs(QFile::encodeName(directory).constData(), &info) != 0)
        return true;
    return info.f_type != TMPFS_MAGIC && info.f_type != RAMFS_MAGIC;
}

/** What write() needs to know of a folder, learned once per folder and process. */
struct Folder
{
    QByteArray encoded; // its path as the system calls take it
    bool durable = true; // see survivesPowerCut()
};

std::mutex knownMutex;
QHash<QString, Folder> known; // guarded by knownMutex

/**
 * What this process learned of @p directory already, or null; nothing is looked at. Each thread
 * keeps the folder it wrote to last, so that a flood of files into one folder takes no lock and
 * copies nothing. Valid until this thread's next call.
 */
const Folder *knownFolder(const QString &directory)
{
    thread_local QString lastName;
    thread_local Folder last;
    if (!lastName.isNull() && lastName == directory)
        return &last;
    const std::lock_guard<std::mutex> lock(knownMutex);
    const auto found = known.constFind(directory);
    if (found == known.cend())
        return nullptr;
    lastName = directory;
    last = *found;
    return &last;
}

/**
 * What this process learned about @p directory at its first write there: that write sweeps it
 * (later ones do not look again), and whether syncing it is worth anything. Valid until this
 * thread's next call.
 */
const Folder &prepareFolder(const QString &directory)
{
    if (const Folder *folder = knownFolder(directory))
        return *folder;
    TaskWriter::removeStaleTemporaries(directory);
    thread_local Folder first;
    first = {QFile::encodeName(directory), survivesPowerCut(directory)};
    const std::lock_guard<std::mutex> lock(knownMutex);
    if (QFileInfo::exists(directory)) // a missing folder is looked at again once it is created
        known.insert(directory, first);
    return first;
}

} // namespace

bool TaskWriter::knownInRam(const QString &directory)
{
    const Folder *folder = knownFolder(directory);
    return folder && !folder->durable;
}

int TaskWriter::removeStaleTemporaries(const QString &directory)
{
    // temporaryPath()'s names only: .{number}.txt.hq{owner}-{writer}-{thread}.tmp (a counter where
    // the thread is, in earlier versions), and the .{number}.txt.hq{pid}-{counter}.tmp of older ones
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
    char text[32];
    return QByteArray(text, qsizetype(formatContents(text, number)));
}

TaskFailure TaskWriter::syncFolder(const QString &directory)
{
    const Folder &folder = prepareFolder(directory);
    const int error = folder.durable ? syncFolderEntries(folder.encoded) : 0;
    return error == 0 ? TaskFailure() : TaskFailure(TaskFailure::Kind::CannotWrite, error, directory);
}

TaskFailure TaskWriter::write(const QString &directory, int number, FolderSync folderSync)
{
    // The same steps as QSaveFile (temporary file, data synced, rename over the target), without
    // its extra system calls, and with the real errno: Qt 6.4 reports a short write (EFBIG, or
    // ENOSPC part-way) as success, and QSaveFile then commits a truncated file. The paths are
    // built in buffers each thread keeps: a flood of zero-second tasks allocates nothing here.
    thread_local std::string temporary;
    thread_local std::string target;
    const Folder &folder = prepareFolder(directory);
    temporaryPath(temporary, folder.encoded, number);
    int fd = openNew(temporary);
    if (fd < 0 && errno == EEXIST) {
        // Ours, left by a write that could not remove it (or by a thread of a process long gone
        // whose ids were reused): no one else writes under this name.
        ::unlink(temporary.c_str());
        fd = openNew(temporary);
    }
    if (fd < 0 && errno == ENOENT) {
        if (const int error = makeFolder(folder.encoded))
            return TaskFailure(TaskFailure::Kind::CannotCreateFolder, error, directory);
        fd = openNew(temporary);
    }
    if (fd < 0) {
        const int error = errno; // before the path is built: an allocation may change errno
        return openFailure(directory, filePath(directory, number), error);
    }
    char text[32];
    int error = writeAll(fd, text, formatContents(text, number));
    if (error == 0 && folder.durable && ::fdatasync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    targetPath(target, folder.encoded, number);
    if (error == 0 && ::rename(temporary.c_str(), target.c_str()) != 0)
        error = errno;
    if (error != 0)
        ::unlink(temporary.c_str());
    // Done means it survives a power cut, not only a crash: the new name is synced too.
    if (error == 0 && folder.durable && folderSync == FolderSync::Now)
        error = syncFolderEntries(folder.encoded);
    return error == 0 ? TaskFailure()
                      : TaskFailure(TaskFailure::Kind::CannotWrite, error, filePath(directory, number));
}
