// The physical floors the benchmark compares HelloQueue with: the plainest way to do a task's
// work, in C++ with POSIX calls.
//   floor DIR N [--sync] [--sync-folder]
//                                 writes DIR/0.txt N times through a temporary file and rename()
//                                 (fdatasync() before the rename with --sync, and fsync() of DIR
//                                 after it with --sync-folder, so that the new name itself
//                                 survives a power cut, as TaskWriter does), then prints the
//                                 microseconds per file: the throughput floor.
//   floor DIR N --wait MS         N times: sleeps MS milliseconds, then writes DIR/<MS/1000>.txt the
//                                 same way with --sync --sync-folder, as one worker does: the
//                                 lateness floor.
//   floor DIR N --processes       the same writes (no sync) by a forked child, one per line the
//                                 parent sends over a pipe and answered over another, the parent
//                                 waiting for each answer before it sends the next: the floor of a
//                                 hand-over to a worker process (two pipe writes and two wake-ups
//                                 per file).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

bool hasFlag(int argc, char **argv, const char *flag)
{
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

bool syncFolder(const std::string &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    return ok;
}

bool writeAtomically(const std::string &dir, const std::string &number, bool sync, bool folder)
{
    const std::string target = dir + "/" + number + ".txt";
    const std::string temp = dir + "/." + number + ".txt.tmp";
    const std::string text = "Hello, " + number + "!";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || ::write(fd, text.data(), text.size()) != ssize_t(text.size())
        || (sync && ::fdatasync(fd) != 0) || ::close(fd) != 0 || ::rename(temp.c_str(), target.c_str()) != 0
        || (folder && !syncFolder(dir))) {
        std::perror("floor");
        return false;
    }
    return true;
}

/** The worker: a file per line read from @p in, "done" written to @p out after each. */
int serve(const std::string &dir, int in, int out)
{
    std::string pending;
    char buffer[4096];
    for (ssize_t n; (n = ::read(in, buffer, sizeof buffer)) > 0;) {
        pending.append(buffer, size_t(n));
        size_t start = 0;
        for (size_t end; (end = pending.find('\n', start)) != std::string::npos; start = end + 1) {
            if (!writeAtomically(dir, pending.substr(start, end - start), false, false)
                || ::write(out, "done\n", 5) != 5)
                return 1;
        }
        pending.erase(0, start);
    }
    return 0;
}

/** N files through a forked worker, one line each way per file; prints µs per file. */
int handOver(const std::string &dir, long count)
{
    int toChild[2];
    int fromChild[2];
    if (::pipe(toChild) != 0 || ::pipe(fromChild) != 0) {
        std::perror("floor");
        return 1;
    }
    const pid_t child = ::fork();
    if (child < 0) {
        std::perror("floor");
        return 1;
    }
    if (child == 0) {
        ::close(toChild[1]);
        ::close(fromChild[0]);
        ::_exit(serve(dir, toChild[0], fromChild[1]));
    }
    ::close(toChild[0]);
    ::close(fromChild[1]);
    const auto start = std::chrono::steady_clock::now();
    char answer[5];
    for (long i = 0; i < count; ++i) {
        // Read whole: the child writes its five bytes at once, so one read() takes them.
        if (::write(toChild[1], "0\n", 2) != 2 || ::read(fromChild[0], answer, sizeof answer) != 5) {
            std::perror("floor");
            return 1;
        }
    }
    const std::chrono::duration<double, std::micro> elapsed = std::chrono::steady_clock::now() - start;
    ::close(toChild[1]);
    int status = 0;
    ::waitpid(child, &status, 0);
    std::printf("%.2f\n", elapsed.count() / double(count));
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr,
            "usage: floor DIR N [--sync] [--sync-folder] | floor DIR N --wait MS | floor DIR N "
            "--processes\n");
        return 2;
    }
    const std::string dir = argv[1];
    const long count = std::strtol(argv[2], nullptr, 10);
    if (hasFlag(argc, argv, "--processes"))
        return handOver(dir, count);
    const long waitMs
        = argc > 4 && std::strcmp(argv[3], "--wait") == 0 ? std::strtol(argv[4], nullptr, 10) : -1;
    const bool sync = hasFlag(argc, argv, "--sync") || waitMs >= 0;
    const bool folder = hasFlag(argc, argv, "--sync-folder") || waitMs >= 0;
    const auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < count; ++i) {
        if (waitMs >= 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
        if (!writeAtomically(dir, std::to_string(waitMs >= 0 ? waitMs / 1000 : 0), sync, folder))
            return 1;
    }
    const std::chrono::duration<double, std::micro> elapsed = std::chrono::steady_clock::now() - start;
    std::printf("%.2f\n", elapsed.count() / double(count));
    return 0;
}
