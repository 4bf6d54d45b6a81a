#include "dialogs/restoredialog.h"

#include "commandline.h"
#include "journal/sqlitejournal.h"
#include "journal/taskrestorer.h"

#include <QPushButton>

RestoreDialog::RestoreDialog(int unfinished, QWidget *parent)
    : QMessageBox(parent)
    , m_restoreButton(addButton(QString(), QMessageBox::AcceptRole))
    , m_discardButton(addButton(QString(), QMessageBox::DestructiveRole))
    , m_laterButton(addButton(QString(), QMessageBox::RejectRole))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Restore unfinished tasks?"));
    setText(tr("%Ln task(s) from an earlier run did not finish.", nullptr, unfinished));
    // Numerus without %n: "it" or "them" (Russian "её" or "их") agrees with the count.
    setInformativeText(tr("Restore puts them back on the queue in their order. Discard forgets them. "
                          "Later keeps them for the next start.",
        nullptr, unfinished));
    m_restoreButton->setObjectName(QStringLiteral("restorePushButton"));
    m_restoreButton->setText(tr("&Restore"));
    m_discardButton->setObjectName(QStringLiteral("discardPushButton"));
    m_discardButton->setText(tr("&Discard"));
    m_laterButton->setObjectName(QStringLiteral("laterPushButton"));
    m_laterButton->setText(tr("&Later"));
    setDefaultButton(m_restoreButton);
    setEscapeButton(m_laterButton);
}

RestoreDialog::Choice RestoreDialog::choice() const
{
    if (clickedButton() == m_restoreButton)
        return Choice::Restore;
    if (clickedButton() == m_discardButton)
        return Choice::Discard;
    return Choice::Later;
}

int RestoreDialog::offer(
    SqliteJournal &journal, TaskQueue &queue, const CommandLineOptions &options, QWidget *parent)
{
    const QList<Task> unfinished = journal.unfinishedTasks();
    if (unfinished.isEmpty())
        return 0;
    Choice choice = options.restore ? Choice::Restore : Choice::Discard;
    if (!options.restore && !options.discard) {
        RestoreDialog dialog(int(unfinished.size()), parent);
        dialog.exec();
        choice = dialog.choice();
    }
    switch (choice) {
    case Choice::Restore:
        return TaskRestorer::restore(journal, queue, unfinished);
    case Choice::Discard: {
        const QString error = journal.discardUnfinished();
        if (!error.isEmpty())
            QMessageBox::warning(parent, QString(), error);
        return 0;
    }
    case Choice::Later:
        break;
    }
    return 0;
}
