#include "timeline/timelinelayout.h"

#include "engine/fifoschedule.h"
#include "engine/taskprogress.h"
#include "timeline/timelinesource.h"
#include "workername.h"

#include <algorithm>
#include <cmath>
#include <limits>

using std::chrono::milliseconds;

namespace {

constexpr qint64 Never = std::numeric_limits<qint64>::max();
/** Start times reported by different pool threads may be a little out of id order. */
constexpr qint64 JitterMs = 1000;
/** While nothing runs, queued tasks "start now": their places move, so re-plan at most this often. */
constexpr qint64 IdlePlanMs = 250;

/**
 * Where a task sits on the time axis for the binary search. Tasks start in FIFO order, so the
 * start times of the tasks that started rise with their ids (within JitterMs), and queued tasks
 * come after them. Tasks cancelled while queued are left out of the search (they are "holes" with
 * no start, and their cancel times follow no order); their marks are found by cancel time.
 */
qint64 sortKey(const Task &task)
{
    return task.startedMs != 0 ? task.startedMs : Never;
}

/** Inserts @p value into the sorted @p values unless it is there (values mostly come last). */
template<typename T> void insertSorted(std::vector<T> &values, const T &value)
{
    const auto it = std::lower_bound(values.begin(), values.end(), value);
    if (it == values.end() || *it != value)
        values.insert(it, value);
}

/** The first id in [first, last) for which @p isAfter holds (it holds for a suffix). */
template<typename Predicate> quint64 partitionPoint(quint64 first, quint64 last, Predicate isAfter)
{
    while (first < last) {
        const quint64 middle = first + (last - first) / 2;
        if (isAfter(middle))
            last = middle;
        else
            first = middle + 1;
    }
    return first;
}

} // namespace

void TimelineLayout::setRows(double top, double height, double offset)
{
    m_rowsTop = top;
    m_rowHeight = std::max(1.0, height);
    m_rowOffset = offset;
}

QRectF TimelineLayout::rowRect(int row) const
{
    return {m_scale.left(), m_rowsTop + row * m_rowHeight - m_rowOffset, m_scale.width(), m_rowHeight};
}

int TimelineLayout::rowAt(double y) const
{
    const double position = (y - m_rowsTop + m_rowOffset) / m_rowHeight;
    if (position < 0 || position >= rowCount())
        return -1;
    return int(position);
}

QString TimelineLayout::rowLabel(int row) const
{
    if (row >= 0 && row < laneCount()) {
        const Lane &l = lane(row);
        return WorkerName::text(l.mode, l.worker, l.pid); // the task list's words, so the two agree
    }
    return row == firstWaitingRow() ? tr("queue") : QString();
}

void TimelineLayout::reset()
{
    m_lanes.clear();
    m_bars.clear();
    m_buckets.clear();
    for (std::vector<qint16> &index : m_laneIndex)
        index.clear();
    m_plan.clear();
    m_firstMs = m_lastEndMs = m_longestMs = m_longestPlannedMs = m_planEndMs = 0;
    m_tail.count = 0;
    m_waitingRows = 0;
    m_planDirty = true;
    m_unstartedCancelled = false;
    m_holes.clear();
    m_marks.clear();
}

void TimelineLayout::noteTask(const Task &task, bool listed)
{
    const bool hole = task.startedMs == 0 && task.state == TaskState::Cancelled;
    if (hole)
        insertSorted(m_holes, task.id); // left out of the search whether listed or not
    if (!listed)
        return;
    if (task.worker >= 0 && laneOf(task.mode, task.worker) < 0)
        insertLane(task.mode, task.worker);
    if (task.pid > 0 && task.worker >= 0)
        m_lanes[size_t(laneOf(task.mode, task.worker))].pid = task.pid;
    const qint64 seen = task.startedMs != 0 ? task.startedMs : task.finishedMs;
    if (seen != 0 && (m_firstMs == 0 || seen < m_firstMs))
        m_firstMs = seen;
    m_lastEndMs = std::max(m_lastEndMs, task.finishedMs);
    if (task.startedMs != 0 && task.finishedMs != 0) {
        m_longestMs = std::max(m_longestMs, task.finishedMs - task.startedMs);
    } else if (task.startedMs == 0 && task.state == TaskState::Cancelled) {
        m_unstartedCancelled = true;
        m_waitingRows = std::max(m_waitingRows, 1);
        insertSorted(m_marks, std::pair(task.finishedMs, task.id));
    }
}

