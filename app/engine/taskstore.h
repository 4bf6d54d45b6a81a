#pragma once

#include "engine/task.h"

#include <algorithm>
#include <cstddef>
#include <deque>

/**
 * TaskQueue's tasks by position: added at the back, dropped from the front, never moved, so a
 * reference to a task stays valid while it is kept.
 *
 * They live in chunks of ChunkSize, each in a 2 MiB block of its own, mapped from the system and
 * filled as tasks arrive: a std::deque<Task> allocated a block per four tasks (a quarter of a
 * million allocations for a million pasted numbers), and a million tasks on 4 KiB pages cost
 * 27 000 page faults, most of a paste's time after parsing. Every chunk after the first asks for
 * one huge page (MADV_HUGEPAGE; the system may say no), so a long queue faults once per 2 MiB,
 * while a short one keeps to the 4 KiB pages it touches.
 */
class TaskStore
{
public:
    static constexpr size_t ChunkBytes = size_t(2) << 20;
    static constexpr size_t ChunkSize = 16384;
    static_assert(ChunkSize * sizeof(Task) <= ChunkBytes, "a chunk of tasks fits its block");

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
