#include "commandline.h"
#include "settingsstore.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

class tst_SettingsStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void defaults();
    void badSavedValuesFallBack_data();
    void badSavedValuesFallBack();
    void commandLineOverridesForThisRunOnly();
    void windowSettingsSurviveARestart();
};

void tst_SettingsStore::initTestCase()
{
    isolateSettings();
}

void tst_SettingsStore::init()
{
    QSettings().clear();
}

void tst_SettingsStore::defaults()
{
    const SettingsStore store;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(!documents.isEmpty());
    QCOMPARE(store.outputDirectory(), documents + QStringLiteral("/HelloQueue"));
    QCOMPARE(store.workers(), 1);
    QCOMPARE(store.mode(), RunMode::Threads);
    QCOMPARE(store.language(), QString());
    QVERIFY(store.windowGeometry().isEmpty());
}

void tst_SettingsStore::badSavedValuesFallBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("no workers") << QStringLiteral("queue/workers") << QVariant(0);
    QTest::newRow("too many workers") << QStringLiteral("queue/workers") << QVariant(65);
    QTest::newRow("workers as words") << QStringLiteral("queue/workers") << QVariant(QStringLiteral("lots"));
    QTest::newRow("unknown mode") << QStringLiteral("queue/mode") << QVariant(QStringLiteral("fibers"));
    QTest::newRow("unknown language") << QStringLiteral("ui/language") << QVariant(QStringLiteral("de"));
    QTest::newRow("empty folder") << QStringLiteral("output/directory") << QVariant(QString());
}

void tst_SettingsStore::badSavedValuesFallBack()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QSettings().setValue(key, value);
    const SettingsStore store;
    QCOMPARE(store.workers(), 1);
    QCOMPARE(store.mode(), RunMode::Threads);
    QCOMPARE(store.language(), QString());
    QCOMPARE(store.outputDirectory(), SettingsStore::defaultOutputDirectory());
}

void tst_SettingsStore::commandLineOverridesForThisRunOnly()
{
    QTemporaryDir saved;
    {
        SettingsStore store;
        store.setWorkers(3);
        store.setMode(RunMode::Events);
        store.setOutputDirectory(saved.path());
        store.setLanguage(QStringLiteral("ru"));
    }
    const SettingsStore store;
    TaskQueue plain;
    store.configure(&plain, {});
    QCOMPARE(plain.workers(), 3);
    QCOMPARE(plain.mode(), RunMode::Events);
    QCOMPARE(plain.outputDirectory(), saved.path());

    const CommandLine::Result parsed
        = CommandLine::parse({QStringLiteral("helloqueue"), QStringLiteral("--workers"), QStringLiteral("7"),
            QStringLiteral("--mode"), QStringLiteral("threads"), QStringLiteral("--output-dir"),
            QStringLiteral("relative/out"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(parsed.outcome, CommandLine::Outcome::Run);
    TaskQueue overridden;
    store.configure(&overridden, parsed.options);
    QCOMPARE(overridden.workers(), 7);
    QCOMPARE(overridden.mode(), RunMode::Threads);
    QCOMPARE(overridden.outputDirectory(), QDir::current().absoluteFilePath(QStringLiteral("relative/out")));
    // Saved settings are untouched.
    const SettingsStore after;
    QCOMPARE(after.workers(), 3);
    QCOMPARE(after.mode(), RunMode::Events);
    QCOMPARE(after.outputDirectory(), saved.path());
    QCOMPARE(after.language(), QStringLiteral("ru"));
}

void tst_SettingsStore::windowSettingsSurviveARestart()
{
    QTemporaryDir chosen;
    int secondsColumnWidth = 0;
    QSize size;
    {
        WindowFixture f;
        QVERIFY(f.show());
        auto *workers = f.child<QSpinBox>("workersSpinBox");
        workers->setFocus();
        workers->selectAll();
        QTest::keyClicks(workers, QStringLiteral("4"));
        auto *mode = f.child<QComboBox>("modeComboBox");
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(f.queue.mode(), RunMode::Events);

        // Change… opens a folder dialog; pick the folder in it as a user would.
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(chosen.path());
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::mouseClick(f.child<QPushButton>("changeFolderPushButton"), Qt::LeftButton);
        QCOMPARE(f.queue.outputDirectory(), chosen.path());
        QCOMPARE(f.child<QLineEdit>("outputFolderLineEdit")->text(), QDir::toNativeSeparators(chosen.path()));

        f.table()->setColumnWidth(TaskTableModel::SecondsColumn, 123);
        f.table()->sortByColumn(TaskTableModel::SecondsColumn, Qt::DescendingOrder);
        f.window->resize(700, 555); // inside the offscreen screen: a larger one is clamped to it
        size = f.window->size();
        QVERIFY(f.window->close());
        secondsColumnWidth = f.table()->columnWidth(TaskTableModel::SecondsColumn);
    }
    // The next start: the launcher configures a queue from the settings, then opens the window.
    TaskQueue queue;
    SettingsStore().configure(&queue, {});
    QCOMPARE(queue.workers(), 4);
    QCOMPARE(queue.mode(), RunMode::Events);
    QCOMPARE(queue.outputDirectory(), chosen.path());
    MainWindow window(&queue);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("workersSpinBox"))->value(), 4);
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("modeComboBox"))->currentText(),
        QStringLiteral("Event loop"));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("outputFolderLineEdit"))->text(),
        QDir::toNativeSeparators(chosen.path()));
    auto *table = window.findChild<QTableView *>(QStringLiteral("taskTableView"));
    QCOMPARE(table->columnWidth(TaskTableModel::SecondsColumn), secondsColumnWidth);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(TaskTableModel::SecondsColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(window.size(), size);
}

QTEST_MAIN(tst_SettingsStore)
#include "tst_settingsstore.moc"
