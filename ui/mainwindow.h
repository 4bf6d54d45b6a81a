#pragma once

#include <QMainWindow>

class QLineEdit;
class TaskQueue;

/** HelloQueue's window: type numbers, watch the tasks, Finish. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(TaskQueue *queue, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    TaskQueue *m_queue;
    QLineEdit *m_numberLineEdit;
};
