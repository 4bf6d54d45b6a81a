#include "dialogs/aboutdialog.h"

#include "appidentity.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *addLabel(QLayout *layout, const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About HelloQueue"));
    auto *layout = new QVBoxLayout(this);
    QLabel *title = addLabel(layout, QStringLiteral("aboutTitleLabel"), QStringLiteral("HelloQueue"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    addLabel(layout, QStringLiteral("aboutDescriptionLabel"),
        tr("A small task queue: each number i waits i seconds, then writes i.txt with “Hello, i!”. "
           "Tasks run on a thread pool or on the event loop, so you can watch the difference."));
    addLabel(layout, QStringLiteral("aboutVersionLabel"), tr("Version: %1").arg(AppIdentity::versionText()));
    addLabel(layout, QStringLiteral("aboutQtVersionLabel"),
        tr("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    layout->addStretch(1); // spare height goes below the text, not between its lines
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtonBox"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close")); // Qt's own has no Alt key
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}
