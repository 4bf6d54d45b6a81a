#include "journal/journalmarker.h"

#include <QFile>
#include <QList>

QString JournalMarker::pathFor(const QString &journalPath)
{
    return journalPath + QStringLiteral(".marker");
}

JournalMarker JournalMarker::read(const QString &journalPath)
{
    QFile file(pathFor(journalPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.read(256).trimmed().split(' ');
    JournalMarker marker;
    bool ok[3] = {false, false, false};
    if (fields.size() != 3)
        return {};
    marker.journalId = fields[0].toLongLong(&ok[0]);
    marker.nextId = fields[1].toULongLong(&ok[1]);
    marker.unfinished = fields[2].toInt(&ok[2]) != 0;
    return ok[0] && ok[1] && ok[2] ? marker : JournalMarker();
}

bool JournalMarker::write(const QString &journalPath) const
{
    // One short write: a kill cannot tear it in practice, and a torn one reads as "no marker".
    QFile file(pathFor(journalPath));
    const QByteArray text = QByteArray::number(journalId) + ' ' + QByteArray::number(nextId) + ' '
        + (unfinished ? '1' : '0') + '\n';
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}
