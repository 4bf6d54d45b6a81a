#include "window/numberlineedit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>

#include <limits>

NumberLineEdit::NumberLineEdit(QWidget *parent) : QLineEdit(parent)
{
    // A pasted column of thousands of numbers must not be cut short (the default is 32767
    // characters, which could silently turn "12345" into "12").
    setMaxLength(std::numeric_limits<int>::max());
}

void NumberLineEdit::clearAll()
{
    setText(QString());
}

void NumberLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Paste && !isReadOnly()) {
        const QString text = QGuiApplication::clipboard()->text();
        if (text.size() > LargePaste) {
            pasteLarge(text);
            event->accept();
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void NumberLineEdit::pasteLarge(const QString &pasted)
{
    const QString current = text();
    const int start = hasSelectedText() ? selectionStart() : cursorPosition();
    const int end = hasSelectedText() ? start + int(selectedText().size()) : start;
    setText(current.left(start) + pasted + current.mid(end));
    setCursorPosition(start + int(pasted.size()));
    emit textEdited(text());
}
