#pragma once

#include "numberparser.h"

#include <QLineEdit>

/**
 * The number field. A QLineEdit keeps pasted line breaks and tabs (it only draws them as
 * spaces), so a pasted spreadsheet column arrives whole. What it does not do well is size: it
 * records one undo step per character (pasting a column of a million numbers cost half a second),
 * and it lays out its whole text again at every key (another half second for a million numbers).
 * A large paste here replaces the text in one step instead, and a huge one is held aside: the
 * field shows how many numbers it holds and is read-only until Return adds them or Escape,
 * Backspace or Delete takes the paste back.
 */
class NumberLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    /** Pastes above this many characters skip the per-character undo history. */
    static constexpr int LargePaste = 4096;
    /** A paste that makes the text longer than this is held aside (about 10 000 numbers). */
    static constexpr int HoldAbove = 65536;

    explicit NumberLineEdit(QWidget *parent = nullptr);

    /** Empties the field in one step (QLineEdit::clear() also records every character). */
    void clearAll();
    /** The text the field stands for: the held paste while there is one, else text(). */
    QString fullText() const;
    bool isHolding() const { return m_holding; }
    /** The held paste, read once when it was pasted (valid while isHolding()). */
    const NumberParser::ListResult &heldNumbers() const { return m_held; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void pasteLarge(const QString &text);
    void hold(const QString &text);
    /** Ends holding; the field shows @p text. */
    void release(const QString &text);
    void showHeld();

    bool m_holding = false;
    QString m_heldText;
    QString m_before; ///< the text before the held paste: Escape brings it back
    QString m_shown; ///< what the field shows while holding
    NumberParser::ListResult m_held;
};
