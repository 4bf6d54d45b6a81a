#pragma once

#include "engine/task.h"

#include <cstddef>
#include <deque>
#include <memory>

/**
 * TaskQueue's tasks by position: added at the back, dropped from the front, never moved, so a
 * reference to a task stays valid while it is kept. They live in chunks of ChunkSize: a
 * std::deque<Task> allocates a block per four tasks (512 bytes), a quarter of a million
 * allocations for a million pasted numbers.
 */
class TaskStore
{
public:
    static constexpr size_t ChunkSize = 1024;

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    Task &operator[](size_t index) { return at(index); }
    const Task &operator[](size_t index) const { return const_cast<TaskStore *>(this)->at(index); }
    /** A new default Task at the back. */
    Task &emplaceBack();
    /** Drops the first @p count tasks. */
    void dropFront(size_t count);

private:
    Task &at(size_t index)
    {
        const size_t position = m_front + index;
        return m_chunks[position / ChunkSize][position % ChunkSize];
    }

    std::deque<std::unique_ptr<Task[]>> m_chunks;
    size_t m_front = 0; ///< the first task's place in the first chunk
    size_t m_size = 0;
};
