#pragma once

#include <QRegularExpression>
#include <QString>

/**
 * A failure reason with its paths taken out: what is left is HelloQueue's own words, which must
 * be in the language in effect (a path may hold any letters; the words around it may not).
 */
inline QString reasonWords(const QString &reason)
{
    static const QRegularExpression path(QStringLiteral("/[^\\s«»\"]*"));
    return QString(reason).remove(path);
}

/** Whether @p text holds a Latin letter (C-library or English words in a Russian sentence). */
inline bool hasLatinLetter(const QString &text)
{
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    return text.contains(latin);
}

/** Whether @p text holds a Cyrillic letter. */
inline bool hasCyrillicLetter(const QString &text)
{
    static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
    return text.contains(cyrillic);
}
