#pragma once

#include <string>
#include <vector>

namespace natdoctor::app {

// `natdoctor analyze FILE [--json]`: headless, no display needed.
// Returns the process exit status (0 ok, 2 bad input or usage).
int runAnalyze(const std::vector<std::string>& args);

} // namespace natdoctor::app
