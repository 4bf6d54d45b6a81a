#include "window/summarywidget.h"

#include "engine/taskqueue.h"
#include "models/tasktablemodel.h"
#include "tasks/durationtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <limits>

SummaryWidget::SummaryWidget(TaskQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_summaryLabel(new QLabel(this))
    , m_overallProgressBar(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_etaLabel(new QLabel(this))
{
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overallProgressBar->setObjectName(QStringLiteral("overallProgressBar"));
    m_overallProgressBar->setMinimumWidth(180);
    m_overallProgressBar->setMaximumWidth(320);
    // The count stands beside the bar: text drawn across the bar's edge loses the glyph it cuts.
    m_overallProgressBar->setTextVisible(false);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_etaLabel->setObjectName(QStringLiteral("etaLabel"));
    m_etaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The counts on a line of their own: wrapped beside the bar they stranded a lone "0".
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_overallProgressBar);
    progressRow->addWidget(m_progressLabel);
    progressRow->addSpacing(12);
    progressRow->addWidget(m_etaLabel);
    progressRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(progressRow);

    m_clock.start();
    m_timer.setInterval(RefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SummaryWidget::refresh);
    retranslateUi();
    connect(queue, &TaskQueue::stateChanged, this, [this] {
        m_etaStale = true;
        refresh();
    });
    connect(queue, &TaskQueue::tasksAdded, this, [this] {
        m_etaStale = true;
        scheduleRefresh();
    });
    connect(queue, &TaskQueue::taskChanged, this, [this](quint64 id) {
        // A cancelled or failed task ends off schedule; a done one ends on it.
        const Task &task = m_queue->task(id);
        if (task.state == TaskState::Done)
            m_costMeter.noteDone(task.duration);
        m_etaStale = m_etaStale || task.state == TaskState::Cancelled || task.state == TaskState::Failed;
        scheduleRefresh();
    });
    refresh();
}

void SummaryWidget::setModel(const TaskTableModel *model)
{
    m_model = model;
    connect(model, &TaskTableModel::finishedCleared, this, &SummaryWidget::refresh);
    refresh();
}

int SummaryWidget::listedCount(int state) const
{
    return m_model ? m_model->listedCount(TaskState(state)) : m_queue->count(TaskState(state));
}

void SummaryWidget::scheduleRefresh()
{
    // Any change is shown within one interval; the timer stops again once the queue is idle.
    if (!m_timer.isActive())
        m_timer.start();
}

void SummaryWidget::updateTimer()
{
    const TaskQueue::State state = m_queue->state();
    const bool moving = state == TaskQueue::State::Running || state == TaskQueue::State::Finishing
        || m_queue->count(TaskState::Running) > 0;
    if (!moving)
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void SummaryWidget::refresh()
{
    const QLocale locale;
    const int queued = listedCount(int(TaskState::Queued));
    const int running = listedCount(int(TaskState::Running));
    const int done = listedCount(int(TaskState::Done));
    const int failed = listedCount(int(TaskState::Failed));
    const int cancelled = listedCount(int(TaskState::Cancelled));
    m_summaryLabel->setText(tr("Queued: %1 · Running: %2 · Done: %3 · Failed: %4 · Cancelled: %5")
                                .arg(locale.toString(queued), locale.toString(running), locale.toString(done),
                                    locale.toString(failed), locale.toString(cancelled)));

    const qsizetype total = m_model ? m_model->listedSize() : m_queue->size();
    const qsizetype finished = total - queued - running;
    // QProgressBar counts in int; scale a (theoretical) queue beyond that.
    const int scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
    m_overallProgressBar->setRange(0, int(std::max<qsizetype>(total, 1) / scale));
    m_overallProgressBar->setValue(int(finished / scale));
    m_overallProgressBar->setFormat(
        tr("%1 of %2 finished").arg(locale.toString(qint64(finished)), locale.toString(qint64(total))));
    m_progressLabel->setText(m_overallProgressBar->text());

    // The labels keep no accessible name: a screen reader reads their text, which is the news.
    m_etaLabel->setText(timeLeftText());
    updateTimer();
    emit refreshed();
}

void SummaryWidget::invalidateTimeLeft()
{
    m_etaStale = true;
    scheduleRefresh();
}

QString SummaryWidget::timeLeftText()
{
    if (m_queue->unfinished() == 0)
        return tr("Time left: none");
    if (m_queue->state() == TaskQueue::State::Paused)
        return tr("Time left: paused");
    if (m_etaStale || m_etaClock.elapsed() >= m_etaInterval) {
        QElapsedTimer cost;
        cost.start();
        m_eta = m_queue->remainingTime().count();
        // Keep this under ~5% of the GUI thread: 1 ms per 20 ms, at most every two seconds.
        m_etaInterval = std::min<qint64>(cost.elapsed() * 20, 2000);
        m_etaClock.start();
        m_etaStale = false;
    }
    // The schedule of waits, counting down, plus the measured cost of every unfinished task.
    const TaskQueue::State state = m_queue->state();
    const bool backlogged = m_queue->count(TaskState::Queued) > 0
        && (state == TaskQueue::State::Running || state == TaskQueue::State::Finishing);
    m_costMeter.sample(m_clock.elapsed(), m_queue->workers(), backlogged);
    const qint64 left = std::max<qint64>(0, m_eta - m_etaClock.elapsed())
        + m_costMeter.extraTime(m_queue->unfinished(), m_queue->workers()).count();
    return tr("Time left: %1").arg(DurationText::format(std::chrono::milliseconds(left)));
}

void SummaryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SummaryWidget::retranslateUi()
{
    // Once and on a language change: Qt 6.4 announces every setAccessibleName, even an unchanged one.
    m_overallProgressBar->setAccessibleName(tr("Overall progress"));
}
