#pragma once

#include <QPushButton>

class QAction;

/**
 * A push button that mirrors an action (text, tool tip, enabled, visible) and triggers it, so a
 * menu item and its button can never disagree. QToolButton::setDefaultAction for a QPushButton.
 */
class ActionButton : public QPushButton
{
    Q_OBJECT
public:
    ActionButton(QAction *action, const QString &objectName, QWidget *parent = nullptr);

    /** A shorter text than the menu's (e.g. "Change…" beside the folder); empty: the action's. */
    void setButtonText(const QString &text);

private:
    void sync();

    QAction *m_action;
    QString m_buttonText;
};
