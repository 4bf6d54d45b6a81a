#include "window/numberinput.h"

#include "window/actionbutton.h"
#include "window/fielderror.h"
#include "window/numberlineedit.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

NumberInput::NumberInput(QAction *addAction, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_lineEdit(new NumberLineEdit(this))
    , m_addButton(new ActionButton(addAction, QStringLiteral("addPushButton"), this))
    , m_errorLabel(new QLabel(this))
{
    m_label->setObjectName(QStringLiteral("numberLabel"));
    m_label->setBuddy(m_lineEdit);
    m_lineEdit->setObjectName(QStringLiteral("numberLineEdit"));
    m_lineEdit->setClearButtonEnabled(true);
    m_errorLabel->setObjectName(QStringLiteral("numberErrorLabel"));
    m_errorLabel->setWordWrap(true);
    // The message quotes what was typed: "<b>" or "&" must show as typed, not as markup.
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_lineEdit, 0, 1);
    layout->addWidget(m_addButton, 0, 2);
    layout->addWidget(m_errorLabel, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    // Pasted line breaks and tabs stay in the text; the parser splits on them like on spaces.
    connect(m_lineEdit, &QLineEdit::returnPressed, this, &NumberInput::submit);
    connect(m_lineEdit, &QLineEdit::textEdited, this, &NumberInput::clearError);
    setFocusProxy(m_lineEdit);
    retranslateUi();
}

void NumberInput::submit()
{
    const QString text = m_lineEdit->fullText();
    // A held paste was read when it was pasted.
    const NumberParser::ListResult result
        = m_lineEdit->isHolding() ? m_lineEdit->heldNumbers() : NumberParser::parseList(text);
    if (!result.ok()) {
        m_error = result.error;
        m_badToken = text.mid(result.firstBad.start, result.firstBad.length);
        setErrorText(errorText(m_error, m_badToken));
        m_lineEdit->setFocus();
        if (result.firstBad.length > 0 && !m_lineEdit->isHolding())
            m_lineEdit->setSelection(result.firstBad.start, result.firstBad.length);
        return;
    }
    clearError();
    emit numbersEntered(result.seconds);
}

QString NumberInput::errorText(NumberParser::Error error, const QString &token)
{
    if (error == NumberParser::Error::NotANumber && token.size() > 1) {
        const QChar sign = token.front();
        const bool isSign = sign == QLatin1Char('-') || sign == QLatin1Char('+') || sign == QChar(0x2212);
        if (isSign
            && NumberParser::parse(QStringView(token).mid(1)).error != NumberParser::Error::NotANumber) {
            const bool zero = NumberParser::parse(QStringView(token).mid(1)).seconds == 0;
            if (sign != QLatin1Char('+') && !zero)
                return NumberParser::errorMessage(NumberParser::Error::Negative, token);
            return tr("“%1”: write the number without a sign.").arg(token);
        }
    }
    return NumberParser::errorMessage(error, token);
}

bool NumberInput::hasPendingText() const
{
    return !text().trimmed().isEmpty();
}

QString NumberInput::text() const
{
    return m_lineEdit->fullText();
}

void NumberInput::clearText()
{
    m_lineEdit->clearAll();
    clearError();
}

void NumberInput::showError(const QString &message)
{
    m_error = NumberParser::Error::None;
    setErrorText(message);
}

void NumberInput::clearError()
{
    m_error = NumberParser::Error::None;
    FieldError::clear(m_lineEdit, m_errorLabel);
}

void NumberInput::setErrorText(const QString &message)
{
    FieldError::show(m_lineEdit, m_errorLabel, message);
}

void NumberInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NumberInput::retranslateUi()
{
    //: The lesson's prompt, as a label in front of the number field
    m_label->setText(tr("&Enter a number:"));
    m_lineEdit->setPlaceholderText(tr("Seconds, e.g. 3 or 5, 2, 0"));
    m_lineEdit->setAccessibleName(tr("Numbers of seconds"));
    m_lineEdit->setToolTip(tr("One or more whole numbers of seconds, from 0 to %1, separated by spaces, "
                              "commas, semicolons or new lines. Return adds them.")
                               .arg(NumberParser::MaximumSeconds));
    if (m_error != NumberParser::Error::None)
        setErrorText(errorText(m_error, m_badToken));
}
