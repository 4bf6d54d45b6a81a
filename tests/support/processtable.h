#pragma once
// What a test needs to know about other processes, read from /proc: who is whose child, and
// whether a process still runs (a zombie does not: it only waits to be reaped).

#include <QDir>
#include <QFile>
#include <QList>

namespace ProcessTable {

/** The state letter and the parent of @p pid from /proc/PID/stat; false when it is gone. */
inline bool stat(qint64 pid, char *state, qint64 *parent)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    // "pid (comm) S ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (close < 0 || fields.size() < 2)
        return false;
    *state = fields[0].isEmpty() ? '?' : fields[0][0];
    *parent = fields[1].toLongLong();
    return true;
}

/** Whether @p pid runs: it exists and is no zombie. */
inline bool runs(qint64 pid)
{
    char state = 0;
    qint64 parent = 0;
    return pid > 0 && stat(pid, &state, &parent) && state != 'Z' && state != 'X';
}

/** The running children of @p parentPid. */
inline QList<qint64> childrenOf(qint64 parentPid)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        char state = 0;
        qint64 parent = 0;
        if (ok && stat(pid, &state, &parent) && parent == parentPid && state != 'Z' && state != 'X')
            children.append(pid);
    }
    return children;
}

} // namespace ProcessTable
