#include "dialogs/historylimiteditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

HistoryLimitEditor::HistoryLimitEditor(QWidget *parent)
    : QWidget(parent)
    , m_tasksLabel(new QLabel(this))
    , m_tasks(new QSpinBox(this))
    , m_daysLabel(new QLabel(this))
    , m_days(new QSpinBox(this))
    , m_apply(new QPushButton(this))
{
    m_tasks->setObjectName(QStringLiteral("historyTasksSpinBox"));
    m_tasks->setRange(MinimumTasks, MaximumTasks);
    m_tasks->setGroupSeparatorShown(true); // 100,000 / 100 000, as the table writes numbers
    m_tasks->setSingleStep(1000);
    m_days->setObjectName(QStringLiteral("historyDaysSpinBox"));
    m_days->setRange(1, MaximumDays);
    m_apply->setObjectName(QStringLiteral("applyHistoryLimitPushButton"));
    m_tasksLabel->setBuddy(m_tasks);
    m_daysLabel->setBuddy(m_days);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tasksLabel);
    layout->addWidget(m_tasks);
    layout->addSpacing(12);
    layout->addWidget(m_daysLabel);
    layout->addWidget(m_days);
    layout->addWidget(m_apply);
    layout->addStretch(1);

    connect(m_tasks, &QSpinBox::valueChanged, this, &HistoryLimitEditor::updateApply);
    connect(m_days, &QSpinBox::valueChanged, this, &HistoryLimitEditor::updateApply);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_inForce = chosen();
        updateApply();
        emit applied(m_inForce);
    });
    setLimit(m_inForce);
    retranslateUi();
}

void HistoryLimitEditor::setLimit(const HistoryLimit &limit)
{
    m_inForce = limit;
    m_tasks->setValue(limit.maximumTasks);
    m_days->setValue(limit.maximumDays);
    updateApply();
}

HistoryLimit HistoryLimitEditor::chosen() const
{
    HistoryLimit limit;
    limit.maximumTasks = m_tasks->value();
    limit.maximumDays = m_days->value();
    return limit;
}

void HistoryLimitEditor::updateApply()
{
    m_apply->setEnabled(
        m_tasks->value() != m_inForce.maximumTasks || m_days->value() != m_inForce.maximumDays);
}

void HistoryLimitEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryLimitEditor::retranslateUi()
{
    m_tasksLabel->setText(tr("&Tasks to keep:"));
    m_tasks->setToolTip(tr("History keeps this many of the newest finished tasks; unfinished tasks "
                           "are always kept"));
    m_daysLabel->setText(tr("&Days to keep:"));
    m_days->setToolTip(tr("Finished tasks older than this many days are forgotten"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Forget the finished tasks beyond these limits now and at every start"));
}
