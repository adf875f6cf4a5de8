#pragma once

#include <string>

namespace natdoctor {

// The current time as ISO 8601 in UTC, e.g. "2026-11-25T20:00:00Z".
std::string utcNowIso8601();

} // namespace natdoctor
