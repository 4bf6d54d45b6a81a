#include "compare/comparerun.h"

#include "engine/taskqueue.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

QList<RunMode> CompareRun::allModes()
{
    return {RunMode::Processes, RunMode::Threads, RunMode::Events}; // the lesson's order
}

CompareRun::CompareRun(QObject *parent) : QObject(parent) { }

// The queue is declared after the folder: it stops its tasks before their folder goes.
CompareRun::~CompareRun() = default;

void CompareRun::setWorkers(int workers)
{
    m_workers = std::clamp(workers, 1, MaximumWorkers);
}

QString CompareRun::folder() const
{
    return m_folder ? m_folder->path() : QString();
}

bool CompareRun::start()
{
    if (m_running)
        return false;
    m_error.clear();
    if (m_numbers.isEmpty() || m_modes.isEmpty()) {
        m_error = tr("Nothing to compare: give at least one number.");
        return false;
    }
    m_results.clear();
    m_running = true;
    m_stopping = false;
    startMode();
    return true;
}

void CompareRun::stop()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    if (m_queue && !m_modeEnding)
        m_queue->stopNow(); // finished() follows once nothing runs
}

void CompareRun::startMode()
{
    const int index = int(m_results.size());
    const RunMode mode = m_modes.at(index);
    m_folder = std::make_unique<QTemporaryDir>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("helloqueue-compare-XXXXXX")));
    if (!m_folder->isValid()) {
        m_error = tr("Cannot make a temporary folder for the comparison: %1").arg(m_folder->errorString());
        m_folder.reset();
        end(true);
        return;
    }
    emit progress(index + 1, int(m_modes.size()), mode);
    m_queue = std::make_unique<TaskQueue>();
    configure(*m_queue);
    m_queue->setMode(mode);
    connect(m_queue.get(), &TaskQueue::drained, this, &CompareRun::onModeEnded);
    connect(m_queue.get(), &TaskQueue::finished, this, &CompareRun::onModeEnded);
    m_modeEnding = false;
    m_sampler.start();
    m_cpuAtStart = ResourceSampler::cpuTimeMs();
    m_startMs = m_queue->nowMs();
    m_wall.start();
    m_queue->enqueue(m_numbers);
}

void CompareRun::configure(TaskQueue &queue) const
{
    queue.setOutputDirectory(m_folder->path());
    queue.setWorkers(m_workers);
    queue.setSecondLength(m_secondLength);
    queue.setWork(m_work);
}

void CompareRun::onModeEnded()
{
    if (m_modeEnding)
        return;
    m_modeEnding = true;
    m_wallMs = m_wall.elapsed();
    m_endMs = m_queue->nowMs();
    // Not here: this runs inside the queue's own signal, and finishing destroys the queue.
    QTimer::singleShot(0, this, &CompareRun::finishMode);
}

void CompareRun::finishMode()
{
    const ResourceSampler::Peaks peaks = m_sampler.stop();
    CompareResult result = collect(peaks);
    // Destroyed before CPU time is read: its threads are joined and any child process reaped, so
    // RUSAGE_CHILDREN holds what the children spent.
    m_queue.reset();
    result.cpuMs = ResourceSampler::cpuTimeMs() - m_cpuAtStart;
    m_results.append(std::move(result));
    emit modeFinished(int(m_results.size()) - 1);
    m_folder.reset(); // removes the folder and its files
    if (m_stopping || m_results.size() == m_modes.size())
        end(m_stopping);
    else
        startMode();
}

CompareResult CompareRun::collect(ResourceSampler::Peaks peaks) const
{
    CompareResult result;
    result.mode = m_modes.at(int(m_results.size()));
    result.workers = m_workers;
    result.wallMs = m_wallMs;
    result.startMs = m_startMs;
    result.endMs = m_endMs;
    result.peakThreads = peaks.threads;
    result.peakProcesses = peaks.processes;
    result.peakMemoryKiB = peaks.memoryKiB;
    result.complete = m_queue->unfinished() == 0 && !m_stopping;
    result.tasks.reserve(size_t(m_queue->size()));
    for (quint64 id = m_queue->firstId(); id <= m_queue->lastId(); ++id) {
        Task task = m_queue->task(id);
        if (!isFinal(task.state)) { // left queued by Stop: drawn as cancelled before it started
            task.state = TaskState::Cancelled;
            task.finishedMs = m_endMs;
        }
        if (task.state == TaskState::Failed && result.failed++ == 0)
            result.firstError = task.failure;
        result.tasks.push_back(std::move(task));
    }
    return result;
}

void CompareRun::end(bool stopped)
{
    m_running = false;
    m_stopping = false;
    emit finished(stopped);
}
