#include "console/signalwatcher.h"

#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr std::array<int, 3> WatchedSignals {SIGINT, SIGTERM, SIGHUP};

int pipeFds[2] = {-1, -1}; // [0] read on the event loop, [1] written by the handler
struct sigaction previousActions[WatchedSignals.size()];

extern "C" void onSignal(int signalNumber)
{
    // Only async-signal-safe calls here: write() one byte, keep errno as it was.
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(pipeFds[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    Q_ASSERT(pipeFds[0] < 0);
    // Non-blocking: a handler never waits on a full pipe, and the reader drains it without waiting.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pipeFds) != 0) {
        pipeFds[0] = pipeFds[1] = -1;
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(pipeFds[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &SignalWatcher::readSignals);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (size_t i = 0; i < WatchedSignals.size(); ++i) {
        ::sigaction(WatchedSignals[i], &action, &previousActions[i]);
        // Started with nohup: the user asked to outlive the terminal, so a hangup stays ignored.
        if (WatchedSignals[i] == SIGHUP && previousActions[i].sa_handler == SIG_IGN)
            ::sigaction(SIGHUP, &previousActions[i], nullptr);
    }
    m_installed = true;
}

SignalWatcher::~SignalWatcher()
{
    if (m_installed) {
        for (size_t i = 0; i < WatchedSignals.size(); ++i)
            ::sigaction(WatchedSignals[i], &previousActions[i], nullptr);
    }
    m_notifier.reset();
    for (int &fd : pipeFds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void SignalWatcher::restoreDefaults()
{
    if (!m_installed)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < WatchedSignals.size(); ++i) {
        if (previousActions[i].sa_handler != SIG_IGN || WatchedSignals[i] != SIGHUP)
            ::sigaction(WatchedSignals[i], &action, nullptr);
    }
}

void SignalWatcher::readSignals()
{
    char bytes[16];
    ssize_t count = 0;
    while ((count = ::read(pipeFds[0], bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < count; ++i)
            emit signalled(int(bytes[i]));
    }
}
