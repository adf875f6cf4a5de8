#pragma once

#include <QPageSize>
#include <QString>
#include <optional>

namespace natdoctor::ui {

enum class ReportFormat {
    Pdf,
    Html,
    Json, // the session file (DiagnosisFile), optionally redacted
};

// The format a file name asks for (.pdf, .html/.htm, .json), if any.
std::optional<ReportFormat> reportFormatForPath(const QString& path);

// "a4" or "letter" (any case); nullopt otherwise.
std::optional<QPageSize::PageSizeId> parsePaperSize(const QString& text);

// Letter where it is the usual paper (US, Canada, Mexico, …), A4 elsewhere.
QPageSize::PageSizeId defaultPaperSize();

struct ReportOptions
{
    bool redact = false; // IP addresses and host names become host-A, host-B, …
    std::optional<QPageSize::PageSizeId> paper; // empty: defaultPaperSize()
    QString captureFile; // offline analysis: the capture, shown under "what was checked"
};

} // namespace natdoctor::ui
