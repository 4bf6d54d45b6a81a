#include "tasks/durationtext.h"
#include "translation.h"
#include "window/windowgeometry.h"
#include "windowfixture.h"

#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollBar>

/**
 * The window fits its screen and shows every word whole: a geometry saved elsewhere is clamped
 * to the screen it opens on; at the smallest size the window allows, in English and Russian, no
 * label is cut, the summary does not wrap a lone number onto a line of its own, the progress
 * text fits its column, and an empty list has no horizontal scroll bar.
 */
class tst_WindowGeometry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void savedGeometryIsClampedToTheScreen();
    void aWindowOpensWhereItClosed();
    void everyColumnTitleFitsAtTheFirstStart_data();
    void everyColumnTitleFitsAtTheFirstStart();
    void nothingIsClippedAtTheSmallestSize_data();
    void nothingIsClippedAtTheSmallestSize();
};

void tst_WindowGeometry::initTestCase()
{
    isolateSettings();
}

void tst_WindowGeometry::cleanup()
{
    Translation::apply(QStringLiteral("en"));
    QSettings().clear();
}

void tst_WindowGeometry::savedGeometryIsClampedToTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // Saved on a screen twice as large, far to the right and below.
        QWidget elsewhere;
        elsewhere.setGeometry(
            available.right() - 100, available.bottom() - 100, available.width() * 2, available.height() * 2);
        QSettings().setValue(QStringLiteral("window/geometry"), elsewhere.saveGeometry());
    }
    WindowFixture f;
    QVERIFY(f.show());
    const QString where = QStringLiteral("%1,%2 %3×%4 on %5×%6")
                              .arg(f.window->x())
                              .arg(f.window->y())
                              .arg(f.window->width())
                              .arg(f.window->height())
                              .arg(available.width())
                              .arg(available.height());
    const QSize frame = f.window->frameGeometry().size() - f.window->size();
    if ((f.window->minimumSizeHint() + frame).boundedTo(available.size())
        == f.window->minimumSizeHint() + frame) {
        QTRY_VERIFY2(available.contains(f.window->frameGeometry()), qPrintable(where));
    } else {
        // A screen smaller than the window's minimum (offscreen at 2x is 400×400): at least the
        // title bar and the top-left corner are on it.
        QTRY_VERIFY2(f.window->frameGeometry().topLeft() == available.topLeft(), qPrintable(where));
    }
}

void tst_WindowGeometry::aWindowOpensWhereItClosed()
{
    // Start after start, as MainWindow does it: the saved geometry restored, fitted to the screen,
    // shown. Each opens where the one before it closed; it did not creep down and right by its
    // frame every time (20 px a start under openbox). A small window: the offscreen screen is
    // smaller than the main window, which could not move without being clamped.
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QByteArray saved;
    QRect first;
    for (int start = 1; start <= 3; ++start) {
        QWidget window;
        window.resize(300, 200);
        if (saved.isEmpty())
            window.move(available.topLeft() + QPoint(30, 40)); // off the corner the clamp holds to
        else
            QVERIFY(window.restoreGeometry(saved));
        WindowGeometry::fitToScreen(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (start == 1)
            first = window.frameGeometry();
        QCOMPARE(window.frameGeometry(), first);
        saved = window.saveGeometry(); // as a close does
    }
}

void tst_WindowGeometry::everyColumnTitleFitsAtTheFirstStart_data()
{
    addLanguageRows();
}

void tst_WindowGeometry::everyColumnTitleFitsAtTheFirstStart()
{
    // No saved columns: every title, with room for the sort arrow, fits its column.
    QFETCH(QString, language);
    Translation::apply(language);
    WindowFixture f;
    QVERIFY(f.show());
    const QHeaderView *header = f.table()->horizontalHeader();
    for (int column = 0; column + 1 < header->count(); ++column) { // the last one stretches
        const QString title = f.table()->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
            qPrintable(QStringLiteral("“%1”: %2 < %3")
                           .arg(title)
                           .arg(header->sectionSize(column))
                           .arg(header->sectionSizeHint(column))));
    }
}

void tst_WindowGeometry::nothingIsClippedAtTheSmallestSize_data()
{
    addLanguageRows();
}

void tst_WindowGeometry::nothingIsClippedAtTheSmallestSize()
{
    QFETCH(QString, language);
    Translation::apply(language);
    WindowFixture f;
    QVERIFY(f.show());
    f.window->resize(f.window->minimumSizeHint());
    QTRY_COMPARE(f.window->size(), f.window->minimumSizeHint());
    // An empty list: nothing to scroll sideways to.
    QVERIFY(!f.table()->horizontalScrollBar()->isVisible());
    // Every one-line label shows its whole text.
    const QList<QLabel *> labels = f.window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisible() || label->text().isEmpty() || label->wordWrap())
            continue;
        QVERIFY2(label->width() >= label->sizeHint().width(),
            qPrintable(QStringLiteral("%1 “%2”: %3 < %4")
                           .arg(label->objectName(), label->text())
                           .arg(label->width())
                           .arg(label->sizeHint().width())));
    }
    // The summary reads on one line, not with a lone "0" below.
    auto *summary = f.child<QLabel>("summaryLabel");
    QVERIFY2(summary->height() < 2 * summary->fontMetrics().lineSpacing(), qPrintable(summary->text()));
    // The progress column fits its longest ordinary text (a running task's minutes left).
    const QString longest = QCoreApplication::translate("ProgressDelegate", "%1 left", "time left of a task")
                                .arg(DurationText::format(std::chrono::minutes(59)));
    const int column = f.table()->columnWidth(TaskTableModel::ProgressColumn);
    QVERIFY2(column >= f.table()->fontMetrics().horizontalAdvance(longest) + 8,
        qPrintable(QStringLiteral("%1 px for “%2”").arg(column).arg(longest)));
}

QTEST_MAIN(tst_WindowGeometry)
#include "tst_windowgeometry.moc"
