#include "window/windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

WindowActions::WindowActions(QObject *parent)
    : QObject(parent)
    , m_add(makeAction("addAction"))
    , m_finish(makeAction("finishAction"))
    , m_stopNow(makeAction("stopNowAction"))
    , m_pause(makeAction("pauseAction"))
    , m_cancel(makeAction("cancelAction"))
    , m_retry(makeAction("retryAction"))
    , m_clear(makeAction("clearAction"))
    , m_openFile(makeAction("openFileAction"))
    , m_openFileFolder(makeAction("openFileFolderAction"))
    , m_copyNumbers(makeAction("copyNumbersAction"))
    , m_remove(makeAction("removeAction"))
    , m_taskMenuSeparators {makeAction("taskMenuSeparator1"), makeAction("taskMenuSeparator2")}
    , m_changeFolder(makeAction("changeFolderAction"))
    , m_openFolder(makeAction("openFolderAction"))
    , m_exportTimeline(makeAction("exportTimelineAction"))
    , m_showTimeline(makeAction("showTimelineAction"))
    , m_history(makeAction("historyAction"))
    , m_compare(makeAction("compareAction"))
    , m_quit(makeAction("quitAction"))
    , m_about(makeAction("aboutAction"))
    , m_english(makeAction("englishAction"))
    , m_russian(makeAction("russianAction"))
    , m_systemLanguage(makeAction("systemLanguageAction"))
    , m_languages(new QActionGroup(this))
{
    m_finish->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    // Delete cancels only where the tasks are (the table adds this action): in the number field
    // Delete still deletes a character.
    m_cancel->setShortcut(QKeySequence::Delete);
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // Copy works where the tasks are; in the number field Ctrl+C still copies text.
    m_copyNumbers->setShortcut(QKeySequence::Copy);
    m_copyNumbers->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *separator : m_taskMenuSeparators)
        separator->setSeparator(true);
    // Not QKeySequence::Quit: that is empty where the platform has no quit key (Windows, offscreen).
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);
    m_stopNow->setVisible(false);
    m_showTimeline->setCheckable(true);
    m_showTimeline->setChecked(true);
    m_showTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setEnabled(false); // until the window knows its journal

    // Language names are written in their own language, whatever the current one.
    m_english->setText(QStringLiteral("&English"));
    m_russian->setText(QStringLiteral("&Русский"));
    m_english->setData(QStringLiteral("en"));
    m_russian->setData(QStringLiteral("ru"));
    m_systemLanguage->setData(QString());
    for (QAction *action : {m_english, m_russian, m_systemLanguage}) {
        action->setCheckable(true);
        m_languages->addAction(action);
    }
    connect(m_languages, &QActionGroup::triggered, this,
        [this](QAction *action) { emit languageChosen(action->data().toString()); });
    retranslate();
}

QAction *WindowActions::makeAction(const char *objectName)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    return action;
}

QList<QAction *> WindowActions::taskMenuActions() const
{
    return {m_cancel, m_retry, m_taskMenuSeparators[0], m_openFile, m_openFileFolder, m_copyNumbers,
        m_taskMenuSeparators[1], m_remove};
}

void WindowActions::populate(QMenuBar *menuBar)
{
    m_fileMenu = menuBar->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addActions({m_changeFolder, m_openFolder});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportTimeline);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_tasksMenu = menuBar->addMenu(QString());
    m_tasksMenu->setObjectName(QStringLiteral("tasksMenu"));
    m_tasksMenu->addActions({m_add, m_finish, m_stopNow});
    m_tasksMenu->addSeparator();
    m_tasksMenu->addActions({m_pause, m_cancel, m_retry, m_clear});
    m_tasksMenu->addSeparator();
    m_tasksMenu->addAction(m_compare);

    m_viewMenu = menuBar->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->setToolTipsVisible(true); // a disabled History… says why
    m_viewMenu->addActions({m_showTimeline, m_history});
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions({m_english, m_russian, m_systemLanguage});

    m_helpMenu = menuBar->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_about);
    retranslate();
}

