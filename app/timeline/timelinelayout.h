#pragma once

#include "engine/task.h"
#include "timeline/timescale.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>
#include <utility>
#include <vector>

class FifoSchedule;
class TimelineSource;

/**
 * The timeline's geometry, kept apart from painting so that it can be tested. Rows are the lanes
 * (one per worker: a pool thread, or a timer slot on the main thread), then the waiting rows where
 * queued tasks sit at the start the FIFO schedule expects. build() lists what the visible time
 * range shows: bars, and density buckets where bars would be narrower than a pixel. Tasks are read
 * from a TimelineSource whenever build() runs; none is copied.
 */
class TimelineLayout
{
    Q_DECLARE_TR_FUNCTIONS(TimelineLayout)
public:
    /** A worker: a pool thread (Threads), a timer slot (Events) or a worker process's slot. */
    struct Lane
    {
        RunMode mode = RunMode::Threads;
        qint16 worker = 0;
        qint32 pid = 0; ///< Processes: the slot's latest process (a replaced one gets a new pid)
    };
    /** A task drawn as a bar from x0 to x1 (pixels, clipped just outside the plot). */
    struct Bar
    {
        quint64 id = 0;
        double x0 = 0;
        double x1 = 0;
        int row = 0;
        int number = 0; ///< the task's number of seconds
        TaskState state = TaskState::Queued;
    };
    /** Tasks narrower than a pixel, merged into a strip of whole pixel columns [x0, x1). */
    struct Bucket
    {
        int row = 0;
        int x0 = 0;
        int x1 = 0;
        double busy = 0; ///< the merged bars' widths added up, in pixels
        int count = 0;
        quint64 firstId = 0;
        quint64 lastId = 0;
        std::array<int, TaskStateCount> states {};
        bool selected = false;
        bool estimated = false; ///< queued tasks beyond the plan: where they will run is a guess
        /** How much of the strip the tasks cover, 0 to 1. */
        double density() const { return std::min(1.0, busy / std::max(1, x1 - x0)); }
    };

    /** A huge queue is planned task by task this far; the rest is estimated as one strip. */
    static constexpr int MaximumPlanned = 5000;
    /** Bars narrower than this many pixels go into density buckets. */
    static constexpr double MergeWidth = 1.0;
    /** Buckets stay this narrow so that the strip still shows where work is dense. */
    static constexpr int MaximumBucketWidth = 6;

    TimeScale &scale() { return m_scale; }
    const TimeScale &scale() const { return m_scale; }

    /** Rows start at @p top (y of row 0 when not scrolled), each @p height tall, scrolled up by
     *  @p offset pixels. */
    void setRows(double top, double height, double offset);
    double rowHeight() const { return m_rowHeight; }
    int rowCount() const { return laneCount() + m_waitingRows; }
    /** The first waiting row; rows from here on hold queued (and never-started cancelled) tasks. */
    int firstWaitingRow() const { return laneCount(); }
    int waitingRows() const { return m_waitingRows; }
    QRectF rowRect(int row) const;
    /** The row at @p y, or -1. */
    int rowAt(double y) const;
    QString rowLabel(int row) const;

    /** Forgets every lane and the time range: for a new source. */
    void reset();
    /** Learns from a task that started or ended: its lane (first seen, first placed, per mode)
     *  and how far bars reach. Call for every task of a new source, then for each change; a task
     *  off the list (@p listed false) only keeps the search's order and is never drawn. */
    void noteTask(const Task &task, bool listed = true);
    int laneCount() const { return int(m_lanes.size()); }
    const Lane &lane(int index) const { return m_lanes[size_t(index)]; }
    /** The lane of a worker, or -1 when none of its tasks has been noted. */
    int laneOf(RunMode mode, qint16 worker) const;

