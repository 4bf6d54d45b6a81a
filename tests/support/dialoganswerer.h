#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

/**
 * Answers the next modal question the way a user would: polls (without blocking) for a modal
 * QMessageBox, remembers its text, then clicks the button named @p button (none: leaves it open).
 * Polling keeps a question that never comes from stalling the test.
 */
class DialogAnswerer : public QObject
{
public:
    DialogAnswerer()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            m_timer.stop();
            asked = true;
            dialog = box;
            question = box->text();
            buttons.clear();
            const QList<QAbstractButton *> all = box->buttons();
            for (QAbstractButton *b : all)
                buttons << b->text();
            if (!m_button.isEmpty())
                QTest::mouseClick(box->findChild<QAbstractButton *>(m_button), Qt::LeftButton);
        });
    }

    void answer(const QString &button)
    {
        asked = false;
        question.clear();
        m_button = button;
        m_timer.start();
    }

    bool asked = false;
    QString question;
    QStringList buttons; ///< the texts of the question's buttons
    QPointer<QMessageBox> dialog;

private:
    QTimer m_timer;
    QString m_button;
};
