#pragma once

#include <QString>

/**
 * The journal's lock: `<journal>.lock`, held with flock() for as long as this object lives. The
 * kernel releases it when the process ends, however it ends, so a lock left by a killed HelloQueue
 * is free at once, and a pid written in the file never decides: pids are reused, also by other
 * HelloQueue processes (a worker process, a second window), which hold nothing. The file names its
 * holder's pid only to say who holds it; it outlives its holder, so that every HelloQueue locks the
 * same file.
 */
class JournalLock
{
public:
    enum class Result { Taken, Held, Failed };

    explicit JournalLock(const QString &path);
    ~JournalLock(); ///< releases the lock; the file stays (see the destructor)
    JournalLock(const JournalLock &) = delete;
    JournalLock &operator=(const JournalLock &) = delete;

    /** Tries once, without waiting. */
    Result take();
    /** Held: the pid the holder wrote (0 when it cannot be read). */
    qint64 holderPid() const { return m_holderPid; }

private:
    QString m_path;
    int m_fd = -1;
    qint64 m_holderPid = 0;
};
