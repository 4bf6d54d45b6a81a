#include "translation.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

std::unique_ptr<QTranslator> appTranslator;
std::unique_ptr<QTranslator> qtTranslator;
QString currentLanguage = QStringLiteral("en");

void replace(std::unique_ptr<QTranslator> &slot, const QString &file, const QString &directory)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::make_unique<QTranslator>();
    if (!slot->load(file, directory) || !QCoreApplication::installTranslator(slot.get()))
        slot.reset();
}

} // namespace

QString Translation::resolve(const QString &language)
{
    if (language == QLatin1String("ru") || language == QLatin1String("en"))
        return language;
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

void Translation::apply(const QString &language)
{
    const QString resolved = resolve(language);
    currentLanguage = resolved;
    QLocale::setDefault(QLocale(resolved == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
        resolved == QLatin1String("ru") ? QLocale::Russia : QLocale::UnitedStates));
    replace(appTranslator, QStringLiteral("helloqueue_") + resolved, QStringLiteral(":/i18n"));
    // Qt's own words are English already (its qtbase_en is empty): no file to look up at start.
    if (resolved == QLatin1String("en")) {
        if (qtTranslator)
            QCoreApplication::removeTranslator(qtTranslator.get());
        qtTranslator.reset();
        return;
    }
    replace(qtTranslator, QStringLiteral("qtbase_") + resolved,
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QString Translation::current()
{
    return currentLanguage;
}
