#pragma once

#include "journal/historylimit.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

/**
 * History's "keep" row: how many finished tasks and how many days the journal keeps. Turning a
 * box changes nothing yet (a slip of the wheel must not delete history); Apply emits the limit.
 */
class HistoryLimitEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MinimumTasks = 1;
    static constexpr int MaximumTasks = 10'000'000;
    static constexpr int MaximumDays = 3650;

    explicit HistoryLimitEditor(QWidget *parent = nullptr);

    /** Shows @p limit as the one in force (Apply disabled until a box changes). */
    void setLimit(const HistoryLimit &limit);

signals:
    void applied(const HistoryLimit &limit);

protected:
    void changeEvent(QEvent *event) override;

private:
    HistoryLimit chosen() const;
    void updateApply();
    void retranslateUi();

    QLabel *m_tasksLabel;
    QSpinBox *m_tasks;
    QLabel *m_daysLabel;
    QSpinBox *m_days;
    QPushButton *m_apply;
    HistoryLimit m_inForce;
};
