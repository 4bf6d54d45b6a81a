#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

/**
 * One word of memory shared by ProcessRunner and one worker process: the id of the job offered to
 * the worker to start as soon as its current job ends, without waiting for the parent to hear of
 * that end and answer (the round trip costs more than a zero-second job). Both sides clear the
 * word with a compare-and-swap, so exactly one of them wins: the worker when it starts the job
 * (take), or the parent when it wants the job back, for a pause, a cancel or another worker
 * (withdraw). The parent learns at once, without a round trip, whether the job has started.
 * Lives in a memfd the parent creates and the child inherits across exec (Linux).
 */
class NextJobSlot
{
public:
    /** The parent's side: a new slot, empty; null if the system gives no shared memory. */
    static std::unique_ptr<NextJobSlot> create();
    /** The child's side: the slot the parent created, by the descriptor it passed; null if it fails. */
    static std::unique_ptr<NextJobSlot> attach(int fd);
    ~NextJobSlot();
    NextJobSlot(const NextJobSlot &) = delete;
    NextJobSlot &operator=(const NextJobSlot &) = delete;

    /** Parent: the descriptor the child inherits (close-on-exec cleared in the child only). */
    int fd() const { return m_fd; }
    /** Parent: once the child has started, the descriptor is not needed; the mapping stays. */
    void closeFd();

    /** Parent: true when no job is on offer (the worker took the last one, or it was withdrawn). */
    bool isEmpty() const { return m_word->load() == 0; }
    /** Parent: offers job @p id; only when isEmpty(). */
    void offer(quint64 id) { m_word->store(id); }
    /** Parent: takes job @p id back; false if the worker has already started it. */
    bool withdraw(quint64 id) { return clear(id); }
    /** Child: claims job @p id to start it now; false if the parent took it back. */
    bool take(quint64 id) { return clear(id); }

private:
    NextJobSlot(int fd, std::atomic<quint64> *word) : m_fd(fd), m_word(word) { }
    bool clear(quint64 id)
    {
        quint64 expected = id;
        return m_word->compare_exchange_strong(expected, 0);
    }

    int m_fd;
    std::atomic<quint64> *m_word;
};
