#pragma once

#include <QMessageBox>

struct CommandLineOptions;
class QPushButton;
class SqliteJournal;
class TaskQueue;

/**
 * At start, when earlier runs left unfinished tasks (a crash, kill -9, Quit now): Restore puts
 * them back on the queue in their order, Discard forgets them, Later keeps them for next time.
 * --restore and --discard answer without asking.
 */
class RestoreDialog : public QMessageBox
{
    Q_OBJECT
public:
    enum class Choice { Restore, Discard, Later };

    RestoreDialog(int unfinished, QWidget *parent = nullptr);

    /** What the user chose once the dialog has closed (Later when it was just closed). */
    Choice choice() const;

    /**
     * Offers the journal's unfinished tasks (asking unless the command line answered) and does
     * what was chosen. Returns how many tasks went back on the queue.
     */
    static int offer(
        SqliteJournal &journal, TaskQueue &queue, const CommandLineOptions &options, QWidget *parent);

private:
    QPushButton *m_restoreButton;
    QPushButton *m_discardButton;
    QPushButton *m_laterButton;
};
