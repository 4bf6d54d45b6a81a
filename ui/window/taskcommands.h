#pragma once

#include <QObject>

class TaskQueue;
class TaskTableModel;
class TaskTableView;
class WindowActions;

/**
 * The commands on selected tasks (Cancel, Retry, Open file, Open containing folder, Copy numbers,
 * Remove from list) and Clear finished: what each does, and whether it would do anything now, so
 * an action is enabled only when it is useful. The task list shows them as its context menu.
 */
class TaskCommands : public QObject
{
    Q_OBJECT
public:
    TaskCommands(WindowActions *actions, TaskQueue *queue, TaskTableModel *model, TaskTableView *table);

    /** Enables each command by what the selection and the list hold; no retry once finishing. */
    void updateEnabled(bool finishing);

signals:
    /** A file or folder to show in the desktop's application for it. */
    void openRequested(const QString &path);

private:
    void retrySelected();
    void copyNumbers();
    /** The file of the current (or first selected) task if it is written; empty otherwise. */
    QString selectedFile() const;

    WindowActions *m_actions;
    TaskQueue *m_queue;
    TaskTableModel *m_model;
    TaskTableView *m_table;
};
