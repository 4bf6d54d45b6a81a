#pragma once

#include "numberparser.h"
#include "window/numberlineedit.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;

/**
 * The number field with its Add button and an inline error line. Return or Add reads every
 * number in the field (spaces, commas, semicolons, new lines: a pasted spreadsheet column works);
 * bad input is explained, its token selected, and nothing is sent.
 */
class NumberInput : public QWidget
{
    Q_OBJECT
public:
    NumberInput(QAction *addAction, QWidget *parent = nullptr);

    /** What is wrong with @p token, in words: NumberParser's, except that a signed whole
     *  number is called negative or signed rather than "not a whole number". */
    static QString errorText(NumberParser::Error error, const QString &token);

    QLineEdit *lineEdit() const { return m_lineEdit; }
    /** What the field holds: its text, or a held paste (NumberLineEdit) in full. */
    QString text() const;
    /** Something other than white space is typed and not yet accepted. */
    bool hasPendingText() const;
    /** Empties the field after its numbers were accepted. */
    void clearText();
    /** Shows a message under the field (e.g. the queue could not record the tasks). */
    void showError(const QString &message);
    void clearError();

signals:
    /** Every number in the field, all valid, in order. */
    void numbersEntered(const QList<int> &numbers);

public slots:
    /** Reads the field: emits numbersEntered, or shows what is wrong. */
    void submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setErrorText(const QString &message);

    QLabel *m_label;
    NumberLineEdit *m_lineEdit;
    QPushButton *m_addButton;
    QLabel *m_errorLabel;
    NumberParser::Error m_error = NumberParser::Error::None;
    QString m_badToken;
};
