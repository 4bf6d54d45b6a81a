#include "timeline/timelinearea.h"

#include "timeline/timelinesource.h"
#include "timeline/timelinetooltip.h"

#include <QApplication>
#include <QGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr double ZoomStep = 1.25;
constexpr int RightMargin = 8;

} // namespace

TimelineArea::TimelineArea(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted
    viewport()->grabGesture(Qt::PinchGesture);
    m_painter.setStyle(palette(), font());
}

TimelineArea::~TimelineArea() = default;

void TimelineArea::showSource(const TimelineSource *source)
{
    m_source = source;
    m_layout.reset();
    if (m_source) {
        for (quint64 id = m_source->firstId(); id < m_source->endId(); ++id)
            m_layout.noteTask(m_source->task(id), m_source->isListed(id));
    }
    m_labelledLanes = -1;
    refresh();
}

void TimelineArea::refresh()
{
    m_layout.invalidatePlan();
    arrange(viewport()->size(), false);
    viewport()->update();
}

void TimelineArea::arrange(const QSize &size, bool allRows)
{
    if (!m_source)
        return;
    m_layout.updatePlan(*m_source);
    updateRowLabels();
    const int labelWidth = std::min(labelColumnWidth(), size.width() * 2 / 5);
    m_layout.scale().setPlot(labelWidth, size.width() - labelWidth - RightMargin);
    m_navigation.arrange(m_layout.scale(), m_layout.firstMs(), m_layout.lastMs(), m_source->nowMs(),
        TimelineNavigation::focusMs(*m_source));
    arrangeRows(size, allRows);
    if (!allRows)
        updateScrollBars();
}

void TimelineArea::arrangeRows(const QSize &size, bool allRows)
{
    const int rows = m_layout.rowCount();
    const int available = std::max(1, size.height() - m_painter.axisHeight());
    const int height = rows == 0 ? m_painter.preferredRowHeight()
                                 : std::clamp(available / rows, m_painter.minimumRowHeight(),
                                     std::max(m_painter.minimumRowHeight(), m_painter.preferredRowHeight()));
    const int overflow = std::max(0, rows * height - available);
    const int offset = allRows ? 0 : std::clamp(verticalScrollBar()->value(), 0, overflow);
    m_layout.setRows(m_painter.axisHeight(), height, offset);
}

void TimelineArea::updateScrollBars()
{
    m_arranging = true;
    const int available = std::max(1, viewport()->height() - m_painter.axisHeight());
    const int overflow = std::max(0, m_layout.rowCount() * int(m_layout.rowHeight()) - available);
    verticalScrollBar()->setRange(0, overflow);
    verticalScrollBar()->setPageStep(available);
    verticalScrollBar()->setSingleStep(int(m_layout.rowHeight()));

    const TimelineNavigation::ScrollBar time
        = m_navigation.scrollBar(m_layout.scale(), m_layout.firstMs(), m_layout.lastMs(), m_source->nowMs());
    horizontalScrollBar()->setRange(0, time.maximum);
    horizontalScrollBar()->setPageStep(time.pageStep);
    horizontalScrollBar()->setSingleStep(time.singleStep);
    horizontalScrollBar()->setValue(time.value);
    m_arranging = false;
}

void TimelineArea::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dy);
    if (m_arranging || !m_source)
        return;
    if (dx != 0) { // the user moved the time scroll bar
        m_navigation.scrollTo(m_layout.scale(), horizontalScrollBar()->value());
        setFollowNow(false);
    }
    arrangeRows(viewport()->size(), false);
    viewport()->update();
}

void TimelineArea::updateRowLabels()
{
    // Lanes are only ever added and the queue rows change in number: counts tell when to relabel.
    if (m_labelledLanes == m_layout.laneCount() && m_labelledWaitingRows == m_layout.waitingRows())
        return;
    m_labelledLanes = m_layout.laneCount();
    m_labelledWaitingRows = m_layout.waitingRows();
    m_rowLabels.resize(size_t(m_layout.rowCount()));
    for (int row = 0; row < m_layout.rowCount(); ++row)
        m_rowLabels[size_t(row)] = m_layout.rowLabel(row);
    m_labelColumnWidth = m_painter.labelColumnWidth(m_rowLabels);
}

