#include "findings/Finding.h"

namespace natdoctor::findings {

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Problem:
        return "problem";
    }
    return "info";
}

Finding makeFinding(std::string_view id, Severity severity, Confidence confidence, Text title, Message detail)
{
    Finding f;
    f.id = std::string(id);
    f.severity = severity;
    f.confidence = confidence;
    f.title = std::move(title);
    f.detail = std::move(detail);
    return f;
}

std::string_view confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low:
        return "low";
    case Confidence::Medium:
        return "medium";
    case Confidence::High:
        return "high";
    }
    return "medium";
}

} // namespace natdoctor::findings
