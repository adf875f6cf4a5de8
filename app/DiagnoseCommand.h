#pragma once

#include <string>
#include <vector>

namespace natdoctor::app {

// `natdoctor diagnose --public USER@HOST[:PORT] --dest HOST:PORT [...]`: the
// diagnosis engine driven headless from flags. Progress lines on stderr,
// findings (or the session JSON) on stdout. Exit 0 no problem found, 1 a
// problem found, 2 a usage or connection error.
int runDiagnose(const std::vector<std::string>& args);

} // namespace natdoctor::app
