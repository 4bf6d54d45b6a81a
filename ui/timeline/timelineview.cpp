#include "timeline/timelineview.h"

#include "engine/taskqueue.h"
#include "timeline/taskqueuesource.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QImageWriter>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>

namespace {

constexpr int FrameIntervalMs = 33; // at most ~30 repaints a second

} // namespace

TimelineView::TimelineView(QWidget *parent) : TimelineArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    // A picture of the table's data with nothing a screen reader can reach inside: no Tab stop
    // (a click still focuses it for the arrow keys and zoom); its description points to the table.
    setFocusPolicy(Qt::ClickFocus);
    m_frameTimer.setInterval(FrameIntervalMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &TimelineView::onFrame);
    createActions();
    retranslate();
}

TimelineView::~TimelineView() = default;

void TimelineView::createActions()
{
    m_followAction = new QAction(this);
    m_followAction->setObjectName(QStringLiteral("timelineFollowNowAction"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(followNow());
    m_followAction->setShortcut(Qt::Key_End);
    connect(m_followAction, &QAction::toggled, this, &TimelineArea::setFollowNow);
    connect(this, &TimelineArea::followNowChanged, m_followAction, &QAction::setChecked);
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, this, &TimelineArea::zoomIn);
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, &TimelineArea::zoomOut);
    m_fitAction = new QAction(this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAction, &QAction::triggered, this, &TimelineArea::zoomToFit);
    for (QAction *action : {m_followAction, m_zoomInAction, m_zoomOutAction, m_fitAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    addAction(separator);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("timelineExportAction"));
    connect(m_exportAction, &QAction::triggered, this, &TimelineView::exportPngWithDialog);
    addAction(m_exportAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TimelineView::retranslate()
{
    m_followAction->setText(tr("&Follow now"));
    m_followAction->setToolTip(tr("Keep the current time in view (End)"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_fitAction->setText(tr("Zoom to fi&t"));
    m_exportAction->setText(tr("&Export timeline as PNG…"));
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(
        tr("One lane per worker; each task is a bar from its start to its end. "
           "The Tasks table lists the same tasks, with their worker, start and duration."));
}

void TimelineView::setQueue(TaskQueue *queue, std::function<bool(quint64)> isListed)
{
    for (QMetaObject::Connection &connection : m_queueConnections)
        disconnect(connection);
    std::unique_ptr<TimelineSource> previous = std::move(m_queueSource); // outlives showSource()
    m_frameTimer.stop(); // refresh() starts it again if the new queue runs something
    m_queue = queue;
    if (queue) {
        m_queueSource = std::make_unique<TaskQueueSource>(queue, std::move(isListed));
        connectQueue();
    }
    showSource(m_queueSource.get());
}

void TimelineView::connectQueue()
{
    m_queueConnections[0] = connect(m_queue, &TaskQueue::tasksAdded, this, &TimelineView::onTasksAdded);
    m_queueConnections[1] = connect(m_queue, &TaskQueue::taskChanged, this, &TimelineView::onTaskChanged);
    m_queueConnections[2] = connect(m_queue, &TaskQueue::stateChanged, this, &TimelineView::scheduleFrame);
    m_queueConnections[3] = connect(m_queue, &QObject::destroyed, this, [this] { setQueue(nullptr); });
}

void TimelineView::setSource(const TimelineSource *source)
{
    setQueue(nullptr);
    showSource(source);
}

void TimelineView::reload()
{
    showSource(source());
}

void TimelineView::refresh()
{
    TimelineArea::refresh();
    if (anythingRunning() && isVisible())
        m_frameTimer.start();
}

void TimelineView::onTasksAdded()
{
    scheduleFrame();
}

void TimelineView::onTaskChanged(quint64 id)
{
    mutableLayout().noteTask(m_queue->task(id));
    scheduleFrame();
}

void TimelineView::scheduleFrame()
{
    // Changes are gathered: one arrangement and one repaint per frame, however many tasks changed.
    mutableLayout().invalidatePlan();
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

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    TimelineArea::changeEvent(event);
}

void TimelineView::showEvent(QShowEvent *event)
{
    TimelineArea::showEvent(event);
    refresh();
}

void TimelineView::hideEvent(QHideEvent *event)
{
    TimelineArea::hideEvent(event);
    m_frameTimer.stop(); // nothing to repaint while hidden; showEvent starts it again
}

QImage TimelineView::renderImage()
{
    const qreal ratio = devicePixelRatioF();
    arrange(viewport()->size(), true); // every row, not only those scrolled into view
    const QSize size(viewport()->width(),
        timelinePainter().axisHeight() + std::max(1, layout().rowCount()) * int(layout().rowHeight()));
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    {
        QPainter painter(&image);
        paintTimeline(painter, QRectF(QPointF(), size));
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
    QString path = QFileDialog::getSaveFileName(this, tr("Export timeline as PNG"),
        QDir(folder).filePath(tr("timeline.png", "default file name")), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QLatin1String(".png");
    QImageWriter writer(path, "png");
    if (!writer.write(renderImage()))
        QMessageBox::warning(this, tr("Export timeline"),
            tr("Could not write the image to %1: %2")
                .arg(QDir::toNativeSeparators(path), writer.errorString()));
}
