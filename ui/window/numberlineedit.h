#pragma once

#include <QLineEdit>

/**
 * The number field. A QLineEdit keeps pasted line breaks and tabs (it only draws them as
 * spaces), so a pasted spreadsheet column arrives whole. What it does not do well is size: it
 * records one undo step per character, so pasting a column of a million numbers cost half a
 * second. A large paste here replaces the text in one step instead.
 */
class NumberLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    /** Pastes above this many characters skip the per-character undo history. */
    static constexpr int LargePaste = 4096;

    explicit NumberLineEdit(QWidget *parent = nullptr);

    /** Empties the field in one step (QLineEdit::clear() also records every character). */
    void clearAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void pasteLarge(const QString &text);
};
