#pragma once

#include <QDialog>

class HistoryLimitEditor;
class HistoryLimit;
class HistoryModel;
class QLabel;
class QPushButton;
class QTableView;
class SqliteJournal;

/**
 * View › History…: the finished tasks the journal keeps, from this run and earlier ones, newest
 * first. Not modal, so the window goes on working beside it; Refresh reads the journal again.
 * "Clear history…" asks first, and forgets finished tasks only (unfinished ones stay). The keep
 * row sets how much history the journal keeps (saved for both UIs, applied at once).
 */
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p journal is not owned; it must outlive the dialog or be null. */
    explicit HistoryDialog(SqliteJournal *journal, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }

public slots:
    /** Reads the newest finished tasks again. */
    void refresh();
    /** Asks, then deletes every finished task from the journal. */
    void clearHistory();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();

    void applyLimit(const HistoryLimit &limit);

    SqliteJournal *m_journal;
    HistoryModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_refreshButton;
    QPushButton *m_clearButton;
    HistoryLimitEditor *m_limitEditor; ///< after the table in the Tab order
};
