#include "window/outputfolderwidget.h"

#include "engine/taskqueue.h"
#include "window/actionbutton.h"
#include "window/windowactions.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

OutputFolderWidget::OutputFolderWidget(WindowActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_hintLabel(new QLabel(this))
    , m_label(new QLabel(this))
    , m_lineEdit(new QLineEdit(this))
    , m_changeButton(
          new ActionButton(actions->changeFolder(), QStringLiteral("changeFolderPushButton"), this))
    , m_openButton(new ActionButton(actions->openFolder(), QStringLiteral("openFolderPushButton"), this))
{
    m_label->setObjectName(QStringLiteral("outputFolderLabel"));
    m_label->setBuddy(m_lineEdit);
    // Read-only but focusable: the path can be selected and copied, and screen readers reach it.
    m_lineEdit->setObjectName(QStringLiteral("outputFolderLineEdit"));
    m_lineEdit->setReadOnly(true);

    m_hintLabel->setObjectName(QStringLiteral("pendingFolderLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hintLabel->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_lineEdit, 1);
    row->addWidget(m_changeButton);
    row->addWidget(m_openButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_hintLabel);
    retranslateUi();
}

void OutputFolderWidget::setDirectory(const QString &directory)
{
    m_directory = directory;
    m_lineEdit->setText(QDir::toNativeSeparators(directory));
    m_lineEdit->setToolTip(QDir::toNativeSeparators(directory));
    m_lineEdit->home(false);
    updateHint();
}

void OutputFolderWidget::setPendingDirectory(const QString &directory)
{
    if (directory == m_pendingDirectory)
        return;
    m_pendingDirectory = directory;
    updateHint();
}

void OutputFolderWidget::showPendingOf(const TaskQueue &queue)
{
    const quint64 oldest = queue.oldestUnfinishedId();
    setPendingDirectory(queue.contains(oldest) ? queue.task(oldest).outputDirectory : QString());
}

void OutputFolderWidget::updateHint()
{
    const bool shown = !m_pendingDirectory.isEmpty() && m_pendingDirectory != m_directory;
    if (shown)
        m_hintLabel->setText(tr("Tasks queued earlier still write to %1; new tasks go to the folder above.")
                                 .arg(QDir::toNativeSeparators(m_pendingDirectory)));
    m_hintLabel->setVisible(shown);
}

void OutputFolderWidget::chooseDirectory()
{
    QFileDialog dialog(this, tr("Choose the output folder"), m_directory);
    dialog.setObjectName(QStringLiteral("outputFolderFileDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString chosen = QDir::cleanPath(dialog.selectedFiles().constFirst());
    if (chosen != m_directory)
        emit directoryChosen(chosen);
}

void OutputFolderWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutputFolderWidget::retranslateUi()
{
    m_label->setText(tr("O&utput folder:"));
    m_lineEdit->setAccessibleName(tr("Output folder"));
    m_changeButton->setButtonText(tr("Chan&ge…"));
    m_openButton->setButtonText(tr("&Open"));
    updateHint();
}
