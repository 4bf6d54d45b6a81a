#pragma once

#include "engine/task.h"

#include <algorithm>
#include <cstddef>
#include <deque>

/**
 * TaskQueue's tasks by position: added at the back, dropped from the front, never moved, so a
 * reference to a task stays valid while it is kept.
 *
 * They live in chunks, each a 2 MiB block of its own mapped from the system and filled as tasks
 * arrive: a std::deque<Task> allocated a block per four tasks (a quarter of a million
 * allocations for a million pasted numbers), and a million tasks on 4 KiB pages cost 27 000 page
 * faults. A chunk that an announced add (expect()) fills wholly asks for one huge page
 * (MADV_HUGEPAGE; the system may say no): a million pasted tasks fault 54 times, while a short
 * queue, and the chunk a queue is filling, keep to the 4 KiB pages they touch.
 */
class TaskStore
{
public:
    static constexpr size_t ChunkBytes = 2048 * 1024;
    static constexpr size_t ChunkSize = ChunkBytes / sizeof(Task);
    static_assert(ChunkSize >= 1024, "a chunk holds many tasks");

    TaskStore() = default;
    TaskStore(const TaskStore &) = delete;
    TaskStore &operator=(const TaskStore &) = delete;
    ~TaskStore();

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    Task &operator[](size_t index) { return at(index); }
    const Task &operator[](size_t index) const { return const_cast<TaskStore *>(this)->at(index); }
    /** A new default Task at the back. Drops the staged tasks, if any. */
    Task &emplaceBack();

    /**
     * A new default Task after the back, not yet in the store: counted by staged(), not by size(),
     * until publish(). Lets a queue build tasks while their numbers are being recorded elsewhere.
     */
    Task &stageBack();
    size_t staged() const { return m_staged; }
    /** The first @p count staged tasks join the store at its back (count <= staged()). */
    void publish(size_t count);
    /** Destroys every staged task. */
    void dropStaged();
    /**
     * @p count tasks are about to be added (or staged): maps the chunks they need, asking for a
     * huge page for each one they fill wholly.
     */
    void expect(size_t count);
    /** Drops the first @p count tasks. */
    void dropFront(size_t count);

    /**
     * Calls @p visit with each task from position @p from on, in order, while it returns true:
     * a walk over a million tasks without a division per task.
     */
    template<typename Visit> void walk(size_t from, Visit visit) const
    {
        for (size_t position = m_front + from, end = m_front + m_size; position < end;) {
            const Task *chunk = m_chunks[position / ChunkSize];
            const size_t stop = std::min(end, (position / ChunkSize + 1) * ChunkSize);
            for (; position < stop; ++position) {
                if (!visit(chunk[position % ChunkSize]))
                    return;
            }
        }
    }

private:
    Task &at(size_t index)
    {
        const size_t position = m_front + index;
        return m_chunks[position / ChunkSize][position % ChunkSize];
    }

    std::deque<Task *> m_chunks; ///< each a ChunkBytes block; tasks from m_front on, staged ones too
    size_t m_front = 0; ///< the first task's place in the first chunk
    size_t m_size = 0;
    size_t m_staged = 0; ///< built after the back: [m_front + m_size, + m_staged)
};
