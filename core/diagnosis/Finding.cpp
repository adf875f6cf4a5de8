#include "diagnosis/Finding.h"

namespace natdoctor::diagnosis {

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

} // namespace natdoctor::diagnosis
