#include "numberparser.h"

#include <QChar>
#include <QLocale>

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

/** The code point at @p i (a surrogate pair read as one); @p i moves to its last unit. */
char32_t codePointAt(QStringView text, qsizetype &i)
{
    const char32_t c = text.at(i).unicode();
    if (!QChar::isHighSurrogate(c) || i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
        return c;
    ++i;
    return QChar::surrogateToUcs4(text.at(i - 1), text.at(i));
}

} // namespace

NumberParser::Result NumberParser::parse(QStringView text, Syntax syntax)
{
    // Python's int() strips exactly what QChar::isSpace() calls white space.
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {Error::Empty, 0};
    const bool pythonInt = syntax == Syntax::PythonInt;
    qsizetype i = 0;
    const bool negative = pythonInt && trimmed.front() == u'-';
    if (pythonInt && (negative || trimmed.front() == u'+'))
        i = 1; // an ASCII sign only, as int() reads it
    qint64 value = 0;
    bool tooLarge = false;
    bool afterDigit = false; // int() allows one '_' between two digits, nowhere else
    for (; i < trimmed.size(); ++i) {
        const char32_t c = codePointAt(trimmed, i);
        if (pythonInt && c == U'_' && afterDigit) {
            afterDigit = false;
            continue;
        }
        // Category Nd only: '²' and '½' are digits to isdigit() but not decimal digits to int().
        // A lone surrogate is category Cs, so it is refused here too.
        if (QChar::category(c) != QChar::Number_DecimalDigit)
            return {Error::NotANumber, 0};
        afterDigit = true;
        if (!tooLarge) {
            value = value * 10 + QChar::digitValue(c);
            tooLarge = value > MaximumSeconds;
        }
    }
    if (!afterDigit) // a sign alone, or an '_' at the end
        return {Error::NotANumber, 0};
    if (negative && value != 0) // -0 is 0 to int()
        return {Error::Negative, 0};
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
        return tr("Enter a whole number of seconds, from 0 to %1.").arg(QLocale().toString(MaximumSeconds));
    case Error::NotANumber:
        return tr("“%1” is not a whole number of seconds.").arg(quoted(text));
    case Error::Negative:
        return tr("“%1” is negative: a task lasts from 0 to %2 seconds.")
            .arg(quoted(text))
            .arg(QLocale().toString(MaximumSeconds));
    case Error::TooLarge:
        return tr("“%1” is too large: the longest task is %2 seconds (one day).")
            .arg(quoted(text))
            .arg(QLocale().toString(MaximumSeconds));
    }
    return {};
}