int TimelineLayout::laneOf(RunMode mode, qint16 worker) const
{
    const std::vector<qint16> &index = m_laneIndex[size_t(mode)];
    return worker >= 0 && size_t(worker) < index.size() ? index[size_t(worker)] : -1;
}

void TimelineLayout::insertLane(RunMode mode, qint16 worker)
{
    // Lanes of one mode stay together, in the order their workers were first seen.
    auto position = std::find_if(m_lanes.rbegin(), m_lanes.rend(), [mode](const Lane &l) {
        return l.mode == mode;
    }).base();
    if (position == m_lanes.begin()) // a new mode: its group goes last
        position = m_lanes.end();
    m_lanes.insert(position, {mode, worker});
    std::vector<qint16> &index = m_laneIndex[size_t(mode)];
    if (size_t(worker) >= index.size())
        index.resize(size_t(worker) + 1, -1);
    for (size_t i = 0; i < m_lanes.size(); ++i)
        m_laneIndex[size_t(m_lanes[i].mode)][size_t(m_lanes[i].worker)] = qint16(i);
}

qint64 TimelineLayout::lastMs() const
{
    return std::max(m_lastEndMs, m_planEndMs);
}

void TimelineLayout::updatePlan(const TimelineSource &source)
{
    const qint64 now = source.nowMs();
    const double horizon = m_scale.endMs() + m_scale.width() / m_scale.pxPerMs();
    if (!m_planDirty && now <= m_planValidUntilMs && !(m_planTruncated && m_scale.endMs() > m_planHorizonMs))
        return;
    m_nowMs = now;
    m_planDirty = false;
    planQueued(source, std::max(source.firstId(), source.oldestUnfinishedId()), horizon);
}

void TimelineLayout::planQueued(const TimelineSource &source, quint64 from, double horizonMs)
{
    m_plan.clear();
    m_waitingRowEnds.clear();
    m_planTruncated = false;
    m_planHorizonMs = horizonMs;
    m_longestPlannedMs = 0;
    m_tail.count = 0;
    FifoSchedule schedule = source.emptySchedule();
    const qint64 firstRunningEnd = planRunning(schedule, source, from);
    // Queued tasks in FIFO order, each where the schedule starts it; a huge queue only in part,
    // so that a frame costs the same with a thousand queued tasks or a million.
    const int queued = source.count(TaskState::Queued);
    int planned = 0;
    qint64 plannedMs = 0;
    qint64 lastStart = m_nowMs;
    quint64 id = from;
    for (const quint64 end = source.endId(); id < end && planned < std::min(queued, MaximumPlanned); ++id) {
        const Task &t = source.task(id);
        if (t.state != TaskState::Queued)
            continue;
        ++planned;
        plannedMs += t.duration.count();
        lastStart = m_nowMs + schedule.addQueued(t.duration, t.work == WorkKind::Compute).count();
        if (double(lastStart) > horizonMs) {
            m_planTruncated = true; // keep going: the makespan needs them
            continue;
        }
        const qint64 finish = lastStart + t.duration.count();
        m_plan.push_back({id, lastStart, finish, packWaitingRow(lastStart, finish), t.number});
        m_longestPlannedMs = std::max(m_longestPlannedMs, qint64(t.duration.count()));
    }
    const bool busy = queued > 0 || source.count(TaskState::Running) > 0;
    m_planEndMs = busy ? m_nowMs + schedule.makespan().count() : 0;
    if (planned < queued)
        estimateTail(source, id, queued - planned, planned > 0 ? double(plannedMs) / planned : 0, lastStart);
    m_waitingRows
        = std::max(int(m_waitingRowEnds.size()), (m_unstartedCancelled || m_tail.count > 0) ? 1 : 0);
    // The places hold until a running task should have ended; its end event re-plans sooner.
    if (m_plan.empty() && !m_planTruncated)
        m_planValidUntilMs = Never;
    else
        m_planValidUntilMs = firstRunningEnd == Never ? m_nowMs + IdlePlanMs : firstRunningEnd + IdlePlanMs;
}

void TimelineLayout::estimateTail(
    const TimelineSource &source, quint64 firstId, int count, double meanMs, qint64 startMs)
{
    // The rest share the workers evenly: about their mean duration each.
    m_planTruncated = true;
    m_tail = {0, 0, 0, 0, count, firstId, source.endId() - 1, {}, false, true};
    m_tail.states[size_t(TaskState::Queued)] = count;
    m_tailStartMs = startMs;
    m_planEndMs += qint64(count * meanMs / std::max(1, source.workers()));
}

