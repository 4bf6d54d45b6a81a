#pragma once

#include "console/signalwatcher.h"

#include <QObject>
#include <QPointer>

class MainWindow;
class SqliteJournal;

/**
 * Ends the window like Quit now when asked from outside it: SIGINT (Ctrl+C in its terminal),
 * SIGTERM (`kill`, a service manager), SIGHUP (its terminal closed), or the desktop session
 * ending. Running tasks are interrupted and kept as unfinished, the settings and geometry are
 * saved and the journal is flushed; open modal dialogs are closed, since no one is there to
 * answer them. After a signal the exit status is 128 + its number (130, 143, 129), as a shell
 * reports a program that the signal ended; a second signal ends the program at once.
 */
class ExternalQuit : public QObject
{
    Q_OBJECT
public:
    /** Watches the signals and the session manager for @p window (neither is owned). */
    ExternalQuit(MainWindow *window, SqliteJournal *journal, QObject *parent = nullptr);
    ~ExternalQuit() override;

    /** A signal or the session asked the window to quit. */
    bool requested() const { return m_requested; }
    /** 128 + the signal's number after a signal, otherwise @p status. */
    int exitStatus(int status) const;

    /**
     * What the session manager asks before a logout (commitDataRequest, saveStateRequest): the
     * settings and the journal are saved now, and the Quit that ends the session then ends the
     * window like Quit now instead of asking.
     */
    void saveForSession();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSignal(int signalNumber);
    void quitNow();

    SignalWatcher m_signals;
    QPointer<MainWindow> m_window;
    QPointer<SqliteJournal> m_journal;
    int m_signalNumber = 0;
    bool m_requested = false;
    bool m_sessionEnding = false;
};
