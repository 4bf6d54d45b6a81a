#include "window/externalquit.h"

#include "journal/sqlitejournal.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QSessionManager>

ExternalQuit::ExternalQuit(MainWindow *window, SqliteJournal *journal, QObject *parent)
    : QObject(parent), m_window(window), m_journal(journal)
{
    connect(&m_signals, &SignalWatcher::signalled, this, &ExternalQuit::onSignal);
#ifndef QT_NO_SESSIONMANAGER
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager &) { saveForSession(); });
    connect(qApp, &QGuiApplication::saveStateRequest, this, [this](QSessionManager &) { saveForSession(); });
#endif
    qApp->installEventFilter(this);
}

ExternalQuit::~ExternalQuit() = default;

int ExternalQuit::exitStatus(int status) const
{
    return m_signalNumber != 0 ? 128 + m_signalNumber : status;
}

void ExternalQuit::saveForSession()
{
    m_sessionEnding = true;
    if (m_window)
        m_window->saveWindowSettings();
    if (m_journal)
        m_journal->waitForWritten(); // the session may end the process once this returns
}

bool ExternalQuit::eventFilter(QObject *watched, QEvent *event)
{
    // The session manager ends the program with a Quit event, which would close the window with
    // its question (tasks are running); nobody is left to answer it. Once the window has closed,
    // the Quit that follows is let through.
    if (m_sessionEnding && watched == qApp && event->type() == QEvent::Quit && m_window
        && m_window->isVisible()) {
        quitNow();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void ExternalQuit::onSignal(int signalNumber)
{
    if (m_signalNumber != 0)
        return;
    m_signalNumber = signalNumber;
    m_signals.restoreDefaults(); // a second signal ends the program at once
    quitNow();
}

void ExternalQuit::quitNow()
{
    m_requested = true;
    // A modal dialog runs an event loop of its own: closed, it lets the window's close and the
    // application's quit reach the main loop. Each close hides one; a refusal stops the loop.
    for (qsizetype left = QApplication::topLevelWidgets().size(); left > 0; --left) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->close())
            break;
    }
    if (m_window)
        m_window->quitNow();
}
