#include "dialogs/quitdialog.h"

#include "engine/taskqueue.h"

#include <QPushButton>

namespace {

constexpr int UpdateIntervalMs = 100;

} // namespace

QuitDialog::QuitDialog(int unfinished, bool finishing, QWidget *parent)
    : QMessageBox(parent)
    , m_finishButton(addButton(QString(), QMessageBox::AcceptRole))
    , m_quitButton(addButton(QString(), QMessageBox::DestructiveRole))
    , m_cancelButton(addButton(QString(), QMessageBox::RejectRole))
{
    setObjectName(QStringLiteral("quitDialog"));
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Quit HelloQueue?"));
    showCount(unfinished);
    setInformativeText(finishing ? tr("HelloQueue is finishing: it closes by itself when the last task ends.")
                                 : tr("Finish first waits for every task, then closes. Quit now interrupts "
                                      "them; unfinished tasks are kept for the next start."));
    m_finishButton->setObjectName(QStringLiteral("finishFirstPushButton"));
    m_finishButton->setText(finishing ? tr("&Keep finishing") : tr("&Finish first"));
    m_quitButton->setObjectName(QStringLiteral("quitNowPushButton"));
    m_quitButton->setText(tr("&Quit now"));
    m_cancelButton->setObjectName(QStringLiteral("quitCancelPushButton"));
    m_cancelButton->setText(tr("&Cancel")); // Qt's own "Cancel" has no Alt key
    setDefaultButton(m_finishButton);
    setEscapeButton(m_cancelButton);
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(UpdateIntervalMs);
    connect(&m_updateTimer, &QTimer::timeout, this, &QuitDialog::update);
}

void QuitDialog::follow(const TaskQueue *queue)
{
    m_queue = queue;
    const auto later = [this] {
        if (!m_updateTimer.isActive())
            m_updateTimer.start();
    };
    connect(queue, &TaskQueue::taskChanged, this, later);
    connect(queue, &TaskQueue::tasksAdded, this, later);
    // The last change answers the question at once, not a timer tick later.
    connect(queue, &TaskQueue::stateChanged, this, &QuitDialog::update);
    update();
}

void QuitDialog::showCount(int unfinished)
{
    setText(tr("%Ln task(s) have not finished yet.", nullptr, unfinished));
}

void QuitDialog::update()
{
    if (!m_queue || m_moot)
        return;
    const int unfinished = m_queue->unfinished();
    if (unfinished > 0) {
        showCount(unfinished);
        return;
    }
    m_moot = true;
    reject(); // nothing left to wait for or to lose: the question answered itself
}

QuitDialog::Choice QuitDialog::choice() const
{
    if (m_moot)
        return Choice::Moot;
    if (clickedButton() == m_finishButton)
        return Choice::FinishFirst;
    if (clickedButton() == m_quitButton)
        return Choice::QuitNow;
    return Choice::Cancel;
}
