#include "window/drainnotifier.h"

#include "engine/taskqueue.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace {

constexpr int MessageMs = 8000;

} // namespace

DrainNotifier::DrainNotifier(TaskQueue *queue, QWidget *window)
    : QObject(window), m_queue(queue), m_window(window)
{
    connect(queue, &TaskQueue::drained, this, &DrainNotifier::onDrained);
}

void DrainNotifier::onDrained()
{
    // While finishing, the window is about to close: the drain is the end, not news.
    if (!m_window || m_window->isActiveWindow() || m_queue->state() == TaskQueue::State::Finished)
        return;
    ++m_count;
    QApplication::alert(m_window);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_trayIcon) {
            m_trayIcon = new QSystemTrayIcon(this);
            QIcon icon = m_window->windowIcon();
            if (icon.isNull())
                icon = m_window->style()->standardIcon(QStyle::SP_ComputerIcon);
            m_trayIcon->setIcon(icon);
            m_trayIcon->setToolTip(QStringLiteral("HelloQueue"));
        }
        m_trayIcon->show();
        m_trayIcon->showMessage(QStringLiteral("HelloQueue"), tr("Every task has finished."),
            QSystemTrayIcon::Information, MessageMs);
        // The icon is only the messenger: it leaves with the message.
        QTimer::singleShot(MessageMs, m_trayIcon, &QSystemTrayIcon::hide);
    }
    emit notified();
}