    /** The queued tasks' expected places must be worked out again (tasks or workers changed). */
    void invalidatePlan() { m_planDirty = true; }
    /** Works out where queued tasks are expected (only when needed: tasks changed, the view
     *  passed what was planned, or a running task overran). */
    void updatePlan(const TimelineSource &source);
    /** Lists bars and buckets in the visible time range, read at source.nowMs(). */
    void build(const TimelineSource &source);
    const std::vector<Bar> &bars() const { return m_bars; }
    const std::vector<Bucket> &buckets() const { return m_buckets; }
    /** "Now" as of the last build. */
    qint64 nowMs() const { return m_nowMs; }
    /** Whether "now" is the present (a line is drawn there), or the end of a finished record. */
    bool isLive() const { return m_live; }
    /** The earliest time a task started or was cancelled; 0 before any. */
    qint64 firstMs() const { return m_firstMs; }
    /** When the last task ends: finished, running, or expected from the FIFO schedule (not "now"
     *  when nothing runs or waits). */
    qint64 lastMs() const;
    /** How many tasks the last build looked at (the visible range is found by binary search). */
    qint64 examinedTasks() const { return m_examined; }

    /** Selected tasks are marked in bars and buckets (sorted ids). */
    void setSelected(std::vector<quint64> ids);
    bool isSelected(quint64 id) const;

    /** The bar or bucket under a point, or nullptr. */
    const Bar *barAt(QPointF point) const;
    const Bucket *bucketAt(QPointF point, double tolerance = 3) const;

private:
    struct Planned
    {
        quint64 id;
        qint64 startMs;
        qint64 endMs;
        int row;
        int number;
    };

    void insertLane(RunMode mode, qint16 worker);
    void planQueued(const TimelineSource &source, quint64 from, double horizonMs);
    qint64 planRunning(FifoSchedule &schedule, const TimelineSource &source, quint64 from) const;
    void estimateTail(
        const TimelineSource &source, quint64 firstId, int count, double meanMs, qint64 startMs);
    void placeTail(double t0, double t1);
    void placeMarks(const TimelineSource &source, double t0, double t1);
    quint64 searchableId(quint64 first, quint64 ordinal) const;
    int packWaitingRow(qint64 startMs, qint64 endMs);
    void placeTask(const Task &task, double t0, double t1);
    void placePlanned(double t0, double t1);
    void add(int row, quint64 id, int number, TaskState state, qint64 startMs, qint64 endMs);
    void merge(int row, quint64 id, TaskState state, double x0, double x1);

    TimeScale m_scale;
    std::vector<Lane> m_lanes; ///< in display order: grouped by mode, first seen first
    std::array<std::vector<qint16>, RunModeCount> m_laneIndex; ///< per mode: worker number → lane, -1 none
    std::vector<Bar> m_bars;
    std::vector<Bucket> m_buckets;
    std::vector<int> m_openBucket; ///< per row: the bucket still growing, or -1
    std::vector<Planned> m_plan; ///< queued tasks up to the plan's horizon, in FIFO order
    Bucket m_tail; ///< the queued tasks beyond MaximumPlanned (count 0: none)
    qint64 m_tailStartMs = 0;
    std::vector<qint64> m_waitingRowEnds;
    std::vector<quint64> m_selected;
    std::vector<quint64> m_holes; ///< tasks cancelled while queued, by id: left out of the search
    std::vector<std::pair<qint64, quint64>> m_marks; ///< the same, by cancel time: their marks
    double m_rowsTop = 0;
    double m_rowHeight = 20;
    double m_rowOffset = 0;
    qint64 m_nowMs = 0;
    bool m_live = true;
    qint64 m_firstMs = 0;
    qint64 m_lastEndMs = 0;
    qint64 m_longestMs = 0; ///< the longest bar of a finished task
    qint64 m_longestPlannedMs = 0;
    qint64 m_planEndMs = 0; ///< when the last queued task is expected to end
    qint64 m_planValidUntilMs = 0;
    double m_planHorizonMs = 0;
    qint64 m_examined = 0;
    int m_waitingRows = 0;
    bool m_planDirty = true;
    bool m_planTruncated = false;
    bool m_unstartedCancelled = false;
};
