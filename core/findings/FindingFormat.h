#pragma once

#include "findings/Finding.h"

#include <string>
#include <vector>

namespace natdoctor {
class JsonWriter;
}

namespace natdoctor::findings {

// One finding as a JSON object (id, severity, confidence, title, detail,
// actions, evidence): the contract of docs/design.md, in English.
void writeFinding(JsonWriter& writer, const Finding& finding);
// `"findings": [...]` as a member of the object being written.
void writeFindings(JsonWriter& writer, const std::vector<Finding>& findings);

// The findings as plain text for the terminal ("Findings:" and one entry each).
std::string findingsToText(const std::vector<Finding>& findings);

} // namespace natdoctor::findings
