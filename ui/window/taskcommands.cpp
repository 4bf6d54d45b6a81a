#include "window/taskcommands.h"

#include "engine/taskqueue.h"
#include "models/tasktablemodel.h"
#include "tasks/tasktableview.h"
#include "window/windowactions.h"

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QItemSelectionModel>

TaskCommands::TaskCommands(
    WindowActions *actions, TaskQueue *queue, TaskTableModel *model, TaskTableView *table)
    : QObject(table), m_actions(actions), m_queue(queue), m_model(model), m_table(table)
{
    connect(actions->cancel(), &QAction::triggered, this,
        [this] { m_queue->cancel(m_table->selectedTaskIds()); });
    connect(actions->retry(), &QAction::triggered, this, &TaskCommands::retrySelected);
    connect(actions->clear(), &QAction::triggered, model, &TaskTableModel::clearFinished);
    connect(actions->remove(), &QAction::triggered, this,
        [this] { m_model->removeFinished(m_table->selectedTaskIds()); });
    connect(actions->copyNumbers(), &QAction::triggered, this, &TaskCommands::copyNumbers);
    connect(actions->openFile(), &QAction::triggered, this, [this] {
        const QString file = selectedFile();
        if (!file.isEmpty())
            emit openRequested(file);
    });
    connect(actions->openFileFolder(), &QAction::triggered, this, [this] {
        const QString file = selectedFile();
        if (!file.isEmpty())
            emit openRequested(QFileInfo(file).absolutePath());
    });
    // The list's own menu; Delete (Cancel) and Ctrl+C (Copy) work while the list has the focus.
    table->addActions(actions->taskMenuActions());
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TaskCommands::updateEnabled(bool finishing)
{
    bool cancellable = false;
    bool finished = false;
    const QList<quint64> ids = m_table->selectedTaskIds();
    for (quint64 id : ids) {
        const TaskState state = m_queue->task(id).state;
        cancellable = cancellable || !isFinal(state);
        finished = finished || isFinal(state);
        if (cancellable && finished)
            break;
    }
    m_actions->cancel()->setEnabled(cancellable);
    m_actions->retry()->setEnabled(!finishing && !m_model->retryable(ids).isEmpty());
    m_actions->remove()->setEnabled(finished);
    m_actions->copyNumbers()->setEnabled(!ids.isEmpty());
    const bool file = !selectedFile().isEmpty();
    m_actions->openFile()->setEnabled(file);
    m_actions->openFileFolder()->setEnabled(file);
    const int listedFinished = m_model->listedCount(TaskState::Done) + m_model->listedCount(TaskState::Failed)
        + m_model->listedCount(TaskState::Cancelled);
    m_actions->clear()->setEnabled(listedFinished > 0);
}

void TaskCommands::retrySelected()
{
    // Only what is not retried yet: a second Ctrl+R, or Retry on a row already retried, adds nothing.
    const QList<quint64> ids = m_model->retryable(m_table->selectedTaskIds());
    if (ids.isEmpty())
        return;
    m_queue->retry(ids); // the originals say "retried as #k" (Task::retriedAs)
}

void TaskCommands::copyNumbers()
{
    // In the order the list shows them, separated as the number field reads them.
    QStringList numbers;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(TaskTableModel::SecondsColumn);
    QModelIndexList sorted = rows;
    std::sort(sorted.begin(), sorted.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(sorted))
        numbers << index.data(TaskTableModel::SortRole).toString();
    if (!numbers.isEmpty())
        QGuiApplication::clipboard()->setText(numbers.join(QLatin1Char(' ')));
}

QString TaskCommands::selectedFile() const
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!selection || !selection->hasSelection())
        return {};
    QModelIndex index = selection->currentIndex();
    if (!index.isValid() || !selection->isRowSelected(index.row(), index.parent()))
        index = selection->selectedRows().value(0);
    return index.siblingAtColumn(TaskTableModel::FileColumn).data(TaskTableModel::FilePathRole).toString();
}
