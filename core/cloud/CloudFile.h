#pragma once

#include "cloud/CloudResult.h"
#include "util/JsonValue.h"
#include "util/JsonWriter.h"

namespace natdoctor::cloud {

// The AWS step's result in the session file ("cloud": {...}).
void writeCloudResult(JsonWriter& w, const CloudResult& r);
CloudResult readCloudResult(const JsonValue& j);

} // namespace natdoctor::cloud
