#pragma once
// For bench_window: how long a key typed into a field waits before the GUI thread handles it.

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

/**
 * Types into a field as a keyboard does, from outside the GUI thread: every @p interval a key is
 * posted with the time it was pressed, and the field's filter measures how long it waited.
 */
class TypingProbe : public QObject
{
public:
    using Clock = std::chrono::steady_clock;
    explicit TypingProbe(QWidget *field) : m_field(field) { field->installEventFilter(this); }
    ~TypingProbe() override { stop(); }
    void start(std::chrono::milliseconds interval)
    {
        m_typist = std::thread([this, interval] {
            std::unique_lock<std::mutex> lock(m_mutex);
            while (!m_stopping) {
                m_pressed.push_back(Clock::now());
                QCoreApplication::postEvent(
                    m_field, new QKeyEvent(QEvent::KeyPress, Qt::Key_1, Qt::NoModifier, QStringLiteral("1")));
                QCoreApplication::postEvent(m_field,
                    new QKeyEvent(QEvent::KeyRelease, Qt::Key_1, Qt::NoModifier, QStringLiteral("1")));
                m_wake.wait_for(lock, interval, [this] { return m_stopping; });
            }
        });
    }
    void stop()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_typist.joinable())
            m_typist.join();
    }
    double longestMs() const { return m_longestMs; }
    int keys() const { return m_keys; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_field && event->type() == QEvent::KeyPress) {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_pressed.empty()) {
                const std::chrono::duration<double, std::milli> waited = Clock::now() - m_pressed.front();
                m_pressed.pop_front();
                m_longestMs = std::max(m_longestMs, waited.count());
                ++m_keys;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_field;
    std::thread m_typist;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Clock::time_point> m_pressed;
    double m_longestMs = 0;
    int m_keys = 0;
    bool m_stopping = false;
};
