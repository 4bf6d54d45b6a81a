#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class ActionButton;
class CloseQuestions;
class CompareDialog;
class ControlsPanel;
class DrainNotifier;
class HistoryDialog;
class NumberInput;
class OutputFolderWidget;
class PendingAdds;
class QSplitter;
class SettingsStore;
class SqliteJournal;
class SummaryWidget;
class TaskCommands;
class TaskProxyModel;
class TaskQueue;
class TaskTableModel;
class TaskTableView;
class TimelineView;
class WindowActions;

/**
 * HelloQueue's window: type numbers, watch every task live, Finish drains and closes. It wires
 * small widgets (NumberInput, ControlsPanel, OutputFolderWidget, TaskTableView, SummaryWidget) to
 * the queue; the queue is configured by its creator (WindowLauncher) and never owned here.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(TaskQueue *queue, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Marks the language in effect in View › Language: "en", "ru" or empty (the system's). */
    void setLanguageChoice(const QString &language);
    /**
     * The journal the queue records into (not owned; it must outlive the window). View › History…
     * shows its finished tasks; without an open journal (none, or another instance owns it) the
     * action is disabled and says why.
     */
    void setJournal(SqliteJournal *journal);
    /** Saves the geometry and the table's columns now (they are also saved on close). */
    void saveWindowSettings();

public slots:
    /** Accepts no more numbers; the window closes by itself when the last task ends. */
    void startFinishing();
    /** Interrupts the running tasks (unfinished ones are kept) and closes. */
    void stopNow();
    /**
     * Quit now without asking, when told from outside (a signal, the session ending): saves the
     * settings at once, then interrupts the running tasks (kept as unfinished) and closes.
     */
    void quitNow();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Status { Started, Finishing, Finished };

    void buildUi();
    void connectQueue();
    void connectActions();
    void restoreWindowSettings();
    void retranslateUi();
    void updateActions();
    void showStatus(Status status);
    void enqueueNumbers(const QList<int> &numbers);
    void showError(const QString &message);
    void onQueueFinished();
    void changeOutputDirectory(const QString &directory);
    void openOutputFolder();
    void openPath(const QString &path);
    void switchLanguage(const QString &language);
    void askBeforeClosing();
    void selectTask(quint64 id);
    void showHistory();
    void showCompare();

    TaskQueue *m_queue;
    std::unique_ptr<SettingsStore> m_settings;
    WindowActions *m_actions;
    TaskTableModel *m_model;
    TaskProxyModel *m_proxy;
    CloseQuestions *m_questions;
    PendingAdds *m_adds;
    NumberInput *m_input = nullptr;
    ActionButton *m_finishButton = nullptr;
    ActionButton *m_stopNowButton = nullptr;
    ControlsPanel *m_controls = nullptr;
    OutputFolderWidget *m_folder = nullptr;
    QSplitter *m_splitter = nullptr;
    TaskTableView *m_table = nullptr;
    TaskCommands *m_commands = nullptr;
    TimelineView *m_timeline = nullptr;
    SummaryWidget *m_summary = nullptr;
    DrainNotifier *m_notifier = nullptr;
    QPointer<SqliteJournal> m_journal;
    QPointer<HistoryDialog> m_historyDialog;
    QPointer<CompareDialog> m_compareDialog;
    Status m_status = Status::Started;
    bool m_finishing = false;
    bool m_stopping = false;
    bool m_fitted = false; ///< fitted to the screen once shown
};
