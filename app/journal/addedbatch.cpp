#include "journal/addedbatch.h"

#include <QtEndian>

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

std::optional<AddedBatch> AddedBatch::fromStored(quint64 firstId, const QByteArray &numbers, qint64 secondMs,
    qint64 directoryId, qint64 createdMs, int work, quint64 expandedTo)
{
    if (numbers.size() % qsizetype(sizeof(qint32)) != 0)
        return std::nullopt;
    AddedBatch batch;
    batch.m_numbers.resize(size_t(numbers.size()) / sizeof(qint32));
    for (size_t i = 0; i < batch.m_numbers.size(); ++i)
        batch.m_numbers[i] = qFromLittleEndian<qint32>(numbers.constData() + i * sizeof(qint32));
    batch.m_firstId = firstId;
    batch.m_expandedTo = batch.m_committedTo = std::max(firstId, expandedTo);
    batch.m_secondMs = secondMs;
    batch.m_directoryId = directoryId;
    batch.m_createdMs = createdMs;
    batch.m_work = work;
    return batch;
}

QByteArray AddedBatch::numbersBlob() const
{
    QByteArray blob(qsizetype(m_numbers.size() * sizeof(qint32)), Qt::Uninitialized);
    for (size_t i = 0; i < m_numbers.size(); ++i)
        qToLittleEndian<qint32>(m_numbers[i], blob.data() + i * sizeof(qint32));
    return blob;
}
