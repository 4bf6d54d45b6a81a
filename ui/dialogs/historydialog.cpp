#include "dialogs/historydialog.h"

#include "dialogs/historylimiteditor.h"
#include "journal/sqlitejournal.h"
#include "models/historymodel.h"
#include "settingsstore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(SqliteJournal *journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new HistoryModel(journal, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_refreshButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_limitEditor(new HistoryLimitEditor(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setModal(false);
    m_summary->setObjectName(QStringLiteral("historySummaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true); // the file or the reason
    m_refreshButton->setObjectName(QStringLiteral("refreshPushButton"));
    m_clearButton->setObjectName(QStringLiteral("clearHistoryPushButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refreshButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clearButton, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refreshButton, &QPushButton::clicked, this, &HistoryDialog::refresh);
    connect(m_clearButton, &QPushButton::clicked, this, &HistoryDialog::clearHistory);
    m_limitEditor->setLimit(HistoryLimit::fromSettings(SettingsStore()));
    m_limitEditor->setEnabled(journal);
    connect(m_limitEditor, &HistoryLimitEditor::applied, this, &HistoryDialog::applyLimit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_limitEditor);
    layout->addWidget(buttons);
    resize(900, 450);
    retranslateUi();
}

void HistoryDialog::refresh()
{
    m_model->refresh();
    m_table->resizeColumnsToContents();
    updateSummary();
}

void HistoryDialog::clearHistory()
{
    QMessageBox box(QMessageBox::Warning, tr("Clear history?"),
        tr("Forget every finished task kept in the history? Unfinished tasks are kept. This cannot be "
           "undone."),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("clearHistoryMessageBox"));
    QPushButton *clear = box.addButton(tr("C&lear history"), QMessageBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("confirmClearHistoryPushButton"));
    box.button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelClearHistoryPushButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != clear)
        return;
    const QString error = m_model->clearHistory();
    updateSummary();
    if (!error.isEmpty())
        QMessageBox::warning(this, QString(), error);
}

void HistoryDialog::applyLimit(const HistoryLimit &limit)
{
    SettingsStore settings;
    limit.save(settings);
    if (m_journal)
        m_journal->setHistoryLimit(limit);
    refresh();
}

void HistoryDialog::updateSummary()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_summary->setText(tr("No finished tasks yet."));
    else if (m_model->hasMore())
        m_summary->setText(
            tr("The newest %Ln finished task(s); older ones are kept but not listed.", nullptr, rows));
    else
        m_summary->setText(tr("%Ln finished task(s), newest first.", nullptr, rows));
    m_clearButton->setEnabled(rows > 0);
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslateUi()
{
    setWindowTitle(tr("History"));
    m_table->setAccessibleName(tr("Finished tasks"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Read the finished tasks again"));
    m_clearButton->setText(tr("C&lear history…"));
    m_clearButton->setToolTip(tr("Forget every finished task; unfinished tasks are kept"));
    if (auto *close = findChild<QPushButton *>(QStringLiteral("closePushButton")))
        close->setText(tr("&Close")); // Qt's own "Close" has no Alt key
    m_model->retranslate();
    updateSummary();
}
