// A slow disk for tests and the benchmark: an LD_PRELOAD shim that makes fsync() and fdatasync()
// take as long as a USB stick or a busy network share would, and records which thread called
// them, so that a test can prove the GUI thread never waits for the disk.
//
//   LD_PRELOAD=build/tests/libhq_slowdisk.so helloqueue ...
//
// Environment (all optional; the shim only records when none of the delays is set):
//   HQ_SLOW_SYNC_MS       each sync of a file under HQ_SLOW_SYNC_DIR takes this many ms more;
//   HQ_SLOW_SYNC_DIR      the output folder; unset: HQ_SLOW_SYNC_MS applies to every sync.
//   HQ_SLOW_JOURNAL_MS    the same for syncs under HQ_SLOW_JOURNAL_DIR (the journal's folder),
//   HQ_SLOW_JOURNAL_DIR   checked first, so the output folder and the journal can differ.
//   HQ_SYNC_SKIP          when 1, a sync returns at once without reaching the disk (a disk with a
//                         fast write cache), so that a test can count syncs, not wait for them.
//   HQ_SYNC_LOG           a file that gets one line per fsync, fdatasync and rename:
//                         "<call>\t<thread id>\t<process id>\t<path>[\t<new path>]". The process's
//                         main (GUI) thread is the one whose thread id equals the process id.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <string>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

using SyncFunction = int (*)(int);
using RenameFunction = int (*)(const char *, const char *);

struct Rule
{
    std::string folder; ///< canonical, without a trailing slash; empty: every file
    long delayMs = 0;
};

std::string canonical(const char *path)
{
    char resolved[PATH_MAX];
    if (!path || !*path)
        return {};
    return ::realpath(path, resolved) ? std::string(resolved) : std::string(path);
}

Rule ruleFrom(const char *msVariable, const char *dirVariable)
{
    Rule rule;
    const char *ms = std::getenv(msVariable);
    rule.delayMs = ms ? std::strtol(ms, nullptr, 10) : 0;
    rule.folder = canonical(std::getenv(dirVariable));
    return rule;
}

/** Set up once, when the library is loaded (a C++ constructor: it runs after its members exist). */
struct Shim
{
    Shim()
        : journal(ruleFrom("HQ_SLOW_JOURNAL_MS", "HQ_SLOW_JOURNAL_DIR"))
        , output(ruleFrom("HQ_SLOW_SYNC_MS", "HQ_SLOW_SYNC_DIR"))
    {
        if (const char *log = std::getenv("HQ_SYNC_LOG"))
            logFd = ::open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        const char *skipSyncs = std::getenv("HQ_SYNC_SKIP");
        skip = skipSyncs && std::strcmp(skipSyncs, "1") == 0;
        ready = true;
    }

    Rule journal;
    Rule output;
    int logFd = -1;
    bool skip = false; ///< HQ_SYNC_SKIP: record syncs, do not perform them
    bool ready = false; ///< false (zero-initialised) while another library's constructor calls us
};

Shim shim;

std::string pathOf(int fd)
{
    char link[64];
    char target[PATH_MAX];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = ::readlink(link, target, sizeof target - 1);
    return n > 0 ? std::string(target, size_t(n)) : std::string();
}

bool isUnder(const std::string &path, const std::string &folder)
{
    return path.compare(0, folder.size(), folder) == 0
        && (path.size() == folder.size() || path[folder.size()] == '/');
}

long delayFor(const std::string &path)
{
    if (!shim.ready)
        return 0;
    if (shim.journal.delayMs > 0 && !shim.journal.folder.empty() && isUnder(path, shim.journal.folder))
        return shim.journal.delayMs;
    if (shim.output.delayMs > 0 && (shim.output.folder.empty() || isUnder(path, shim.output.folder)))
        return shim.output.delayMs;
    return 0;
}

void record(const char *call, const std::string &path, const char *newPath = nullptr)
{
    if (!shim.ready || shim.logFd < 0)
        return;
    char line[2 * PATH_MAX + 64];
    const int n
        = std::snprintf(line, sizeof line, "%s\t%ld\t%ld\t%s%s%s\n", call, long(::syscall(SYS_gettid)),
            long(::getpid()), path.c_str(), newPath ? "\t" : "", newPath ? newPath : "");
    if (n > 0) // one write with O_APPEND: lines from several threads never interleave
        (void)!::write(shim.logFd, line, size_t(std::min<int>(n, int(sizeof line) - 1)));
}

int slowSync(const char *call, SyncFunction real, int fd)
{
    const int saved = errno;
    const std::string path = pathOf(fd);
    record(call, path);
    const long ms = delayFor(path);
    if (ms > 0) {
        timespec wait {ms / 1000, (ms % 1000) * 1000000L};
        while (::nanosleep(&wait, &wait) != 0 && errno == EINTR) { }
    }
    errno = saved;
    return shim.ready && shim.skip ? 0 : real(fd);
}

} // namespace

extern "C" {

int fsync(int fd)
{
    static const auto real = reinterpret_cast<SyncFunction>(::dlsym(RTLD_NEXT, "fsync"));
    return slowSync("fsync", real, fd);
}

int fdatasync(int fd)
{
    static const auto real = reinterpret_cast<SyncFunction>(::dlsym(RTLD_NEXT, "fdatasync"));
    return slowSync("fdatasync", real, fd);
}

int rename(const char *oldPath, const char *newPath)
{
    static const auto real = reinterpret_cast<RenameFunction>(::dlsym(RTLD_NEXT, "rename"));
    const int result = real(oldPath, newPath);
    if (result == 0) {
        const int saved = errno;
        record("rename", oldPath, newPath);
        errno = saved;
    }
    return result;
}

} // extern "C"
