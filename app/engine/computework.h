#pragma once

#include <atomic>
#include <chrono>
#include <functional>

/**
 * The work of a computing task: spends a given amount of one core's time on real computation
 * (a hash chain, which no compiler can skip), in slices of at most SliceCpuTime. Between slices
 * it reads a cancel flag, so a cancel interrupts it at once. The time counted is the calling
 * thread's own CPU time (CLOCK_THREAD_CPUTIME_ID), not the wall clock: four computing threads
 * on two cores each take twice as long in wall time, as they would in any program.
 *
 * Shared by every runner (a pool thread, the event loop's thread, a worker process).
 */
class ComputeWork
{
public:
    enum class Outcome { Done, Cancelled };
    /** Told the CPU time spent so far, about every ProgressInterval of wall time. */
    using Progress = std::function<void(std::chrono::milliseconds cpuDone)>;

    /** How much CPU time a slice may take at most: the longest a cancel waits for the flag to be read. */
    static constexpr std::chrono::milliseconds SliceCpuTime {1};
    /** How often (wall time) run() tells its progress: often enough for a 10 Hz progress bar. */
    static constexpr std::chrono::milliseconds ProgressInterval {100};

    /** Computes on this thread until it has spent @p cpuTime of CPU, or @p cancel is set. */
    static Outcome run(
        std::chrono::milliseconds cpuTime, const std::atomic<bool> &cancel, const Progress &progress = {});
    /** The calling thread's CPU time so far. */
    static std::chrono::nanoseconds threadCpuTime();
};
