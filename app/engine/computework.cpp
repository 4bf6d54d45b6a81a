#include "engine/computework.h"

#include <QtGlobal>

#include <algorithm>
#include <ctime>

namespace {

using std::chrono::nanoseconds;

/** A slice aims at a quarter of SliceCpuTime, so a slow slice (a cache miss, an interrupt) stays within it.
 */
constexpr nanoseconds SliceTarget = std::chrono::duration_cast<nanoseconds>(ComputeWork::SliceCpuTime) / 4;

/** One slice of real work: an FNV-1a style hash chain; each step depends on the one before. */
quint64 hashSlice(quint64 state, quint64 rounds)
{
    for (quint64 i = 0; i < rounds; ++i) {
        state ^= i;
        state *= 0x100000001b3ULL;
        state ^= state >> 29;
    }
    return state;
}

} // namespace

// Kept where the compiler must assume someone reads it, so the hash cannot be optimised away.
static std::atomic<quint64> g_sink {0};

nanoseconds ComputeWork::threadCpuTime()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return std::chrono::seconds(now.tv_sec) + nanoseconds(now.tv_nsec);
}

ComputeWork::Outcome ComputeWork::run(
    std::chrono::milliseconds cpuTime, const std::atomic<bool> &cancel, const Progress &progress)
{
    const nanoseconds start = threadCpuTime();
    const nanoseconds budget = cpuTime;
    auto nextReport = std::chrono::steady_clock::now() + ProgressInterval;
    quint64 rounds = 1024; // adapted after each slice to take about SliceTarget
    quint64 state = 0xcbf29ce484222325ULL;
    nanoseconds spent {0};
    while (spent < budget) {
        if (cancel.load(std::memory_order_relaxed))
            return Outcome::Cancelled;
        const nanoseconds before = threadCpuTime();
        state = hashSlice(state, rounds);
        const nanoseconds after = threadCpuTime();
        spent = after - start;
        const nanoseconds took = std::max(after - before, nanoseconds(1));
        rounds = std::clamp<quint64>(
            quint64(double(rounds) * double(SliceTarget.count()) / double(took.count())), rounds / 2 + 1,
            rounds * 2);
        if (progress && std::chrono::steady_clock::now() >= nextReport) {
            nextReport += ProgressInterval;
            progress(std::chrono::duration_cast<std::chrono::milliseconds>(std::min(spent, budget)));
        }
    }
    g_sink.fetch_xor(state, std::memory_order_relaxed);
    return Outcome::Done;
}
