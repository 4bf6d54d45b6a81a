#include "journal/journallock.h"

#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

JournalLock::JournalLock(const QString &path) : m_path(path) { }

JournalLock::~JournalLock()
{
    // The file stays: removed, it could be held by a process that opened it just before (its
    // flock() then succeeds on a file no longer there) while a third creates a new one and takes
    // that too. One file for good, so two holders can never be.
    if (m_fd >= 0)
        ::close(m_fd);
}

JournalLock::Result JournalLock::take()
{
    const QByteArray path = QFile::encodeName(m_path);
    // O_CLOEXEC: a worker process started later must not inherit (and outlive us holding) it.
    m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return Result::Failed; // the caller probes the folder to say why
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK)
            return Result::Failed;
        char buffer[64] = {};
        const ssize_t n = ::pread(m_fd, buffer, sizeof buffer - 1, 0);
        m_holderPid = n > 0 ? QByteArray(buffer, int(n)).split('\n').value(0).toLongLong() : 0;
        ::close(m_fd);
        m_fd = -1;
        return Result::Held;
    }
    // Ours now. The same three lines as QLockFile (pid, program, host), for a person who looks.
    const QByteArray info = QByteArray::number(qint64(::getpid())) + "\nhelloqueue\n"
        + QSysInfo::machineHostName().toUtf8() + '\n';
    // Written over, then cut to length: a file cut to nothing and written again is flushed to the
    // disk when it closes (ext4's auto_da_alloc, a guard for files replaced that way).
    if (::pwrite(m_fd, info.constData(), size_t(info.size()), 0) != info.size()
        || ::ftruncate(m_fd, info.size()) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return Result::Failed;
    }
    return Result::Taken;
}
