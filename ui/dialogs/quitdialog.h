#pragma once

#include <QMessageBox>
#include <QTimer>

class QPushButton;
class TaskQueue;

/**
 * Asked when the window is closed (or Stop now pressed) while tasks are unfinished: Finish first,
 * Quit now (unfinished tasks are kept for the next start) or Cancel. Given the queue, it keeps
 * its count current while it is open and closes itself once nothing is unfinished (Choice::Moot).
 */
class QuitDialog : public QMessageBox
{
    Q_OBJECT
public:
    enum class Choice { FinishFirst, QuitNow, Cancel, Moot };

    QuitDialog(int unfinished, bool finishing, QWidget *parent = nullptr);

    /** Follows @p queue (not owned) while open: the count, and closing when it is moot. */
    void follow(const TaskQueue *queue);
    /** What the user chose once the dialog has closed (Cancel when it was just closed). */
    Choice choice() const;

private:
    void showCount(int unfinished);
    void update();

    QPushButton *m_finishButton;
    QPushButton *m_quitButton;
    QPushButton *m_cancelButton;
    const TaskQueue *m_queue = nullptr;
    QTimer m_updateTimer; ///< a flood of task changes updates the text a few times a second
    bool m_moot = false;
};
