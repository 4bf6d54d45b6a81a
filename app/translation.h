#pragma once

#include <QCoreApplication>
#include <QString>

class QTranslator;

/**
 * Installs HelloQueue's translation and Qt's own for a language: "en", "ru", or empty for the
 * system's (ru_* gives Russian, anything else English). Switching at run time sends the
 * LanguageChange event that widgets retranslate on.
 */
class Translation
{
    Q_DECLARE_TR_FUNCTIONS(Translation)
public:
    /** "en" or "ru" for a setting or an --lang value; empty means the system's. */
    static QString resolve(const QString &language);
    /** Installs the translators for @p language (resolved) and sets the default QLocale. */
    static void apply(const QString &language);
    /** The language in effect: "en" or "ru". */
    static QString current();
};
