#include "engine/threadpoolrunner.h"

#include "engine/computework.h"
#include "engine/foldersyncbatch.h"
#include "engine/taskwriter.h"

#include <algorithm>

namespace {

constexpr size_t LowWater = 32;
constexpr qsizetype MaxBatch = 256;
constexpr std::chrono::milliseconds MaxBatchAge {16};

} // namespace

ThreadPoolRunner::ThreadPoolRunner(QObject *parent, std::chrono::milliseconds threadExpiry)
    : TaskRunner(parent), m_workerBusy(MaximumWorkers + 1, false)
{
    m_pool.setExpiryTimeout(int(threadExpiry.count()));
    m_pool.setMaxThreadCount(MaximumWorkers);
    m_pool.setObjectName(QStringLiteral("HelloQueue workers"));
}

ThreadPoolRunner::~ThreadPoolRunner()
{
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_shuttingDown = true;
        m_waiting.clear();
        for (Slot *slot : m_running)
            slot->cancelled = true;
        m_wake.notify_all();
        // Wait on our own condition variable, not only on the pool: the last touch of our members
        // then happens-before their destruction in a way ThreadSanitizer can see.
        m_loopsDone.wait(lock, [this] { return m_loops == 0; });
    }
    m_pool.waitForDone();
}

void ThreadPoolRunner::setConcurrency(int count)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_concurrency = std::clamp(count, 0, MaximumWorkers);
    spawnLoops(lock);
}

void ThreadPoolRunner::submit(const QList<TaskJob> &jobs)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_waiting.insert(m_waiting.end(), jobs.begin(), jobs.end());
    spawnLoops(lock);
}

void ThreadPoolRunner::spawnLoops(std::unique_lock<std::mutex> &lock)
{
    Q_UNUSED(lock);
    const int wanted = std::min<int>(m_concurrency, int(m_running.size() + m_waiting.size()));
    // While a flood lasts, the loop that writes it starts the others when it ends (workLoop()).
    while (m_loops < wanted && !m_shuttingDown && !m_flooding) {
        ++m_loops;
        m_pool.start([this] { workLoop(); });
    }
}

QList<quint64> ThreadPoolRunner::takeUnstarted()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_waiting.takeIds();
}

void ThreadPoolRunner::cancel(quint64 id)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_waiting.remove(id)) {
        lock.unlock();
        report({id, clock().nowMs(), {}, -1, TaskEvent::Kind::Finished, TaskState::Cancelled});
        return;
    }
    for (Slot *slot : m_running) {
        if (slot->id == id)
            slot->cancelled = true;
    }
    lock.unlock();
    m_wake.notify_all();
}

void ThreadPoolRunner::cancelAll()
{
    std::deque<TaskJob> dropped;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        dropped.swap(m_waiting);
        for (Slot *slot : m_running)
            slot->cancelled = true;
    }
    m_wake.notify_all();
    const qint64 now = clock().nowMs();
    for (const TaskJob &job : dropped)
        report({job.id, now, {}, -1, TaskEvent::Kind::Finished, TaskState::Cancelled});
}

void ThreadPoolRunner::workLoop()
{
    // Events are handed over in batches: before any real wait (so the list shows Running at
    // once), when the batch is large or old, when few jobs are left, and when the loop ends.
    // A flood of zero-second tasks then costs one wake-up of the GUI thread, and one sync of the
    // output folder, per batch.
    Outbox outbox;
    QList<TaskEvent> &batch = outbox.events;
    auto lastHandOver = std::chrono::steady_clock::now();
    std::unique_lock<std::mutex> lock(m_mutex);
    const auto canRun
        = [this] { return !m_shuttingDown && !m_waiting.empty() && int(m_running.size()) < m_concurrency; };
    bool flooding = false; // this loop writes the flood (see isFlood())
    while (canRun()) {
        const auto now = std::chrono::steady_clock::now();
        if (m_waiting.front().duration.count() > 0 || m_waiting.size() <= LowWater || batch.size() >= MaxBatch
            || now - lastHandOver > MaxBatchAge) {
            // Before the next job is taken: the hand-over may let go of the lock, and a job
            // taken but not yet running could not be cancelled meanwhile.
            handOver(lock, outbox);
            lastHandOver = now;
            if (!canRun())
                break;
        }
        const bool flood = isFlood(m_waiting.front());
        if (flood && m_flooding && !flooding)
            break; // another loop writes the flood: this thread would only contend with it
        if (flood != flooding) {
            flooding = m_flooding = flood;
            if (!flood)
                spawnLoops(lock); // loops that left the flood to this one run beside it again
        }
        const TaskJob job = std::move(m_waiting.front());
        m_waiting.pop_front();
        runOne(lock, job, outbox);
    }
    if (flooding)
        m_flooding = false;
    handOver(lock, outbox);
    if (--m_loops == 0)
        m_loopsDone.notify_all();
}

