#include "journal/addedbatch.h"

#include <QSqlQuery>
#include <QtEndian>
#include <QVariant>

std::optional<AddedBatch> AddedBatch::fromTasks(
    const Task *tasks, qsizetype count, qint64 directoryId, qint64 createdMs)
{
    if (count <= 0)
        return std::nullopt;
    const Task &first = tasks[0];
    qint64 secondMs = 0; // the length of a second these tasks were accepted with (any, if all are 0)
    for (qsizetype i = 0; i < count && secondMs == 0; ++i) {
        if (tasks[i].number != 0)
            secondMs = tasks[i].duration.count() / tasks[i].number;
    }
    std::vector<int> numbers(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        const Task &task = tasks[i];
        if (task.id != first.id + quint64(i) || task.work != first.work
            || task.duration.count() != qint64(task.number) * secondMs
            || task.outputDirectory != first.outputDirectory)
            return std::nullopt;
        numbers[size_t(i)] = task.number;
    }
    return fromNumbers(first.id, numbers.data(), count, secondMs, directoryId, createdMs, int(first.work));
}

AddedBatch AddedBatch::fromNumbers(quint64 firstId, const int *numbers, qsizetype count, qint64 secondMs,
    qint64 directoryId, qint64 createdMs, int work)
{
    AddedBatch batch;
    batch.m_numbers.assign(numbers, numbers + count);
    batch.m_firstId = batch.m_expandedTo = batch.m_committedTo = firstId;
    batch.m_secondMs = secondMs;
    batch.m_directoryId = directoryId;
    batch.m_createdMs = createdMs;
    batch.m_work = work;
    return batch;
}

QString AddedBatch::storedColumns()
{
    return QStringLiteral("first_id, numbers, second_ms, directory_id, created_ms, work, expanded_to");
}

std::optional<AddedBatch> AddedBatch::fromRow(const QSqlQuery &row)
{
    const quint64 firstId = row.value(0).toULongLong();
    const QByteArray numbers = row.value(1).toByteArray();
    if (numbers.size() % qsizetype(sizeof(qint32)) != 0)
        return std::nullopt;
    AddedBatch batch;
    batch.m_numbers.resize(size_t(numbers.size()) / sizeof(qint32));
    for (size_t i = 0; i < batch.m_numbers.size(); ++i)
        batch.m_numbers[i] = qFromLittleEndian<qint32>(numbers.constData() + i * sizeof(qint32));
    batch.m_firstId = firstId;
    batch.m_expandedTo = batch.m_committedTo = std::max(firstId, row.value(6).toULongLong());
    batch.m_secondMs = row.value(2).toLongLong();
    batch.m_directoryId = row.value(3).toLongLong();
    batch.m_createdMs = row.value(4).toLongLong();
    batch.m_work = row.value(5).toInt();
    return batch;
}

QByteArray AddedBatch::numbersBlob() const
{
    QByteArray blob(qsizetype(m_numbers.size() * sizeof(qint32)), Qt::Uninitialized);
    for (size_t i = 0; i < m_numbers.size(); ++i)
        qToLittleEndian<qint32>(m_numbers[i], blob.data() + i * sizeof(qint32));
    return blob;
}
