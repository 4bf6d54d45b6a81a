#include "commandline.h"
#include "dialogs/restoredialog.h"
#include "engine/taskqueue.h"
#include "journal/sqlitejournal.h"
#include "journalfixtures.h"
#include "windowfixture.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

class tst_RestoreDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offersEarlierUnfinishedTasks_data();
    void offersEarlierUnfinishedTasks();
    void asksNothingWhenNothingIsLeft();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("queue.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QTimer m_answerTimer;
    QString m_button;
    QString m_question;
};

void tst_RestoreDialog::initTestCase()
{
    isolateSettings();
    m_answerTimer.setInterval(10);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] {
        auto *dialog = qobject_cast<RestoreDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        m_answerTimer.stop();
        m_question = dialog->text();
        QTest::mouseClick(dialog->findChild<QPushButton *>(m_button), Qt::LeftButton);
    });
}

void tst_RestoreDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_question.clear();
    // An earlier run accepted 3, 1 and 2 and never finished them.
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    QCOMPARE(record(journal, makeTasks(1, {3, 1, 2}, m_dir->path())), QString());
}

void tst_RestoreDialog::cleanup()
{
    m_answerTimer.stop();
}

void tst_RestoreDialog::offersEarlierUnfinishedTasks_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QList<int>>("queued");
    QTest::addColumn<int>("stillOffered");
    QTest::newRow("Restore") << QStringList() << QStringLiteral("restorePushButton") << QList<int> {3, 1, 2}
                             << 0;
    QTest::newRow("Discard") << QStringList() << QStringLiteral("discardPushButton") << QList<int>() << 0;
    QTest::newRow("Later") << QStringList() << QStringLiteral("laterPushButton") << QList<int>() << 3;
    QTest::newRow("--restore") << QStringList {QStringLiteral("--restore")} << QString()
                               << QList<int> {3, 1, 2} << 0;
    QTest::newRow("--discard") << QStringList {QStringLiteral("--discard")} << QString() << QList<int>() << 0;
}

void tst_RestoreDialog::offersEarlierUnfinishedTasks()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, button);
    QFETCH(QList<int>, queued);
    QFETCH(int, stillOffered);
    const CommandLine::Result parsed
        = CommandLine::parse(QStringList {QStringLiteral("helloqueue")} + arguments);
    QCOMPARE(parsed.outcome, CommandLine::Outcome::Run);
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        TaskQueue queue;
        queue.pause(); // the restored tasks stay in view
        queue.setFirstId(journal.nextId());
        queue.setJournal(&journal);
        MainWindow window(&queue);
        window.show();
        m_button = button;
        if (!button.isEmpty())
            m_answerTimer.start();
        QCOMPARE(RestoreDialog::offer(journal, queue, parsed.options, &window), int(queued.size()));
        QCOMPARE(m_question.isEmpty(), button.isEmpty()); // asked only without an option
        if (!button.isEmpty())
            QVERIFY2(m_question.contains(QLatin1String("3 task")), qPrintable(m_question));
        QList<int> numbers;
        for (quint64 id = queue.firstId(); queue.size() > 0 && id <= queue.lastId(); ++id)
            numbers << queue.task(id).number;
        QCOMPARE(numbers, queued);
        QCOMPARE(journal.unfinishedTasks().size(), stillOffered);
    }
    // The next start offers what is left: nothing, or the tasks put off till later (or restored
    // and still queued when this run ended).
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    const QList<int> offered = stillOffered > 0 || !queued.isEmpty() ? QList<int> {3, 1, 2} : QList<int>();
    QCOMPARE(numbersOf(journal.unfinishedTasks()), offered);
}

void tst_RestoreDialog::asksNothingWhenNothingIsLeft()
{
    {
        SqliteJournal journal;
        QVERIFY(journal.open(databasePath()));
        QVERIFY(journal.discardUnfinished().isEmpty());
    }
    SqliteJournal journal;
    QVERIFY(journal.open(databasePath()));
    TaskQueue queue;
    queue.setJournal(&journal);
    QCOMPARE(RestoreDialog::offer(journal, queue, {}, nullptr), 0);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(queue.size(), 0);
}

QTEST_MAIN(tst_RestoreDialog)
#include "tst_restoredialog.moc"
