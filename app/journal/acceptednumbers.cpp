#include "journal/acceptednumbers.h"

std::vector<Task> AcceptedNumbers::toTasks() const
{
    std::vector<Task> tasks(size_t(numbers.size()));
    for (size_t i = 0; i < tasks.size(); ++i) {
        tasks[i].id = firstId + i;
        tasks[i].number = numbers[qsizetype(i)];
        tasks[i].duration = tasks[i].number * secondLength;
        tasks[i].outputDirectory = outputDirectory;
        tasks[i].work = work;
    }
    return tasks;
}
