#pragma once

#include "findings/Finding.h"
#include "findings/Text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace natdoctor::ui {

// Renders core's finding texts (findings::Text: an English template plus typed
// parameters) in the user's language: the template through
// QCoreApplication::translate (context "Finding", extracted from core by
// lupdate), numbers in the locale's format (2,8 in German). The wizard's
// findings, the verdict and the report all use it.
class FindingText : public findings::TextStyle
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::FindingText)

public:
    FindingText(); // the locale of the installed translation (uiLocale())
    explicit FindingText(const QLocale& locale);

    // The locale that goes with natdoctor's installed translation.
    static QLocale uiLocale();

    QString text(const findings::Text& text) const;
    QString text(const findings::Message& message) const;

    // "Problem", "Warning", "Information"; "low", "medium", "high".
    static QString severity(findings::Severity severity);
    static QString confidence(findings::Confidence confidence);

    std::string templateFor(const char* context, const char* source) const override;
    std::string integer(long long value, bool grouped) const override;
    std::string decimal(double value, int places) const override;
    std::string scientific(double value, int places) const override;

private:
    QLocale m_locale;
};

} // namespace natdoctor::ui
