// libFuzzer target: arbitrary bytes, decoded as UTF-8 (invalid bytes become U+FFFD, as the
// console reads them), through NumberParser's three functions. Any broken invariant aborts.
#include "numberparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkNumber(const NumberParser::Result &result)
{
    check(result.ok() == (result.error == NumberParser::Error::None));
    if (result.ok())
        check(result.seconds >= 0 && result.seconds <= NumberParser::MaximumSeconds);
    else
        check(result.seconds == 0);
}

void checkMessage(NumberParser::Error error, QStringView text)
{
    const QString message = NumberParser::errorMessage(error, text);
    check(message.isEmpty() == (error == NumberParser::Error::None));
    check(message.size() < 200); // long text is shortened, whatever its length
}

/** parseList ok ⇒ every token, split the same way, parses to the same number; all or nothing. */
void checkList(QStringView text)
{
    const NumberParser::ListResult list = NumberParser::parseList(text);
    if (!list.ok()) {
        check(list.seconds.isEmpty());
        check(list.firstBad.start >= 0 && list.firstBad.length >= 0);
        check(list.firstBad.start + list.firstBad.length <= text.size());
        if (list.error != NumberParser::Error::Empty) {
            const QStringView bad = text.mid(list.firstBad.start, list.firstBad.length);
            check(NumberParser::parse(bad).error == list.error);
        }
        checkMessage(list.error, text.mid(list.firstBad.start, list.firstBad.length));
        return;
    }
    check(!list.seconds.isEmpty());
    qsizetype pos = 0;
    qsizetype index = 0;
    while (pos < text.size()) {
        while (pos < text.size() && NumberParser::isSeparator(text.at(pos).unicode()))
            ++pos;
        const qsizetype start = pos;
        while (pos < text.size() && !NumberParser::isSeparator(text.at(pos).unicode()))
            ++pos;
        if (start == pos)
            break;
        const NumberParser::Result token = NumberParser::parse(text.mid(start, pos - start));
        check(token.ok());
        check(index < list.seconds.size() && list.seconds.at(index) == token.seconds);
        ++index;
    }
    check(index == list.seconds.size());
}

/** The console's syntax (Python's int()): a superset of the strict one, with the same limits. */
void checkPythonInt(const QString &text, const NumberParser::Result &strict)
{
    const auto syntax = NumberParser::Syntax::PythonInt;
    const NumberParser::Result number = NumberParser::parse(text, syntax);
    checkNumber(number);
    checkMessage(number.error, text);
    const NumberParser::Result trimmed = NumberParser::parse(text.trimmed(), syntax);
    check(trimmed.error == number.error && trimmed.seconds == number.seconds);
    if (strict.ok())
        check(number.ok() && number.seconds == strict.seconds);
    if (strict.error == NumberParser::Error::TooLarge || strict.error == NumberParser::Error::Empty)
        check(number.error == strict.error);
    check(number.outOfRange()
        == (number.error == NumberParser::Error::Negative || number.error == NumberParser::Error::TooLarge));
    // A sign in front of an unsigned number: '+' changes nothing, '-' makes all but 0 negative.
    const QString unsignedText = text.trimmed();
    if (number.ok() && !unsignedText.startsWith(QLatin1Char('+'))
        && !unsignedText.startsWith(QLatin1Char('-'))) {
        const NumberParser::Result plus = NumberParser::parse(QLatin1Char('+') + unsignedText, syntax);
        check(plus.ok() && plus.seconds == number.seconds);
        const NumberParser::Result minus = NumberParser::parse(QLatin1Char('-') + unsignedText, syntax);
        check(number.seconds == 0 ? minus.ok() && minus.seconds == 0
                                  : minus.error == NumberParser::Error::Negative);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const NumberParser::Result number = NumberParser::parse(text);
    checkNumber(number);
    checkMessage(number.error, text);
    // White space around a number never matters.
    const NumberParser::Result trimmed = NumberParser::parse(text.trimmed());
    check(trimmed.error == number.error && trimmed.seconds == number.seconds);
    checkList(text);
    checkPythonInt(text, number);
    // One number is a list of one.
    if (number.ok())
        check(NumberParser::parseList(text).seconds == QList<int> {number.seconds});
    return 0;
}
