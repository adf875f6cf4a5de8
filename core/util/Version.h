#pragma once

#include <string_view>

namespace natdoctor {

// The version of natdoctor, as set in the top-level CMakeLists.txt.
std::string_view version();

} // namespace natdoctor
