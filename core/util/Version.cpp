#include "util/Version.h"

namespace natdoctor {

std::string_view version()
{
    return NATDOCTOR_VERSION;
}

} // namespace natdoctor
