#pragma once

#include <string>

namespace natdoctor {

// Writes `contents` to a temporary file next to `path` and renames it over
// `path`: an existing file is never left half-written. `why` says what failed.
bool writeFileAtomically(const std::string& path, const std::string& contents, std::string& why);

} // namespace natdoctor
