#include "window/fielderror.h"

#include <QLabel>
#include <QLineEdit>

namespace {

void setDescription(QLineEdit *field, const QString &description)
{
    // Qt 6.4 announces every call, even with the same text: only a real change is news.
    if (field->accessibleDescription() != description)
        field->setAccessibleDescription(description);
}

} // namespace

void FieldError::show(QLineEdit *field, QLabel *label, const QString &message)
{
    // A label with a buddy reads "&" as a mnemonic; the message quotes what was typed, "&" too.
    label->setText(QString(message).replace(QLatin1Char('&'), QLatin1String("&&")));
    label->setBuddy(field);
    label->show();
    setDescription(field, message);
}

void FieldError::clear(QLineEdit *field, QLabel *label)
{
    label->clear();
    label->hide();
    label->setBuddy(nullptr);
    setDescription(field, QString());
}