void WindowActions::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    retranslate();
}

void WindowActions::setFinishing(bool finishing)
{
    if (finishing == m_finishing)
        return;
    m_finishing = finishing;
    retranslate();
}

void WindowActions::setLanguage(const QString &language)
{
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == language);
}

void WindowActions::setHistoryAccess(HistoryAccess access)
{
    m_historyAccess = access;
    m_history->setEnabled(access == HistoryAccess::Available);
    retranslate();
}

void WindowActions::retranslate()
{
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add the numbers in the field to the queue (Return)"));
    m_finish->setText(m_finishing ? tr("Fi&nishing…") : tr("Fi&nish"));
    m_finish->setToolTip(tr("Accept no more numbers, wait for every task to end, then close (Ctrl+Return)"));
    m_stopNow->setText(tr("&Stop now…"));
    m_stopNow->setToolTip(tr("Asks, then interrupts the running tasks and closes; unfinished tasks are kept "
                             "for the next start"));
    m_pause->setText(m_paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setToolTip(
        m_paused ? tr("Start queued tasks again") : tr("Start no new task; running tasks finish"));
    m_cancel->setText(tr("&Cancel selected"));
    m_cancel->setToolTip(tr("Cancel the selected tasks (Delete)"));
    m_retry->setText(tr("Retr&y selected"));
    m_retry->setToolTip(tr("Queue the selected failed or cancelled tasks again (Ctrl+R)"));
    m_clear->setText(tr("C&lear finished"));
    m_clear->setToolTip(tr("Remove finished tasks from the list"));
    m_openFile->setText(tr("&Open file"));
    m_openFile->setToolTip(tr("Open the file this task wrote (Return)"));
    m_openFileFolder->setText(tr("Open containing &folder"));
    m_openFileFolder->setToolTip(tr("Open the folder this task wrote its file to"));
    m_copyNumbers->setText(tr("Co&py numbers"));
    m_copyNumbers->setToolTip(tr("Copy the selected tasks' numbers of seconds, ready to paste in the field "
                                 "(Ctrl+C)"));
    m_remove->setText(tr("Re&move from list"));
    m_remove->setToolTip(tr("Take the selected finished tasks off the list"));
    m_changeFolder->setText(tr("Change output &folder…"));
    m_changeFolder->setToolTip(tr("Choose the folder the files are written to"));
    m_openFolder->setText(tr("&Open output folder"));
    m_openFolder->setToolTip(tr("Open the output folder in the file manager"));
    m_exportTimeline->setText(tr("&Export timeline as PNG…"));
    m_exportTimeline->setToolTip(tr("Save the timeline, every lane, as an image"));
    m_showTimeline->setText(tr("Show &timeline"));
    m_showTimeline->setToolTip(tr("Show when each task ran, one lane per worker (Ctrl+T)"));
    m_history->setText(tr("&History…"));
    switch (m_historyAccess) {
    case HistoryAccess::Available:
        m_history->setToolTip(tr("Show the finished tasks kept from this and earlier runs (Ctrl+H)"));
        break;
    case HistoryAccess::InAnotherInstance:
        m_history->setToolTip(tr("No history here: another HelloQueue is running and keeps it"));
        break;
    case HistoryAccess::NoJournal:
        m_history->setToolTip(tr("No history here: the task journal could not be opened"));
        break;
    }
    m_compare->setText(tr("Co&mpare modes…"));
    m_compare->setToolTip(
        tr("Run the same numbers in every mode, one after another, and compare what each cost"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About HelloQueue"));
    m_systemLanguage->setText(tr("&System language"));
    if (!m_fileMenu)
        return;
    m_fileMenu->setTitle(tr("&File"));
    m_tasksMenu->setTitle(tr("&Tasks"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
}
