#pragma once

#include "cloud/CloudResult.h"
#include "diagnosis/DiagnosisInputs.h"
#include "diagnosis/Evidence.h"
#include "diagnosis/StepResults.h"
#include "findings/Finding.h"
#include "remote/RemoteError.h"

#include <optional>
#include <vector>

namespace natdoctor::diagnosis {

// Findings (core/findings) are what the diagnosis produces; its code names them unqualified.
using findings::Action;
using findings::Confidence;
using findings::Finding;
using findings::makeFinding;
using findings::Severity;
namespace findingid = findings::findingid;

// How a step of the procedure ended: run (with its evidence) or skipped.
struct StepOutcome
{
    std::string step; // stepName(): "fragmentation-check", ...
    bool skipped = false;
    std::string reason; // why it was skipped
    std::vector<size_t> evidence; // indices into DiagnosisSession::evidence
    bool cancelled = false; // skipped because the user cancelled (no fallback then)
    // The connection-level error that skipped it (code None: see `reason`):
    // the wizard and the report word it in the user's language.
    remote::RemoteError error;
};

// Everything one diagnosis knows: the inputs, the evidence collected, the
// parsed results of each step, and the findings derived from them. Saved to
// and loaded from a versioned JSON file (DiagnosisFile).
struct DiagnosisSession
{
    DiagnosisInputs inputs;
    CaseDetails caseDetails; // optional: case id, customer, where captured
    std::vector<Evidence> evidence;
    std::optional<FragmentationCheckResult> fragmentation;
    std::optional<RemoteServerResult> remoteServer;
    std::optional<TimestampTestResult> timestampTest;
    std::optional<PublicHostCheck> publicHostCheck;
    std::optional<ResolutionCheck> resolution;
    std::optional<cloud::CloudResult> cloud; // the AWS step (core/cloud), if it ran
    std::vector<SudoProblem> sudoProblems;
    std::vector<StepOutcome> steps;
    std::vector<Finding> findings;
    std::string startedAt; // ISO 8601, UTC
    std::string natdoctorVersion;

    size_t addEvidence(Evidence e)
    {
        if (e.output.size() > Evidence::kMaxEvidenceOutput) {
            e.output.resize(Evidence::kMaxEvidenceOutput);
            e.outputCut = true;
        }
        evidence.push_back(std::move(e));
        return evidence.size() - 1;
    }

    const StepOutcome* outcome(std::string_view step) const
    {
        for (const StepOutcome& o : steps) {
            if (o.step == step)
                return &o;
        }
        return nullptr;
    }
};

} // namespace natdoctor::diagnosis
