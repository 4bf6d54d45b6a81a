#include "compare/resourcesampler.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <sys/resource.h>

namespace {

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The number after "@p key:" in a /proc status file ("Threads:", "VmRSS:" in kB), or 0. */
qint64 statusField(const QByteArray &status, const char *key)
{
    const int at = status.indexOf(key);
    if (at < 0)
        return 0;
    const int end = status.indexOf('\n', at);
    const QByteArray value = status.mid(at + int(qstrlen(key)), end < 0 ? -1 : end - at - int(qstrlen(key)));
    return value.trimmed().split(' ').value(0).toLongLong();
}

/** The pids of this process's live children: every thread lists the children it started. */
QList<QByteArray> childPids()
{
    QList<QByteArray> pids;
    const QStringList threads
        = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &thread : threads) {
        const QByteArray children = readProcFile(QStringLiteral("/proc/self/task/%1/children").arg(thread));
        for (const QByteArray &pid : children.split(' ')) {
            if (!pid.trimmed().isEmpty())
                pids.append(pid.trimmed());
        }
    }
    return pids;
}

qint64 toMs(const timeval &time)
{
    return qint64(time.tv_sec) * 1000 + time.tv_usec / 1000;
}

} // namespace

ResourceSampler::ResourceSampler(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(SampleIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ResourceSampler::sample);
}

void ResourceSampler::start()
{
    m_peaks = {};
    // "5" resets VmHWM to the current RSS (Linux 4.0+); where it is refused, samples alone count.
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    m_highWaterReset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
    sample();
    m_timer.start();
}

ResourceSampler::Peaks ResourceSampler::stop()
{
    sample();
    m_timer.stop();
    if (m_highWaterReset) {
        const qint64 highWater = statusField(readProcFile(QStringLiteral("/proc/self/status")), "VmHWM:");
        m_peaks.memoryKiB = std::max(m_peaks.memoryKiB, highWater);
    }
    return m_peaks;
}

void ResourceSampler::sample()
{
    const QByteArray self = readProcFile(QStringLiteral("/proc/self/status"));
    qint64 threads = statusField(self, "Threads:");
    qint64 memory = statusField(self, "VmRSS:");
    const QList<QByteArray> children = childPids();
    for (const QByteArray &pid : children) {
        const QByteArray status = readProcFile(QStringLiteral("/proc/%1/status").arg(QLatin1String(pid)));
        threads += statusField(status, "Threads:");
        memory += statusField(status, "VmRSS:");
    }
    m_peaks.threads = std::max(m_peaks.threads, int(threads));
    m_peaks.processes = std::max(m_peaks.processes, 1 + int(children.size()));
    m_peaks.memoryKiB = std::max(m_peaks.memoryKiB, memory);
}

qint64 ResourceSampler::cpuTimeMs()
{
    rusage self {};
    rusage children {};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    return toMs(self.ru_utime) + toMs(self.ru_stime) + toMs(children.ru_utime) + toMs(children.ru_stime);
}