qint64 TimelineLayout::planRunning(FifoSchedule &schedule, const TimelineSource &source, quint64 from) const
{
    // Running tasks are at the head of the queue: stop once all of them are found.
    const int running = source.count(TaskState::Running);
    qint64 firstEnd = Never;
    int found = 0;
    for (quint64 id = from, end = source.endId(); id < end && found < running; ++id) {
        const Task &t = source.task(id);
        if (t.state != TaskState::Running)
            continue;
        ++found;
        // A computing task's end: the CPU it still needs, at the share of a core it has had.
        const qint64 remaining = TaskProgress::remainingMs(t, m_nowMs);
        schedule.addRunning(milliseconds(remaining), t.work == WorkKind::Compute);
        firstEnd = std::min(firstEnd, m_nowMs + remaining);
    }
    return firstEnd;
}

int TimelineLayout::packWaitingRow(qint64 startMs, qint64 endMs)
{
    // First fit: starts come in order, so this uses no more rows than tasks can run at once.
    for (size_t row = 0; row < m_waitingRowEnds.size(); ++row) {
        if (m_waitingRowEnds[row] <= startMs) {
            m_waitingRowEnds[row] = endMs;
            return firstWaitingRow() + int(row);
        }
    }
    m_waitingRowEnds.push_back(endMs);
    return firstWaitingRow() + int(m_waitingRowEnds.size()) - 1;
}

quint64 TimelineLayout::searchableId(quint64 first, quint64 ordinal) const
{
    // The ordinal-th id from `first` that is not a hole: the holes before it push it further.
    // Before hole j there are (hole_j - first - j) searchable ids, a count that rises with j.
    const size_t base = size_t(std::lower_bound(m_holes.begin(), m_holes.end(), first) - m_holes.begin());
    size_t low = base;
    size_t high = m_holes.size();
    while (low < high) {
        const size_t middle = low + (high - low) / 2;
        if (m_holes[middle] - first - (middle - base) <= ordinal)
            low = middle + 1;
        else
            high = middle;
    }
    return first + ordinal + (low - base);
}

void TimelineLayout::build(const TimelineSource &source)
{
    updatePlan(source);
    m_nowMs = source.nowMs();
    m_live = source.isLive();
    m_bars.clear();
    m_buckets.clear();
    m_openBucket.assign(size_t(rowCount()), -1);
    const double t0 = m_scale.startMs();
    const double t1 = m_scale.endMs();
    const quint64 first = source.firstId();
    const quint64 end = source.endId();
    // The search runs over ordinals of the ids that are not holes, whose keys rise.
    const quint64 holes = quint64(std::lower_bound(m_holes.begin(), m_holes.end(), end)
        - std::lower_bound(m_holes.begin(), m_holes.end(), first));
    const quint64 searchable = end - first - std::min(holes, end - first);
    auto key = [&](quint64 ordinal) { return double(sortKey(source.task(searchableId(first, ordinal)))); };
    auto idOf = [&](quint64 ordinal) { return ordinal < searchable ? searchableId(first, ordinal) : end; };
    // Nothing that starts after the visible range shows, and a finished bar that started more
    // than the longest finished bar before it cannot reach it. Running bars reach "now": every
    // unfinished task is looked at (they are few, unless one started long ago).
    const quint64 upperOrdinal
        = partitionPoint(0, searchable, [&](quint64 n) { return key(n) > t1 + JitterMs; });
    const quint64 lowerOrdinal = partitionPoint(
        0, upperOrdinal, [&](quint64 n) { return key(n) >= t0 - double(m_longestMs + JitterMs); });
    const quint64 upper = idOf(upperOrdinal);
    const quint64 lower = std::min(idOf(lowerOrdinal), std::max(first, source.oldestUnfinishedId()));
    for (quint64 id = lower; id < upper; ++id) {
        if (source.isListed(id))
            placeTask(source.task(id), t0, t1);
    }
    m_examined = qint64(upper - std::min(lower, upper));
    placeMarks(source, t0, t1);
    placePlanned(t0, t1);
    placeTail(t0, t1);
}

void TimelineLayout::placeMarks(const TimelineSource &source, double t0, double t1)
{
    if (m_waitingRows == 0)
        return;
    // Cancelled while queued: a mark in the queue row when it left, found by that time.
    auto it = std::lower_bound(m_marks.begin(), m_marks.end(), std::pair(qint64(std::ceil(t0)), quint64(0)));
    for (; it != m_marks.end() && double(it->first) <= t1; ++it) {
        if (it->second < source.endId() && source.isListed(it->second)) {
            const Task &task = source.task(it->second);
            add(firstWaitingRow(), task.id, task.number, task.state, it->first, it->first);
        }
    }
}

