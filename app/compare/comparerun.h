#pragma once

#include "compare/compareresult.h"
#include "compare/resourcesampler.h"
#include "engine/task.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <chrono>
#include <memory>

class QTemporaryDir;
class TaskQueue;

/**
 * Runs the same numbers through several modes, one after another, and measures each: wall time,
 * CPU time, peak threads, processes and memory (ResourceSampler), and every task's start, end and
 * worker. Each mode gets its own TaskQueue (no journal) writing into its own temporary folder,
 * removed when the mode ends. Everything happens on the caller's thread through signals: the
 * window stays responsive while it runs.
 */
class CompareRun : public QObject
{
    Q_OBJECT
public:
    /** The modes a comparison runs by default, in order (one line per mode). */
    static QList<RunMode> allModes();
    /** What a comparison runs when given no numbers or workers: enough to overlap, quick. */
    static QList<int> defaultNumbers() { return {1, 1, 1, 1}; }
    static constexpr int DefaultWorkers = 4;

    explicit CompareRun(QObject *parent = nullptr);
    ~CompareRun() override;

    void setNumbers(const QList<int> &numbers) { m_numbers = numbers; }
    QList<int> numbers() const { return m_numbers; }
    void setWorkers(int workers);
    int workers() const { return m_workers; }
    void setModes(const QList<RunMode> &modes) { m_modes = modes; }
    QList<RunMode> modes() const { return m_modes; }
    void setWork(WorkKind work) { m_work = work; }
    WorkKind work() const { return m_work; }
    /** How long "one second" lasts; tests shorten it. */
    void setSecondLength(std::chrono::milliseconds length) { m_secondLength = length; }

    /** Starts the first mode; false (and errorString()) when there is nothing to run. */
    bool start();
    /** Interrupts the running mode and runs no other; finished() follows. */
    void stop();
    bool isRunning() const { return m_running; }
    /** The modes run so far, in order. */
    const QList<CompareResult> &results() const { return m_results; }
    /** Where the running mode writes its files (empty between modes). */
    QString folder() const;
    /** Why start() refused, translated. */
    QString errorString() const { return m_error; }

signals:
    /** Mode @p index (from 1) of @p count starts. */
    void progress(int index, int count, RunMode mode);
    /** results().last() is complete; its files are still in folder() until this returns. */
    void modeFinished(int index);
    /** Every mode ran, or the run stopped (@p stopped), or a folder could not be made (errorString()). */
    void finished(bool stopped);

private:
    void startMode();
    void configure(TaskQueue &queue) const;
    void onModeEnded();
    void finishMode();
    CompareResult collect(ResourceSampler::Peaks peaks) const;
    void end(bool stopped);

    QList<int> m_numbers;
    QList<RunMode> m_modes = allModes();
    QList<CompareResult> m_results;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<TaskQueue> m_queue;
    ResourceSampler m_sampler;
    QElapsedTimer m_wall;
    QString m_error;
    std::chrono::milliseconds m_secondLength {1000};
    qint64 m_cpuAtStart = 0;
    qint64 m_wallMs = 0;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    int m_workers = DefaultWorkers;
    WorkKind m_work = WorkKind::Wait;
    bool m_running = false;
    bool m_stopping = false;
    bool m_modeEnding = false; ///< the mode's end is noted; finishMode() is queued
};
