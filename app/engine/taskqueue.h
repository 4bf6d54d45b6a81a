#pragma once

#include "engine/fifoschedule.h"
#include "engine/task.h"
#include "engine/taskclock.h"
#include "engine/taskstore.h"

#include <QList>
#include <QObject>

#include <algorithm>
#include <array>
#include <chrono>
#include <memory>
#include <vector>

class TaskJournal;
class TaskRunner;

/**
 * The engine: owns every task accepted in this run, the FIFO, the task state machine and the
 * app's state. Lives on the GUI thread; runners do the waiting and writing and report back.
 * Task ids are consecutive, so the FIFO is simply "Queued tasks in id order".
 */
class TaskQueue : public QObject
{
    Q_OBJECT
public:
    /** The app's state: Idle (nothing to do), Running, Paused, Finishing, Finished. */
    enum class State { Idle, Running, Paused, Finishing, Finished };
    Q_ENUM(State)

    explicit TaskQueue(QObject *parent = nullptr);
    ~TaskQueue() override;

    void setOutputDirectory(const QString &directory);
    QString outputDirectory() const { return m_outputDirectory; }
    /** 1 to 64; takes effect at once (raising starts queued tasks, lowering lets running ones end). */
    void setWorkers(int count);
    int workers() const { return m_workers; }
    /** Applies to tasks that start afterwards. */
    void setMode(RunMode mode);
    RunMode mode() const { return m_mode; }
    /** What the tasks accepted afterwards spend their seconds on (a task keeps its own). */
    void setWork(WorkKind work) { m_work = work; }
    WorkKind work() const { return m_work; }
    /** How many computing tasks can make progress at once in Threads mode (the machine's cores). */
    void setCores(int cores) { m_cores = std::max(1, cores); }
    int cores() const { return m_cores; }
    /** How long "one second" lasts; tests shorten it. */
    void setSecondLength(std::chrono::milliseconds length) { m_secondLength = length; }
    std::chrono::milliseconds secondLength() const { return m_secondLength; }
    /** The clock of every time in the tasks; tests inject one. Not owned. Before the first task. */
    void setClock(const TaskClock &clock);
    /** Now, on the clock of Task::startedMs and Task::finishedMs. */
    qint64 nowMs() const { return m_clock->nowMs(); }
    /** Optional; not owned. Set before the first task. */
    void setJournal(TaskJournal *journal) { m_journal = journal; }
    /** The id of the next task; lets a journal keep ids unique across runs. Before the first task. */
    void setFirstId(quint64 id);

    /** Enqueues numbers of seconds. Returns the first new id, or 0 when nothing was accepted. */
    quint64 enqueue(const QList<int> &numbers);
    /** The same, of @p work (the window's numbers, of the work chosen when they were entered). */
    quint64 enqueue(const QList<int> &numbers, WorkKind work);
    /**
     * Builds the tasks of @p numbers, ids from @p firstId, in the current folder, ahead of their
     * enqueue: the window calls it while the journal records them, so that a million tasks are
     * built then, not on the way to showing them. They are not queued, shown or counted until
     * enqueuePrepared(). Does nothing when @p firstId does not follow the tasks there are.
     */
    void prepare(quint64 firstId, const QList<int> &numbers, WorkKind work);
    /**
     * Queues the next @p count prepared tasks, the first of them @p firstId. Returns it, or 0 when
     * they are not prepared (another add came between, or the queue is finishing): then nothing
     * prepared is kept, and the numbers go through enqueue().
     */
    quint64 enqueuePrepared(quint64 firstId, qsizetype count);
    /** Forgets every prepared task (their numbers could not be recorded). */
    void dropPrepared();
    /** Enqueues one task with an explicit duration (tests, restore), of the current work(). */
    quint64 enqueue(int number, std::chrono::milliseconds duration);
    /** Enqueues one task with an explicit duration and work kind (restore). */
    quint64 enqueue(int number, std::chrono::milliseconds duration, WorkKind work);
    void cancel(const QList<quint64> &ids);
    /**
     * Failed and Cancelled tasks not retried yet go to the back as new Queued tasks (each
     * original then names its copy in Task::retriedAs); returns the first new id, or 0.
     */
    quint64 retry(const QList<quint64> &ids);
    /** Whether retry() would copy @p task: it failed or was cancelled, and has no copy yet. */
    static bool canRetry(const Task &task)
    {
        return (task.state == TaskState::Failed || task.state == TaskState::Cancelled) && task.retriedAs == 0;
    }
    void pause();
    void resume();
    /** Accepts no more tasks; emits finished() once every task has reached a final state. */
    void finish();
    /** Interrupts running tasks, starts nothing more; unfinished tasks stay Queued (kept). */
    void stopNow();

