#include "journal/taskrestorer.h"

#include "engine/taskqueue.h"
#include "journal/sqlitejournal.h"

int TaskRestorer::restore(SqliteJournal &journal, TaskQueue &queue, const QList<Task> &tasks)
{
    const QString userDirectory = queue.outputDirectory();
    const WorkKind userWork = queue.work();
    journal.beginRestore(tasks);
    qsizetype begin = 0;
    while (begin < tasks.size()) {
        // Tasks for one folder and work kind whose durations follow from their numbers go in one
        // enqueue: one transaction, not one per task.
        const Task &first = tasks[begin];
        QList<int> numbers;
        qsizetype end = begin;
        for (; end < tasks.size() && tasks[end].outputDirectory == first.outputDirectory
             && tasks[end].work == first.work
             && tasks[end].duration == tasks[end].number * queue.secondLength();
             ++end)
            numbers.append(tasks[end].number);
        queue.setOutputDirectory(first.outputDirectory);
        queue.setWork(first.work);
        const quint64 added = numbers.isEmpty() ? queue.enqueue(first.number, first.duration, first.work)
                                                : queue.enqueue(numbers);
        if (added == 0)
            break; // refused (finishing, or the journal could not record): the rest stays offered
        begin = numbers.isEmpty() ? begin + 1 : end;
    }
    queue.setOutputDirectory(userDirectory);
    queue.setWork(userWork);
    return journal.endRestore();
}
