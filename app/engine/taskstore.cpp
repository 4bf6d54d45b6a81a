#include "engine/taskstore.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <new>

namespace {

/** A ChunkBytes block aligned to ChunkBytes (a huge page can back it only then); zero-filled. */
Task *mapChunk(bool huge)
{
    const size_t span = 2 * TaskStore::ChunkBytes;
    void *mapped = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        throw std::bad_alloc();
    const auto begin = reinterpret_cast<uintptr_t>(mapped);
    const uintptr_t aligned = (begin + TaskStore::ChunkBytes - 1) & ~(TaskStore::ChunkBytes - 1);
    const uintptr_t alignedEnd = aligned + TaskStore::ChunkBytes;
    if (aligned > begin)
        munmap(mapped, aligned - begin);
    if (begin + span > alignedEnd)
        munmap(reinterpret_cast<void *>(alignedEnd), begin + span - alignedEnd);
    // Advice only: without it (or where the system refuses) the block is what the system's setting
    // makes it, 4 KiB pages on Debian's default.
    if (huge)
        madvise(reinterpret_cast<void *>(aligned), TaskStore::ChunkBytes, MADV_HUGEPAGE);
    return reinterpret_cast<Task *>(aligned);
}

void unmapChunk(Task *chunk)
{
    munmap(chunk, TaskStore::ChunkBytes);
}

} // namespace

TaskStore::~TaskStore()
{
    dropStaged();
    dropFront(m_size);
    for (Task *chunk : m_chunks)
        unmapChunk(chunk);
}

Task &TaskStore::emplaceBack()
{
    dropStaged();
    stageBack();
    publish(1);
    return at(m_size - 1);
}

Task &TaskStore::stageBack()
{
    const size_t position = m_front + m_size + m_staged;
    if (position / ChunkSize == m_chunks.size())
        m_chunks.push_back(mapChunk(false));
    Task *task = new (&m_chunks[position / ChunkSize][position % ChunkSize]) Task();
    ++m_staged;
    return *task;
}

void TaskStore::publish(size_t count)
{
    count = std::min(count, m_staged);
    m_size += count;
    m_staged -= count;
}

void TaskStore::dropStaged()
{
    for (size_t i = m_size; i < m_size + m_staged; ++i)
        std::destroy_at(&at(i));
    m_staged = 0;
}

void TaskStore::expect(size_t count)
{
    const size_t begin = m_front + m_size + m_staged;
    const size_t end = begin + count;
    while (m_chunks.size() * ChunkSize < end) {
        const size_t first = m_chunks.size() * ChunkSize;
        m_chunks.push_back(mapChunk(first >= begin && first + ChunkSize <= end));
    }
}

void TaskStore::dropFront(size_t count)
{
    count = std::min(count, m_size);
    for (size_t i = 0; i < count; ++i)
        std::destroy_at(&at(i)); // what it holds (its folder's name, a failure) goes now
    m_front += count;
    m_size -= count;
    while (m_front >= ChunkSize) {
        unmapChunk(m_chunks.front());
        m_chunks.pop_front();
        m_front -= ChunkSize;
    }
}
