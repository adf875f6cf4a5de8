#pragma once

#include "analysis/CaptureSummary.h"

#include <string>

namespace natdoctor {
class JsonWriter;
class JsonValue;
}

namespace natdoctor::analysis {

// The JSON object of DESIGN.md §3.1 (field names are a contract).
std::string summaryToJson(const CaptureSummary& summary, bool pretty = false);
// The same object into a writer (e.g. inside a session file), and back.
void writeSummary(JsonWriter& writer, const CaptureSummary& summary);
CaptureSummary summaryFromJson(const JsonValue& json);
// One finding as a JSON object (id, severity, title, detail, confidence, actions).
void writeFinding(JsonWriter& writer, const diagnosis::Finding& finding);

// A readable plain-text summary for the terminal.
std::string summaryToText(const CaptureSummary& summary);

} // namespace natdoctor::analysis
