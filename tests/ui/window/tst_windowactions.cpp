#include "translation.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QTranslator>

namespace {

const QString Open = QStringLiteral("⟦");
const QString Close = QStringLiteral("⟧");

/** Translates every text into "⟦text⟧", so a text that skipped retranslation stands out. */
class PseudoTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return Open + QString::fromUtf8(source) + Close;
    }
};

bool isPseudo(const QString &text)
{
    return text.startsWith(Open) && text.endsWith(Close);
}

/** Every text a user reads in the window: buttons, labels, menus, header, status, summary. */
QStringList visibleTexts(const WindowFixture &f)
{
    QStringList texts;
    const QList<QAbstractButton *> buttons = f.window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisible() && !button->text().isEmpty())
            texts << button->text();
    }
    for (const char *name :
        {"numberLabel", "workersLabel", "modeLabel", "outputFolderLabel", "summaryLabel", "etaLabel"})
        texts << f.child<QLabel>(name)->text();
    texts << f.field()->placeholderText() << f.field()->toolTip() << f.field()->accessibleName();
    texts << f.child<QProgressBar>("overallProgressBar")->text();
    auto *mode = f.child<QComboBox>("modeComboBox");
    for (int i = 0; i < mode->count(); ++i)
        texts << mode->itemText(i);
    const QList<QAction *> menus = f.window->menuBar()->actions();
    for (QAction *menu : menus) {
        texts << menu->text();
        const QList<QAction *> items = menu->menu()->actions();
        for (QAction *item : items) {
            if (!item->isSeparator() && !item->menu() && item->isVisible())
                texts << item->text();
        }
    }
    for (int column = 0; column < f.rows()->columnCount(); ++column)
        texts << f.rows()->headerData(column, Qt::Horizontal).toString();
    texts << f.window->statusBar()->currentMessage();
    return texts;
}

} // namespace

class tst_WindowActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyTextIsRetranslated();
    void languageMenuSwitchesAndRemembers();
    void finishAndQuitHaveTheirShortcuts();
};

void tst_WindowActions::initTestCase()
{
    isolateSettings();
}

void tst_WindowActions::init()
{
    QSettings().clear();
    Translation::apply(QStringLiteral("en"));
}

void tst_WindowActions::cleanup()
{
    Translation::apply(QStringLiteral("en"));
}

void tst_WindowActions::everyTextIsRetranslated()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("0"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    {
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        // Language names are written in their own language on purpose.
        const QStringList untranslated {QStringLiteral("&English"), QStringLiteral("&Русский")};
        QTRY_VERIFY(isPseudo(f.child<QAbstractButton>("finishPushButton")->text()));
        const QStringList texts = visibleTexts(f);
        QVERIFY2(texts.size() > 40, qPrintable(QString::number(texts.size())));
        for (const QString &text : texts)
            QVERIFY2(isPseudo(text) || untranslated.contains(text), qPrintable(text));
        QVERIFY(isPseudo(f.cell(0, TaskTableModel::StateColumn).toString()));
        QCoreApplication::removeTranslator(&pseudo);
    }
    QTRY_COMPARE(f.child<QAbstractButton>("finishPushButton")->text(), QStringLiteral("Fi&nish"));
    const QStringList texts = visibleTexts(f);
    for (const QString &text : texts)
        QVERIFY2(!text.contains(Open), qPrintable(text));
}

void tst_WindowActions::languageMenuSwitchesAndRemembers()
{
    WindowFixture f;
    QVERIFY(f.show());
    f.enter(QStringLiteral("1"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Done);
    const QString englishDuration = f.cell(0, TaskTableModel::DurationColumn).toString();
    QVERIFY2(englishDuration.contains(QLatin1Char('.')), qPrintable(englishDuration));
    const QStringList english = visibleTexts(f);

    auto *russian = f.window->findChild<QAction *>(QStringLiteral("russianAction"));
    russian->trigger();
    QCOMPARE(Translation::current(), QStringLiteral("ru"));
    QVERIFY(russian->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ru"));
    // Russian numbers take a decimal comma: the table was re-read in the new locale.
    QTRY_VERIFY(f.cell(0, TaskTableModel::DurationColumn).toString().contains(QLatin1Char(',')));
    const bool translated
        = QCoreApplication::translate("WindowActions", "Fi&nish") != QLatin1String("Fi&nish");
    if (translated) {
        // Once Russian translations exist, no English text may remain anywhere.
        QTRY_VERIFY(f.child<QAbstractButton>("finishPushButton")->text() != QLatin1String("Fi&nish"));
        const QStringList texts = visibleTexts(f);
        for (const QString &text : texts)
            QVERIFY2(!english.contains(text) || text == QLatin1String("&English") || text.isEmpty(),
                qPrintable(text));
    }

    f.window->findChild<QAction *>(QStringLiteral("englishAction"))->trigger();
    QCOMPARE(Translation::current(), QStringLiteral("en"));
    QTRY_COMPARE(f.cell(0, TaskTableModel::DurationColumn).toString(), englishDuration);
    QTRY_COMPARE(visibleTexts(f), english);

    f.window->findChild<QAction *>(QStringLiteral("systemLanguageAction"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    QCOMPARE(Translation::current(), Translation::resolve(QString()));
}

void tst_WindowActions::finishAndQuitHaveTheirShortcuts()
{
    WindowFixture f;
    auto *finish = f.window->findChild<QAction *>(QStringLiteral("finishAction"));
    QVERIFY(finish->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    auto *quit = f.window->findChild<QAction *>(QStringLiteral("quitAction"));
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    auto *cancel = f.window->findChild<QAction *>(QStringLiteral("cancelAction"));
    QCOMPARE(cancel->shortcut(), QKeySequence(QKeySequence::Delete));
    // Every command is in a menu, so it can be found without knowing its shortcut.
    QStringList inMenus;
    const QList<QAction *> menus = f.window->menuBar()->actions();
    for (QAction *menu : menus) {
        const QList<QAction *> items = menu->menu()->actions();
        for (QAction *item : items)
            inMenus << item->objectName();
    }
    for (const char *name : {"addAction", "finishAction", "pauseAction", "cancelAction", "retryAction",
             "clearAction", "changeFolderAction", "openFolderAction", "exportTimelineAction",
             "showTimelineAction", "historyAction", "quitAction", "aboutAction"})
        QVERIFY2(inMenus.contains(QLatin1String(name)), name);
}

QTEST_MAIN(tst_WindowActions)
#include "tst_windowactions.moc"
