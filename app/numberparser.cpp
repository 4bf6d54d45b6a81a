#include "numberparser.h"

#include <QChar>

namespace {

constexpr qsizetype MaxQuotedLength = 40;

QString quoted(QStringView text)
{
    QString shown = text.trimmed().toString();
    if (shown.size() > MaxQuotedLength)
        shown = shown.left(MaxQuotedLength - 1) + QChar(0x2026);
    // Control characters (a NUL byte, a tab) would be invisible or break the message.
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    return shown;
}

} // namespace

NumberParser::Result NumberParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {Error::Empty, 0};

    qint64 value = 0;
    bool tooLarge = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        char32_t c = trimmed.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < trimmed.size() && trimmed.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(trimmed.at(i), trimmed.at(i + 1));
            ++i;
        }
        // Category Nd only: '²' and '½' are digits to isdigit() but not decimal digits to int().
        // A lone surrogate is category Cs, so it is refused here too.
        if (QChar::category(c) != QChar::Number_DecimalDigit)
            return {Error::NotANumber, 0};
        if (!tooLarge) {
            value = value * 10 + QChar::digitValue(c);
            tooLarge = value > MaximumSeconds;
        }
    }
    if (tooLarge)
        return {Error::TooLarge, 0};
    return {Error::None, static_cast<int>(value)};
}

bool NumberParser::isSeparator(char32_t c)
{
    return c == U',' || c == U';' || QChar::isSpace(c);
}

NumberParser::ListResult NumberParser::parseList(QStringView text)
{
    ListResult list;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    while (pos < size) {
        while (pos < size && isSeparator(text.at(pos).unicode()))
            ++pos;
        const qsizetype start = pos;
        while (pos < size && !isSeparator(text.at(pos).unicode()))
            ++pos;
        if (start == pos)
            break;
        const Result result = parse(text.mid(start, pos - start));
        if (!result.ok()) {
            list.seconds.clear();
            list.error = result.error;
            list.firstBad = {int(start), int(pos - start), result};
            return list;
        }
        list.seconds.append(result.seconds);
    }
    if (list.seconds.isEmpty()) {
        list.error = Error::Empty;
        list.firstBad = {0, int(size), {Error::Empty, 0}};
    }
    return list;
}

QString NumberParser::errorMessage(Error error, QStringView text)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Enter a whole number of seconds, from 0 to %1.").arg(MaximumSeconds);
    case Error::NotANumber:
        return tr("“%1” is not a whole number of seconds.").arg(quoted(text));
    case Error::TooLarge:
        return tr("“%1” is too large: the longest task is %2 seconds (one day).")
            .arg(quoted(text))
            .arg(MaximumSeconds);
    }
    return {};
}
