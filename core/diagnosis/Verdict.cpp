// The verdict: one outcome and one sentence from all findings of a session.
#include "diagnosis/DiagnosisRules.h"

#include <algorithm>

namespace natdoctor::diagnosis {

std::string_view outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoProblem:
        return "no-problem";
    case Outcome::Problem:
        return "problem";
    case Outcome::Inconclusive:
        return "inconclusive";
    }
    return "inconclusive";
}

int exitStatus(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoProblem:
        return 0;
    case Outcome::Problem:
        return 1;
    case Outcome::Inconclusive:
        return 3;
    }
    return 3;
}

namespace {

Verdict make(Outcome outcome, Severity severity, findings::Message text)
{
    Verdict v;
    v.outcome = outcome;
    v.severity = severity;
    v.headline = text.english();
    v.text = std::move(text);
    return v;
}

// Findings that leave a question open: while one is present, the verdict
// can't be "no problem".
bool leavesQuestionOpen(const Finding& f)
{
    static const std::string_view open[]
        = { findingid::InsufficientEvidence, findingid::SudoNeedsPassword,
            findingid::TwRecycleUnknown,     findingid::TimestampsTestNotReproduced,
            findingid::PublicHostBehindNat,  findingid::DestinationResolvesDifferently };
    return std::find(std::begin(open), std::end(open), f.id) != std::end(open)
        || (f.id == findingid::TcpFragmentsFromDestination && f.severity != Severity::Problem);
}

} // namespace

Verdict verdict(const DiagnosisSession& s)
{
    const auto find = [&](std::string_view id, bool problemOnly) {
        return std::find_if(s.findings.begin(), s.findings.end(), [&](const Finding& f) {
            return f.id == id && (!problemOnly || f.severity == Severity::Problem);
        });
    };
    const auto has = [&](std::string_view id) { return find(id, false) != s.findings.end(); };
    const bool fragments = find(findingid::TcpFragmentsFromDestination, true) != s.findings.end();
    const bool recycle = find(findingid::TwRecycleEnabled, true) != s.findings.end()
        || find(findingid::TimestampsTestImproved, true) != s.findings.end()
        || find(findingid::PawsRejectionsRising, true) != s.findings.end();
    if (fragments && recycle)
        return make(Outcome::Problem, Severity::Problem,
                    NATDOCTOR_TEXT("Finding",
                                   "Both causes found: the destination sends fragmented TCP that a NAT "
                                   "gateway drops, and tcp_tw_recycle on "
                                   "the remote server drops SYNs."));
    if (fragments)
        return make(
            Outcome::Problem, Severity::Problem,
            NATDOCTOR_TEXT("Finding",
                           "Cause found: the destination sends fragmented TCP, which a NAT gateway drops."));
    if (recycle)
        return make(Outcome::Problem, Severity::Problem,
                    NATDOCTOR_TEXT("Finding",
                                   "Cause found: tcp_tw_recycle on the remote server drops SYNs from hosts "
                                   "behind the NAT address (PAWS)."));
    const auto problem = std::find_if(s.findings.begin(), s.findings.end(),
                                      [](const Finding& f) { return f.severity == Severity::Problem; });
    if (problem != s.findings.end())
        return make(Outcome::Problem, Severity::Problem,
                    NATDOCTOR_TEXT("Finding",
                                   "Connections fail, though neither documented cause was proven: {title}.")
                        .nested("title", problem->title));

    const auto open = std::find_if(s.findings.begin(), s.findings.end(), leavesQuestionOpen);
    if (open != s.findings.end()) {
        if (open->id == findingid::TcpFragmentsFromDestination)
            return make(
                Outcome::Inconclusive, Severity::Warning,
                NATDOCTOR_TEXT(
                    "Finding",
                    "Inconclusive: the destination fragments, but something on this path reassembles, and no "
                    "connection failed during the test."));
        return make(Outcome::Inconclusive, Severity::Warning,
                    NATDOCTOR_TEXT("Finding", "Inconclusive: {title}. The findings say what would decide.")
                        .nested("title", open->title));
    }

    const bool noFragments = has(findingid::NoFragmentationObserved);
    if (s.outcome("capture-analysis")) {
        if (noFragments)
            return make(Outcome::NoProblem, Severity::Info,
                        NATDOCTOR_TEXT("Finding",
                                       "No problem found in this capture: large responses arrived "
                                       "unfragmented and every connection attempt "
                                       "was answered."));
        return make(Outcome::Inconclusive, Severity::Warning,
                    NATDOCTOR_TEXT("Finding",
                                   "Inconclusive: this capture holds no evidence either way. The findings "
                                   "say what would decide."));
    }
    const bool recycleRuledOut = has(findingid::TwRecycleDisabled) || has(findingid::TwRecycleAbsent)
        || has(findingid::TimestampsTestNoChange);
    if (noFragments && recycleRuledOut)
        return make(
            Outcome::NoProblem, Severity::Info,
            NATDOCTOR_TEXT(
                "Finding",
                "No problem found: large responses arrive unfragmented, and tcp_tw_recycle is ruled out."));
    return make(
        Outcome::Inconclusive, Severity::Warning,
        noFragments
            ? NATDOCTOR_TEXT(
                "Finding",
                "Inconclusive: tcp_tw_recycle was not ruled out. The findings say what would decide.")
            : NATDOCTOR_TEXT(
                "Finding",
                "Inconclusive: the fragmentation question is open. The findings say what would decide."));
}

} // namespace natdoctor::diagnosis
