#include "window/mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/comparedialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/quitdialog.h"
#include "engine/taskqueue.h"
#include "journal/pendingadds.h"
#include "journal/sqlitejournal.h"
#include "models/tasktablemodel.h"
#include "settingsstore.h"
#include "tasks/taskproxymodel.h"
#include "tasks/tasktableview.h"
#include "timeline/timelineview.h"
#include "translation.h"
#include "window/accessiblenames.h"
#include "window/actionbutton.h"
#include "window/closequestions.h"
#include "window/controlspanel.h"
#include "window/drainnotifier.h"
#include "window/numberinput.h"
#include "window/outputfolderwidget.h"
#include "window/summarywidget.h"
#include "window/taskcommands.h"
#include "window/windowactions.h"
#include "window/windowgeometry.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int TransientMessageMs = 8000;

} // namespace

MainWindow::MainWindow(TaskQueue *queue, QWidget *parent)
    : QMainWindow(parent)
    , m_queue(queue)
    , m_settings(std::make_unique<SettingsStore>())
    , m_actions(new WindowActions(this))
    , m_model(new TaskTableModel(queue, this))
    , m_proxy(new TaskProxyModel(this))
    , m_questions(new CloseQuestions(queue, this))
    , m_adds(new PendingAdds(queue, nullptr, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("HelloQueue"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    connectQueue();
    connectActions();
    m_notifier = new DrainNotifier(queue, this);
    setLanguageChoice(m_settings->language());
    restoreWindowSettings();
    retranslateUi();
    updateActions();
    showStatus(Status::Started);
    m_input->lineEdit()->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_actions->populate(menuBar());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_input = new NumberInput(m_actions->add(), central);
    m_finishButton = new ActionButton(m_actions->finish(), QStringLiteral("finishPushButton"), central);
    m_stopNowButton = new ActionButton(m_actions->stopNow(), QStringLiteral("stopNowPushButton"), this);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_finishButton, 0, Qt::AlignTop);
    layout->addLayout(inputRow);

    m_controls = new ControlsPanel(m_actions, central);
    m_controls->setWorkers(m_queue->workers());
    m_controls->setMode(m_queue->mode());
    m_controls->setWork(m_queue->work());
    layout->addWidget(m_controls);
    m_folder = new OutputFolderWidget(m_actions, central);
    m_folder->setDirectory(m_queue->outputDirectory());
    layout->addWidget(m_folder);

    // The table, and below it the timeline: the same tasks, as rows and as bars on worker lanes.
    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("taskSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = new TaskTableView(m_splitter);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TaskTableModel::IdColumn, Qt::AscendingOrder);
    m_splitter->addWidget(m_table);
    m_commands = new TaskCommands(m_actions, m_queue, m_model, m_table);
    m_timeline = new TimelineView(m_splitter);
    m_timeline->setQueue(m_queue, [model = m_model](quint64 id) { return model->isListed(id); });
    m_splitter->addWidget(m_timeline);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_summary = new SummaryWidget(m_queue, central);
    m_summary->setModel(m_model);
    layout->addWidget(m_summary);
    setCentralWidget(central);
    // Far from Finish, beside "Finishing… N left": a second click on Finish never lands on it.
    statusBar()->addPermanentWidget(m_stopNowButton);
}

void MainWindow::connectQueue()
{
    connect(m_input, &NumberInput::numbersEntered, this, &MainWindow::enqueueNumbers);
    connect(m_queue, &TaskQueue::stateChanged, this, [this] {
        updateActions();
        if (m_status == Status::Started)
            showStatus(Status::Started);
        m_folder->showPendingOf(*m_queue);
    });
    connect(m_queue, &TaskQueue::finished, this, &MainWindow::onQueueFinished);
    connect(m_queue, &TaskQueue::errorOccurred, this, &MainWindow::showError);
    connect(m_adds, &PendingAdds::errorOccurred, this, [this](const QString &message) {
        if (m_finishing && m_queue->state() != TaskQueue::State::Finishing) {
            m_finishing = false; // Finish waited for these numbers: like a refused field, no finish
            updateActions();
            showStatus(Status::Started);
        }
        showError(message);
    });
    connect(m_adds, &PendingAdds::countChanged, this, [this](int count) {
        showStatus(m_status);
        if (count == 0 && m_finishing && m_queue->state() != TaskQueue::State::Finishing
            && m_queue->state() != TaskQueue::State::Finished)
            m_queue->finish();
    });
    connect(m_summary, &SummaryWidget::refreshed, this, [this] {
        updateActions(); // a few times a second at most: what the tasks' states allow
        m_folder->showPendingOf(*m_queue);
        if (m_status == Status::Finishing)
            showStatus(Status::Finishing);
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_table, &TaskTableView::openFileRequested, this, &MainWindow::openPath);
    connect(m_commands, &TaskCommands::openRequested, this, &MainWindow::openPath);
    connect(m_model, &TaskTableModel::finishedCleared, this, &MainWindow::updateActions);
    // One selection for both views: a click on a bar selects the row, a selected row is marked.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_timeline,
        [this] { m_timeline->setSelectedTasks(m_table->selectedTaskIds()); });
    connect(m_timeline, &TimelineView::taskClicked, this, &MainWindow::selectTask);
    connect(m_controls, &ControlsPanel::workersChanged, this, [this](int workers) {
        m_queue->setWorkers(workers);
        m_settings->setWorkers(workers);
        m_summary->invalidateTimeLeft();
        m_timeline->refresh(); // queued tasks are expected elsewhere
    });
    connect(m_controls, &ControlsPanel::workChanged, this, [this](WorkKind work) {
        m_queue->setWork(work);
        m_settings->setWork(work);
    });
    connect(m_controls, &ControlsPanel::modeChanged, this, [this](RunMode mode) {
        m_queue->setMode(mode);
        m_settings->setMode(mode);
    });
    connect(m_folder, &OutputFolderWidget::directoryChosen, this, &MainWindow::changeOutputDirectory);
}

void MainWindow::connectActions()
{
    connect(m_actions->add(), &QAction::triggered, m_input, &NumberInput::submit);
    connect(m_actions->finish(), &QAction::triggered, this, &MainWindow::startFinishing);
    // Stop now interrupts work: it asks first (Keep finishing is the default answer).
    connect(m_actions->stopNow(), &QAction::triggered, this, &MainWindow::askBeforeClosing);
    connect(m_actions->pause(), &QAction::triggered, this, [this] {
        if (m_queue->state() == TaskQueue::State::Paused)
            m_queue->resume();
        else
            m_queue->pause();
    });
    connect(m_model, &TaskTableModel::finishedCleared, m_timeline, &TimelineView::reload);
    connect(m_actions->changeFolder(), &QAction::triggered, m_folder, &OutputFolderWidget::chooseDirectory);
    connect(m_actions->openFolder(), &QAction::triggered, this, &MainWindow::openOutputFolder);
    connect(m_actions->exportTimeline(), &QAction::triggered, m_timeline, &TimelineView::exportPngWithDialog);
    connect(m_actions->showTimeline(), &QAction::toggled, m_timeline, &QWidget::setVisible);
    connect(m_actions->history(), &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_actions->compare(), &QAction::triggered, this, &MainWindow::showCompare);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about(), &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    connect(m_actions, &WindowActions::languageChosen, this, &MainWindow::switchLanguage);
}

void MainWindow::setLanguageChoice(const QString &language)
{
    m_actions->setLanguage(language);
}

void MainWindow::setJournal(SqliteJournal *journal)
{
    m_journal = journal;
    m_adds->setJournal(journal);
    if (m_historyDialog)
        m_historyDialog->deleteLater(); // it showed the previous journal
    using Access = WindowActions::HistoryAccess;
    if (journal && journal->isOpen())
        m_actions->setHistoryAccess(Access::Available);
    else if (journal && journal->status() == SqliteJournal::Status::Locked)
        m_actions->setHistoryAccess(Access::InAnotherInstance);
    else
        m_actions->setHistoryAccess(Access::NoJournal);
}

void MainWindow::showHistory()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    if (!m_historyDialog)
        m_historyDialog = new HistoryDialog(m_journal, this);
    m_historyDialog->refresh();
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

void MainWindow::showCompare()
{
    if (!m_compareDialog)
        m_compareDialog = new CompareDialog(this);
    // The typed numbers, else the last ones (at first 1 1 1 1); the window's Work choice.
    if (m_input->hasPendingText())
        m_compareDialog->setNumbersText(m_input->text());
    if (!m_compareDialog->run().isRunning())
        m_compareDialog->setWork(m_queue->work());
    m_compareDialog->show();
    m_compareDialog->raise();
    m_compareDialog->activateWindow();
}

void MainWindow::restoreWindowSettings()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1000, 650);
    WindowGeometry::fitToScreen(this); // saved on a larger screen, or at another scale
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(m_settings->tableHeaderState())) {
        const int column = header->sortIndicatorSection();
        if (column >= 0 && column < TaskTableModel::ColumnCount)
            m_table->sortByColumn(column, header->sortIndicatorOrder());
        else
            m_table->sortByColumn(TaskTableModel::IdColumn, Qt::AscendingOrder);
    }
    // Saved in another language, perhaps; or not saved, and the defaults were set when the model
    // came, before sorting was enabled: a first start's Seconds left no room for its sort arrow.
    m_table->growColumnsToFit();
}

