#include "timelineview.h"

#include "taskqueue.h"
#include "taskqueuesource.h"
#include "tasktablemodel.h"
#include "timelinesource.h"
#include "timelinetooltip.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGestureEvent>
#include <QImageWriter>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QStandardPaths>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr int FrameIntervalMs = 33; // at most ~30 repaints a second
constexpr double FitMaximumPxPerMs = 0.25; // "fit" never stretches a second wider than 250 px
constexpr double FollowPosition = 2.0 / 3; // "now" two thirds across: queued tasks show at the right
constexpr double ZoomStep = 1.25;
constexpr int RightMargin = 8;

} // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->grabGesture(Qt::PinchGesture);
    m_frameTimer.setInterval(FrameIntervalMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &TimelineView::onFrame);
    m_painter.setStyle(palette(), font());
    createActions();
    retranslate();
}

TimelineView::~TimelineView() = default;

void TimelineView::createActions()
{
    m_followAction = new QAction(this);
    m_followAction->setObjectName(QStringLiteral("followNowAction"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(m_followNow);
    m_followAction->setShortcut(Qt::Key_End);
    connect(m_followAction, &QAction::toggled, this, &TimelineView::setFollowNow);
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, this, &TimelineView::zoomIn);
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, &TimelineView::zoomOut);
    m_fitAction = new QAction(this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAction, &QAction::triggered, this, &TimelineView::zoomToFit);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportTimelineAction"));
    connect(m_exportAction, &QAction::triggered, this, &TimelineView::exportPngWithDialog);
    for (QAction *action : {m_followAction, m_zoomInAction, m_zoomOutAction, m_fitAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    addAction(separator);
    addAction(m_exportAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TimelineView::retranslate()
{
    m_followAction->setText(tr("&Follow Now"));
    m_followAction->setToolTip(tr("Keep the current time in view"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_fitAction->setText(tr("Zoom to &Fit"));
    m_exportAction->setText(tr("&Export Timeline as PNG…"));
    setToolTip(QString());
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("One lane per worker; each task is a bar from its start to its end."));
    m_painter.retranslate();
    m_rowLabels.clear(); // relabelled by the next arrange
}

void TimelineView::setQueue(TaskQueue *queue)
{
    for (QMetaObject::Connection &connection : m_queueConnections)
        disconnect(connection);
    m_queue = queue;
    m_queueSource = queue ? std::make_unique<TaskQueueSource>(queue) : nullptr;
    m_source = m_queueSource.get();
    if (queue)
        connectQueue();
    reload();
}

void TimelineView::connectQueue()
{
    m_queueConnections[0] = connect(m_queue, &TaskQueue::tasksAdded, this, &TimelineView::onTasksAdded);
    m_queueConnections[1] = connect(m_queue, &TaskQueue::taskChanged, this, &TimelineView::onTaskChanged);
    m_queueConnections[2] = connect(m_queue, &QObject::destroyed, this, [this] {
        m_source = nullptr;
        m_queueSource.reset();
        reload();
    });
    connect(m_queue, &TaskQueue::stateChanged, this, &TimelineView::refresh);
}

void TimelineView::setSource(const TimelineSource *source)
{
    setQueue(nullptr);
    m_source = source;
    reload();
}

void TimelineView::reload()
{
    m_layout.reset();
    if (m_source) {
        for (quint64 id = m_source->firstId(); id < m_source->endId(); ++id)
            m_layout.noteTask(m_source->task(id));
    }
    m_rowLabels.clear();
    refresh();
}

void TimelineView::refresh()
{
    m_layout.invalidatePlan();
    arrange(viewport()->size(), false);
    viewport()->update();
    if (anythingRunning() && isVisible())
        m_frameTimer.start();
}

void TimelineView::onTasksAdded()
{
    m_layout.invalidatePlan();
    scheduleFrame();
}

void TimelineView::onTaskChanged(quint64 id)
{
    m_layout.noteTask(m_queue->task(id));
    m_layout.invalidatePlan();
    scheduleFrame();
}

void TimelineView::scheduleFrame()
{
    // Changes are gathered: one arrangement and one repaint per frame, however many tasks changed.
    m_dirty = true;
    if (!m_frameTimer.isActive() && isVisible())
        m_frameTimer.start();
}

void TimelineView::onFrame()
{
    const bool running = anythingRunning();
    if (m_dirty || running) {
        m_dirty = false;
        arrange(viewport()->size(), false);
        viewport()->update();
    }
    if (!running)
        m_frameTimer.stop();
}

bool TimelineView::anythingRunning() const
{
    return m_queue && m_queue->count(TaskState::Running) > 0;
}

void TimelineView::arrange(const QSize &size, bool allRows)
{
    if (!m_source)
        return;
    m_layout.updatePlan(*m_source);
    updateRowLabels();
    m_labelWidth = std::min(m_painter.labelColumnWidth(m_rowLabels), size.width() * 2 / 5);
    m_layout.scale().setPlot(m_labelWidth, size.width() - m_labelWidth - RightMargin);
    arrangeTime();
    arrangeRows(size, allRows);
    if (!allRows)
        updateScrollBars();
}

void TimelineView::arrangeTime()
{
    TimeScale &scale = m_layout.scale();
    const qint64 now = m_source->nowMs();
    const double first = double(m_layout.firstMs() != 0 ? m_layout.firstMs() : now);
    const double last = std::max(double(m_layout.lastMs()), first + 1000);
    const double margin = (last - first) * 0.02;
    if (m_fitAll) {
        scale.fit(first - margin, last + margin, FitMaximumPxPerMs);
    } else if (m_followNow) {
        scale.placeTime(double(now), FollowPosition);
        if (scale.startMs() < first - margin) // nothing to see before the first task
            scale.setWindow(first - margin, scale.pxPerMs());
    }
}

void TimelineView::arrangeRows(const QSize &size, bool allRows)
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

void TimelineView::updateScrollBars()
{
    m_arranging = true;
    const int available = std::max(1, viewport()->height() - m_painter.axisHeight());
    const int overflow = std::max(0, m_layout.rowCount() * int(m_layout.rowHeight()) - available);
    verticalScrollBar()->setRange(0, overflow);
    verticalScrollBar()->setPageStep(available);
    verticalScrollBar()->setSingleStep(int(m_layout.rowHeight()));

    // The horizontal bar spans everything from the first task to the last expected end, and the
    // view itself; its unit grows when a long run in pixels would not fit in an int.
    const TimeScale &scale = m_layout.scale();
    const double first = double(m_layout.firstMs() != 0 ? m_layout.firstMs() : m_source->nowMs());
    const double last = std::max(double(m_layout.lastMs()), first + 1000);
    const double margin = (last - first) * 0.02;
    const double from = std::min(first - margin, scale.startMs());
    const double to = std::max(last + margin, scale.endMs());
    const double viewMs = scale.endMs() - scale.startMs();
    m_timeScroll = from;
    m_timeUnit = std::max(1.0 / scale.pxPerMs(), (to - from) / 1e8);
    const int maximum = m_fitAll ? 0 : int(std::max(0.0, (to - from - viewMs) / m_timeUnit));
    horizontalScrollBar()->setRange(0, maximum);
    horizontalScrollBar()->setPageStep(std::max(1, int(viewMs / m_timeUnit)));
    horizontalScrollBar()->setSingleStep(std::max(1, int(viewMs / m_timeUnit / 20)));
    horizontalScrollBar()->setValue(int(std::lround((scale.startMs() - from) / m_timeUnit)));
    m_arranging = false;
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dy);
    if (m_arranging || !m_source)
        return;
    if (dx != 0) { // the user moved the time scroll bar
        leaveAutomaticView();
        m_layout.scale().setWindow(
            m_timeScroll + horizontalScrollBar()->value() * m_timeUnit, m_layout.scale().pxPerMs());
    }
    arrangeRows(viewport()->size(), false);
    viewport()->update();
}

void TimelineView::updateRowLabels()
{
    if (int(m_rowLabels.size()) == m_layout.rowCount() && m_layout.rowCount() > 0
        && m_rowLabels.back() == m_layout.rowLabel(m_layout.rowCount() - 1)
        && m_rowLabels.front() == m_layout.rowLabel(0))
        return;
    m_rowLabels.resize(size_t(m_layout.rowCount()));
    for (int row = 0; row < m_layout.rowCount(); ++row)
        m_rowLabels[size_t(row)] = m_layout.rowLabel(row);
}

QRectF TimelineView::plotRect() const
{
    const TimeScale &scale = m_layout.scale();
    return {scale.left(), double(m_painter.axisHeight()), scale.width(),
        double(viewport()->height() - m_painter.axisHeight())};
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(viewport());
    const QRectF area = viewport()->rect();
    if (!m_source || m_source->firstId() == m_source->endId()) {
        m_painter.paintEmpty(painter, area);
        return;
    }
    m_layout.build(*m_source);
    m_painter.paint(painter, m_layout, m_rowLabels, area);
}

QImage TimelineView::renderImage()
{
    const qreal ratio = devicePixelRatioF();
    arrange(viewport()->size(), true); // every row, not only those scrolled into view
    const QSize size(viewport()->width(),
        m_painter.axisHeight() + std::max(1, m_layout.rowCount()) * int(m_layout.rowHeight()));
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    {
        QPainter painter(&image);
        if (!m_source || m_source->firstId() == m_source->endId()) {
            m_painter.paintEmpty(painter, QRectF(QPointF(), size));
        } else {
            m_layout.build(*m_source);
            m_painter.paint(painter, m_layout, m_rowLabels, QRectF(QPointF(), size));
        }
    }
    arrange(viewport()->size(), false);
    return image;
}

bool TimelineView::exportPng(const QString &path)
{
    QImageWriter writer(path, "png");
    if (writer.write(renderImage()))
        return true;
    qWarning("Cannot export the timeline: %s", qPrintable(writer.errorString()));
    return false;
}

void TimelineView::exportPngWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline as PNG"),
        QDir(folder).filePath(tr("timeline.png", "default file name")), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QLatin1String(".png");
    QImageWriter writer(path, "png");
    if (!writer.write(renderImage()))
        QMessageBox::warning(this, tr("Export Timeline"),
            tr("Could not write the image to %1: %2")
                .arg(QDir::toNativeSeparators(path), writer.errorString()));
}

void TimelineView::setFollowNow(bool follow)
{
    if (follow == m_followNow)
        return;
    m_followNow = follow;
    m_followAction->setChecked(follow);
    if (follow)
        refresh();
    emit followNowChanged(follow);
}

void TimelineView::setVisibleTimeRange(qint64 fromMs, qint64 toMs)
{
    leaveAutomaticView();
    arrange(viewport()->size(), false);
    m_layout.scale().fit(double(fromMs), double(toMs));
    updateScrollBars();
    viewport()->update();
}

void TimelineView::zoomIn()
{
    const TimeScale &scale = m_layout.scale();
    zoomAt(scale.left() + scale.width() / 2, ZoomStep * ZoomStep);
}

void TimelineView::zoomOut()
{
    const TimeScale &scale = m_layout.scale();
    zoomAt(scale.left() + scale.width() / 2, 1 / (ZoomStep * ZoomStep));
}

void TimelineView::zoomToFit()
{
    m_fitAll = true;
    refresh();
}

void TimelineView::zoomAt(double x, double factor)
{
    if (!m_source || !std::isfinite(factor) || factor <= 0)
        return;
    TimeScale &scale = m_layout.scale();
    m_fitAll = false;
    if (m_followNow) // keep "now" where it is, so following goes on
        x = std::clamp(scale.xForTime(double(m_source->nowMs())), scale.left(), scale.right());
    scale.zoomAt(x, factor);
    arrange(viewport()->size(), false);
    viewport()->update();
}

void TimelineView::scrollTime(double dx)
{
    leaveAutomaticView();
    m_layout.scale().scrollBy(dx);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::leaveAutomaticView()
{
    m_fitAll = false;
    setFollowNow(false);
}

void TimelineView::setSelectedTasks(const QList<quint64> &ids)
{
    m_layout.setSelected(std::vector<quint64>(ids.begin(), ids.end()));
    if (ids.size() == 1)
        revealTask(ids.front());
    viewport()->update();
}

void TimelineView::revealTask(quint64 id)
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

QSize TimelineView::sizeHint() const
{
    return {640, m_painter.axisHeight() + 4 * m_painter.preferredRowHeight() + 20};
}

QSize TimelineView::minimumSizeHint() const
{
    return {240, m_painter.axisHeight() + 2 * m_painter.minimumRowHeight()};
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    arrange(viewport()->size(), false);
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        m_painter.setStyle(palette(), font());
        break;
    default:
        return;
    }
    refresh();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    refresh();
}

void TimelineView::hideEvent(QHideEvent *event)
{
    QAbstractScrollArea::hideEvent(event);
    m_frameTimer.stop(); // nothing to repaint while hidden; showEvent starts it again
}

bool TimelineView::viewportEvent(QEvent *event)
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

void TimelineView::wheelEvent(QWheelEvent *event)
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

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
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

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_pressed = false;
    if (!m_dragging)
        clickAt(event->position());
    m_dragging = false;
}

void TimelineView::clickAt(QPointF point)
{
    if (const TimelineLayout::Bar *bar = m_layout.barAt(point)) {
        const quint64 id = bar->id;
        m_layout.setSelected({id});
        viewport()->update();
        emit taskClicked(id);
    } else if (const TimelineLayout::Bucket *bucket = m_layout.bucketAt(point)) {
        if (bucket->count == 1) {
            const quint64 id = bucket->firstId;
            m_layout.setSelected({id});
            viewport()->update();
            emit taskClicked(id);
        } else { // too many to tell apart: look closer
            leaveAutomaticView();
            zoomAt(point.x(), 4);
        }
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
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

void TimelineView::showToolTip(QHelpEvent *event)
{
    QString text;
    if (const TimelineLayout::Bar *bar = m_layout.barAt(event->pos())) {
        const Task &task = m_source->task(bar->id);
        const int lane = m_layout.laneOf(task.mode, task.worker);
        const double expected = bar->state == TaskState::Queued && bar->x0 >= m_layout.scale().left()
            ? m_layout.scale().timeForX(bar->x0)
            : 0;
        text = TimelineToolTip::forTask(
            task, lane >= 0 ? m_layout.rowLabel(lane) : QString(), m_source->nowMs(), qint64(expected));
    } else if (const TimelineLayout::Bucket *bucket = m_layout.bucketAt(event->pos())) {
        text = TimelineToolTip::forBucket(*bucket);
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->globalPos(), text, viewport());
}
