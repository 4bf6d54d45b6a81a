#pragma once

#include "engine/taskqueue.h"
#include "models/tasktablemodel.h"
#include "window/mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

/**
 * Offscreen cannot resize a window to its size hints, nor raise one, and says so whenever a window
 * or dialog appears, its layout grows or it is raised; that says nothing about HelloQueue, so drop
 * just those lines.
 */
inline void silenceOffscreenNoise()
{
    static QtMessageHandler previous = nullptr;
    previous
        = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &text) {
              if (text == QLatin1String("This plugin does not support propagateSizeHints()")
                  || text == QLatin1String("This plugin does not support raise()"))
                  return;
              previous(type, context, text);
          });
}

/** Settings and data folders of a test never touch the user's; call from initTestCase(). */
inline void isolateSettings()
{
    silenceOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HelloQueueTest"));
    // One settings file per test program: ctest -j runs them side by side, and one test's
    // clear() must not wipe what another has just saved.
    QCoreApplication::setApplicationName(
        QStringLiteral("helloqueue-test-") + QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings().clear();
}

/** A test's rows in English and in Russian: a QString column "language" for Translation::apply(). */
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Russian") << QStringLiteral("ru");
}

/** The real window on a real queue with "one second" lasting 20 ms, writing into a temporary folder. */
struct WindowFixture
{
    static constexpr std::chrono::milliseconds SecondLength {20};

    QTemporaryDir directory;
    TaskQueue queue;
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        queue.setSecondLength(SecondLength);
        queue.setOutputDirectory(directory.path());
        window = std::make_unique<MainWindow>(&queue);
    }

    /** Shows and activates the window (shortcuts need an active window); QVERIFY the result. */
    [[nodiscard]] bool show() const
    {
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    template<typename T> T *child(const char *name) const
    {
        return window->findChild<T *>(QLatin1String(name));
    }
    QLineEdit *field() const { return child<QLineEdit>("numberLineEdit"); }
    QTableView *table() const { return child<QTableView>("taskTableView"); }
    QAbstractItemModel *rows() const { return table()->model(); }
    int rowCount() const { return rows()->rowCount(); }
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return rows()->index(row, column).data(role);
    }
    TaskState stateAt(int row) const { return TaskState(cell(row, 0, TaskTableModel::StateRole).toInt()); }
    int secondsAt(int row) const
    {
        return cell(row, TaskTableModel::SecondsColumn, TaskTableModel::SortRole).toInt();
    }
    QString filePath(int number) const
    {
        return directory.filePath(QString::number(number) + QStringLiteral(".txt"));
    }

    /** Types text into the number field and presses Return, as a user would. */
    void enter(const QString &text) const
    {
        QLineEdit *edit = field();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
};
