#pragma once

#include "analysis/CaptureSummary.h"

#include <functional>
#include <string>

namespace natdoctor {
class JsonWriter;
class JsonValue;
} // namespace natdoctor

namespace natdoctor::analysis {

// The JSON object of docs/design.md §5 (field names are a contract).
// `extra` adds members at the end of the object (e.g. `analyze`'s verdict).
std::string summaryToJson(const CaptureSummary& summary, bool pretty = false,
                          const std::function<void(JsonWriter&)>& extra = {});
// The same object into a writer (e.g. inside a session file), and back.
void writeSummary(JsonWriter& writer, const CaptureSummary& summary,
                  const std::function<void(JsonWriter&)>& extra = {});
CaptureSummary summaryFromJson(const JsonValue& json);

// A readable plain-text summary for the terminal.
std::string summaryToText(const CaptureSummary& summary);

} // namespace natdoctor::analysis
