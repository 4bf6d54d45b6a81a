#include "dialogs/quitdialog.h"

#include <QPushButton>

QuitDialog::QuitDialog(int unfinished, bool finishing, QWidget *parent)
    : QMessageBox(parent)
    , m_finishButton(addButton(QString(), QMessageBox::AcceptRole))
    , m_quitButton(addButton(QString(), QMessageBox::DestructiveRole))
    , m_cancelButton(addButton(QMessageBox::Cancel))
{
    setObjectName(QStringLiteral("quitDialog"));
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Quit HelloQueue?"));
    setText(tr("%n task(s) have not finished yet.", nullptr, unfinished));
    setInformativeText(finishing ? tr("HelloQueue is finishing: it closes by itself when the last task ends.")
                                 : tr("Finish first waits for every task, then closes. Quit now interrupts "
                                      "them; unfinished tasks are kept for the next start."));
    m_finishButton->setObjectName(QStringLiteral("finishFirstPushButton"));
    m_finishButton->setText(finishing ? tr("&Keep finishing") : tr("&Finish first"));
    m_quitButton->setObjectName(QStringLiteral("quitNowPushButton"));
    m_quitButton->setText(tr("&Quit now"));
    m_cancelButton->setObjectName(QStringLiteral("quitCancelPushButton"));
    setDefaultButton(m_finishButton);
    setEscapeButton(m_cancelButton);
}

QuitDialog::Choice QuitDialog::choice() const
{
    if (clickedButton() == m_finishButton)
        return Choice::FinishFirst;
    if (clickedButton() == m_quitButton)
        return Choice::QuitNow;
    return Choice::Cancel;
}
