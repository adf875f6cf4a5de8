#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace natdoctor::remote {

// The one place where values become remote shell text. Every argument is
// POSIX single-quoted, so the remote shell sees it as one literal word: no
// expansion, no globbing, no word splitting. Validation (Validation.h) comes
// first; quoting is what makes a value that slipped through still harmless.

// 'it'\''s' style quoting. nullopt if the value holds a NUL byte: the SSH exec
// request is a C string, a NUL would silently cut the command short.
std::optional<std::string> shellQuote(std::string_view value);

// Joins argv into one command line, each element quoted. nullopt if argv is
// empty or any element holds a NUL byte.
std::optional<std::string> commandLine(const std::vector<std::string>& argv);

} // namespace natdoctor::remote
