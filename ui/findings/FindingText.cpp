#include "findings/FindingText.h"

#include <QTranslator>

namespace natdoctor::ui {

QLocale FindingText::uiLocale()
{
    // The language of natdoctor's installed translation (Translations.cpp),
    // with the system's region when the system speaks it (de_AT stays de_AT).
    QString language = QStringLiteral("en");
    if (QCoreApplication* app = QCoreApplication::instance()) {
        const auto translators = app->findChildren<QTranslator*>(QStringLiteral("natdoctor_translator"),
                                                                 Qt::FindDirectChildrenOnly);
        for (const QTranslator* t : translators)
            if (!t->language().isEmpty())
                language = t->language();
    }
    const QLocale wanted(language);
    return QLocale().language() == wanted.language() ? QLocale() : wanted;
}

FindingText::FindingText()
    : m_locale(uiLocale())
{
}

FindingText::FindingText(const QLocale& locale)
    : m_locale(locale)
{
}

QString FindingText::text(const findings::Text& t) const
{
    return QString::fromStdString(findings::render(t, *this));
}

QString FindingText::text(const findings::Message& m) const
{
    return QString::fromStdString(findings::render(m, *this));
}

std::string FindingText::templateFor(const char* context, const char* source) const
{
    return QCoreApplication::translate(context, source).toStdString();
}

std::string FindingText::integer(long long value, bool grouped) const
{
    QLocale locale = m_locale;
    locale.setNumberOptions(grouped ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    return locale.toString(value).toStdString();
}

std::string FindingText::decimal(double value, int places) const
{
    QLocale locale = m_locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', places).toStdString();
}

std::string FindingText::scientific(double value, int places) const
{
    return m_locale.toString(value, 'e', places).toStdString();
}

QString FindingText::severity(findings::Severity severity)
{
    switch (severity) {
    case findings::Severity::Problem:
        return tr("Problem");
    case findings::Severity::Warning:
        return tr("Warning");
    case findings::Severity::Info:
        return tr("Information");
    }
    return {};
}

QString FindingText::confidence(findings::Confidence confidence)
{
    switch (confidence) {
    case findings::Confidence::Low:
        return tr("low");
    case findings::Confidence::Medium:
        return tr("medium");
    case findings::Confidence::High:
        return tr("high");
    }
    return {};
}

} // namespace natdoctor::ui