bool ThreadPoolRunner::isFlood(const TaskJob &job)
{
    // Files written into a folder in RAM are the kernel's work alone, under the folder's lock:
    // two threads writing there contend for it and burn more CPU than they save (two workers
    // wrote 100 000 files 1.07-1.10x slower than one, by bench.py). On a disk, files are synced,
    // and threads that wait for syncs together do gain.
    return job.duration.count() == 0 && TaskWriter::knownInRam(job.outputDirectory);
}

void ThreadPoolRunner::handOver(std::unique_lock<std::mutex> &lock, Outbox &outbox)
{
    // Done once the new names survive a power cut. The sync runs without the lock: on a slow disk
    // it takes as long as the disk wants, and the GUI thread takes the lock to submit and cancel.
    if (outbox.folders.pending()) {
        lock.unlock();
        outbox.folders.flush(outbox.events);
        lock.lock();
    }
    report(outbox.events);
}

void ThreadPoolRunner::runOne(std::unique_lock<std::mutex> &lock, const TaskJob &job, Outbox &outbox)
{
    QList<TaskEvent> &batch = outbox.events;
    Slot slot {job.id, false, takeFreeWorker()};
    m_running.push_back(&slot);
    const qint16 worker = slot.worker;
    batch.append({job.id, clock().nowMs(), {}, worker, TaskEvent::Kind::Started, TaskState::Running});
    if (job.duration.count() > 0) {
        const auto deadline = std::chrono::steady_clock::now() + job.duration;
        handOver(lock, outbox); // the job is in m_running: a cancel meanwhile is seen by the wait
        if (job.work == WorkKind::Compute)
            compute(lock, job, slot);
        else // the wait: no thread spins, and a cancel wakes it at once
            m_wake.wait_until(lock, deadline, [&slot] { return slot.cancelled.load(); });
    }
    const bool cancelled = slot.cancelled;
    lock.unlock();

    TaskEvent done {job.id, 0, {}, worker, TaskEvent::Kind::Finished, TaskState::Cancelled};
    if (!cancelled) {
        done.failure = TaskWriter::write(job.outputDirectory, job.number, TaskWriter::FolderSync::Later);
        done.state = done.failure.isNone() ? TaskState::Done : TaskState::Failed;
        if (done.failure.isNone())
            outbox.folders.add(job.id, job.outputDirectory);
    }
    done.timeMs = clock().nowMs();
    batch.append(std::move(done));

    lock.lock();
    m_workerBusy[size_t(worker)] = false;
    m_running.erase(std::find(m_running.begin(), m_running.end(), &slot));
}

void ThreadPoolRunner::compute(std::unique_lock<std::mutex> &lock, const TaskJob &job, const Slot &slot)
{
    lock.unlock();
    ComputeWork::run(job.duration, slot.cancelled, [this, &job, &slot](std::chrono::milliseconds done) {
        report({job.id, clock().nowMs(), {}, slot.worker, TaskEvent::Kind::Progress, TaskState::Running, 0,
            qint32(done.count())});
    });
    lock.lock();
}

qint16 ThreadPoolRunner::takeFreeWorker()
{
    // The lowest free number, like TimerRunner's lanes: OS threads come and go (the pool retires
    // idle ones), but the list and the timeline show "worker k of N". Called with m_mutex held.
    for (size_t worker = 1; worker < m_workerBusy.size(); ++worker) {
        if (!m_workerBusy[worker]) {
            m_workerBusy[worker] = true;
            return qint16(worker);
        }
    }
    Q_UNREACHABLE(); // never more running jobs than MaximumWorkers
    return qint16(MaximumWorkers);
}
