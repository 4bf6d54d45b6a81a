#include "window/controlspanel.h"

#include "engine/taskqueue.h"
#include "window/actionbutton.h"
#include "window/windowactions.h"
#include "workname.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

ControlsPanel::ControlsPanel(WindowActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_workersLabel(new QLabel(this))
    , m_workersSpinBox(new QSpinBox(this))
    , m_modeLabel(new QLabel(this))
    , m_modeComboBox(new QComboBox(this))
    , m_workLabel(new QLabel(this))
    , m_workComboBox(new QComboBox(this))
{
    m_workersLabel->setObjectName(QStringLiteral("workersLabel"));
    m_workersLabel->setBuddy(m_workersSpinBox);
    m_workersSpinBox->setObjectName(QStringLiteral("workersSpinBox"));
    m_workersSpinBox->setRange(1, MaximumWorkers);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_modeLabel->setBuddy(m_modeComboBox);
    m_modeComboBox->setObjectName(QStringLiteral("modeComboBox"));
    m_modeComboBox->addItem(QString(), int(RunMode::Threads));
    m_modeComboBox->addItem(QString(), int(RunMode::Events));
    m_modeComboBox->addItem(QString(), int(RunMode::Processes));
    m_modeComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workLabel->setObjectName(QStringLiteral("workLabel"));
    m_workLabel->setBuddy(m_workComboBox);
    m_workComboBox->setObjectName(QStringLiteral("workComboBox"));
    m_workComboBox->addItem(QString(), int(WorkKind::Wait));
    m_workComboBox->addItem(QString(), int(WorkKind::Compute));
    m_workComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_workersLabel);
    layout->addWidget(m_workersSpinBox);
    layout->addSpacing(12);
    layout->addWidget(m_modeLabel);
    layout->addWidget(m_modeComboBox);
    layout->addSpacing(12);
    layout->addWidget(m_workLabel);
    layout->addWidget(m_workComboBox);
    layout->addStretch(1);
    layout->addWidget(new ActionButton(actions->pause(), QStringLiteral("pausePushButton"), this));
    layout->addWidget(new ActionButton(actions->cancel(), QStringLiteral("cancelPushButton"), this));
    layout->addWidget(new ActionButton(actions->retry(), QStringLiteral("retryPushButton"), this));
    layout->addWidget(new ActionButton(actions->clear(), QStringLiteral("clearPushButton"), this));

    connect(m_workersSpinBox, &QSpinBox::valueChanged, this, &ControlsPanel::workersChanged);
    connect(m_modeComboBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { emit modeChanged(RunMode(m_modeComboBox->itemData(index).toInt())); });
    connect(m_workComboBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { emit workChanged(WorkKind(m_workComboBox->itemData(index).toInt())); });
    retranslateUi();
}

void ControlsPanel::setWorkers(int workers)
{
    const QSignalBlocker blocker(m_workersSpinBox);
    m_workersSpinBox->setValue(workers);
}

void ControlsPanel::setMode(RunMode mode)
{
    const QSignalBlocker blocker(m_modeComboBox);
    m_modeComboBox->setCurrentIndex(m_modeComboBox->findData(int(mode)));
}

void ControlsPanel::setWork(WorkKind work)
{
    const QSignalBlocker blocker(m_workComboBox);
    m_workComboBox->setCurrentIndex(m_workComboBox->findData(int(work)));
}

void ControlsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ControlsPanel::retranslateUi()
{
    m_workersLabel->setText(tr("&Workers:"));
    m_workersSpinBox->setAccessibleName(tr("Workers"));
    m_workersSpinBox->setToolTip(tr("How many tasks may run at once, 1 to %1").arg(MaximumWorkers));
    m_modeLabel->setText(tr("&Mode:"));
    m_modeComboBox->setAccessibleName(tr("Mode"));
    m_modeComboBox->setToolTip(tr("Threads: each task waits on a pool thread. Event loop: every task waits "
                                  "on a timer in one event-loop thread of its own. Processes: each task "
                                  "waits in a worker process of HelloQueue."));
    m_modeComboBox->setItemText(0, tr("Threads"));
    m_modeComboBox->setItemText(1, tr("Event loop"));
    m_modeComboBox->setItemText(2, tr("Processes"));
    m_workLabel->setText(tr("Wor&k:"));
    m_workComboBox->setAccessibleName(tr("Work"));
    m_workComboBox->setToolTip(
        tr("What the tasks added from now on spend their seconds on. Waiting: a timer, "
           "no processor time. Computing: one core busy for that long."));
    m_workComboBox->setItemText(0, WorkName::choice(WorkKind::Wait));
    m_workComboBox->setItemText(1, WorkName::choice(WorkKind::Compute));
}