void MainWindow::saveWindowSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setTableHeaderState(m_table->horizontalHeader()->saveState());
    m_settings->sync();
}

void MainWindow::updateActions()
{
    const TaskQueue::State state = m_queue->state();
    const bool finishing = m_finishing || m_stopping || state == TaskQueue::State::Finishing
        || state == TaskQueue::State::Finished;
    const bool paused = state == TaskQueue::State::Paused;
    m_input->setEnabled(!finishing);
    m_actions->add()->setEnabled(!finishing);
    m_actions->finish()->setEnabled(!finishing);
    m_actions->setFinishing(finishing);
    m_actions->stopNow()->setVisible(finishing);
    m_actions->stopNow()->setEnabled(finishing && !m_stopping);
    // Pause on an empty queue would do nothing; Resume stays reachable while paused.
    m_actions->pause()->setEnabled(!finishing && (paused || m_queue->unfinished() > 0));
    m_actions->setPaused(paused);
    m_commands->updateEnabled(finishing);
    m_actions->changeFolder()->setEnabled(!finishing);
}

void MainWindow::showStatus(Status status)
{
    m_status = status;
    if (m_adds->count() > 0 && status != Status::Finished) {
        // Accepted, not yet in the journal: not shown as Queued until they are.
        statusBar()->showMessage(tr("Adding %Ln number(s)…", nullptr, m_adds->count()));
        return;
    }
    switch (status) {
    case Status::Started:
        // Not the console's one-off "Work started": what the queue is doing now.
        if (m_queue->state() == TaskQueue::State::Paused)
            statusBar()->showMessage(tr("Paused: no new task starts"));
        else if (m_queue->state() == TaskQueue::State::Running)
            statusBar()->showMessage(tr("Working"));
        else
            statusBar()->showMessage(tr("Ready: type a number of seconds and press Return"));
        break;
    case Status::Finishing:
        //: The lesson's "Finishing" message, with how many tasks are still to end
        statusBar()->showMessage(tr("Finishing… %Ln left", nullptr, m_queue->unfinished()));
        break;
    case Status::Finished:
        //: The lesson's last message
        statusBar()->showMessage(tr("Work finished"));
        break;
    }
}