void TimelineArea::setEmptyText(const QString &text)
{
    m_painter.setEmptyText(text);
    viewport()->update();
}

void TimelineArea::setMinimumLabelColumnWidth(int width)
{
    m_minimumLabelColumnWidth = width;
    refresh();
}

QRectF TimelineArea::plotRect() const
{
    const TimeScale &scale = m_layout.scale();
    return {scale.left(), double(m_painter.axisHeight()), scale.width(),
        double(viewport()->height() - m_painter.axisHeight())};
}

void TimelineArea::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(viewport());
    paintTimeline(painter, viewport()->rect());
}

void TimelineArea::paintTimeline(QPainter &painter, const QRectF &area)
{
    if (!m_source || m_source->firstId() == m_source->endId()) {
        m_painter.paintEmpty(painter, area);
        return;
    }
    m_layout.build(*m_source);
    m_painter.setFirstId(m_source->firstId());
    m_painter.paint(painter, m_layout, m_rowLabels, area);
}

void TimelineArea::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_painter.retranslate();
        m_labelledLanes = -1; // relabelled by the next arrangement
        break;
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        m_painter.setStyle(palette(), font());
        m_labelledLanes = -1; // the labels' width changes with the font
        break;
    default:
        return;
    }
    refresh();
}

void TimelineArea::setFollowNow(bool follow)
{
    if (follow == m_followNowShown)
        return;
    m_navigation.setFollowNow(follow);
    m_followNowShown = follow;
    if (follow)
        refresh();
    emit followNowChanged(follow);
}

void TimelineArea::setVisibleTimeRange(qint64 fromMs, qint64 toMs)
{
    leaveAutomaticView();
    arrange(viewport()->size(), false);
    m_layout.scale().fit(double(fromMs), double(toMs));
    updateScrollBars();
    viewport()->update();
}

void TimelineArea::zoomIn()
{
    zoomAt(m_layout.scale().left() + m_layout.scale().width() / 2, ZoomStep * ZoomStep);
}

void TimelineArea::zoomOut()
{
    zoomAt(m_layout.scale().left() + m_layout.scale().width() / 2, 1 / (ZoomStep * ZoomStep));
}

void TimelineArea::zoomToFit()
{
    m_navigation.setFitAll(true);
    refresh();
}

void TimelineArea::zoomAt(double x, double factor)
{
    if (!m_source)
        return;
    m_navigation.zoomAt(m_layout.scale(), x, factor, m_source->nowMs());
    arrange(viewport()->size(), false);
    viewport()->update();
}

void TimelineArea::scrollTime(double dx)
{
    leaveAutomaticView();
    m_layout.scale().scrollBy(dx);
    updateScrollBars();
    viewport()->update();
}

void TimelineArea::leaveAutomaticView()
{
    m_navigation.leave();
    setFollowNow(false);
}

void TimelineArea::setSelectedTasks(const QList<quint64> &ids)
{
    m_layout.setSelected(std::vector<quint64>(ids.begin(), ids.end()));
    if (ids.size() == 1)
        revealTask(ids.front());
    viewport()->update();
}

void TimelineArea::revealTask(quint64 id)
{
    if (!m_source || id < m_source->firstId() || id >= m_source->endId())
        return;
    const Task &task = m_source->task(id);
    const int row = m_layout.laneOf(task.mode, task.worker);
    if (task.startedMs == 0 || row < 0)
        return;
    TimeScale &scale = m_layout.scale();
    const double end = double(task.finishedMs != 0 ? task.finishedMs : m_source->nowMs());
    if (end < scale.startMs() || double(task.startedMs) > scale.endMs()) {
        leaveAutomaticView();
        scale.placeTime(double(task.startedMs), 1.0 / 3);
        updateScrollBars();
    }
    const QRectF rect = m_layout.rowRect(row);
    if (rect.top() < m_painter.axisHeight() || rect.bottom() > viewport()->height())
        verticalScrollBar()->setValue(
            int(row * m_layout.rowHeight()) - (viewport()->height() - m_painter.axisHeight()) / 2);
}

