#include "engine/taskstore.h"

#include <algorithm>

Task &TaskStore::emplaceBack()
{
    const size_t position = m_front + m_size;
    if (position / ChunkSize == m_chunks.size())
        m_chunks.push_back(std::make_unique<Task[]>(ChunkSize));
    ++m_size;
    return at(m_size - 1);
}

void TaskStore::dropFront(size_t count)
{
    count = std::min(count, m_size);
    for (size_t i = 0; i < count; ++i)
        at(i) = Task(); // what it holds (its folder's name, a failure) goes now
    m_front += count;
    m_size -= count;
    while (m_front >= ChunkSize) {
        m_chunks.pop_front();
        m_front -= ChunkSize;
    }
}
