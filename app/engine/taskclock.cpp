#include "engine/taskclock.h"

#include <QDateTime>

#include <chrono>

namespace {

class SystemClock final : public TaskClock
{
public:
    qint64 nowMs() const override { return msAt(std::chrono::steady_clock::now()); }
    qint64 msAt(std::chrono::steady_clock::time_point instant) const override
    {
        const auto elapsed = instant - m_steadyAnchor;
        return m_wallAnchor + std::chrono::floor<std::chrono::milliseconds>(elapsed).count();
    }
    qint64 wallMs() const override { return QDateTime::currentMSecsSinceEpoch(); }

private:
    const std::chrono::steady_clock::time_point m_steadyAnchor = std::chrono::steady_clock::now();
    const qint64 m_wallAnchor = QDateTime::currentMSecsSinceEpoch();
};

} // namespace

const TaskClock &TaskClock::system()
{
    static const SystemClock clock; // thread-safe initialisation (C++11 magic statics)
    return clock;
}
