#include "engine/workerprotocol.h"

namespace {

QByteArray line(const char *verb, quint64 id, const QByteArray &rest = {})
{
    QByteArray out(verb);
    out += ' ' + QByteArray::number(id);
    if (!rest.isEmpty())
        out += ' ' + rest;
    return out + '\n';
}

QByteArray encode(const QString &text)
{
    // An empty text still needs a field; a lone "%" is the encoding of no text (a real "%" is "%25").
    return text.isEmpty() ? QByteArrayLiteral("%") : text.toUtf8().toPercentEncoding();
}

QString decode(const QByteArray &field)
{
    return field == "%" ? QString() : QString::fromUtf8(QByteArray::fromPercentEncoding(field));
}

WorkerMessage::Verb verbOf(const QByteArray &word)
{
    using Verb = WorkerMessage::Verb;
    static const std::pair<const char *, Verb> verbs[] = {{"run", Verb::Run}, {"next", Verb::Next},
        {"cancel", Verb::Cancel}, {"started", Verb::Started}, {"progress", Verb::Progress},
        {"done", Verb::Done}, {"cancelled", Verb::Cancelled}, {"failed", Verb::Failed}};
    for (const auto &[name, verb] : verbs) {
        if (word == name)
            return verb;
    }
    return Verb::Invalid;
}

QByteArray workWord(WorkKind work)
{
    return work == WorkKind::Compute ? QByteArrayLiteral("compute") : QByteArrayLiteral("wait");
}

/** The last four fields of `run` and `next`: NUMBER MS WORK DIR; false when one does not parse. */
bool parseJob(const QList<QByteArray> &fields, WorkerMessage &message)
{
    const qsizetype at = fields.size() - 4;
    bool numberOk = false;
    bool durationOk = false;
    message.number = fields[at].toInt(&numberOk);
    message.durationMs = fields[at + 1].toLongLong(&durationOk);
    const QByteArray &work = fields[at + 2];
    const bool workOk = work == workWord(WorkKind::Wait) || work == workWord(WorkKind::Compute);
    message.work = work == workWord(WorkKind::Compute) ? WorkKind::Compute : WorkKind::Wait;
    message.text = decode(fields[at + 3]);
    return numberOk && durationOk && workOk && message.number >= 0 && message.durationMs >= 0;
}

/** `VERB ID [OFFER] NUMBER MS WORK DIR`: a job, to start now (`run`) or when offered (`next`). */
QByteArray jobLine(const char *verb, const TaskJob &job, const QByteArray &offer = {})
{
    return line(verb, job.id,
        offer + QByteArray::number(job.number) + ' ' + QByteArray::number(qint64(job.duration.count())) + ' '
            + workWord(job.work) + ' ' + encode(job.outputDirectory));
}

} // namespace

QByteArray WorkerProtocol::run(const TaskJob &job)
{
    return jobLine("run", job);
}

QByteArray WorkerProtocol::next(const TaskJob &job, quint32 offer)
{
    return jobLine("next", job, QByteArray::number(offer) + ' ');
}

QByteArray WorkerProtocol::started(quint64 id, qint64 atNs)
{
    return line("started", id, QByteArray::number(atNs));
}

QByteArray WorkerProtocol::progress(quint64 id, qint64 workDoneMs)
{
    return line("progress", id, QByteArray::number(workDoneMs));
}

QByteArray WorkerProtocol::cancel(quint64 id)
{
    return line("cancel", id);
}

QByteArray WorkerProtocol::done(quint64 id, qint64 atNs)
{
    return line("done", id, QByteArray::number(atNs));
}

QByteArray WorkerProtocol::cancelled(quint64 id, qint64 atNs)
{
    return line("cancelled", id, QByteArray::number(atNs));
}

QByteArray WorkerProtocol::failed(quint64 id, const TaskFailure &failure, qint64 atNs)
{
    // As data, like every reason: the parent words it, in the language shown when it is shown.
    return line("failed", id,
        QByteArray::number(int(failure.kind())) + ' ' + QByteArray::number(failure.code()) + ' '
            + encode(failure.path()) + ' ' + QByteArray::number(atNs));
}

WorkerMessage WorkerProtocol::parse(const QByteArray &text)
{
    const QList<QByteArray> fields = text.split(' ');
    WorkerMessage message;
    using Verb = WorkerMessage::Verb;
    bool ok = fields.size() >= 2;
    message.verb = ok ? verbOf(fields[0]) : Verb::Invalid;
    message.id = ok ? fields[1].toULongLong(&ok) : 0;
    const bool isJob = message.verb == Verb::Run || message.verb == Verb::Next;
    const bool isDated = message.verb == Verb::Done || message.verb == Verb::Cancelled
        || message.verb == Verb::Failed || message.verb == Verb::Started;
    const qsizetype wanted = message.verb == Verb::Next ? 7
        : isJob                                         ? 6
        : message.verb == Verb::Failed                  ? 6
        : message.verb == Verb::Progress || isDated     ? 3
                                                        : 2;
    if (!ok || message.id == 0 || fields.size() != wanted)
        return {};
    if (isDated) {
        message.atNs = fields.last().toLongLong(&ok);
        if (!ok || message.atNs < 0)
            return {};
    }
    if (isJob) {
        bool offerOk = true;
        if (message.verb == Verb::Next)
            message.offer = fields[2].toUInt(&offerOk);
        if (!offerOk || !parseJob(fields, message))
            return {};
    } else if (message.verb == Verb::Progress) {
        message.workDoneMs = fields[2].toLongLong(&ok);
        if (!ok || message.workDoneMs < 0)
            return {};
    } else if (message.verb == Verb::Failed) {
        bool kindOk = false;
        bool codeOk = false;
        const int kind = fields[2].toInt(&kindOk);
        const int code = fields[3].toInt(&codeOk);
        if (!kindOk || !codeOk || kind <= 0)
            return {};
        message.failure = TaskFailure::fromStored(kind, code, decode(fields[4]), {});
    }
    return message;
}

QList<QByteArray> WorkerProtocol::takeLines(QByteArray &buffer)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n', start)) {
        lines.append(buffer.mid(start, end - start));
        start = end + 1;
    }
    buffer.remove(0, start);
    return lines;
}
