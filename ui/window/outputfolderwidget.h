#pragma once

#include <QWidget>

class ActionButton;
class QLabel;
class QLineEdit;
class TaskQueue;
class WindowActions;

/** The output folder: shown, with Change… (a folder dialog) and Open beside it. */
class OutputFolderWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OutputFolderWidget(WindowActions *actions, QWidget *parent = nullptr);

    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    /** Where the next unfinished task writes when that is not directory() (tasks restored from
     *  an earlier run, or queued before a change): shown as a hint; empty hides it. */
    void setPendingDirectory(const QString &directory);
    /** The pending folder of @p queue: where its oldest unfinished task (FIFO: the next to
     *  write) writes; restored tasks keep their run's folder. */
    void showPendingOf(const TaskQueue &queue);

signals:
    /** The user picked another folder. */
    void directoryChosen(const QString &directory);

public slots:
    /** Asks for a folder; emits directoryChosen when the user picks one. */
    void chooseDirectory();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    void updateHint();

    QString m_directory;
    QString m_pendingDirectory;
    QLabel *m_hintLabel;
    QLabel *m_label;
    QLineEdit *m_lineEdit;
    ActionButton *m_changeButton;
    ActionButton *m_openButton;
};
