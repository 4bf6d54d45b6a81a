#include "windowfixture.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QUrl>

/** Receives what the window asks the desktop to open, instead of a file manager. */
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

/**
 * The commands on tasks, as a user meets them: enabled only when they would do something, in the
 * task list's context menu, and Retry that cannot queue the same task twice.
 */
class tst_TaskCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void actionsAreEnabledOnlyWhenUseful();
    void retryIsOnceAndSaysSo();
    void contextMenuOffersTheTaskCommands();

private:
    static QAction *action(const WindowFixture &f, const char *name)
    {
        return f.window->findChild<QAction *>(QLatin1String(name));
    }
};

void tst_TaskCommands::initTestCase()
{
    isolateSettings();
}

void tst_TaskCommands::init()
{
    QSettings().clear();
}

void tst_TaskCommands::actionsAreEnabledOnlyWhenUseful()
{
    WindowFixture f;
    QVERIFY(f.show());
    // An empty queue: nothing to pause, clear, cancel or retry.
    for (const char *name : {"pauseAction", "clearAction", "cancelAction", "retryAction", "removeAction"})
        QVERIFY2(!action(f, name)->isEnabled(), name);

    f.enter(QStringLiteral("0"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    f.table()->selectRow(0);
    // A Done row cannot be cancelled or retried; it can be cleared, removed, opened.
    QTRY_VERIFY(action(f, "clearAction")->isEnabled());
    QVERIFY(!action(f, "cancelAction")->isEnabled());
    QVERIFY(!action(f, "retryAction")->isEnabled());
    QVERIFY(action(f, "removeAction")->isEnabled());
    QVERIFY(action(f, "openFileAction")->isEnabled());
    QVERIFY(!action(f, "pauseAction")->isEnabled()); // nothing left to pause

    f.enter(QStringLiteral("500"));
    QTRY_COMPARE(f.stateAt(1), TaskState::Running);
    QTRY_VERIFY(action(f, "pauseAction")->isEnabled());
    f.table()->selectRow(1);
    QTRY_VERIFY(action(f, "cancelAction")->isEnabled());
    QVERIFY(!action(f, "retryAction")->isEnabled());
    QVERIFY(!action(f, "removeAction")->isEnabled()); // still running
    QVERIFY(!action(f, "openFileAction")->isEnabled());
    action(f, "cancelAction")->trigger();
    QTRY_COMPARE(f.stateAt(1), TaskState::Cancelled);
    QTRY_VERIFY(action(f, "retryAction")->isEnabled());
    QVERIFY(!action(f, "cancelAction")->isEnabled());
}

void tst_TaskCommands::retryIsOnceAndSaysSo()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.queue.pause();
    f.enter(QStringLiteral("1 2"));
    f.queue.cancel({f.queue.firstId()});
    QTRY_COMPARE(f.stateAt(0), TaskState::Cancelled);
    f.table()->selectRow(0);
    QTRY_VERIFY(action(f, "retryAction")->isEnabled());
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_R, Qt::ControlModifier);
    QTest::keyClick(f.table(), Qt::Key_R, Qt::ControlModifier); // pressed twice
    action(f, "retryAction")->trigger(); // and once more from the menu
    QCOMPARE(f.queue.size(), 3);
    QTRY_VERIFY2(f.cell(0, TaskTableModel::StateColumn).toString().contains(QLatin1String("retried as #3")),
        qPrintable(f.cell(0, TaskTableModel::StateColumn).toString()));
    QTRY_VERIFY(!action(f, "retryAction")->isEnabled());
}

void tst_TaskCommands::contextMenuOffersTheTaskCommands()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    WindowFixture f;
    QVERIFY(f.show());
    QCOMPARE(f.table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList names;
    const QList<QAction *> actions = f.table()->actions();
    for (QAction *a : actions) {
        if (!a->isSeparator())
            names << a->objectName();
    }
    QCOMPARE(names,
        QStringList({QStringLiteral("cancelAction"), QStringLiteral("retryAction"),
            QStringLiteral("openFileAction"), QStringLiteral("openFileFolderAction"),
            QStringLiteral("copyNumbersAction"), QStringLiteral("removeAction")}));

    f.queue.pause();
    f.enter(QStringLiteral("0 500 3"));
    f.queue.resume();
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    f.table()->selectAll();
    action(f, "copyNumbersAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0 500 3")); // ready to paste back

    f.table()->selectRow(0);
    QTRY_VERIFY(action(f, "openFileAction")->isEnabled());
    action(f, "openFileAction")->trigger();
    action(f, "openFileFolderAction")->trigger();
    QCOMPARE(catcher.urls,
        QList<QUrl>({QUrl::fromLocalFile(f.filePath(0)), QUrl::fromLocalFile(f.directory.path())}));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

    // Remove from list takes only finished tasks off, and only the selected ones.
    f.table()->selectAll();
    QTRY_VERIFY(action(f, "removeAction")->isEnabled());
    action(f, "removeAction")->trigger();
    QVERIFY(f.rowCount() >= 1);
    for (int row = 0; row < f.rowCount(); ++row)
        QVERIFY(!isFinal(f.stateAt(row)));
    f.queue.stopNow();
}

QTEST_MAIN(tst_TaskCommands)
#include "tst_taskcommands.moc"
