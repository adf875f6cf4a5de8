#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace natdoctor::ui {

namespace {

const QString English = QStringLiteral("en");

// The language natdoctor has for a BCP 47 name such as "de-AT", or an empty string.
QString supportedLanguage(const QString& uiLanguage)
{
    const QString code = QLocale(uiLanguage).name().section(QLatin1Char('_'), 0, 0);
    return availableLanguages().contains(code) ? code : QString();
}

QString systemLanguage()
{
    // The first preferred language natdoctor has wins: a user who puts English
    // before German gets English.
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString& uiLanguage : uiLanguages) {
        const QString language = supportedLanguage(uiLanguage);
        if (!language.isEmpty())
            return language;
    }
    return English;
}

void install(QCoreApplication& app, const QString& fileName, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(QStringLiteral("natdoctor_translator"));
    if (translator->load(fileName, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator; // e.g. qt6-translations-l10n is not installed: Qt's own texts stay English
}

} // namespace

QStringList availableLanguages()
{
    return { English, QStringLiteral("de"), QStringLiteral("es") };
}

QString installTranslations(QCoreApplication& app, const QString& forced)
{
    const auto previous
        = app.findChildren<QTranslator*>(QStringLiteral("natdoctor_translator"), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QString language = forced.isEmpty() ? systemLanguage() : forced;
    if (language == English || !availableLanguages().contains(language)) {
        // English plural forms only ("1 packet", "2 packets"): the sources say "%n packet(s)".
        install(app, QStringLiteral("natdoctor_en"), QStringLiteral(":/i18n"));
        return English;
    }
    install(app, QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(app, QStringLiteral("natdoctor_") + language, QStringLiteral(":/i18n"));
    return language;
}

} // namespace natdoctor::ui
