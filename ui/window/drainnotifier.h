#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;
class TaskQueue;

/**
 * Tells the user once when the queue drains while the window is in the background: the window
 * asks for attention (QApplication::alert), and a tray message appears where there is a tray.
 */
class DrainNotifier : public QObject
{
    Q_OBJECT
public:
    DrainNotifier(TaskQueue *queue, QWidget *window);

    int notificationCount() const { return m_count; }

signals:
    void notified();

private:
    void onDrained();

    TaskQueue *m_queue;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_trayIcon = nullptr;
    int m_count = 0;
};
