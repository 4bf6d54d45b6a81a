#pragma once

#include "engine/task.h"
#include "engine/taskfailure.h"

#include <QByteArray>
#include <QList>
#include <QString>

/** One line of the worker protocol, parsed. */
struct WorkerMessage
{
    enum class Verb : quint8 { Invalid, Run, Next, Cancel, Started, Progress, Done, Cancelled, Failed };
    Verb verb = Verb::Invalid;
    quint64 id = 0;
    quint32 offer = 0; ///< Next: the offer's number in JobOffers
    int number = 0;
    qint64 durationMs = 0; ///< Run, Next: how long to wait, or how much CPU time to compute
    WorkKind work = WorkKind::Wait; ///< Run, Next
    qint64 workDoneMs = 0; ///< Progress: the CPU time the job has computed so far
    qint64 atNs = 0; ///< Done, Cancelled, Failed, Started: when, on the child's steady clock
    QString text; ///< Run, Next: the output folder
    TaskFailure failure; ///< Failed: why, as data (kind, errno, path)
};

/**
 * The line protocol between HelloQueue and its worker processes (`helloqueue --worker`), over
 * the child's standard input and output. Parent to child: `run ID NUMBER MS WORK DIR` (WORK is
 * `wait` or `compute`; start it now), `next ID OFFER NUMBER MS WORK DIR` (start it after the
 * current job and the offers before it, if JobOffers still holds offer OFFER open) and `cancel ID`;
 * child to parent: `done ID AT`, `cancelled ID AT`, `failed ID KIND CODE PATH AT` (one of them per
 * job), `started ID AT` (an offer taken while idle; one taken as a job ended shows in JobOffers
 * instead), and for a computing job `progress ID MS` about every ComputeWork::ProgressInterval. AT
 * is when it happened, in ns of the steady clock, which both processes share: a job taken ahead
 * started when the one before ended, which the parent may hear of much later.
 * The child words nothing: a failure goes back as data, and the parent words it when shown.
 * Texts are percent-encoded UTF-8, so a folder or reason with spaces or new lines stays one field.
 */
class WorkerProtocol
{
public:
    static QByteArray run(const TaskJob &job);
    static QByteArray next(const TaskJob &job, quint32 offer);
    static QByteArray started(quint64 id, qint64 atNs);
    static QByteArray cancel(quint64 id);
    static QByteArray progress(quint64 id, qint64 workDoneMs);
    static QByteArray done(quint64 id, qint64 atNs);
    static QByteArray cancelled(quint64 id, qint64 atNs);
    static QByteArray failed(quint64 id, const TaskFailure &failure, qint64 atNs);
    static WorkerMessage parse(const QByteArray &line);
    /** Removes the complete lines from the front of @p buffer and returns them, without '\n'. */
    static QList<QByteArray> takeLines(QByteArray &buffer);
};
