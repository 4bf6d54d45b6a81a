#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

/**
 * Reads task durations typed by a user: a whole number of seconds written in Unicode decimal
 * digits (as Python's int() accepts them), surrounded by optional white space, at most one day.
 * The window and the command line use the strict syntax of SPEC §1 (digits only); the console
 * reads every line the lesson's int() reads (a sign, '_' between digits) and then applies the
 * same limits, so a negative number there is an error that lets input go on, not its end.
 */
class NumberParser
{
    Q_DECLARE_TR_FUNCTIONS(NumberParser)
public:
    static constexpr int MaximumSeconds = 86400;

    /** NotANumber: not even int() reads it. Negative and TooLarge: outside HelloQueue's limits. */
    enum class Error { None, Empty, NotANumber, Negative, TooLarge };

    enum class Syntax {
        Strict, ///< decimal digits only (SPEC §1): the window and the command line
        PythonInt ///< what Python's int() reads: an optional '+' or '-', single '_' between digits
    };

    struct Result
    {
        Error error = Error::Empty;
        int seconds = 0;
        bool ok() const { return error == Error::None; }
        /** A number int() reads, but negative or above the maximum. */
        bool outOfRange() const { return error == Error::Negative || error == Error::TooLarge; }
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

    /** Parses one number; white space around it is ignored. -0 is 0. */
    static Result parse(QStringView text, Syntax syntax = Syntax::Strict);

    /** Parses numbers separated by white space, commas or semicolons; all or nothing. */
    static ListResult parseList(QStringView text);

    /** A translated sentence saying what is wrong with @p text (long text is shortened). */
    static QString errorMessage(Error error, QStringView text);

    static bool isSeparator(char32_t c);
};