    State state() const { return m_state; }
    bool contains(quint64 id) const;
    const Task &task(quint64 id) const;
    quint64 firstId() const { return m_firstId; }
    quint64 lastId() const { return m_firstId + m_tasks.size() - 1; }
    qsizetype size() const { return qsizetype(m_tasks.size()); }
    int count(TaskState state) const { return m_counts[size_t(state)]; }
    int unfinished() const { return count(TaskState::Queued) + count(TaskState::Running); }
    /** Every task with a smaller id has reached a final state. */
    quint64 oldestUnfinishedId() const { return m_oldestUnfinished; }
    /**
     * Time until every unfinished task is done: the FIFO schedule over the current workers, with
     * computing tasks sharing the cores (Threads) or one after another (Event loop).
     */
    std::chrono::milliseconds remainingTime() const;
    /** An empty schedule with this queue's workers, cores and mode: add tasks to plan them. */
    FifoSchedule emptySchedule() const;
    /** The path of a task's file. */
    QString filePath(const Task &task) const;
    /**
     * Forgets the finished tasks below oldestUnfinishedId(), for a caller that keeps no list of
     * them (the console): firstId() moves up, counts stay. Not from a slot of taskChanged().
     * Returns how many were dropped.
     */
    qsizetype dropFinished();

signals:
    void tasksAdded(quint64 firstId, int count);
    void taskChanged(quint64 id);
    void stateChanged(TaskQueue::State state);
    /** The last unfinished task ended (once per drain). */
    void drained();
    /** After finish() or stopNow(): nothing runs any more. */
    void finished();
    /** A problem not tied to one task (e.g. the journal could not record). Translated. */
    void errorOccurred(const QString &message);

private:
    /** What one runner holds: handed over but not started, and running. */
    struct RunnerLoad
    {
        int unstarted = 0;
        int running = 0;
    };
    struct NewTask
    {
        int number;
        std::chrono::milliseconds duration;
        WorkKind work;
    };

    Task &taskRef(quint64 id) { return m_tasks[size_t(id - m_firstId)]; }
    TaskRunner *runner(RunMode mode) const;
    RunnerLoad &load(RunMode mode) { return m_loads[size_t(mode)]; }
    quint64 append(const std::vector<NewTask> &tasks);
    /** Appends @p count tasks, the i-th described by taskAt(i): built in place, not copied. */
    template<typename TaskAt> quint64 append(size_t count, const TaskAt &taskAt);
    void fill(Task &task, quint64 id, const NewTask &described) const;
    /** The tasks are in the store: count, show and dispatch them. */
    void added(quint64 first, size_t count);
    void onRunnerEvents(RunMode mode, const QList<TaskEvent> &events);
    void apply(RunMode mode, const TaskEvent &event);
    void setTaskState(Task &task, TaskState state);
    void dispatch();
    void reclaimUnstarted(RunMode mode);
    void reclaimAllUnstarted();
    void updateState();

    TaskStore m_tasks;
    std::array<int, TaskStateCount> m_counts {};
    std::array<RunnerLoad, RunModeCount> m_loads {};
    std::array<std::unique_ptr<TaskRunner>, RunModeCount> m_runners; ///< by RunMode
    const TaskClock *m_clock = &TaskClock::system();
    TaskJournal *m_journal = nullptr;
    QString m_outputDirectory;
    quint64 m_firstId = 1;
    quint64 m_cursor = 1; ///< no Queued task below it waits to be handed to a runner
    quint64 m_oldestUnfinished = 1; ///< every task below it is final
    std::chrono::milliseconds m_secondLength {1000};
    int m_workers = 1;
    RunMode m_mode = RunMode::Threads;
    WorkKind m_work = WorkKind::Wait;
    int m_cores = 1;
    State m_state = State::Idle;
    bool m_paused = false;
    bool m_finishing = false;
    bool m_stopping = false;
};