void TimelineLayout::placeTail(double t0, double t1)
{
    if (m_tail.count == 0 || double(m_tailStartMs) > t1 || double(m_planEndMs) < t0)
        return;
    const double x0 = std::max(m_scale.xForTime(double(m_tailStartMs)), m_scale.left() - 2);
    const double x1 = std::min(m_scale.xForTime(double(m_planEndMs)), m_scale.right() + 2);
    Bucket tail = m_tail;
    tail.row = firstWaitingRow();
    tail.x0 = int(std::floor(x0));
    tail.x1 = std::max(tail.x0 + 1, int(std::ceil(x1)));
    tail.busy = (tail.x1 - tail.x0) / 2.0;
    m_buckets.push_back(tail);
}

void TimelineLayout::placeTask(const Task &task, double t0, double t1)
{
    if (task.startedMs == 0)
        return; // queued (planned elsewhere), or cancelled while queued (placeMarks)
    const int row = laneOf(task.mode, task.worker);
    const qint64 end = task.state == TaskState::Running
        ? std::max(m_nowMs, m_nowMs + TaskProgress::remainingMs(task, m_nowMs))
        : (task.finishedMs != 0 ? task.finishedMs : m_nowMs);
    if (row < 0 || double(end) < t0 || double(task.startedMs) > t1)
        return;
    add(row, task.id, task.number, task.state, task.startedMs, end);
}

void TimelineLayout::placePlanned(double t0, double t1)
{
    const double from = t0 - double(m_longestPlannedMs);
    auto it = std::lower_bound(m_plan.begin(), m_plan.end(), from,
        [](const Planned &p, double ms) { return double(p.startMs) < ms; });
    for (; it != m_plan.end() && double(it->startMs) <= t1; ++it) {
        if (double(it->endMs) >= t0 && it->row < rowCount())
            add(it->row, it->id, it->number, TaskState::Queued, it->startMs, it->endMs);
    }
}

void TimelineLayout::add(int row, quint64 id, int number, TaskState state, qint64 startMs, qint64 endMs)
{
    const double low = m_scale.left() - 2;
    const double high = m_scale.right() + 2;
    const double x0 = std::clamp(m_scale.xForTime(double(startMs)), low, high);
    const double x1 = std::clamp(m_scale.xForTime(double(endMs)), low, high);
    if (x1 - x0 < MergeWidth) {
        merge(row, id, state, x0, x1);
        return;
    }
    m_openBucket[size_t(row)] = -1;
    m_bars.push_back({id, x0, x1, row, number, state});
}

void TimelineLayout::merge(int row, quint64 id, TaskState state, double x0, double x1)
{
    const int column = int(std::floor(x0));
    const int right = std::max(column + 1, int(std::ceil(x1)));
    int &open = m_openBucket[size_t(row)];
    // Join the growing bucket when the bar starts inside it, or right after it while it is narrow.
    const Bucket *last = open >= 0 ? &m_buckets[size_t(open)] : nullptr;
    const bool joins
        = last && (column < last->x1 || (column == last->x1 && last->x1 - last->x0 < MaximumBucketWidth));
    if (!joins) {
        open = int(m_buckets.size());
        m_buckets.push_back({row, column, right, 0, 0, id, id, {}, false, false});
    }
    Bucket &b = m_buckets[size_t(open)];
    b.x1 = std::max(b.x1, std::min(right, b.x0 + MaximumBucketWidth));
    b.busy += x1 - x0;
    ++b.count;
    b.lastId = id;
    ++b.states[size_t(state)];
    b.selected = b.selected || isSelected(id);
}

void TimelineLayout::setSelected(std::vector<quint64> ids)
{
    std::sort(ids.begin(), ids.end());
    m_selected = std::move(ids);
}

bool TimelineLayout::isSelected(quint64 id) const
{
    return !m_selected.empty() && std::binary_search(m_selected.begin(), m_selected.end(), id);
}

const TimelineLayout::Bar *TimelineLayout::barAt(QPointF point) const
{
    const int row = rowAt(point.y());
    for (const Bar &bar : m_bars) {
        if (bar.row == row && point.x() >= bar.x0 && point.x() < bar.x1)
            return &bar;
    }
    return nullptr;
}

const TimelineLayout::Bucket *TimelineLayout::bucketAt(QPointF point, double tolerance) const
{
    const int row = rowAt(point.y());
    for (const Bucket &bucket : m_buckets) {
        if (bucket.row == row && point.x() >= bucket.x0 - tolerance && point.x() < bucket.x1 + tolerance)
            return &bucket;
    }
    return nullptr;
}
