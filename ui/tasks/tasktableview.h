#pragma once

#include <QList>
#include <QTableView>

/**
 * The task list: whole rows, several at once, fixed row heights (a million rows scroll smoothly),
 * a progress bar per task. It follows new tasks to the bottom unless the user scrolled away.
 */
class TaskTableView : public QTableView
{
    Q_OBJECT
public:
    explicit TaskTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    /** The ids of the selected tasks, in row order. */
    QList<quint64> selectedTaskIds() const;
    /** True while new rows scroll into view (the user has not scrolled up). */
    bool isFollowing() const { return m_following; }
    /** Widens columns too narrow for their header or their short texts (after a restore or a new
     *  language: Russian words are longer); never narrows what the user widened. */
    void growColumnsToFit();

signals:
    /** A finished task's file was double-clicked or activated with Return. */
    void openFileRequested(const QString &path);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyDefaultColumnWidths();
    /** The narrowest a column may be and still show its header and its (short) texts. */
    int fittingWidth(int column) const;
    void onActivated(const QModelIndex &index);
    void updateScrollBarPolicy();

    bool m_following = true;
};
