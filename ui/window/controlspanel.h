#pragma once

#include "engine/task.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class WindowActions;

/** How the queue runs: Workers, Mode, Work, and the buttons for Pause, Cancel, Retry and Clear. */
class ControlsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ControlsPanel(WindowActions *actions, QWidget *parent = nullptr);

    /** Shows a value without reporting it back as the user's change. */
    void setWorkers(int workers);
    void setMode(RunMode mode);
    void setWork(WorkKind work);

signals:
    void workersChanged(int workers);
    void modeChanged(RunMode mode);
    void workChanged(WorkKind work);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_workersLabel;
    QSpinBox *m_workersSpinBox;
    QLabel *m_modeLabel;
    QComboBox *m_modeComboBox;
    QLabel *m_workLabel;
    QComboBox *m_workComboBox;
};
