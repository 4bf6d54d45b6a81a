#include "compare/comparetexts.h"

#include <QLocale>
#include <QStringList>

QString CompareTexts::modeName(RunMode mode)
{
    switch (mode) {
    case RunMode::Threads:
        return tr("Threads");
    case RunMode::Events:
        return tr("Event loop");
    case RunMode::Processes:
        return tr("Processes");
    }
    return {};
}

QString CompareTexts::modeInSentence(RunMode mode)
{
    switch (mode) {
    case RunMode::Threads:
        return tr("threads", "in a sentence: threads took 2.0 s");
    case RunMode::Events:
        return tr("the event loop", "in a sentence: the event loop took 4.0 s");
    case RunMode::Processes:
        return tr("processes", "in a sentence: processes took 2.0 s");
    }
    return {};
}

QString CompareTexts::workName(WorkKind work)
{
    switch (work) {
    case WorkKind::Wait:
        return tr("waiting", "the kind of work: tasks that wait");
    case WorkKind::Compute:
        return tr("computing", "the kind of work: tasks that compute");
    }
    return {};
}

QString CompareTexts::seconds(qint64 ms, int decimals)
{
    return tr("%1 s", "seconds").arg(QLocale().toString(double(ms) / 1000.0, 'f', decimals));
}

QString CompareTexts::mebibytes(qint64 kib)
{
    return tr("%1 MiB").arg(QLocale().toString(double(kib) / 1024.0, 'f', 1));
}

QString CompareTexts::numberList(const QList<int> &numbers)
{
    QStringList texts;
    texts.reserve(numbers.size());
    for (int number : numbers)
        texts.append(QLocale().toString(number));
    return texts.join(QLatin1Char(' '));
}

QString CompareTexts::progress(int index, int count, RunMode mode)
{
    return tr("Mode %1 of %2: %3…").arg(index).arg(count).arg(modeName(mode));
}
