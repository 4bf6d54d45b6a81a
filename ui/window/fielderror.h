#pragma once

class QLabel;
class QLineEdit;
class QString;

/**
 * Ties an inline error message to its field, so a screen reader reads it from the field. Qt 6.4 has
 * no invalid-entry state and no announcement event (6.8), so: the field's accessible description
 * becomes the message (AT-SPI sends a description change on the focused field, which Orca speaks),
 * and the message label becomes one of the field's labels (an AT-SPI "labelled-by" relation) whose
 * name is its text.
 */
class FieldError
{
public:
    /** Shows @p message in @p label under @p field. */
    static void show(QLineEdit *field, QLabel *label, const QString &message);
    /** Hides the message; the field's description is its tooltip again. */
    static void clear(QLineEdit *field, QLabel *label);
};
