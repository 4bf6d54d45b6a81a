#include "engine/processrunner.h"
#include "engine/taskprogress.h"
#include "engine/taskqueue.h"
#include "engine/taskwriter.h"
#include "fakeclock.h"
#include "fakejournal.h"
#include "taskfailuretext.h"
#include "testdir.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unordered_map>

using std::chrono::milliseconds;

/*
 * A model-based test of the engine: a seeded generator drives TaskQueue through random sequences
 * of every public operation, interleaved with real time passing, and after each step checks the
 * queue against a small reference model. Durations are 0-12 ms: the runners really wait (on the
 * monotonic clock), so short durations make thousands of steps quick while the operations still
 * land while tasks run. A seed replays the same operations; thread timing may differ.
 */
namespace {

/** What the reference model knows of one task, and what was seen of it. */
struct Expected
{
    int number = 0;
    qint64 durationMs = 0;
    bool badFolder = false; ///< queued while the output folder was a file: must fail
    quint64 retriedAs = 0;
    TaskState seen = TaskState::Queued;
    qint64 startMs = 0; ///< as seen when it started (a stop resets the task's own)
    qint64 endMs = 0;
    int starts = 0;
    WorkKind work = WorkKind::Wait; ///< the queue's choice when it was accepted (a retry: the original's)
};

/** A task the queue is expected to accept. */
struct NewTask
{
    int number;
    qint64 durationMs;
    WorkKind work;
};

/** Workers = value from `from` (read before the call) on; the old value holds until `settled`. */
struct WorkersChange
{
    qint64 from;
    qint64 settled;
    int value;
};

/** A task for the reference schedule: what it still needs, and whether it computes. */
struct Planned
{
    qint64 ms;
    bool computing;
};

/**
 * The FIFO schedule simulated in time, independently of FifoSchedule. Computing tasks need a core:
 * with @p blocksLoop (the event loop) nothing starts while one computes; otherwise (threads) they
 * share min(cores, workers) cores, so the makespan is at least their work over that.
 */
qint64 referenceMakespan(const std::vector<Planned> &running, const std::vector<Planned> &queued, int workers,
    int cores, bool blocksLoop)
{
    qint64 t = 0;
    qint64 makespan = 0;
    qint64 loopFreeAt = 0;
    qint64 work = 0;
    std::vector<qint64> ends;
    for (const Planned &r : running) {
        ends.push_back(std::max<qint64>(r.ms, 0));
        makespan = std::max(makespan, ends.back());
        work += r.computing ? ends.back() : 0;
        loopFreeAt = std::max(loopFreeAt, r.computing && blocksLoop ? ends.back() : 0);
    }
    for (size_t next = 0; next < queued.size();) {
        const auto busy = std::count_if(ends.begin(), ends.end(), [t](qint64 e) { return e > t; });
        if (busy < workers && t >= loopFreeAt) {
            const Planned &q = queued[next++];
            ends.push_back(t + q.ms);
            makespan = std::max(makespan, t + q.ms);
            work += q.computing ? q.ms : 0;
            loopFreeAt = q.computing && blocksLoop ? t + q.ms : loopFreeAt;
            continue;
        }
        if (busy < workers) {
            t = loopFreeAt;
            continue;
        }
        qint64 nextEnd = std::numeric_limits<qint64>::max();
        for (qint64 e : ends)
            nextEnd = e > t ? std::min(nextEnd, e) : nextEnd;
        t = nextEnd;
    }
    return blocksLoop ? makespan : std::max(makespan, work / std::min(cores, workers));
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

/** One random sequence: its queue (a new one after each stop and restore), model and checks. */
class ModelRun : public QObject
{
public:
    ModelRun(quint32 seed, const QString &root) : m_random(seed), m_root(root)
    {
        QDir(root).mkpath(QStringLiteral("out"));
        QFile file(badFolder());
        file.open(QIODevice::WriteOnly); // a file where a folder should be: every write fails
        newQueue(1);
        m_queue->setMode(RunMode(m_random.bounded(RunModeCount)));
    }

    bool run(int steps)
    {
        for (m_step = 0; m_step < steps && m_problem.isEmpty(); ++m_step) {
            randomOperation();
            checkStep();
        }
        if (m_problem.isEmpty()) {
            m_operation = "end";
            endLife(false);
        }
        return m_problem.isEmpty();
    }
    QString problem() const
    {
        return QStringLiteral("step %1 (%2): %3").arg(m_step).arg(QLatin1String(m_operation), m_problem);
    }
    int tasks() const { return int(m_expected.size()); }

private:
    QString goodFolder() const { return m_root + QStringLiteral("/out"); }
    QString badFolder() const { return m_root + QStringLiteral("/a-file"); }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }
    void expect(bool condition, const QString &problem)
    {
        if (!condition)
            fail(problem);
    }

    void newQueue(quint64 firstId)
    {
        m_queue = std::make_unique<TaskQueue>();
        m_queue->setClock(m_clock);
        m_queue->setJournal(&m_journal);
        m_queue->setFirstId(firstId);
        m_queue->setSecondLength(milliseconds(0)); // list enqueues: zero-second floods
        m_queue->setOutputDirectory(goodFolder());
        m_queue->setWorkers(m_workers);
        m_lifeFirstId = firstId;
        m_bad = m_finishing = m_paused = false;
        m_pausedSince = -1;
        m_changes = {{0, std::numeric_limits<qint64>::max(), m_workers}};
        connect(m_queue.get(), &TaskQueue::taskChanged, this, &ModelRun::observe);
    }

    void randomOperation()
    {
        const quint32 op = m_random.bounded(100);
        static constexpr std::pair<quint32, const char *> Names[]
            = {{22, "enqueue"}, {25, "enqueue many"}, {37, "cancel"}, {45, "retry"}, {50, "pause"},
                {56, "resume"}, {65, "workers"}, {72, "mode"}, {75, "folder"}, {76, "finish"},
                {78, "stop and restore"}, {80, "journal fails"}, {84, "work"}, {100, "wait"}};
        m_operation
            = std::find_if(std::begin(Names), std::end(Names), [op](auto n) { return op < n.first; })->second;
        if (op < 22)
            enqueueOne();
        else if (op < 25)
            enqueueFlood();
        else if (op < 37)
            cancelSome();
        else if (op < 45)
            retrySome();
        else if (op < 50)
            pause();
        else if (op < 56)
            resume();
        else if (op < 65)
            setWorkers(m_random.bounded(8) == 0 ? int(m_random.bounded(1, 65)) : int(m_random.bounded(1, 5)));
        else if (op < 72)
            m_queue->setMode(
                RunMode((int(m_queue->mode()) + 1 + int(m_random.bounded(RunModeCount - 1))) % RunModeCount));
        else if (op < 75)
            m_queue->setOutputDirectory((m_bad = !m_bad) ? badFolder() : goodFolder());
        else if (op < 76)
            finish();
        else if (op < 78)
            stopAndRestore();
        else if (op < 80)
            m_journal.failNextAdd = true;
        else if (op < 84)
            m_queue->setWork(m_queue->work() == WorkKind::Wait ? WorkKind::Compute : WorkKind::Wait);
        else
            QTest::qWait(int(m_random.bounded(9)));
    }

    void accepted(quint64 first, const std::vector<NewTask> &tasks)
    {
        // Callers pass no tasks when the queue must refuse (finishing, or the journal failing).
        const quint64 expectedFirst = m_queue->firstId() + quint64(m_queue->size()) - tasks.size();
        if (tasks.empty()) {
            expect(first == 0, QStringLiteral("a refused enqueue returned %1").arg(first));
            return;
        }
        expect(first == expectedFirst,
            QStringLiteral("enqueue returned %1, not %2").arg(first).arg(expectedFirst));
        for (size_t i = 0; i < tasks.size(); ++i)
            m_expected[first + i] = Expected {
                tasks[i].number, tasks[i].durationMs, m_bad, 0, TaskState::Queued, 0, 0, 0, tasks[i].work};
    }

    void enqueueOne()
    {
        const int number = m_nextNumber++;
        const qint64 duration = m_random.bounded(13);
        const bool willRefuse = m_finishing || m_journal.failNextAdd;
        const quint64 first = m_queue->enqueue(number, milliseconds(duration));
        accepted(first,
            willRefuse ? std::vector<NewTask> {}
                       : std::vector<NewTask> {{number, duration, m_queue->work()}});
    }

    void enqueueFlood()
    {
        QList<int> numbers;
        std::vector<NewTask> tasks;
        for (int i = int(m_random.bounded(10, 120)); i > 0; --i) {
            numbers.append(m_nextNumber);
            tasks.push_back({m_nextNumber++, 0, m_queue->work()});
        }
        if (m_finishing || m_journal.failNextAdd)
            tasks.clear();
        accepted(m_queue->enqueue(numbers), tasks);
    }

    QList<quint64> randomIds()
    {
        QList<quint64> ids;
        const quint64 span = quint64(m_queue->size()) + 2; // and ids that do not exist
        for (int i = int(m_random.bounded(1, 4)); i > 0; --i)
            ids.append(m_queue->firstId() + m_random.bounded(span) - 1);
        return ids;
    }

    void cancelSome() { m_queue->cancel(randomIds()); }

    void retrySome()
    {
        const QList<quint64> ids = randomIds();
        std::vector<quint64> originals;
        std::vector<NewTask> copies;
        for (quint64 id : ids) {
            if (!m_queue->contains(id)
                || std::find(originals.begin(), originals.end(), id) != originals.end())
                continue;
            const TaskState state = m_queue->task(id).state;
            if ((state == TaskState::Failed || state == TaskState::Cancelled)
                && m_expected[id].retriedAs == 0) {
                originals.push_back(id);
                copies.push_back({m_expected[id].number, m_expected[id].durationMs, m_expected[id].work});
            }
        }
        if (m_finishing || m_journal.failNextAdd)
            copies.clear();
        const quint64 first = m_queue->retry(ids);
        accepted(first, copies);
        for (size_t i = 0; i < copies.size() && first != 0; ++i) {
            m_expected[originals[i]].retriedAs = first + i;
            expect(m_queue->task(originals[i]).retriedAs == first + i,
                QStringLiteral("task %1 not marked as retried").arg(originals[i]));
        }
    }

    void pause()
    {
        m_queue->pause();
        if (!m_finishing && !m_paused) {
            m_paused = true;
            m_pausedSince = m_clock.nowMs();
        }
    }
    void resume()
    {
        m_queue->resume();
        m_paused = false;
        m_pausedSince = -1;
    }
    void finish()
    {
        m_queue->finish();
        m_finishing = true;
        m_paused = false;
        m_pausedSince = -1;
    }

    void setWorkers(int count)
    {
        const qint64 from = m_clock.nowMs();
        m_queue->setWorkers(count);
        m_changes.back().settled = m_clock.nowMs();
        m_changes.push_back({from, std::numeric_limits<qint64>::max(), count});
        m_workers = count;
    }

    void observe(quint64 id)
    {
        Expected &e = m_expected[id];
        const Task &t = m_queue->task(id);
        expect(t.work == e.work, QStringLiteral("task %1 changed its work kind").arg(id));
        if (isFinal(e.seen) && t.state != e.seen)
            fail(QStringLiteral("task %1 left its final state %2 for %3")
                     .arg(id)
                     .arg(int(e.seen))
                     .arg(int(t.state)));
        if (t.state == TaskState::Running && e.seen != TaskState::Running) {
            e.startMs = t.startedMs;
            expect(++e.starts == 1, QStringLiteral("task %1 started twice").arg(id));
            expect(m_pausedSince < 0 || t.startedMs <= m_pausedSince,
                QStringLiteral("task %1 started while paused").arg(id));
        }
        if (e.seen == TaskState::Running && t.state != TaskState::Running)
            e.endMs = t.finishedMs != 0 ? t.finishedMs : m_clock.nowMs();
        if (t.state == TaskState::Done && e.seen != TaskState::Done) {
            // Exact bytes; then the file goes, so a second write of it would show at the end.
            const QString path = TaskWriter::filePath(goodFolder(), t.number);
            expect(!e.badFolder, QStringLiteral("task %1 wrote into a file").arg(id));
            expect(readFile(path) == TaskWriter::contents(t.number),
                QStringLiteral("task %1: wrong file").arg(id));
            QFile::remove(path);
        }
        if (t.state == TaskState::Failed)
            expect(e.badFolder && t.failure.kind() == TaskFailure::Kind::FolderIsFile,
                QStringLiteral("task %1 failed: %2").arg(id).arg(TaskFailureText::describe(t.failure)));
        e.seen = t.state;
    }

    void checkStep()
    {
        int counted = 0;
        for (int s = 0; s < TaskStateCount; ++s)
            counted += m_queue->count(TaskState(s));
        expect(counted == m_queue->size(), QStringLiteral("the counts do not add up"));
        // The journal agrees with the queue: every task added once, each final state once.
        for (quint64 id = m_lifeFirstId; id <= m_queue->lastId() && m_problem.isEmpty(); ++id) {
            const Task &t = m_queue->task(id);
            const FakeJournal::Entry &entry = m_journal.entries[id];
            expect(m_journal.addCounts.value(id) == 1 && entry.added.number == t.number
                    && entry.added.duration == t.duration && entry.added.work == t.work,
                QStringLiteral("task %1 not in the journal as queued").arg(id));
            expect(isFinal(t.state) ? entry.finished == QList<TaskState> {t.state} : entry.finished.isEmpty(),
                QStringLiteral("task %1: the journal has %2 final states")
                    .arg(id)
                    .arg(entry.finished.size()));
        }
        checkEstimate();
    }

    void checkEstimate()
    {
        m_clock.freeze();
        const qint64 now = m_clock.nowMs();
        std::vector<Planned> running;
        std::vector<Planned> queued;
        for (quint64 id = m_queue->oldestUnfinishedId(); id <= m_queue->lastId() && m_queue->contains(id);
             ++id) {
            const Task &t = m_queue->task(id);
            const bool computing = t.work == WorkKind::Compute;
            // A computing task's end is projected from its CPU share (TaskProgress, tested alone).
            if (t.state == TaskState::Running)
                running.push_back({TaskProgress::remainingMs(t, now), computing});
            else if (t.state == TaskState::Queued)
                queued.push_back({t.duration.count(), computing});
        }
        const qint64 estimate = m_queue->remainingTime().count();
        const qint64 reference = referenceMakespan(
            running, queued, m_queue->workers(), m_queue->cores(), m_queue->mode() == RunMode::Events);
        m_clock.thaw();
        expect(estimate == reference,
            QStringLiteral("estimate %1 ms, reference %2 ms").arg(estimate).arg(reference));
    }

    bool waitFinished()
    {
        finish();
        return QTest::qWaitFor([this] { return m_queue->state() == TaskQueue::State::Finished; }, 30000);
    }

    /** Workers in effect at @p ms (either value while a change was settling). */
    int limitAt(qint64 ms) const
    {
        int limit = 0;
        for (const WorkersChange &c : m_changes) {
            if (c.from <= ms && c.settled >= ms - 1)
                limit = std::max(limit, c.value);
        }
        return limit;
    }

    void checkLife(bool stopped)
    {
        std::vector<quint64> started;
        for (quint64 id = m_lifeFirstId; id <= m_queue->lastId(); ++id) {
            const Expected &e = m_expected[id];
            expect(isFinal(e.seen) || (stopped && e.seen == TaskState::Queued),
                QStringLiteral("task %1 ended %2").arg(id).arg(int(e.seen)));
            if (e.starts > 0)
                started.push_back(id);
        }
        for (size_t i = 1; i < started.size(); ++i) {
            expect(m_expected[started[i]].startMs >= m_expected[started[i - 1]].startMs,
                QStringLiteral("task %1 started before task %2").arg(started[i]).arg(started[i - 1]));
        }
        for (quint64 id : started) {
            const qint64 at = m_expected[id].startMs;
            const auto overlap = std::count_if(started.begin(), started.end(), [this, at](quint64 other) {
                return m_expected[other].startMs <= at && m_expected[other].endMs > at;
            });
            if (overlap > limitAt(at) && qEnvironmentVariableIsSet("HELLOQUEUE_TRACE")) {
                for (quint64 other : started) {
                    const Expected &o = m_expected[other];
                    if (o.startMs <= at && o.endMs > at)
                        qInfo("task %llu mode %d start %lld end %lld state %d", other,
                            int(m_queue->task(other).mode), o.startMs, o.endMs, int(o.seen));
                }
                for (const WorkersChange &c : m_changes)
                    qInfo("workers %d from %lld settled %lld", c.value, c.from, c.settled);
            }
            expect(overlap <= limitAt(at),
                QStringLiteral("%1 running at once when task %2 started, Workers %3")
                    .arg(overlap)
                    .arg(id)
                    .arg(limitAt(at)));
        }
        checkLoopComputesAlone(started);
        const QStringList left = QDir(goodFolder()).entryList(QDir::Files | QDir::Hidden);
        expect(left.isEmpty(),
            QStringLiteral("files written twice or by unfinished tasks: %1")
                .arg(left.join(QLatin1Char(' '))));
    }

    /** The event loop computes one task at a time: no two computing tasks there ever overlap. */
    void checkLoopComputesAlone(const std::vector<quint64> &started)
    {
        std::vector<quint64> computing;
        for (quint64 id : started) {
            const Task &t = m_queue->task(id);
            if (t.work == WorkKind::Compute && t.mode == RunMode::Events && t.duration.count() > 0)
                computing.push_back(id);
        }
        for (size_t i = 1; i < computing.size(); ++i) {
            const Expected &before = m_expected[computing[i - 1]];
            expect(m_expected[computing[i]].startMs >= before.endMs,
                QStringLiteral("tasks %1 and %2 computed at once on the event loop")
                    .arg(computing[i - 1])
                    .arg(computing[i]));
        }
    }

    void endLife(bool stopped)
    {
        if (!waitFinished())
            return fail(QStringLiteral("the queue never finished"));
        checkStep();
        checkLife(stopped);
    }

    void stopAndRestore()
    {
        m_queue->stopNow();
        endLife(true);
        // A restart offers what the journal has unfinished: exactly the queue's unfinished tasks.
        const QList<Task> offered = m_journal.unfinished();
        QList<quint64> unfinished;
        for (quint64 id = m_lifeFirstId; id <= m_queue->lastId(); ++id) {
            if (!isFinal(m_queue->task(id).state))
                unfinished.append(id);
        }
        QList<quint64> offeredIds;
        for (const Task &t : offered)
            offeredIds.append(t.id);
        expect(offeredIds == unfinished, QStringLiteral("the journal offers other tasks than those left"));
        const std::unique_ptr<TaskQueue> old = std::move(m_queue);
        newQueue(old->lastId() + 1);
        m_journal.failNextAdd = false; // a journal failing during restore is the restorer's business
        for (const Task &t : offered) {
            m_journal.entries[t.id].restored = true;
            accepted(
                m_queue->enqueue(t.number, t.duration, t.work), {{t.number, t.duration.count(), t.work}});
        }
    }

    FakeClock m_clock; // outlives the queue
    FakeJournal m_journal;
    QRandomGenerator m_random;
    QString m_root;
    std::unique_ptr<TaskQueue> m_queue;
    std::unordered_map<quint64, Expected> m_expected;
    std::vector<WorkersChange> m_changes;
    QString m_problem;
    const char *m_operation = "end";
    quint64 m_lifeFirstId = 1;
    qint64 m_pausedSince = -1;
    int m_step = 0;
    int m_nextNumber = 1;
    int m_workers = 1;
    bool m_bad = false;
    bool m_finishing = false;
    bool m_paused = false;
};

class tst_TaskQueueModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ProcessRunner::setWorkerProgram(QStringLiteral(HQ_WORKER_BINARY)); }
    void randomSequences();
};

