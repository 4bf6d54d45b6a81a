#pragma once
// For bench_window: how long the GUI thread went without running its event loop.

#include <QByteArray>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

/**
 * The longest gap between the ticks of a 1 ms timer on the GUI thread: its longest stall. On a
 * shared machine a stall can be the thread waiting for a CPU rather than for its own work or the
 * disk: the kernel's schedstat tells how much of each gap was that wait, so both are printed.
 */
class StallProbe
{
public:
    StallProbe() : m_schedstat(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {
        m_probe.setTimerType(Qt::PreciseTimer);
        m_probe.setInterval(1);
        QObject::connect(&m_probe, &QTimer::timeout, [this] {
            const qint64 gap = m_sinceTick.nsecsElapsed();
            const qint64 waited = cpuWaitNs();
            m_longestNs = std::max(m_longestNs, gap);
            m_longestOwnNs = std::max(m_longestOwnNs, gap - (waited - m_waitedNs));
            m_waitedNs = waited;
            m_sinceTick.restart();
        });
    }
    ~StallProbe()
    {
        if (m_schedstat >= 0)
            ::close(m_schedstat);
    }
    void start()
    {
        m_waitedNs = cpuWaitNs();
        m_sinceTick.start();
        m_probe.start();
    }
    double stop()
    {
        m_probe.stop();
        return double(m_longestNs) / 1e6;
    }
    /** The longest gap less the time the GUI thread spent runnable but waiting for a CPU. */
    double longestOwnMs() const { return double(m_longestOwnNs) / 1e6; }

private:
    /** The second field of schedstat: ns spent on a run queue, waiting for a CPU. */
    qint64 cpuWaitNs() const
    {
        char text[128] = {};
        if (m_schedstat < 0 || ::pread(m_schedstat, text, sizeof text - 1, 0) <= 0)
            return 0;
        return QByteArray(text).split(' ').value(1).toLongLong();
    }

    QTimer m_probe;
    QElapsedTimer m_sinceTick;
    int m_schedstat;
    qint64 m_longestNs = 0;
    qint64 m_longestOwnNs = 0;
    qint64 m_waitedNs = 0;
};
