#pragma once

#include <QString>

#include <chrono>

class QSqlDatabase;
class SettingsStore;

/**
 * How much history the journal keeps (a setting shared by both UIs): the newest maximumTasks finished tasks,
 * none older than maximumDays. Unfinished tasks are never dropped. Without a bound the journal grew by ~40
 * bytes a task for ever (418 MB after 10 million); with it, the file stays near 8 MB.
 */
class HistoryLimit
{
public:
    static constexpr int DefaultMaximumTasks = 100000;
    static constexpr int DefaultMaximumDays = 90;

    int maximumTasks = DefaultMaximumTasks;
    int maximumDays = DefaultMaximumDays;

    /** The limit the user chose (History › Keep), or the defaults. */
    static HistoryLimit fromSettings(const SettingsStore &settings);
    void save(SettingsStore &settings) const;

    /** When prune() looks at the tasks' age: when due (AgeCheckEvery), or now (a new limit). */
    enum class Age { WhenDue, Now };
    /**
     * How often the age of the history is looked at (reading all of it): a task may stay this
     * much longer than maximumDays.
     */
    static constexpr std::chrono::milliseconds AgeCheckEvery {3'600'000};

    /**
     * Deletes the finished tasks beyond the limit (and folders no task uses) in one transaction;
     * when no more than @p slack lie beyond it, leaves them (only age is looked at then). @p beyond,
     * when given: how many finished tasks may lie beyond the limit afterwards (counted when the
     * ids span more than the limit and the slack; else the span beyond the limit, an upper bound).
     */
    bool prune(QSqlDatabase &db, qint64 nowMs, QString *reason, Age age = Age::WhenDue, qint64 slack = 0,
        qint64 *beyond = nullptr) const;
    /** Gives the space back to the disk (VACUUM) when a quarter of the file or more is unused. */
    static void compact(QSqlDatabase &db);
};
