#include "diagnosis/DiagnosisRules.h"

#include "diagnosis/CloudRules.h"
#include "diagnosis/CommandBuilders.h"
#include "diagnosis/DiagnosisEngine.h"
#include "diagnosis/RuleText.h"
#include "findings/CaptureFindings.h"

#include <algorithm>
#include <set>

namespace natdoctor::diagnosis {

using namespace rules;

namespace {

std::vector<capture::IpAddress> addresses(const std::vector<std::string>& texts)
{
    std::vector<capture::IpAddress> out;
    for (const std::string& t : texts) {
        const auto a = capture::IpAddress::parse(t);
        if (a.isValid())
            out.push_back(a);
    }
    return out;
}

findings::CaptureContext contextOf(const DiagnosisSession& s, const FragmentationCheckResult& r)
{
    findings::CaptureContext c;
    if (s.outcome("capture-analysis"))
        return c; // a capture file: nothing known besides its packets
    c.destinations = addresses(r.destinationAddresses);
    c.localAddresses = addresses(r.localAddresses);
    c.trigger = s.inputs.trigger == TriggerKind::Icmp ? findings::CaptureContext::Trigger::Icmp
                                                      : findings::CaptureContext::Trigger::Tcp;
    c.listeningProven = r.listeningProven;
    if (s.publicHostCheck && s.publicHostCheck->checked())
        c.vantage = s.publicHostCheck->behindNat() ? findings::CaptureContext::Vantage::BehindNat
                                                   : findings::CaptureContext::Vantage::Public;
    return c;
}

// Connections from a private instance that all succeeded with large
// responses: the path reassembles whatever the destination fragments.
const probes::ConnectionProbeResult* privateConnectionsAllSucceeded(const DiagnosisSession& s)
{
    const probes::ConnectionProbeResult* probe = nullptr;
    if (s.timestampTest && !s.timestampTest->interrupted)
        probe = &s.timestampTest->baseline;
    else if (s.remoteServer && s.remoteServer->probe && s.inputs.privateHost)
        probe = &*s.remoteServer->probe;
    if (!probe || probe->attempts.size() < 5
        || probe->succeeded() != static_cast<int>(probe->attempts.size()))
        return nullptr;
    const FailurePhases phases = failurePhases(*probe);
    return phases.largestBytes >= 16384 ? probe : nullptr;
}

void reconcileWithPrivateInstance(const DiagnosisSession& s, Finding& f)
{
    const probes::ConnectionProbeResult* ok = privateConnectionsAllSucceeded(s);
    if (!ok || f.id != findingid::TcpFragmentsFromDestination)
        return;
    f.severity = Severity::Warning;
    f.title = NATDOCTOR_TEXT("Finding", "The destination fragments, but something on this path reassembles");
    f.detail += NATDOCTOR_TEXT(
                    "Finding",
                    "Yet all {n} connections from the private instance succeeded with the large response: "
                    "something "
                    "on its path reassembles the fragments (a NAT instance does; a NAT gateway does not), so "
                    "fragmentation does not explain failures now. If failures come back, check whether the "
                    "private "
                    "subnet's route still goes through the same NAT.")
                    .integer("n", static_cast<long long>(ok->attempts.size()));
    f.actions.insert(f.actions.begin(),
                     { NATDOCTOR_TEXT("Finding", "Check which NAT the private subnet's route uses now"),
                       { "ip route get "
                         + (s.fragmentation && !s.fragmentation->destinationAddresses.empty()
                                ? s.fragmentation->destinationAddresses.front()
                                : std::string("DEST")) } });
}

void fragmentationFindings(const DiagnosisSession& s, std::vector<Finding>& out)
{
    const auto evidence = evidenceOf(s, DiagnosisEngine::Step::FragmentationCheck);
    const StepOutcome* outcome = s.outcome(stepName(DiagnosisEngine::Step::FragmentationCheck));
    if (outcome && outcome->skipped) {
        Finding f = stepDidNotRun(*outcome, NATDOCTOR_TEXT("Finding", "The fragmentation check did not run"),
                                  NATDOCTOR_TEXT("Finding",
                                                 "It decides whether the destination sends fragmented TCP; "
                                                 "run it from an instance in a public subnet "
                                                 "(not the failing instance, nothing behind a NAT)."));
        f.actions = { { NATDOCTOR_TEXT("Finding",
                                       "Run the fragmentation check from an instance in a public subnet"),
                        { "natdoctor diagnose --public USER@PUBLIC-HOST --dest DEST:PORT" } } };
        out.push_back(std::move(f));
        return;
    }
    if (!s.fragmentation)
        return;
    const FragmentationCheckResult& r = *s.fragmentation;
    std::vector<Finding> fromCapture = findings::captureFindings(r.capture, contextOf(s, r));
    for (Finding& f : fromCapture) {
        if (f.id == findingid::NoFragmentationObserved && r.kernelDrops > 0) {
            f = makeFinding(
                findingid::InsufficientEvidence, Severity::Warning, Confidence::High,
                NATDOCTOR_TEXT("Finding", "The capture lost packets, so missing fragments prove nothing"),
                NATDOCTOR_TEXT("Finding",
                               "tcpdump reported {n|# packet|# packets} dropped by the kernel: fragments may "
                               "have been among them. "
                               "Run the check again (a smaller snap length or a larger buffer, -B, helps).")
                    .integer("n", static_cast<long long>(r.kernelDrops)));
            f.actions = {
                { NATDOCTOR_TEXT(
                      "Finding",
                      "Run the check again; by hand, a larger capture buffer and a short snap length keep "
                      "up"),
                  { captureByHand(s.inputs, 8192) } }
            };
        }
        reconcileWithPrivateInstance(s, f);
        f.evidence = evidence;
        out.push_back(std::move(f));
    }
}

void publicHostFindings(const DiagnosisSession& s, std::vector<Finding>& out)
{
    if (!s.publicHostCheck || !s.publicHostCheck->behindNat())
        return;
    const PublicHostCheck& p = *s.publicHostCheck;
    std::string own;
    for (const std::string& a : p.ownAddresses)
        own += (own.empty() ? "" : ", ") + a;
    Finding f
        = makeFinding(findingid::PublicHostBehindNat, Severity::Warning, Confidence::High,
                      NATDOCTOR_TEXT("Finding", "The \"public\" host reaches the internet through a NAT"),
                      NATDOCTOR_TEXT("Finding",
                                     "{url} saw it as {echoed}, which is none of its own addresses ({own}). "
                                     "Behind a NAT instance fragments are "
                                     "reassembled before the host sees them, and behind a NAT gateway they "
                                     "are dropped: negative results from "
                                     "this host are not conclusive.")
                          .plain("url", p.echoUrl)
                          .plain("echoed", p.echoedAddress)
                          .plain("own", own));
    f.actions
        = { { NATDOCTOR_TEXT(
                  "Finding",
                  "Run the fragmentation check from an instance in a public subnet (a route to an internet "
                  "gateway and a public IPv4 address)"),
              { "natdoctor diagnose --public USER@PUBLIC-HOST --dest DEST:PORT" } } };
    f.evidence = evidenceOf(s, DiagnosisEngine::Step::FragmentationCheck);
    out.push_back(std::move(f));
}

void resolutionFindings(const DiagnosisSession& s, std::vector<Finding>& out)
{
    if (!s.resolution || s.resolution->privateInstance.empty() || s.resolution->publicHost.empty())
        return;
    const std::set<std::string> pub(s.resolution->publicHost.begin(), s.resolution->publicHost.end());
    const std::set<std::string> priv(s.resolution->privateInstance.begin(),
                                     s.resolution->privateInstance.end());
    if (pub == priv)
        return;
    const auto join = [](const std::set<std::string>& set) {
        std::string text;
        for (const std::string& a : set)
            text += (text.empty() ? "" : ", ") + a;
        return text;
    };
    Finding f = makeFinding(
        findingid::DestinationResolvesDifferently, Severity::Warning, Confidence::High,
        NATDOCTOR_TEXT("Finding",
                       "The public host and the private instance resolve the destination differently"),
        NATDOCTOR_TEXT("Finding",
                       "{host} is {public} on the public host and {private} on the private instance "
                       "(split-horizon DNS, a private "
                       "hosted zone, or a load balancer's rotating addresses). The fragmentation check "
                       "tested the public host's "
                       "addresses only.")
            .plain("host", s.inputs.destinationHost)
            .plain("public", join(pub))
            .plain("private", join(priv)));
    f.actions
        = { { NATDOCTOR_TEXT("Finding",
                             "Run the check against the private instance's addresses (give them as --dest)"),
              { "natdoctor diagnose ... --dest " + *priv.begin() + ":"
                + std::to_string(s.inputs.destinationPort) } } };
    out.push_back(std::move(f));
}

} // namespace

std::vector<Finding> deriveFindings(const DiagnosisSession& s)
{
    std::vector<Finding> out;
    fragmentationFindings(s, out);
    publicHostFindings(s, out);
    resolutionFindings(s, out);
    remoteServerFindings(s, out);
    timestampFindings(s, out);
    // Unanswered SYNs in the capture once the server check ruled tcp_tw_recycle
    // out: name what remains, so the page never says both "PAWS" and "not PAWS".
    const bool ruledOut = std::any_of(out.begin(), out.end(), [](const Finding& f) {
        return f.id == findingid::TwRecycleAbsent || f.id == findingid::TwRecycleDisabled
            || f.id == findingid::TimestampsTestNoChange;
    });
    if (ruledOut) {
        for (Finding& f : out) {
            if (f.id == findingid::SynUnanswered
                && f.detail.english().find("ruled out") == std::string::npos) {
                f.detail += NATDOCTOR_TEXT(
                    "Finding",
                    "tcp_tw_recycle is ruled out here, so what remains is a full SYN queue on the server, "
                    "a firewall, security group or network ACL dropping some SYNs, or the server being "
                    "down.");
                // The remaining causes' next steps replace "check tcp_tw_recycle".
                f.actions
                    = { { NATDOCTOR_TEXT(
                              "Finding",
                              "Capture on the server while connecting, to see whether the SYNs arrive there; "
                              "check its SYN queue counters and the security groups and network ACLs on the "
                              "path"),
                          { serverSynCaptureByHand(s.inputs),
                            "nstat -az TcpExtListenOverflows TcpExtListenDrops" } } };
            }
        }
    }
    cloudFindings(s, out);
    const bool fragmentationDecided
        = s.outcome(stepName(DiagnosisEngine::Step::FragmentationCheck)) != nullptr;
    if (fragmentationDecided && !s.inputs.remoteServer && !s.inputs.privateHost) {
        Finding f
            = makeFinding(findingid::InsufficientEvidence, Severity::Warning, Confidence::High,
                          NATDOCTOR_TEXT("Finding", "tcp_tw_recycle was not checked"),
                          NATDOCTOR_TEXT("Finding",
                                         "natdoctor had access neither to the remote server nor to a private "
                                         "instance. With the server: read "
                                         "/proc/sys/net/ipv4/tcp_tw_recycle there (--remote). With a private "
                                         "instance: compare connection "
                                         "success with net.ipv4.tcp_timestamps=0 and as it is (--private)."));
        f.actions = {
            { NATDOCTOR_TEXT(
                  "Finding",
                  "Read it on the remote server, or run natdoctor again with --remote or --private"),
              { "cat /proc/sys/net/ipv4/tcp_tw_recycle", "natdoctor diagnose ... --remote USER@SERVER" } }
        };
        out.push_back(std::move(f));
    }
    for (const SudoProblem& p : s.sudoProblems) {
        Finding f = makeFinding(
            findingid::SudoNeedsPassword, Severity::Warning, Confidence::High,
            NATDOCTOR_TEXT("Finding", "A privileged check could not run on {host}").plain("host", p.host),
            NATDOCTOR_TEXT("Finding",
                           "sudo asked for a password, which natdoctor never types. Run the command by hand "
                           "and paste its output, "
                           "or allow exactly this command without a password with the sudoers line below "
                           "(visudo -f /etc/sudoers.d/natdoctor)."));
        f.actions
            = { { NATDOCTOR_TEXT("Finding", "Run by hand on {host}").plain("host", p.host), { p.command } } };
        if (!p.sudoersLine.empty())
            f.actions.push_back(
                { NATDOCTOR_TEXT("Finding", "Or allow natdoctor to run it"), { p.sudoersLine } });
        out.push_back(std::move(f));
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    return out;
}

bool PublicHostCheck::behindNat() const
{
    if (echoedAddress.empty())
        return false;
    return std::find(ownAddresses.begin(), ownAddresses.end(), echoedAddress) == ownAddresses.end()
        && echoedAddress != imdsPublicIpv4;
}

} // namespace natdoctor::diagnosis
