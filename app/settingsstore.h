#pragma once

#include "engine/task.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

struct CommandLineOptions;
class TaskQueue;

/**
 * The remembered settings (QSettings under the names AppIdentity sets): output folder, workers,
 * mode, work kind, language, how much history to keep (both UIs share it), window geometry and the
 * task table's columns. Values are checked on
 * the way in, so a hand-edited file cannot set 0 workers.
 */
class SettingsStore
{
public:
    SettingsStore();

    /** `HelloQueue` in the user's documents folder: a window must not scatter files into home. */
    static QString defaultOutputDirectory();

    QString outputDirectory() const;
    void setOutputDirectory(const QString &directory);
    int workers() const;
    void setWorkers(int workers);
    RunMode mode() const;
    void setMode(RunMode mode);
    /** What new tasks spend their seconds on (the window's Work choice). */
    WorkKind work() const;
    void setWork(WorkKind work);
    /** "en", "ru" or empty for the system's. */
    QString language() const;
    void setLanguage(const QString &language);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    /** How many finished tasks History keeps, and for how many days; 0 when not set (the
     *  journal's HistoryLimit checks the values and supplies the defaults). */
    int historyTasks() const;
    void setHistoryTasks(int tasks);
    int historyDays() const;
    void setHistoryDays(int days);
    /** Back to the defaults. */
    void clearHistoryLimit();
    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &state);

    /** Sets up a queue from these settings; the command line overrides them for this run only. */
    void configure(TaskQueue *queue, const CommandLineOptions &options) const;

    void sync() { m_settings.sync(); }

private:
    /** Sets @p key to @p value unless it holds that already (which QSettings would write again). */
    void store(const QString &key, const QVariant &value);

    QSettings m_settings;
};
