#include "engine/joboffers.h"

#include <new>

#include <sys/mman.h>
#include <unistd.h>

// Shared between two processes: the atomic must not hide a lock inside one of them.
static_assert(std::atomic<quint64>::is_always_lock_free);

namespace {

std::atomic<quint64> *map(int fd)
{
    void *memory = ::mmap(nullptr, sizeof(std::atomic<quint64>), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    return memory == MAP_FAILED ? nullptr : static_cast<std::atomic<quint64> *>(memory);
}

} // namespace

std::unique_ptr<JobOffers> JobOffers::create()
{
    const int fd = ::memfd_create("helloqueue-job-offers", MFD_CLOEXEC);
    if (fd < 0)
        return nullptr;
    std::atomic<quint64> *word = nullptr;
    if (::ftruncate(fd, sizeof(std::atomic<quint64>)) == 0)
        word = map(fd);
    if (!word) {
        ::close(fd);
        return nullptr;
    }
    new (word) std::atomic<quint64>(0); // the memfd starts zeroed; this makes it an object
    return std::unique_ptr<JobOffers>(new JobOffers(fd, word));
}

std::unique_ptr<JobOffers> JobOffers::attach(int fd)
{
    std::atomic<quint64> *word = fd >= 0 ? map(fd) : nullptr;
    if (fd >= 0)
        ::close(fd);
    return word ? std::unique_ptr<JobOffers>(new JobOffers(-1, word)) : nullptr;
}

JobOffers::~JobOffers()
{
    closeFd();
    ::munmap(m_word, sizeof(std::atomic<quint64>));
}

void JobOffers::closeFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

quint32 JobOffers::add()
{
    quint64 word = m_word->load();
    while (!m_word->compare_exchange_weak(word, pack(next(word), end(word) + 1))) { }
    return end(word);
}

quint32 JobOffers::withdrawAll()
{
    quint64 word = m_word->load();
    while (!m_word->compare_exchange_weak(word, pack(end(word), end(word)))) { }
    return next(word);
}

bool JobOffers::take(quint32 number)
{
    quint64 word = m_word->load();
    // The worker takes offers in order: the one it asks for is `next`, unless withdrawn.
    while (next(word) == number && end(word) != number) {
        if (m_word->compare_exchange_weak(word, pack(number + 1, end(word))))
            return true;
    }
    return false;
}
