#include "window/outputfolderwidget.h"

#include "window/actionbutton.h"
#include "window/windowactions.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

OutputFolderWidget::OutputFolderWidget(WindowActions *actions, QWidget *parent)
    : QWidget(parent)
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_lineEdit, 1);
    layout->addWidget(m_changeButton);
    layout->addWidget(m_openButton);
    retranslateUi();
}

void OutputFolderWidget::setDirectory(const QString &directory)
{
    m_directory = directory;
    m_lineEdit->setText(QDir::toNativeSeparators(directory));
    m_lineEdit->setToolTip(QDir::toNativeSeparators(directory));
    m_lineEdit->home(false);
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
}
