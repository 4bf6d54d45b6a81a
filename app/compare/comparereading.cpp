#include "compare/comparereading.h"

#include "compare/comparetexts.h"

#include <QLocale>

#include <algorithm>

QString CompareReading::text(const QList<CompareResult> &results, WorkKind work, int cores)
{
    const auto events = std::find_if(
        results.begin(), results.end(), [](const CompareResult &r) { return r.mode == RunMode::Events; });
    QList<CompareResult> others;
    for (const CompareResult &result : results) {
        if (result.mode != RunMode::Events)
            others.append(result);
    }
    const bool complete
        = std::all_of(results.begin(), results.end(), [](const CompareResult &r) { return r.complete; });
    if (!complete)
        return tr("The comparison was stopped: its figures are partial.");
    if (events == results.end() || others.isEmpty())
        return {}; // one mode alone: nothing to compare it with
    const CompareResult &fastest = *std::min_element(others.begin(), others.end(),
        [](const CompareResult &a, const CompareResult &b) { return a.wallMs < b.wallMs; });
    return tr("%1: %2 — %3", "work: figures — conclusion")
        .arg(CompareTexts::workName(work), figures(*events, others),
            conclusion(*events, fastest, work, cores));
}

QString CompareReading::figures(const CompareResult &events, const QList<CompareResult> &others)
{
    QString text
        = tr("%1 took %2", "the event loop took 4.0 s")
              .arg(CompareTexts::modeInSentence(events.mode), CompareTexts::seconds(events.wallMs, 1));
    for (const CompareResult &other : others) {
        text += tr(", %1 %2", "…, threads 2.0 s")
                    .arg(CompareTexts::modeInSentence(other.mode), CompareTexts::seconds(other.wallMs, 1));
    }
    return text;
}

QString CompareReading::conclusion(
    const CompareResult &events, const CompareResult &fastest, WorkKind work, int cores)
{
    if (events.workers == 1)
        return tr("with one worker every mode runs the tasks one after another");
    const double ratio = double(events.wallMs) / double(std::max<qint64>(1, fastest.wallMs));
    if (ratio < 1 / SameSpeed)
        return tr("the event loop was the fastest: starting a task costs it least");
    if (ratio <= SameSpeed) {
        return work == WorkKind::Wait ? tr("one thread waits as well as many")
                                      : tr("the tasks hardly overlapped in any mode");
    }
    if (work == WorkKind::Compute) {
        return tr(
            "computing tasks cannot overlap on one thread; %1 spread them over %n core(s)", nullptr, cores)
            .arg(CompareTexts::modeInSentence(fastest.mode));
    }
    return tr("the event loop took %1 times as long here").arg(QLocale().toString(ratio, 'f', 1));
}
