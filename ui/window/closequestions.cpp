#include "window/closequestions.h"

#include "engine/taskqueue.h"
#include "window/numberinput.h"

#include <QLineEdit>
#include <QPushButton>

namespace {

/** Longer typed text is shortened in the question: a pasted column would not fit a dialog. */
constexpr int QuotedCharacters = 40;

} // namespace

CloseQuestions::CloseQuestions(const TaskQueue *queue, QWidget *window)
    : QObject(window), m_queue(queue), m_window(window)
{ }

bool CloseQuestions::mayDropTyped(NumberInput *input)
{
    if (!input->hasPendingText())
        return true;
    QString typed = input->text().simplified();
    if (typed.size() > QuotedCharacters)
        typed = typed.left(QuotedCharacters) + QChar(0x2026);
    QMessageBox box(QMessageBox::Question, tr("Discard typed numbers?"),
        tr("The field holds “%1”, which was not added to the queue.").arg(typed), QMessageBox::NoButton,
        m_window);
    box.setObjectName(QStringLiteral("discardTypedDialog"));
    box.setInformativeText(tr("Discard it and quit, or keep typing and press Return to add it."));
    QPushButton *discard = box.addButton(tr("&Discard and quit"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardTypedPushButton"));
    QPushButton *keep = box.addButton(tr("&Keep typing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTypingPushButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != discard) {
        input->setFocus();
        return false;
    }
    input->clearText();
    return true;
}

QuitDialog::Choice CloseQuestions::askQuit(bool finishing)
{
    if (m_quitDialog)
        return QuitDialog::Choice::Cancel; // already asking
    QuitDialog dialog(m_queue->unfinished(), finishing, m_window);
    m_quitDialog = &dialog;
    dialog.follow(m_queue);
    dialog.exec();
    return dialog.choice();
}

void CloseQuestions::dismiss()
{
    if (m_quitDialog)
        m_quitDialog->reject();
}
