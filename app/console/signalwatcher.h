#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

/**
 * Turns SIGINT, SIGTERM and SIGHUP into a Qt signal, safely: the handler only writes the signal's
 * number into a socket pair (the self-pipe trick), and a QSocketNotifier reads it on the event
 * loop. A SIGHUP that was ignored when the watcher was made (`nohup`) stays ignored.
 * One instance at a time; the previous handlers are put back when it is destroyed.
 */
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /** Puts back the default handlers, so that another Ctrl+C ends the program at once. */
    void restoreDefaults();

signals:
    /** SIGINT, SIGTERM or SIGHUP arrived (once per delivery). */
    void signalled(int signalNumber);

private:
    void readSignals();

    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_installed = false;
};
