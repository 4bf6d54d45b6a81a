#pragma once

#include "engine/taskclock.h"

#include <atomic>
#include <chrono>

/**
 * The machine's clocks, with what tests need: the wall clock jumps (a suspend, an NTP step) while
 * the monotonic clock does not, and the monotonic clock can be held still while a test compares
 * two computations "at the same instant". Safe on any thread, like the real one.
 */
class FakeClock final : public TaskClock
{
public:
    qint64 nowMs() const override { return msAt(std::chrono::steady_clock::now()); }
    qint64 msAt(std::chrono::steady_clock::time_point instant) const override
    {
        const qint64 frozen = m_frozenAt.load();
        return frozen != 0 ? frozen : TaskClock::system().msAt(instant);
    }
    qint64 wallMs() const override { return TaskClock::system().wallMs() + m_wallOffset.load(); }

    /** The wall clock jumps ahead; CLOCK_MONOTONIC does not count a suspend or an NTP step. */
    void jumpWall(std::chrono::milliseconds by) { m_wallOffset += by.count(); }
    /** Holds nowMs() still until thaw(). */
    void freeze() { m_frozenAt = TaskClock::system().nowMs(); }
    void thaw() { m_frozenAt = 0; }

private:
    std::atomic<qint64> m_wallOffset {0};
    std::atomic<qint64> m_frozenAt {0};
};
