#include "dialoganswerer.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/quitdialog.h"
#include "dialogs/restoredialog.h"
#include "timeline/timelineview.h"
#include "translation.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>

namespace {

/** The mnemonic letter of a text ("Fi&nish" → "n"), empty when it has none; "&&" is a literal &. */
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/** Texts that share one Alt key: a window with its menu bar, a menu, or a dialog. */
struct Scope
{
    QString name;
    QStringList texts;

    void add(const QString &text)
    {
        if (!text.isEmpty() && !texts.contains(text))
            texts << text;
    }
    /** Every text has a mnemonic and no two share one; the first problem, or empty. */
    QString problem() const
    {
        QHash<QString, QString> used;
        for (const QString &text : texts) {
            const QString key = mnemonic(text);
            if (key.isEmpty())
                return QStringLiteral("%1: “%2” has no mnemonic").arg(name, text);
            if (used.contains(key))
                return QStringLiteral("%1: “%2” and “%3” share Alt+%4").arg(name, used.value(key), text, key);
            used.insert(key, text);
        }
        return {};
    }
};

/** The buttons (with text) and buddy labels of @p widget that @p widget shows now. */
void addWidgets(Scope &scope, QWidget *widget)
{
    const QList<QAbstractButton *> buttons = widget->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisibleTo(widget) && button->window() == widget->window())
            scope.add(button->text());
    }
    const QList<QLabel *> labels = widget->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() && label->isVisibleTo(widget))
            scope.add(label->text());
    }
}

/** The items of a menu that are shown (separators and submenus' own items aside). */
Scope menuScope(const QString &name, const QList<QAction *> &actions)
{
    Scope scope {name, {}};
    for (QAction *action : actions) {
        if (!action->isSeparator() && action->isVisible())
            scope.add(action->text());
    }
    return scope;
}

} // namespace

/**
 * Alt+letter reaches every command: each button, label and menu item has one mnemonic, unique
 * where it applies (a window with its menu bar, each menu, each dialog), in English and Russian,
 * in every state that changes a text (Pause/Resume, Finish/Finishing…, Stop now shown).
 */
class tst_Mnemonics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void windowAndMenus_data();
    void windowAndMenus();
    void dialogs_data();
    void dialogs();
};

void tst_Mnemonics::initTestCase()
{
    isolateSettings();
}

void tst_Mnemonics::cleanup()
{
    Translation::apply(QStringLiteral("en"));
}

void tst_Mnemonics::windowAndMenus_data()
{
    addLanguageRows();
}

void tst_Mnemonics::windowAndMenus()
{
    QFETCH(QString, language);
    Translation::apply(language);
    WindowFixture f;
    QVERIFY(f.show());
    QList<Scope> scopes;
    const auto look = [&](const QString &state) {
        Scope window {QStringLiteral("window, %1").arg(state), {}};
        addWidgets(window, f.window.get());
        const QList<QAction *> menus = f.window->menuBar()->actions();
        for (QAction *menu : menus) {
            window.add(menu->text());
            scopes << menuScope(menu->text(), menu->menu()->actions());
            const QList<QAction *> items = menu->menu()->actions();
            for (QAction *item : items) {
                if (item->menu())
                    scopes << menuScope(item->text(), item->menu()->actions());
            }
        }
        scopes << window;
        scopes << menuScope(QStringLiteral("task list menu"), f.table()->actions());
        scopes << menuScope(
            QStringLiteral("timeline menu"), f.child<TimelineView>("timelineView")->actions());
    };
    look(QStringLiteral("idle"));
    f.enter(QStringLiteral("500 500"));
    QTRY_COMPARE(f.stateAt(0), TaskState::Running);
    f.window->findChild<QAction *>(QStringLiteral("pauseAction"))->trigger();
    QTRY_COMPARE(f.queue.state(), TaskQueue::State::Paused);
    look(QStringLiteral("paused"));
    f.window->findChild<QAction *>(QStringLiteral("pauseAction"))->trigger();
    f.window->findChild<QAction *>(QStringLiteral("finishAction"))->trigger();
    QTRY_VERIFY(f.child<QPushButton>("stopNowPushButton")->isVisible());
    look(QStringLiteral("finishing"));
    for (const Scope &scope : std::as_const(scopes))
        QVERIFY2(scope.problem().isEmpty(), qPrintable(scope.problem()));
    f.queue.stopNow();
}

void tst_Mnemonics::dialogs_data()
{
    windowAndMenus_data();
}

void tst_Mnemonics::dialogs()
{
    QFETCH(QString, language);
    Translation::apply(language);
    QWidget parent;
    QList<QWidget *> dialogs {new QuitDialog(2, false, &parent), new QuitDialog(2, true, &parent),
        new RestoreDialog(1, &parent), new HistoryDialog(nullptr, &parent), new AboutDialog(&parent)};
    for (QWidget *dialog : std::as_const(dialogs)) {
        Scope scope {dialog->objectName(), {}};
        addWidgets(scope, dialog);
        QVERIFY2(scope.problem().isEmpty(), qPrintable(scope.problem()));
    }
    // Asked only when closing over typed text.
    WindowFixture f;
    QVERIFY(f.show());
    QTest::keyClicks(f.field(), QStringLiteral("7"));
    DialogAnswerer answerer;
    answerer.answer(QStringLiteral("keepTypingPushButton"));
    f.window->close();
    QVERIFY(answerer.asked);
    Scope discard {QStringLiteral("discard question"), answerer.buttons};
    QVERIFY2(discard.problem().isEmpty(), qPrintable(discard.problem()));
    f.field()->clear();
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