void MainWindow::enqueueNumbers(const QList<int> &numbers)
{
    // Recorded in the journal off this thread, then enqueued; a refusal says why (errorOccurred).
    if (m_adds->add(numbers))
        m_input->clearText();
}

void MainWindow::showError(const QString &message)
{
    m_input->showError(message);
    statusBar()->showMessage(message, TransientMessageMs);
}

void MainWindow::startFinishing()
{
    if (m_finishing || m_stopping)
        return;
    // What is typed counts: add it first, or stop here with the field's usual message.
    if (m_input->hasPendingText()) {
        m_input->submit();
        if (m_input->hasPendingText())
            return; // refused: the message is under the field and nothing finishes
    }
    m_finishing = true;
    updateActions();
    showStatus(Status::Finishing);
    // Numbers still being recorded are part of the work: then Finish starts once they are queued.
    if (m_adds->count() == 0)
        m_queue->finish(); // may finish at once when nothing is left
}

void MainWindow::stopNow()
{
    if (m_stopping)
        return;
    m_stopping = true;
    updateActions();
    m_queue->stopNow();
}

void MainWindow::quitNow()
{
    saveWindowSettings(); // now: the close that follows waits for the running tasks to stop
    stopNow();
}

void MainWindow::onQueueFinished()
{
    showStatus(Status::Finished);
    m_questions->dismiss(); // the question answered itself
    // Queued: finished() may come from inside closeEvent (Quit now with nothing running).
    QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_finishing && !m_stopping && !m_questions->mayDropTyped(m_input)) {
        event->ignore();
        return;
    }
    const TaskQueue::State state = m_queue->state();
    if (state == TaskQueue::State::Finished
        || (m_queue->unfinished() == 0 && state != TaskQueue::State::Finishing)) {
        saveWindowSettings();
        event->accept();
        return;
    }
    event->ignore();
    askBeforeClosing();
}

