#include "settingsstore.h"

#include "commandline.h"
#include "engine/taskqueue.h"

#include <QDir>
#include <QStandardPaths>

namespace {

const QString OutputDirectoryKey = QStringLiteral("output/directory");
const QString WorkersKey = QStringLiteral("queue/workers");
const QString ModeKey = QStringLiteral("queue/mode");
const QString WorkKey = QStringLiteral("queue/work");
const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString HeaderKey = QStringLiteral("window/taskTableHeader");
const QString HistoryTasksKey = QStringLiteral("history/maximumTasks");
const QString HistoryDaysKey = QStringLiteral("history/maximumDays");

int positiveOrZero(const QVariant &value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number > 0 ? number : 0;
}

} // namespace

SettingsStore::SettingsStore() = default;

QString SettingsStore::defaultOutputDirectory()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return documents + QStringLiteral("/HelloQueue");
}

QString SettingsStore::outputDirectory() const
{
    const QString saved = m_settings.value(OutputDirectoryKey).toString();
    return saved.isEmpty() ? defaultOutputDirectory() : saved;
}

void SettingsStore::setOutputDirectory(const QString &directory)
{
    store(OutputDirectoryKey, directory);
}

int SettingsStore::workers() const
{
    bool ok = false;
    const int workers = m_settings.value(WorkersKey, 1).toInt(&ok);
    return ok && workers >= 1 && workers <= MaximumWorkers ? workers : 1;
}

void SettingsStore::setWorkers(int workers)
{
    store(WorkersKey, workers);
}

int SettingsStore::historyTasks() const
{
    return positiveOrZero(m_settings.value(HistoryTasksKey));
}

void SettingsStore::setHistoryTasks(int tasks)
{
    store(HistoryTasksKey, tasks);
}

int SettingsStore::historyDays() const
{
    return positiveOrZero(m_settings.value(HistoryDaysKey));
}

void SettingsStore::setHistoryDays(int days)
{
    store(HistoryDaysKey, days);
}

void SettingsStore::clearHistoryLimit()
{
    m_settings.remove(HistoryTasksKey);
    m_settings.remove(HistoryDaysKey);
}

RunMode SettingsStore::mode() const
{
    return runModeFromKey(m_settings.value(ModeKey).toString()).value_or(RunMode::Threads);
}

void SettingsStore::setMode(RunMode mode)
{
    store(ModeKey, runModeKey(mode));
}

WorkKind SettingsStore::work() const
{
    return m_settings.value(WorkKey).toString() == QLatin1String("compute") ? WorkKind::Compute
                                                                            : WorkKind::Wait;
}

void SettingsStore::setWork(WorkKind work)
{
    store(WorkKey, work == WorkKind::Compute ? QStringLiteral("compute") : QStringLiteral("wait"));
}

QString SettingsStore::language() const
{
    const QString language = m_settings.value(LanguageKey).toString();
    return language == QLatin1String("en") || language == QLatin1String("ru") ? language : QString();
}

void SettingsStore::setLanguage(const QString &language)
{
    store(LanguageKey, language);
}

QByteArray SettingsStore::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void SettingsStore::setWindowGeometry(const QByteArray &geometry)
{
    store(GeometryKey, geometry);
}

QByteArray SettingsStore::tableHeaderState() const
{
    return m_settings.value(HeaderKey).toByteArray();
}

void SettingsStore::setTableHeaderState(const QByteArray &state)
{
    store(HeaderKey, state);
}

void SettingsStore::store(const QString &key, const QVariant &value)
{
    // QSettings rewrites its file for any value set, even one it holds already: every quit would
    // then write and sync the file (the window's geometry), and a busy disk hold the quit.
    if (m_settings.value(key) != value)
        m_settings.setValue(key, value);
}

void SettingsStore::configure(TaskQueue *queue, const CommandLineOptions &options) const
{
    const QString directory = options.outputDirectory.value_or(outputDirectory());
    queue->setOutputDirectory(QDir::cleanPath(QDir::current().absoluteFilePath(directory)));
    queue->setWorkers(options.workers.value_or(workers()));
    queue->setMode(options.mode.value_or(mode()));
    queue->setWork(options.work.value_or(work()));
}
