#include "window/numberlineedit.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QKeyEvent>

#include <limits>

NumberLineEdit::NumberLineEdit(QWidget *parent) : QLineEdit(parent)
{
    // A pasted column of thousands of numbers must not be cut short (the default is 32767
    // characters, which could silently turn "12345" into "12").
    setMaxLength(std::numeric_limits<int>::max());
    // The clear button (or any other change of the shown count) drops a held paste.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_holding && text != m_shown)
            release(QString());
    });
}

void NumberLineEdit::clearAll()
{
    if (m_holding)
        release(QString());
    else
        setText(QString());
}

QString NumberLineEdit::fullText() const
{
    return m_holding ? m_heldText : text();
}

void NumberLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_holding) {
        const int key = event->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit returnPressed();
            event->accept();
            return;
        }
        if (key == Qt::Key_Escape || key == Qt::Key_Backspace || key == Qt::Key_Delete
            || event == QKeySequence::Undo) {
            release(m_before);
            emit textEdited(text());
            event->accept();
            return;
        }
    }
    if (event == QKeySequence::Paste && (!isReadOnly() || m_holding)) {
        const QString text = QGuiApplication::clipboard()->text();
        if (text.size() > LargePaste || m_holding) {
            pasteLarge(text);
            event->accept();
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void NumberLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_holding)
        showHeld();
    QLineEdit::changeEvent(event);
}

void NumberLineEdit::pasteLarge(const QString &pasted)
{
    if (m_holding) { // pasted after the held text
        hold(m_heldText + pasted);
        emit textEdited(text());
        return;
    }
    const QString current = text();
    const int start = hasSelectedText() ? selectionStart() : cursorPosition();
    const int end = hasSelectedText() ? start + int(selectedText().size()) : start;
    // Into an empty field (the usual paste) the pasted text is the result: a million numbers are
    // not copied again.
    const QString result = current.isEmpty() ? pasted : current.left(start) + pasted + current.mid(end);
    if (result.size() > HoldAbove) {
        m_before = current;
        hold(result);
    } else {
        setText(result);
        setCursorPosition(start + int(pasted.size()));
    }
    emit textEdited(text());
}

void NumberLineEdit::hold(const QString &text)
{
    m_holding = true;
    m_heldText = text;
    m_held = NumberParser::parseList(text);
    setReadOnly(true);
    showHeld();
}

void NumberLineEdit::release(const QString &text)
{
    m_holding = false;
    m_heldText.clear();
    m_held = {};
    setReadOnly(false);
    setText(text);
}

void NumberLineEdit::showHeld()
{
    // Read-only meanwhile: a screen reader reads this as the field's value.
    m_shown = m_held.ok() ? tr("%Ln number(s) pasted: Return adds them, Escape takes them back", nullptr,
                  int(m_held.seconds.size()))
                          : tr("%Ln character(s) pasted: Return checks them, Escape takes them back", nullptr,
                              int(m_heldText.size()));
    setText(m_shown);
    setCursorPosition(0);
}
