#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

/**
 * Reads task durations typed by a user: a whole number of seconds written in Unicode decimal
 * digits (as Python's int() accepts them), surrounded by optional white space, at most one day.
 * Shared by the window and the console mode, so both accept and refuse exactly the same text.
 */
class NumberParser
{
    Q_DECLARE_TR_FUNCTIONS(NumberParser)
public:
    static constexpr int MaximumSeconds = 86400;

    enum class Error { None, Empty, NotANumber, TooLarge };

    struct Result
    {
        Error error = Error::Empty;
        int seconds = 0;
        bool ok() const { return error == Error::None; }
    };

    /** One token of a list, with where it stands in the text (for selecting a bad token). */
    struct Token
    {
        int start = 0;
        int length = 0;
        Result result;
    };

    struct ListResult
    {
        QList<int> seconds; ///< every number, in order; empty when any token is bad
        Token firstBad; ///< the first bad token when !ok()
        Error error = Error::None;
        bool ok() const { return error == Error::None; }
    };

    /** Parses one number; white space around it is ignored. */
    static Result parse(QStringView text);

    /** Parses numbers separated by white space, commas or semicolons; all or nothing. */
    static ListResult parseList(QStringView text);

    /** A translated sentence saying what is wrong with @p text (long text is shortened). */
    static QString errorMessage(Error error, QStringView text);

    static bool isSeparator(char32_t c);
};
