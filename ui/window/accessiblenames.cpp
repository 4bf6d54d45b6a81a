#include "window/accessiblenames.h"

#include <QLineEdit>
#include <QSizeGrip>
#include <QSplitter>
#include <QToolButton>

namespace {

void setName(QWidget *widget, const QString &name)
{
    if (widget->accessibleName() != name)
        widget->setAccessibleName(name);
}

} // namespace

void AccessibleNames::nameUnnamedParts(QWidget *root)
{
    const QList<QLineEdit *> lineEdits = root->findChildren<QLineEdit *>();
    for (QLineEdit *lineEdit : lineEdits) {
        // The clear button is a tool button Qt adds inside the line edit.
        const QList<QToolButton *> buttons = lineEdit->findChildren<QToolButton *>();
        for (QToolButton *button : buttons)
            setName(button, tr("Clear the field"));
    }
    const QList<QSplitter *> splitters = root->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        for (int i = 1; i < splitter->count(); ++i) {
            setName(splitter->handle(i),
                tr("Divider between %1 and %2")
                    .arg(splitter->widget(i - 1)->accessibleName(), splitter->widget(i)->accessibleName()));
        }
    }
    const QList<QSizeGrip *> grips = root->findChildren<QSizeGrip *>();
    for (QSizeGrip *grip : grips)
        setName(grip, tr("Resize the window"));
}
