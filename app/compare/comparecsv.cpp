#include "compare/comparecsv.h"

#include <QString>

namespace {

const char *modeKey(RunMode mode)
{
    switch (mode) {
    case RunMode::Threads:
        return "threads";
    case RunMode::Events:
        return "events";
    case RunMode::Processes:
        return "processes";
    }
    return "";
}

QByteArray secondsText(qint64 ms)
{
    return QByteArray::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace

QByteArray CompareCsv::text(const QList<CompareResult> &results)
{
    QByteArray csv = "mode,workers,tasks,failed,complete,total_s,cpu_s,peak_threads,peak_processes,"
                     "peak_memory_kib\r\n";
    for (const CompareResult &r : results) {
        const QList<QByteArray> fields {modeKey(r.mode), QByteArray::number(r.workers),
            QByteArray::number(qulonglong(r.tasks.size())), QByteArray::number(r.failed),
            r.complete ? "yes" : "no", secondsText(r.wallMs), secondsText(r.cpuMs),
            QByteArray::number(r.peakThreads), QByteArray::number(r.peakProcesses),
            QByteArray::number(r.peakMemoryKiB)};
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}
