#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

/**
 * The jobs ProcessRunner offers one worker process ahead, to start one after another as each job
 * ends, without waiting for the parent to hear of that end and answer (the round trip costs more
 * than a zero-second job). Offers are numbered; one word of memory shared by the two processes
 * holds the range still open, [next, end). The worker takes the offer numbered `next` when its job
 * ends; the parent adds offers at `end`, and withdraws every open one at once (a pause, a cancel,
 * another worker) by closing the range: next = end. Both sides change the word by compare-and-swap
 * only, so for each offer exactly one of them wins, and the parent knows at once, without asking
 * the worker, which offers have started: those numbered below `next`. Numbers are never reused;
 * they wrap at 2^32, and only differences of them are compared. Lives in a memfd the parent
 * creates and the child inherits across exec (Linux).
 */
class JobOffers
{
public:
    /** The parent's side: none offered yet; null if the system gives no shared memory. */
    static std::unique_ptr<JobOffers> create();
    /** The child's side, by the descriptor the parent passed; null if it cannot be mapped. */
    static std::unique_ptr<JobOffers> attach(int fd);
    ~JobOffers();
    JobOffers(const JobOffers &) = delete;
    JobOffers &operator=(const JobOffers &) = delete;

    /** Parent: the descriptor the child inherits (close-on-exec cleared in the child only). */
    int fd() const { return m_fd; }
    /** Parent: once the child has started, the descriptor is not needed; the mapping stays. */
    void closeFd();

    /** Parent: opens one more offer and returns its number. */
    quint32 add();
    /** Parent: takes back every open offer; returns the first number not taken (all before it were). */
    quint32 withdrawAll();
    /** Parent: whether the worker has taken offer @p number (one not withdrawn). */
    bool taken(quint32 number) const { return qint32(number - next(m_word->load())) < 0; }
    /** Child: claims offer @p number to start it now; false if the parent took it back. */
    bool take(quint32 number);

private:
    JobOffers(int fd, std::atomic<quint64> *word) : m_fd(fd), m_word(word) { }
    static quint32 next(quint64 word) { return quint32(word >> 32); }
    static quint32 end(quint64 word) { return quint32(word); }
    static quint64 pack(quint32 next, quint32 end) { return quint64(next) << 32 | end; }

    int m_fd;
    std::atomic<quint64> *m_word;
};
