// The physical floors the benchmark compares HelloQueue with: the plainest way to do a task's
// work, in C++ with POSIX calls.
//   floor DIR N [--sync]          writes DIR/0.txt N times through a temporary file and rename()
//                                 (fdatasync() before the rename with --sync), then prints the
//                                 microseconds per file: the throughput floor.
//   floor DIR N --wait MS         N times: sleeps MS milliseconds, then writes DIR/<MS/1000>.txt the
//                                 same way with --sync, as one worker does: the lateness floor.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <thread>
#include <unistd.h>

namespace {

bool writeAtomically(const std::string &dir, const std::string &number, bool sync)
{
    const std::string target = dir + "/" + number + ".txt";
    const std::string temp = dir + "/." + number + ".txt.tmp";
    const std::string text = "Hello, " + number + "!";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || ::write(fd, text.data(), text.size()) != ssize_t(text.size())
        || (sync && ::fdatasync(fd) != 0) || ::close(fd) != 0
        || ::rename(temp.c_str(), target.c_str()) != 0) {
        std::perror("floor");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: floor DIR N [--sync | --wait MS]\n");
        return 2;
    }
    const std::string dir = argv[1];
    const long count = std::strtol(argv[2], nullptr, 10);
    const bool sync = argc > 3 && std::strcmp(argv[3], "--sync") == 0;
    const long waitMs
        = argc > 4 && std::strcmp(argv[3], "--wait") == 0 ? std::strtol(argv[4], nullptr, 10) : -1;
    const auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < count; ++i) {
        if (waitMs >= 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
        if (!writeAtomically(dir, std::to_string(waitMs >= 0 ? waitMs / 1000 : 0), sync || waitMs >= 0))
            return 1;
    }
    const std::chrono::duration<double, std::micro> elapsed = std::chrono::steady_clock::now() - start;
    std::printf("%.2f\n", elapsed.count() / double(count));
    return 0;
}
