#include "util/UtcTime.h"

#include <ctime>

namespace natdoctor {

std::string utcNowIso8601()
{
    char buffer[32];
    const std::time_t now = std::time(nullptr);
    std::tm tm {};
    gmtime_r(&now, &tm);
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

} // namespace natdoctor
