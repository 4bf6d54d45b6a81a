#pragma once

#include <QObject>
#include <QTimer>

/**
 * Samples what this process and its live children hold: threads, processes and resident memory,
 * every SampleIntervalMs on the thread that owns it (a sampler thread would count itself). At
 * start it resets the kernel's high-water mark of this process's memory (VmHWM, through
 * /proc/self/clear_refs), so a spike between two samples is still seen; children are sampled only.
 */
class ResourceSampler : public QObject
{
    Q_OBJECT
public:
    /** The highest values seen since start(). */
    struct Peaks
    {
        int threads = 0;
        int processes = 0;
        qint64 memoryKiB = 0;
    };

    static constexpr int SampleIntervalMs = 10;

    explicit ResourceSampler(QObject *parent = nullptr);

    void start();
    /** Takes a last sample, stops, and returns the peaks. */
    Peaks stop();
    /** User + system time of this process and its reaped children (getrusage), in ms. */
    static qint64 cpuTimeMs();

private:
    void sample();

    QTimer m_timer;
    Peaks m_peaks;
    bool m_highWaterReset = false;
};
