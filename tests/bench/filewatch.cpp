// Prints, for each file renamed or written into DIR, the monotonic time in nanoseconds and the
// name: `filewatch DIR COUNT` exits after COUNT files (or after 60 s). Lets the benchmark see
// when each task's file appears, as a user watching the folder would.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: filewatch DIR COUNT\n");
        return 2;
    }
    const int fd = inotify_init1(IN_CLOEXEC);
    if (fd < 0 || inotify_add_watch(fd, argv[1], IN_MOVED_TO | IN_CLOSE_WRITE) < 0) {
        std::perror("filewatch");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    const long count = std::strtol(argv[2], nullptr, 10);
    long seen = 0;
    alignas(inotify_event) char buffer[4096 + NAME_MAX + 1];
    pollfd pfd {fd, POLLIN, 0};
    while (seen < count && poll(&pfd, 1, 60000) > 0) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        for (char *p = buffer; p < buffer + n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(p);
            // The final rename is what makes the file appear; temporary files are ignored.
            if ((event->mask & IN_MOVED_TO) && event->len > 0) {
                std::printf("%lld %s\n", (long long)now.tv_sec * 1000000000LL + now.tv_nsec, event->name);
                ++seen;
            }
            p += sizeof(inotify_event) + event->len;
        }
        std::fflush(stdout);
    }
    return seen == count ? 0 : 1;
}
