#pragma once

#include <string>

namespace natdoctor::capture {

// The link-layer types natdoctor decodes (libpcap DLT_ values).
bool isSupportedLinkType(int dlt);
// Short name such as "EN10MB" or "LINUX_SLL2" (libpcap's), or "DLT n".
std::string linkTypeName(int dlt);

} // namespace natdoctor::capture
