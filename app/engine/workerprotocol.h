#pragma once

#include "engine/task.h"
#include "engine/taskfailure.h"

#include <QByteArray>
#include <QList>
#include <QString>

/** One line of the worker protocol, parsed. */
struct WorkerMessage
{
    enum class Verb : quint8 { Invalid, Run, Cancel, Done, Cancelled, Failed };
    Verb verb = Verb::Invalid;
    quint64 id = 0;
    int number = 0;
    qint64 durationMs = 0;
    QString language; ///< Run: the parent's language (the child words nothing today: reasons go back as data)
    QString text; ///< Run: the output folder
    TaskFailure failure; ///< Failed: why, as data (kind, errno, path)
};

/**
 * The line protocol between HelloQueue and its worker processes (`helloqueue --worker`), over
 * the child's standard input and output. Parent to child: `run ID NUMBER MS LANG DIR` and
 * `cancel ID`; child to parent: `done ID`, `cancelled ID`, `failed ID KIND CODE PATH` (one line per job: the
 * parent counts a job started when it sends it).
 * Texts are percent-encoded UTF-8, so a folder or reason with spaces or new lines stays one field.
 */
class WorkerProtocol
{
public:
    static QByteArray run(const TaskJob &job, const QString &language);
    static QByteArray cancel(quint64 id);
    static QByteArray done(quint64 id);
    static QByteArray cancelled(quint64 id);
    static QByteArray failed(quint64 id, const TaskFailure &failure);
    static WorkerMessage parse(const QByteArray &line);
    /** Removes the complete lines from the front of @p buffer and returns them, without '\n'. */
    static QList<QByteArray> takeLines(QByteArray &buffer);
};
