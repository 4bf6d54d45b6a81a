#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
template<typename T> class QList;

/**
 * Every command of the window as a QAction, and the menus that show them. Buttons mirror these
 * actions (ActionButton), so a command has one text, one shortcut and one enabled state.
 */
class WindowActions : public QObject
{
    Q_OBJECT
public:
    /** Why View › History… may be off: it needs the task journal this window records into. */
    enum class HistoryAccess { Available, InAnotherInstance, NoJournal };

    explicit WindowActions(QObject *parent = nullptr);

    /** Fills the menu bar: File, Tasks, View (Language), Help. */
    void populate(QMenuBar *menuBar);
    /** Re-reads every text (after a language change). */
    void retranslate();
    /** Pause reads "Resume" while the queue is paused. */
    void setPaused(bool paused);
    /** While finishing, Finish reads "Finishing…" (it stays where it was, disabled). */
    void setFinishing(bool finishing);
    /** Checks the menu item of a language setting: "en", "ru" or empty (the system's). */
    void setLanguage(const QString &language);
    /** Enables View › History…, or disables it with a tooltip that says why. */
    void setHistoryAccess(HistoryAccess access);

    QAction *add() const { return m_add; }
    QAction *finish() const { return m_finish; }
    QAction *stopNow() const { return m_stopNow; }
    QAction *pause() const { return m_pause; }
    QAction *cancel() const { return m_cancel; }
    QAction *retry() const { return m_retry; }
    QAction *clear() const { return m_clear; }
    /** The task list's context menu: open a finished task's file or its folder, copy the
     *  selected tasks' numbers, remove finished tasks from the list. */
    QAction *openFile() const { return m_openFile; }
    QAction *openFileFolder() const { return m_openFileFolder; }
    QAction *copyNumbers() const { return m_copyNumbers; }
    QAction *remove() const { return m_remove; }
    /** Cancel, Retry, then the four above, as the task list's context menu lists them. */
    QList<QAction *> taskMenuActions() const;
    QAction *changeFolder() const { return m_changeFolder; }
    QAction *openFolder() const { return m_openFolder; }
    /** File › Export timeline as PNG…; View › Show timeline (checkable, on). */
    QAction *exportTimeline() const { return m_exportTimeline; }
    QAction *showTimeline() const { return m_showTimeline; }
    /** View › History… (Ctrl+H): the finished tasks the journal keeps. */
    QAction *history() const { return m_history; }
    /** Tasks › Compare modes…: the same numbers through every mode, side by side. */
    QAction *compare() const { return m_compare; }
    QAction *quit() const { return m_quit; }
    QAction *about() const { return m_about; }

signals:
    /** The user picked a language: "en", "ru" or empty for the system's. */
    void languageChosen(const QString &language);

private:
    QAction *makeAction(const char *objectName);

    QAction *m_add;
    QAction *m_finish;
    QAction *m_stopNow;
    QAction *m_pause;
    QAction *m_cancel;
    QAction *m_retry;
    QAction *m_clear;
    QAction *m_openFile;
    QAction *m_openFileFolder;
    QAction *m_copyNumbers;
    QAction *m_remove;
    QAction *m_taskMenuSeparators[2];
    QAction *m_changeFolder;
    QAction *m_openFolder;
    QAction *m_exportTimeline;
    QAction *m_showTimeline;
    QAction *m_history;
    QAction *m_compare;
    QAction *m_quit;
    QAction *m_about;
    QAction *m_english;
    QAction *m_russian;
    QAction *m_systemLanguage;
    QActionGroup *m_languages;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_tasksMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    HistoryAccess m_historyAccess = HistoryAccess::NoJournal;
    bool m_paused = false;
    bool m_finishing = false;
};