void MainWindow::askBeforeClosing()
{
    switch (m_questions->askQuit(m_finishing)) {
    case QuitDialog::Choice::FinishFirst:
        startFinishing();
        break;
    case QuitDialog::Choice::QuitNow:
        stopNow();
        break;
    case QuitDialog::Choice::Moot:
        // Nothing is left to wait for or to lose: the close the user asked for goes ahead.
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        break;
    case QuitDialog::Choice::Cancel:
        break;
    }
}

void MainWindow::selectTask(quint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return; // cleared from the list
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, TaskTableModel::IdColumn));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void MainWindow::changeOutputDirectory(const QString &directory)
{
    m_queue->setOutputDirectory(directory);
    m_settings->setOutputDirectory(directory);
    m_folder->setDirectory(directory);
    m_folder->showPendingOf(*m_queue);
}

void MainWindow::openOutputFolder()
{
    const QString directory = m_queue->outputDirectory();
    QDir().mkpath(directory); // no file written yet: open the (empty) folder rather than fail
    openPath(directory);
}

void MainWindow::openPath(const QString &path)
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        statusBar()->showMessage(
            tr("Could not open %1").arg(QDir::toNativeSeparators(path)), TransientMessageMs);
}

void MainWindow::switchLanguage(const QString &language)
{
    Translation::apply(language);
    m_settings->setLanguage(language);
    m_actions->setLanguage(language);
    // Installing translators posts LanguageChange; the locale alone (number formats) does not.
    QCoreApplication::postEvent(this, new QEvent(QEvent::LanguageChange));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        // Again once shown: now the frame the window manager adds is known too.
        QMetaObject::invokeMethod(
            this, [this] { WindowGeometry::fitToScreen(this); }, Qt::QueuedConnection);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    updateActions();
    m_model->retranslate();
    m_table->setAccessibleName(tr("Tasks"));
    showStatus(m_status);
    AccessibleNames::nameUnnamedParts(this); // after the status bar (its size grip) exists
}