QSize TimelineArea::sizeHint() const
{
    return {640, m_painter.axisHeight() + 4 * m_painter.preferredRowHeight() + 20};
}

QSize TimelineArea::minimumSizeHint() const
{
    return {240, m_painter.axisHeight() + 2 * m_painter.minimumRowHeight()};
}

void TimelineArea::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    arrange(viewport()->size(), false);
}

bool TimelineArea::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip:
        showToolTip(static_cast<QHelpEvent *>(event));
        return true;
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() != Qt::ZoomNativeGesture)
            break;
        zoomAt(gesture->position().x(), 1.0 + gesture->value());
        return true;
    }
    case QEvent::Gesture: {
        auto *gestures = static_cast<QGestureEvent *>(event);
        auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture));
        if (!pinch)
            break;
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
            zoomAt(viewport()->mapFromGlobal(pinch->centerPoint()).x(), pinch->scaleFactor());
        gestures->accept(pinch);
        return true;
    }
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineArea::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAt(event->position().x(), std::pow(ZoomStep, delta.y() / 120.0));
        event->accept();
        return;
    }
    const bool alongRows
        = std::abs(delta.y()) > std::abs(delta.x()) && !(event->modifiers() & Qt::ShiftModifier);
    if (alongRows && verticalScrollBar()->maximum() > 0) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const double steps = (delta.x() != 0 ? delta.x() : delta.y()) / 120.0;
    scrollTime(-steps * m_layout.scale().width() / 10);
    event->accept();
}

void TimelineArea::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position();
}

void TimelineArea::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const QPointF moved = event->position() - m_pressPosition;
    if (!m_dragging && moved.manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true; // dragging moves along time and, with many lanes, along rows
    m_pressPosition = event->position();
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(moved.y()));
    scrollTime(-moved.x());
}

void TimelineArea::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_pressed = false;
    if (!m_dragging)
        clickAt(event->position());
    m_dragging = false;
}

void TimelineArea::clickAt(QPointF point)
{
    if (!m_source)
        return;
    m_layout.build(*m_source); // hit-test what is placed now, not what the last paint showed
    if (const TimelineLayout::Bar *bar = m_layout.barAt(point)) {
        select(bar->id);
    } else if (const TimelineLayout::Bucket *bucket = m_layout.bucketAt(point)) {
        if (bucket->count == 1)
            select(bucket->firstId);
        else // too many to tell apart: look closer
            zoomAt(point.x(), 4);
    }
}

void TimelineArea::select(quint64 id)
{
    m_layout.setSelected({id});
    viewport()->update();
    emit taskClicked(id);
}

void TimelineArea::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        leaveAutomaticView();
        m_layout.scale().placeTime(double(m_layout.firstMs()), 0.02);
        refresh();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void TimelineArea::showToolTip(QHelpEvent *event)
{
    QString text;
    if (m_source)
        m_layout.build(*m_source);
    if (const TimelineLayout::Bar *bar = m_source ? m_layout.barAt(event->pos()) : nullptr) {
        const Task &task = m_source->task(bar->id);
        const int lane = m_layout.laneOf(task.mode, task.worker);
        const double expected = bar->state == TaskState::Queued && bar->x0 >= m_layout.scale().left()
            ? m_layout.scale().timeForX(bar->x0)
            : 0;
        text = TimelineToolTip::forTask(task, lane >= 0 ? m_layout.rowLabel(lane) : QString(),
            m_source->nowMs(), qint64(expected), m_source->firstId());
    } else if (const TimelineLayout::Bucket *bucket = m_layout.bucketAt(event->pos())) {
        text = TimelineToolTip::forBucket(*bucket, m_source->firstId());
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->globalPos(), text, viewport());
}
