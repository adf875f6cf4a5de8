#pragma once

#include <string>

namespace natdoctor::diagnosis {

// One thing natdoctor ran and what came back, kept verbatim (bounded) with
// the finding it supports.
struct Evidence
{
    std::string step; // "fragmentation-check", "remote-server-check", ...
    std::string host; // where it ran ("user@host"), or "local"
    std::string command; // exactly what was run
    std::string output; // stdout (+ stderr), cut at kMaxEvidenceOutput
    bool outputCut = false;
    int exitStatus = 0;
    double seconds = 0; // how long it took
    std::string summary; // one line: what it showed

    static constexpr size_t kMaxEvidenceOutput = 64 * 1024;
};

} // namespace natdoctor::diagnosis