void tst_TaskQueueModel::randomSequences()
{
    // HELLOQUEUE_SEED replays a failing seed; HELLOQUEUE_SEQUENCES sets how many (CI: a fixed few).
    const int sequences = envInt("HELLOQUEUE_SEQUENCES", 25);
    const int steps = envInt("HELLOQUEUE_STEPS", 80);
    const quint32 firstSeed = quint32(envInt("HELLOQUEUE_SEED", 1));
    qint64 tasks = 0;
    for (int i = 0; i < sequences; ++i) {
        const quint32 seed = firstSeed + quint32(i);
        QTemporaryDir root(ramFolderTemplate("hq-model"));
        QVERIFY(root.isValid());
        ModelRun run(seed, root.path());
        if (!run.run(steps)) {
            QFAIL(qPrintable(QStringLiteral("seed %1, %2\nreplay: HELLOQUEUE_SEED=%1 HELLOQUEUE_SEQUENCES=1")
                                 .arg(seed)
                                 .arg(run.problem())));
        }
        tasks += run.tasks();
    }
    qInfo("%d sequences of %d steps from seed %u: %lld tasks", sequences, steps, firstSeed, tasks);
}

QTEST_GUILESS_MAIN(tst_TaskQueueModel)
#include "tst_taskqueuemodel.moc"
