#pragma once

#include "compare/comparerun.h"

#include <QDialog>

#include <memory>
#include <vector>

class CompareTableModel;
class CompareTimelineSource;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class TimelineView;

/**
 * Tasks › Compare modes…: runs the same numbers through every mode, one after another, and shows
 * the figures side by side, each mode's timeline one above another on one time scale, and the
 * reading in plain words. Not modal: the window goes on working while it runs (the runners do
 * the waiting; here only signals arrive). Export saves the results as a PNG picture or as CSV.
 */
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(QWidget *parent = nullptr);
    ~CompareDialog() override;

    /** Fills the numbers field, e.g. with what the window's field holds. */
    void setNumbersText(const QString &text);
    /** Chooses the work kind of the next run, e.g. the window's Work choice. */
    void setWork(WorkKind work);
    CompareRun &run() { return m_run; }
    const CompareTableModel *model() const { return m_model; }

    /** Writes the results (table, reading, timelines) as a PNG picture; false on failure. */
    bool exportPng(const QString &path);
    /** Writes the figures as CSV (CompareCsv); false on failure. */
    bool exportCsv(const QString &path);

public slots:
    /** Reads the numbers, Workers and Work and runs; a bad number is shown and nothing runs. */
    void startRun();
    void stopRun();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void buildUi();
    QWidget *buildResults();
    void retranslateUi();
    void updateButtons();
    void showProgress(int index, int count, RunMode mode);
    void onModeFinished(int index);
    void onFinished(bool stopped);
    void alignTimelines();
    void showReading();
    void exportPngWithDialog();
    void exportCsvWithDialog();
    QString askForFile(const QString &title, const QString &name, const QString &filter);

    CompareRun m_run;
    CompareTableModel *m_model;
    std::vector<std::unique_ptr<CompareTimelineSource>> m_sources;
    std::vector<QLabel *> m_captions;
    std::vector<TimelineView *> m_timelines;
    QLabel *m_numbersLabel = nullptr;
    QLineEdit *m_numbers = nullptr;
    QLabel *m_workersLabel = nullptr;
    QSpinBox *m_workers = nullptr;
    QLabel *m_workLabel = nullptr;
    QComboBox *m_work = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_results = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_reading = nullptr;
    QPushButton *m_pngButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    int m_progressIndex = 0; ///< the running mode's progress, to word it again on a language change
    int m_progressCount = 0;
    RunMode m_progressMode = RunMode::Threads;
};
