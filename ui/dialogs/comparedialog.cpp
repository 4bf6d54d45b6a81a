#include "dialogs/comparedialog.h"

#include "compare/comparecsv.h"
#include "compare/comparereading.h"
#include "compare/comparetablemodel.h"
#include "compare/comparetexts.h"
#include "compare/comparetimelinesource.h"
#include "numberparser.h"
#include "timeline/timelineview.h"
#include "workname.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

CompareDialog::CompareDialog(QWidget *parent) : QDialog(parent), m_model(new CompareTableModel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    buildUi();
    connect(&m_run, &CompareRun::progress, this, &CompareDialog::showProgress);
    connect(&m_run, &CompareRun::modeFinished, this, &CompareDialog::onModeFinished);
    connect(&m_run, &CompareRun::finished, this, &CompareDialog::onFinished);
    retranslateUi();
    updateButtons();
    resize(900, 720);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_numbersLabel = new QLabel(this);
    m_numbers = new QLineEdit(CompareTexts::numberList(CompareRun::defaultNumbers()), this);
    m_numbers->setObjectName(QStringLiteral("numbersLineEdit"));
    m_numbersLabel->setBuddy(m_numbers);
    m_workersLabel = new QLabel(this);
    m_workers = new QSpinBox(this);
    m_workers->setObjectName(QStringLiteral("workersSpinBox"));
    m_workers->setRange(1, MaximumWorkers);
    m_workers->setValue(CompareRun::DefaultWorkers);
    m_workersLabel->setBuddy(m_workers);
    m_workLabel = new QLabel(this);
    m_work = new QComboBox(this);
    m_work->setObjectName(QStringLiteral("workComboBox"));
    m_work->addItem(QString(), int(WorkKind::Wait));
    m_work->addItem(QString(), int(WorkKind::Compute));
    m_work->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workLabel->setBuddy(m_work);
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runPushButton"));
    m_runButton->setDefault(true);
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(QStringLiteral("stopPushButton"));
    controls->addWidget(m_numbersLabel);
    controls->addWidget(m_numbers, 1);
    controls->addWidget(m_workersLabel);
    controls->addWidget(m_workers);
    controls->addWidget(m_workLabel);
    controls->addWidget(m_work);
    controls->addWidget(m_runButton);
    controls->addWidget(m_stopButton);
    layout->addLayout(controls);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(buildResults(), 1);

    auto *buttons = new QDialogButtonBox(this);
    m_pngButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_pngButton->setObjectName(QStringLiteral("exportPngPushButton"));
    m_csvButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_csvButton->setObjectName(QStringLiteral("exportCsvPushButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_runButton, &QPushButton::clicked, this, &CompareDialog::startRun);
    connect(m_stopButton, &QPushButton::clicked, this, &CompareDialog::stopRun);
    connect(m_pngButton, &QPushButton::clicked, this, &CompareDialog::exportPngWithDialog);
    connect(m_csvButton, &QPushButton::clicked, this, &CompareDialog::exportCsvWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompareDialog::reject);
}

QWidget *CompareDialog::buildResults()
{
    // What Export PNG pictures: the figures, the reading and the timelines, nothing else.
    m_results = new QWidget(this);
    m_results->setObjectName(QStringLiteral("compareResults"));
    m_results->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_results);
    m_table = new QTableView(m_results);
    m_table->setObjectName(QStringLiteral("compareTableView"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    const int rows = int(CompareRun::allModes().size());
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    layout->addWidget(m_table);
    m_reading = new QLabel(m_results);
    m_reading->setObjectName(QStringLiteral("readingLabel"));
    m_reading->setWordWrap(true);
    m_reading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reading);
    for (int i = 0; i < rows; ++i) {
        auto *caption = new QLabel(m_results);
        auto *timeline = new TimelineView(m_results);
        timeline->setObjectName(QStringLiteral("compareTimeline%1").arg(i + 1));
        caption->setBuddy(timeline);
        layout->addWidget(caption);
        layout->addWidget(timeline, 1);
        m_captions.push_back(caption);
        m_timelines.push_back(timeline);
    }
    return m_results;
}

void CompareDialog::retranslateUi()
{
    setWindowTitle(tr("Compare modes"));
    m_numbersLabel->setText(tr("&Numbers:"));
    m_numbers->setToolTip(tr("The numbers of seconds every mode runs, e.g. 1 1 1 1"));
    m_workersLabel->setText(tr("&Workers:"));
    m_workers->setToolTip(tr("How many tasks may run at once in every mode, 1 to %1").arg(MaximumWorkers));
    m_workLabel->setText(tr("Wor&k:"));
    m_work->setToolTip(
        tr("What every task spends its seconds on in every mode: waiting, or computing on one core"));
    m_work->setItemText(0, WorkName::choice(WorkKind::Wait));
    m_work->setItemText(1, WorkName::choice(WorkKind::Compute));
    m_runButton->setText(tr("&Run"));
    m_stopButton->setText(tr("&Stop"));
    m_pngButton->setText(tr("Export &PNG…"));
    m_csvButton->setText(tr("Export CS&V…"));
    const QList<RunMode> modes = CompareRun::allModes();
    for (size_t i = 0; i < m_captions.size(); ++i) {
        m_captions[i]->setText(CompareTexts::modeName(modes.at(int(i))));
        m_timelines[i]->setEmptyText(
            tr("This mode's tasks appear here when it runs: the modes run one after another."));
    }
    if (m_run.isRunning())
        showProgress(m_progressIndex, m_progressCount, m_progressMode);
    showReading();
}

void CompareDialog::setNumbersText(const QString &text)
{
    m_numbers->setText(text);
}

void CompareDialog::setWork(WorkKind work)
{
    m_work->setCurrentIndex(m_work->findData(int(work)));
}

void CompareDialog::startRun()
{
    if (m_run.isRunning())
        return;
    const NumberParser::ListResult parsed = NumberParser::parseList(m_numbers->text());
    if (!parsed.ok() || parsed.seconds.isEmpty()) {
        const QStringView bad
            = QStringView(m_numbers->text()).mid(parsed.firstBad.start, parsed.firstBad.length);
        m_status->setText(NumberParser::errorMessage(parsed.error, bad));
        m_numbers->setSelection(int(parsed.firstBad.start), int(parsed.firstBad.length));
        m_numbers->setFocus();
        return;
    }
    for (TimelineView *timeline : m_timelines)
        timeline->setSource(nullptr);
    m_sources.clear(); // after the views let go of them
    m_model->setResults({});
    m_run.setNumbers(parsed.seconds);
    m_run.setWorkers(m_workers->value());
    m_run.setWork(WorkKind(m_work->currentData().toInt()));
    if (!m_run.start())
        m_status->setText(m_run.errorString());
    showReading();
    updateButtons();
}

void CompareDialog::stopRun()
{
    m_run.stop();
}

void CompareDialog::showProgress(int index, int count, RunMode mode)
{
    m_progressIndex = index;
    m_progressCount = count;
    m_progressMode = mode;
    m_status->setText(CompareTexts::progress(index, count, mode));
}

void CompareDialog::onModeFinished(int index)
{
    m_model->setResults(m_run.results());
    if (size_t(index) >= m_timelines.size())
        return;
    m_sources.push_back(std::make_unique<CompareTimelineSource>(m_run.results().at(index)));
    m_timelines[size_t(index)]->setSource(m_sources.back().get());
}

void CompareDialog::onFinished(bool stopped)
{
    if (!m_run.errorString().isEmpty())
        m_status->setText(m_run.errorString());
    else
        m_status->setText(stopped ? tr("Stopped.") : tr("Done: every mode ran the same numbers."));
    alignTimelines();
    showReading();
    updateButtons();
}

void CompareDialog::alignTimelines()
{
    // One time scale for all: a mode that took twice as long is drawn twice as long.
    const QList<CompareResult> &results = m_run.results();
    qint64 longest = 1;
    for (const CompareResult &result : results)
        longest = std::max(longest, result.wallMs);
    int labelWidth = 0; // and one left edge: the same moment sits at the same x in each
    for (TimelineView *timeline : m_timelines) {
        timeline->setMinimumLabelColumnWidth(0);
        labelWidth = std::max(labelWidth, timeline->labelColumnWidth());
    }
    for (int i = 0; i < results.size() && size_t(i) < m_timelines.size(); ++i) {
        m_timelines[size_t(i)]->setMinimumLabelColumnWidth(labelWidth);
        m_timelines[size_t(i)]->setVisibleTimeRange(
            results.at(i).startMs, results.at(i).startMs + longest + longest / 20); // "now" in view
    }
}

void CompareDialog::showReading()
{
    const bool done = !m_run.isRunning() && !m_run.results().isEmpty();
    m_reading->setText(
        done ? CompareReading::text(m_run.results(), m_run.work(), QThread::idealThreadCount()) : QString());
}

void CompareDialog::updateButtons()
{
    const bool running = m_run.isRunning();
    const bool haveResults = !running && !m_run.results().isEmpty();
    m_runButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    // Read-only, not disabled: a disabled field would pass the focus on, perhaps to Stop, where
    // the next Return would stop the run. Return in the field presses Run (the default button).
    m_numbers->setReadOnly(running);
    m_workers->setReadOnly(running);
    m_pngButton->setEnabled(haveResults);
    m_csvButton->setEnabled(haveResults);
}

bool CompareDialog::exportPng(const QString &path)
{
    return m_results->grab().save(path, "PNG");
}

bool CompareDialog::exportCsv(const QString &path)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(CompareCsv::text(m_run.results())) >= 0
        && file.commit();
}

QString CompareDialog::askForFile(const QString &title, const QString &name, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name), filter);
}

void CompareDialog::exportPngWithDialog()
{
    const QString path = askForFile(
        tr("Export comparison as PNG"), tr("comparison.png", "default file name"), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export comparison"),
            tr("Could not write the image to %1.").arg(QDir::toNativeSeparators(path)));
}

void CompareDialog::exportCsvWithDialog()
{
    const QString path = askForFile(
        tr("Export comparison as CSV"), tr("comparison.csv", "default file name"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Export comparison"),
            tr("Could not write the figures to %1.").arg(QDir::toNativeSeparators(path)));
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CompareDialog::closeEvent(QCloseEvent *event)
{
    m_run.stop(); // nothing runs on behind a closed dialog
    QDialog::closeEvent(event);
}

void CompareDialog::reject()
{
    m_run.stop();
    QDialog::reject();
}
