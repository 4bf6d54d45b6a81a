#pragma once

#include <QMessageBox>

class QPushButton;

/**
 * Asked when the window is closed while tasks are unfinished: Finish first, Quit now (unfinished
 * tasks are kept for the next start) or Cancel.
 */
class QuitDialog : public QMessageBox
{
    Q_OBJECT
public:
    enum class Choice { FinishFirst, QuitNow, Cancel };

    QuitDialog(int unfinished, bool finishing, QWidget *parent = nullptr);

    /** What the user chose once the dialog has closed (Cancel when it was just closed). */
    Choice choice() const;

private:
    QPushButton *m_finishButton;
    QPushButton *m_quitButton;
    QPushButton *m_cancelButton;
};
