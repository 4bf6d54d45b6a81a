// The physical floor the benchmark compares HelloQueue with: the plainest way to write N files
// atomically, in C++ with POSIX calls. `floor DIR N [--sync] [--sync-folder]` writes DIR/0.txt N
// times through a temporary file and rename() (with fdatasync() before the rename when --sync is
// given, as QSaveFile does, and fsync() of DIR after it when --sync-folder is given, so that the
// new name itself survives a power cut), then prints the microseconds per file.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
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

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: floor DIR N [--sync] [--sync-folder]\n");
        return 2;
    }
    const std::string dir = argv[1];
    const long count = std::strtol(argv[2], nullptr, 10);
    const bool sync = hasFlag(argc, argv, "--sync");
    const bool folder = hasFlag(argc, argv, "--sync-folder");
    const std::string target = dir + "/0.txt";
    const std::string temp = dir + "/.0.txt.tmp";
    const char text[] = "Hello, 0!";
    const auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < count; ++i) {
        const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0 || ::write(fd, text, sizeof text - 1) != ssize_t(sizeof text - 1)
            || (sync && ::fdatasync(fd) != 0) || ::close(fd) != 0
            || ::rename(temp.c_str(), target.c_str()) != 0 || (folder && !syncFolder(dir))) {
            std::perror("floor");
            return 1;
        }
    }
    const std::chrono::duration<double, std::micro> elapsed = std::chrono::steady_clock::now() - start;
    std::printf("%.2f\n", elapsed.count() / double(count));
    return 0;
}
