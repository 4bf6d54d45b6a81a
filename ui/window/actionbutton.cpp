#include "window/actionbutton.h"

#include <QAction>

ActionButton::ActionButton(QAction *action, const QString &objectName, QWidget *parent)
    : QPushButton(parent), m_action(action)
{
    setObjectName(objectName);
    setAutoDefault(false);
    connect(this, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, this, &ActionButton::sync);
    sync();
}

void ActionButton::setButtonText(const QString &text)
{
    m_buttonText = text;
    sync();
}

void ActionButton::sync()
{
    const QString text = m_buttonText.isEmpty() ? m_action->text() : m_buttonText;
    setText(text);
    // Qt 6.4 announces every name it is given; the action changes on every enable or disable.
    const QString name = QString(text).remove(QLatin1Char('&'));
    if (accessibleName() != name)
        setAccessibleName(name);
    setToolTip(m_action->toolTip() != m_action->iconText() ? m_action->toolTip() : QString());
    setEnabled(m_action->isEnabled());
    setVisible(m_action->isVisible());
}
