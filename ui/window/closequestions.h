#pragma once

#include "dialogs/quitdialog.h"

#include <QObject>
#include <QPointer>

class NumberInput;
class TaskQueue;
class QWidget;

/**
 * The questions asked before work or typing is lost: "discard the numbers typed but not added?"
 * and the quit question (QuitDialog), which follows the queue while open. One at a time.
 */
class CloseQuestions : public QObject
{
    Q_OBJECT
public:
    /** @p window is the parent of the questions and owns this object. */
    CloseQuestions(const TaskQueue *queue, QWidget *window);

    /** True when nothing unaccepted is typed, or the user agrees to drop it (the field is then
     *  emptied); false keeps the window open with the text. */
    bool mayDropTyped(NumberInput *input);
    /** Asks whether to finish first or quit now; Choice::Moot when the queue drained meanwhile. */
    QuitDialog::Choice askQuit(bool finishing);
    /** Closes the open quit question without an answer (it became moot). */
    void dismiss();

private:
    const TaskQueue *m_queue;
    QWidget *m_window;
    QPointer<QuitDialog> m_quitDialog;
};
