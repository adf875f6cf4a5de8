#pragma once

#include "findings/Text.h"

#include <string>
#include <string_view>
#include <vector>

namespace natdoctor::findings {

enum class Severity {
    Info,
    Warning,
    Problem,
};

enum class Confidence {
    Low,
    Medium,
    High,
};

std::string_view severityName(Severity severity); // "info", "warning", "problem"
std::string_view confidenceName(Confidence confidence); // "low", "medium", "high"

// A recommended action: what to do (words, translated where shown), and the
// exact commands that do it (code, never translated).
struct Action
{
    Text description;
    std::vector<std::string> commands;
};

// What in a capture proves a finding (issue 14): the frames to look at, a
// Wireshark display filter that shows them, and what the capture cannot rule
// out. Empty for findings that do not come from a capture.
struct FindingProof
{
    std::vector<uint64_t> frames; // frame numbers (1 = the file's first record), the first few
    uint64_t frameCount = 0; // how many such frames the capture holds in all
    std::string displayFilter; // Wireshark/tshark display filter
    Message cannotRuleOut;

    bool empty() const { return frames.empty() && displayFilter.empty() && cannotRuleOut.empty(); }
};

// One conclusion drawn from the evidence. `id` is a contract (docs/design.md §6):
// the wizard, the report and users' scripts key on it.
struct Finding
{
    std::string id;
    Severity severity = Severity::Info;
    Text title;
    Message detail; // one or more sentences
    Confidence confidence = Confidence::Medium;
    std::vector<Action> actions;
    std::vector<size_t> evidence; // indices into the session's evidence list
    FindingProof proof;
};

Finding makeFinding(std::string_view id, Severity severity, Confidence confidence, Text title,
                    Message detail);

// The finding ids of docs/design.md §6, plus the "cannot decide" ones.
namespace findingid {
inline constexpr std::string_view TcpFragmentsFromDestination = "tcp-fragments-from-destination";
inline constexpr std::string_view NoFragmentationObserved = "no-fragmentation-observed";
inline constexpr std::string_view IcmpFragmentationNeeded = "icmp-fragmentation-needed";
inline constexpr std::string_view SynUnanswered = "syn-unanswered";
inline constexpr std::string_view StalledAfterConnect = "stalled-after-connect";
inline constexpr std::string_view SynTimestampsNonMonotonic = "syn-timestamps-non-monotonic";
inline constexpr std::string_view TwRecycleEnabled = "tw-recycle-enabled";
inline constexpr std::string_view TwRecycleDisabled = "tw-recycle-disabled";
inline constexpr std::string_view TwRecycleAbsent = "tw-recycle-absent";
inline constexpr std::string_view PawsRejectionsRising = "paws-rejections-rising";
inline constexpr std::string_view TimestampsTestImproved = "timestamps-test-improved";
inline constexpr std::string_view TimestampsTestNoChange = "timestamps-test-no-change";
inline constexpr std::string_view SudoNeedsPassword = "sudo-needs-password";
inline constexpr std::string_view TwRecycleUnknown = "tw-recycle-unknown";
inline constexpr std::string_view TimestampsTestNotReproduced = "timestamps-test-not-reproduced";
inline constexpr std::string_view SynQueueOverflow = "syn-queue-overflow";
inline constexpr std::string_view FragmentsFromOtherHost = "fragments-from-other-host";
inline constexpr std::string_view DestinationResolvesDifferently = "destination-resolves-differently";
inline constexpr std::string_view PublicHostBehindNat = "public-host-behind-nat";
// "Cannot decide" is a finding too: it says what is missing and what would decide.
inline constexpr std::string_view InsufficientEvidence = "insufficient-evidence";
// The private instance's tcp_timestamps could not be verified as restored.
inline constexpr std::string_view TimestampsNotRestored = "timestamps-not-restored";
// The NAT gateway's own evidence from AWS (core/cloud; rules in CloudRules.cpp).
inline constexpr std::string_view NatPortAllocationErrors = "nat-port-allocation-errors";
inline constexpr std::string_view NatIdleTimeout = "nat-idle-timeout";
inline constexpr std::string_view NatGatewayDrops = "nat-gateway-drops";
inline constexpr std::string_view SynAttemptsNotEstablished = "syn-attempts-not-established";
inline constexpr std::string_view NaclBlocksEphemeralPorts = "nacl-blocks-ephemeral-ports";
inline constexpr std::string_view PathMtuBlackhole = "path-mtu-blackhole";
} // namespace findingid

} // namespace natdoctor::findings
