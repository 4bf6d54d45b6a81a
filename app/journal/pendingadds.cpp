#include "journal/pendingadds.h"

#include "engine/taskqueue.h"
#include "journal/sqlitejournal.h"

PendingAdds::PendingAdds(TaskQueue *queue, SqliteJournal *journal, QObject *parent)
    : QObject(parent), m_queue(queue)
{
    setJournal(journal);
}

void PendingAdds::setJournal(SqliteJournal *journal)
{
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    if (journal)
        connect(journal, &SqliteJournal::addedRecorded, this, &PendingAdds::onRecorded);
}

bool PendingAdds::add(const QList<int> &numbers)
{
    if (numbers.isEmpty())
        return true;
    if (m_queue->state() == TaskQueue::State::Finishing || m_queue->state() == TaskQueue::State::Finished)
        return false;
    if (!m_journal || !m_journal->isOpen())
        return m_queue->enqueue(numbers) != 0;
    // The ids the queue will give them: it numbers consecutively, after what is being recorded.
    AcceptedNumbers accepted;
    accepted.firstId = m_queue->firstId() + quint64(m_queue->size()) + quint64(m_count);
    accepted.numbers = numbers;
    accepted.secondLength = m_queue->secondLength();
    accepted.outputDirectory = m_queue->outputDirectory();
    accepted.work = m_queue->work();
    m_batches.push_back({accepted.firstId, numbers, m_queue->outputDirectory(), m_queue->work()});
    const quint64 firstId = accepted.firstId;
    m_journal->recordAddedLater(std::move(accepted));
    // While the journal writes them, on its thread, their tasks are built here.
    m_queue->prepare(firstId, numbers, m_queue->work());
    setCount(m_count + int(numbers.size()));
    return true;
}

void PendingAdds::onRecorded(const QString &error)
{
    if (m_batches.empty())
        return;
    const Batch batch = std::move(m_batches.front());
    m_batches.pop_front();
    if (!error.isEmpty()) {
        m_queue->dropPrepared(); // the batches behind this one are refused too (their ids would leave a gap)
        setCount(m_count - int(batch.numbers.size()));
        emit errorOccurred(error);
        return;
    }
    if (m_queue->enqueuePrepared(batch.firstId, batch.numbers.size()) != 0) {
        setCount(m_count - int(batch.numbers.size()));
        return;
    }
    // Not prepared (another add came between): enqueued into the folder and as the work they were
    // recorded with, even if either changed in the meantime.
    const QString current = m_queue->outputDirectory();
    m_queue->setOutputDirectory(batch.outputDirectory);
    m_queue->enqueue(batch.numbers, batch.work); // the journal finds them committed: no wait here
    m_queue->setOutputDirectory(current);
    setCount(m_count - int(batch.numbers.size()));
}

void PendingAdds::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    emit countChanged(count);
}
