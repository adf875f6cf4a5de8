#include "findings/FindingFormat.h"

#include "util/JsonWriter.h"

namespace natdoctor::findings {

void writeFinding(JsonWriter& w, const Finding& f)
{
    w.beginObject().key("id").value(f.id).key("severity").value(severityName(f.severity));
    w.key("confidence").value(confidenceName(f.confidence));
    w.key("title").value(f.title.english()).key("detail").value(f.detail.english());
    if (!f.actions.empty()) {
        w.key("actions").beginArray();
        for (const Action& a : f.actions) {
            w.beginObject().key("description").value(a.description.english()).key("commands").beginArray();
            for (const std::string& c : a.commands)
                w.value(c);
            w.endArray().endObject();
        }
        w.endArray();
    }
    if (!f.proof.frames.empty()) {
        w.key("frames").beginArray();
        for (uint64_t n : f.proof.frames)
            w.value(static_cast<unsigned long long>(n));
        w.endArray();
    }
    if (!f.proof.displayFilter.empty())
        w.key("display_filter").value(f.proof.displayFilter);
    if (!f.proof.cannotRuleOut.empty())
        w.key("cannot_rule_out").value(f.proof.cannotRuleOut.english());
    if (!f.evidence.empty()) {
        w.key("evidence").beginArray();
        for (size_t e : f.evidence)
            w.value(static_cast<unsigned long long>(e));
        w.endArray();
    }
    w.endObject();
}

void writeFindings(JsonWriter& w, const std::vector<Finding>& findings)
{
    w.key("findings").beginArray();
    for (const Finding& f : findings)
        writeFinding(w, f);
    w.endArray();
}

std::string findingsToText(const std::vector<Finding>& findings)
{
    std::string out = "Findings:\n";
    if (findings.empty())
        out += "  none\n";
    for (const Finding& f : findings) {
        out += "  [" + std::string(severityName(f.severity)) + "] " + f.title.english() + " (" + f.id + ")\n";
        out += "      " + f.detail.english() + "\n";
    }
    return out;
}

} // namespace natdoctor::findings
