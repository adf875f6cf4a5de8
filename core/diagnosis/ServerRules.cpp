// The tcp_tw_recycle question: the remote server's own settings and counters,
// or (without access to it) the timestamps test on a private instance.
#include "diagnosis/CommandBuilders.h"
#include "diagnosis/DiagnosisRules.h"
#include "diagnosis/FisherExact.h"
#include "diagnosis/RuleText.h"
#include "probes/ProcNetstat.h"

#include <algorithm>
#include <cmath>

namespace natdoctor::diagnosis::rules {

namespace {

// A counter grew during the test beyond what it does idle (scaled to the same
// length), by more than chance would explain.
struct Growth
{
    std::string name;
    uint64_t test = 0;
    double idleExpected = 0;
};

std::vector<Growth> grownBeyondIdle(const RemoteServerResult& r, const std::vector<std::string>& names)
{
    std::vector<Growth> out;
    if (!r.after)
        return out;
    for (const std::string& name : names) {
        const auto b = r.before.netstat.tcpExt(name);
        const auto a = r.after->netstat.tcpExt(name);
        if (!a || !b || *a <= *b)
            continue;
        Growth g { name, *a - *b, 0 };
        if (r.idleStart && r.idleSeconds > 0) {
            const auto i = r.idleStart->netstat.tcpExt(name);
            if (i && *b >= *i)
                g.idleExpected = static_cast<double>(*b - *i) * std::max(r.testSeconds, 1.0) / r.idleSeconds;
        }
        // Poisson-ish margin over the idle rate.
        if (static_cast<double>(g.test) > g.idleExpected + 2.0 + 3.0 * std::sqrt(g.idleExpected))
            out.push_back(std::move(g));
    }
    return out;
}

std::vector<Text> growthList(const std::vector<Growth>& grown, bool idleKnown)
{
    std::vector<Text> list;
    for (const Growth& g : grown) {
        Text t = idleKnown ? NATDOCTOR_TEXT("Finding", "{name} +{n} (idle about {idle})")
                           : NATDOCTOR_TEXT("Finding", "{name} +{n}");
        list.push_back(t.plain("name", g.name)
                           .integer("n", static_cast<long long>(g.test))
                           .decimal("idle", g.idleExpected, 1));
    }
    return list;
}

// tcp_tw_recycle is ruled out: what still explains dropped SYNs.
std::vector<findings::Action> noRecycleNextStep()
{
    return { { NATDOCTOR_TEXT("Finding",
                              "tcp_tw_recycle is not it; if SYNs still go unanswered, check the server's SYN "
                              "queue counters and "
                              "the firewalls on the path"),
               { "nstat -az TcpExtListenOverflows TcpExtListenDrops", "ss -ltn" } } };
}

bool twRecycleRuledOut(const std::vector<Finding>& out)
{
    return std::any_of(out.begin(), out.end(), [](const Finding& f) {
        return f.id == findingid::TwRecycleAbsent || f.id == findingid::TwRecycleDisabled;
    });
}

void countersFindings(const DiagnosisSession& s, const std::vector<size_t>& evidence,
                      std::vector<Finding>& out)
{
    const RemoteServerResult& r = *s.remoteServer;
    if (!r.after)
        return;
    const bool idleKnown = r.idleStart.has_value() && r.idleSeconds > 0;
    const Text baseline = idleKnown
        ? NATDOCTOR_TEXT("Finding", "against an idle baseline of {seconds} s measured just before")
              .decimal("seconds", r.idleSeconds, 0)
        : NATDOCTOR_TEXT("Finding",
                         "no idle baseline: the counters are host-wide, other clients move them too");
    const auto paws = grownBeyondIdle(
        r, { "PAWSPassive", "PAWSActive", "PAWSEstab", "PAWSOldAck", "PAWSTimewait", "TSEcrRejected" });
    if (!paws.empty()) {
        const bool passive
            = std::any_of(paws.begin(), paws.end(), [](const Growth& g) { return g.name == "PAWSPassive"; });
        Finding p = makeFinding(
            findingid::PawsRejectionsRising, passive ? Severity::Problem : Severity::Warning,
            passive && idleKnown ? Confidence::High : Confidence::Medium,
            NATDOCTOR_TEXT("Finding", "PAWS counters on the remote server grew during the test"),
            NATDOCTOR_TEXT("Finding",
                           "TcpExt counters in /proc/net/netstat grew while natdoctor was testing "
                           "({baseline}): {counters}.")
                .nested("baseline", baseline)
                .list("counters", growthList(paws, idleKnown)));
        p.detail += passive
            ? NATDOCTOR_TEXT("Finding", "PAWSPassive counts SYNs rejected because of tcp_tw_recycle.")
            : NATDOCTOR_TEXT("Finding", "The server dropped segments whose timestamps went backwards.");
        p.actions = { { NATDOCTOR_TEXT("Finding", "Watch the counters on the server while connections fail"),
                        { "nstat -az TcpExtPAWSPassive TcpExtPAWSActive TcpExtPAWSEstab" } } };
        p.evidence = evidence;
        out.push_back(std::move(p));
    }
    const auto queue = grownBeyondIdle(r, { "ListenOverflows", "ListenDrops" });
    if (!queue.empty()) {
        Finding q = makeFinding(findingid::SynQueueOverflow, Severity::Problem,
                                idleKnown ? Confidence::High : Confidence::Medium,
                                NATDOCTOR_TEXT("Finding", "The remote server's SYN queue overflowed"),
                                NATDOCTOR_TEXT("Finding",
                                               "ListenOverflows/ListenDrops grew during the test "
                                               "({baseline}): {counters}. A listening socket whose "
                                               "accept or SYN queue is full drops new SYNs silently: from "
                                               "the client, some connections get no "
                                               "SYN-ACK, exactly like PAWS drops.")
                                    .nested("baseline", baseline)
                                    .list("counters", growthList(queue, idleKnown)));
        q.actions = {
            { NATDOCTOR_TEXT(
                  "Finding",
                  "On the server: raise the listen backlog (the application's and the kernel's) and check "
                  "that the application accepts fast enough"),
              { "sysctl net.core.somaxconn net.ipv4.tcp_max_syn_backlog", "ss -ltn" } }
        };
        q.evidence = evidence;
        out.push_back(std::move(q));
    }
}

// The private instance's connections during the remote server check.
void probeFailures(const DiagnosisSession& s, const std::vector<size_t>& evidence, std::vector<Finding>& out)
{
    const RemoteServerResult& r = *s.remoteServer;
    if (!r.probe || r.probe->attempts.empty())
        return;
    const FailurePhases f = failurePhases(*r.probe);
    if (f.noSynAck == 0)
        return;
    const bool ruledOut = twRecycleRuledOut(out);
    const bool queue = std::any_of(out.begin(), out.end(),
                                   [](const Finding& x) { return x.id == findingid::SynQueueOverflow; });
    Message detail
        = NATDOCTOR_TEXT(
              "Finding",
              "During the test {n|# connection attempt|# connection attempts} timed out without a SYN-ACK.")
              .integer("n", f.noSynAck);
    if (!ruledOut)
        detail += NATDOCTOR_TEXT("Finding", "This is what PAWS drops (tcp_tw_recycle) look like.");
    else if (queue)
        detail += NATDOCTOR_TEXT(
            "Finding",
            "tcp_tw_recycle is ruled out on this server, and its SYN queue overflowed (see that finding).");
    else
        detail += NATDOCTOR_TEXT(
            "Finding",
            "tcp_tw_recycle is ruled out on this server, and its SYN queue did not overflow. What remains: a "
            "firewall, security group or network ACL dropping some SYNs, a load balancer in front of several "
            "servers, or the NAT gateway itself (its ErrorPortAllocation and ConnectionAttemptCount "
            "metrics).");
    Finding u = makeFinding(findingid::SynUnanswered, Severity::Problem, Confidence::High,
                            NATDOCTOR_TEXT("Finding", "{n} of {total} connections got no SYN-ACK")
                                .integer("n", f.noSynAck)
                                .integer("total", f.attempts),
                            std::move(detail));
    u.actions
        = { { NATDOCTOR_TEXT("Finding",
                             "Capture on the server while connecting, to see whether the SYNs arrive there"),
              { serverSynCaptureByHand(s.inputs) } } };
    u.evidence = evidence;
    out.push_back(std::move(u));
}

} // namespace

FailurePhases failurePhases(const probes::ConnectionProbeResult& r)
{
    FailurePhases f;
    f.attempts = static_cast<int>(r.attempts.size());
    for (const probes::Attempt& a : r.attempts) {
        f.failed += a.result != probes::AttemptResult::Ok;
        f.noSynAck += a.result == probes::AttemptResult::ConnectTimeout;
        f.stalled += a.result == probes::AttemptResult::StalledAfterConnect;
        f.refused += a.result == probes::AttemptResult::Refused;
        if (a.result == probes::AttemptResult::Ok)
            f.largestBytes = std::max(f.largestBytes, a.bytes);
    }
    return f;
}

void remoteServerFindings(const DiagnosisSession& s, std::vector<Finding>& out)
{
    const StepOutcome* outcome = s.outcome(stepName(DiagnosisEngine::Step::RemoteServerCheck));
    if (!outcome)
        return;
    const auto evidence = outcome->evidence;
    if (outcome->skipped || !s.remoteServer) {
        const StepOutcome* fallback = s.outcome(stepName(DiagnosisEngine::Step::TimestampTest));
        if (fallback && !fallback->skipped)
            return; // the timestamps test answered the question instead
        Finding f = stepDidNotRun(
            *outcome, NATDOCTOR_TEXT("Finding", "tcp_tw_recycle on the remote server was not checked"),
            NATDOCTOR_TEXT("Finding",
                           "Reading /proc/sys/net/ipv4/tcp_tw_recycle on the server decides it; without "
                           "access, the timestamps "
                           "test from a private instance (--private) does."));
        f.actions
            = { { NATDOCTOR_TEXT("Finding",
                                 "Read it on the server, or run the timestamps test from a private instance"),
                  { "cat /proc/sys/net/ipv4/tcp_tw_recycle",
                    "natdoctor diagnose ... --private USER@PRIVATE-HOST" } } };
        out.push_back(std::move(f));
        return;
    }
    const probes::KernelSnapshot& k = s.remoteServer->before;
    const std::string kernel = k.release.text;
    const auto it = k.sysctls.find("tcp_tw_recycle");
    Finding f;
    if (it == k.sysctls.end() || !it->second.present) {
        if (k.release.hasTwRecycle()) {
            f = makeFinding(findingid::TwRecycleUnknown, Severity::Warning, Confidence::High,
                            NATDOCTOR_TEXT("Finding", "tcp_tw_recycle can't be read on the remote server"),
                            NATDOCTOR_TEXT("Finding",
                                           "Linux {kernel} is older than 4.12, so it should have "
                                           "/proc/sys/net/ipv4/tcp_tw_recycle, but the "
                                           "file is missing (a container or network namespace without it, or "
                                           "a hardened /proc). Whether the "
                                           "server drops SYNs because of it is unknown.")
                                .plain("kernel", kernel));
            f.actions = {
                { NATDOCTOR_TEXT(
                      "Finding",
                      "Read it on the host itself (not in a container), or run the timestamps test from a "
                      "private instance"),
                  { "sysctl net.ipv4.tcp_tw_recycle" } }
            };
        } else {
            f = makeFinding(findingid::TwRecycleAbsent, Severity::Info, Confidence::High,
                            NATDOCTOR_TEXT("Finding", "tcp_tw_recycle does not exist on the remote server"),
                            NATDOCTOR_TEXT("Finding",
                                           "Linux {kernel} is 4.12 or later, which removed tcp_tw_recycle: "
                                           "it is not the cause of the failures.")
                                .plain("kernel", kernel));
            f.actions = noRecycleNextStep();
        }
    } else if (it->second.value != 0) {
        f = makeFinding(findingid::TwRecycleEnabled, Severity::Problem, Confidence::High,
                        NATDOCTOR_TEXT("Finding", "tcp_tw_recycle is enabled on the remote server"),
                        NATDOCTOR_TEXT("Finding",
                                       "Linux {kernel} has net.ipv4.tcp_tw_recycle = {value}. The server "
                                       "remembers the last TCP timestamp per "
                                       "client address and drops SYNs whose timestamp went backwards (PAWS). "
                                       "Instances behind one NAT address "
                                       "have unrelated clocks, so some of their SYNs are silently dropped.")
                            .plain("kernel", kernel)
                            .integer("value", it->second.value));
        f.actions = {
            { NATDOCTOR_TEXT("Finding", "Disable it now on the remote server"),
              { "sudo sysctl -w net.ipv4.tcp_tw_recycle=0" } },
            { NATDOCTOR_TEXT("Finding",
                             "Keep it disabled after a reboot (the file sorts after /etc/sysctl.conf, so it "
                             "wins; check nothing "
                             "else sets it)"),
              { "echo 'net.ipv4.tcp_tw_recycle = 0' | sudo tee /etc/sysctl.d/99-zz-natdoctor.conf",
                "grep -rn tcp_tw_recycle /etc/sysctl.conf /etc/sysctl.d" } },
            { NATDOCTOR_TEXT(
                  "Finding",
                  "To reuse TIME-WAIT sockets safely, use tcp_tw_reuse instead (outgoing connections only)"),
              { "sudo sysctl -w net.ipv4.tcp_tw_reuse=1" } }
        };
    } else {
        f = makeFinding(
            findingid::TwRecycleDisabled, Severity::Info, Confidence::High,
            NATDOCTOR_TEXT("Finding", "tcp_tw_recycle is disabled on the remote server"),
            NATDOCTOR_TEXT(
                "Finding",
                "Linux {kernel} has net.ipv4.tcp_tw_recycle = 0: it is not the cause of the failures.")
                .plain("kernel", kernel));
        f.actions = noRecycleNextStep();
    }
    f.evidence = evidence;
    out.push_back(std::move(f));
    countersFindings(s, evidence, out);
    probeFailures(s, evidence, out);
}

void timestampFindings(const DiagnosisSession& s, std::vector<Finding>& out)
{
    const StepOutcome* outcome = s.outcome(stepName(DiagnosisEngine::Step::TimestampTest));
    if (!outcome)
        return;
    if (outcome->skipped || !s.timestampTest) {
        Finding f = stepDidNotRun(
            *outcome, NATDOCTOR_TEXT("Finding", "The timestamps test did not run"),
            NATDOCTOR_TEXT("Finding",
                           "Comparing connections from a private instance with net.ipv4.tcp_timestamps=0 and "
                           "as it is would show "
                           "whether the remote server drops SYNs because of tcp_tw_recycle."));
        f.actions = {
            { NATDOCTOR_TEXT(
                  "Finding",
                  "Run the timestamps test from a private instance, or read tcp_tw_recycle on the server"),
              { "natdoctor diagnose ... --private USER@PRIVATE-HOST",
                "cat /proc/sys/net/ipv4/tcp_tw_recycle" } }
        };
        out.push_back(std::move(f));
        return;
    }
    const TimestampTestResult& t = *s.timestampTest;
    if (!t.restored) {
        Finding f = makeFinding(
            findingid::TimestampsNotRestored, Severity::Problem, Confidence::High,
            NATDOCTOR_TEXT("Finding", "tcp_timestamps on the private instance may not be restored"),
            NATDOCTOR_TEXT("Finding",
                           "{why}. The dead-man timer armed before the change restores it; check and, if "
                           "needed, restore it by "
                           "hand.")
                .plain("why", t.restoreDetail));
        f.actions = { { NATDOCTOR_TEXT("Finding", "Check, and restore the original value"),
                        { "sysctl net.ipv4.tcp_timestamps",
                          "sudo sysctl -w net.ipv4.tcp_timestamps=" + std::to_string(t.originalValue) } } };
        f.evidence = outcome->evidence;
        out.push_back(std::move(f));
    }
    const int n1 = static_cast<int>(t.baseline.attempts.size());
    const int n2 = static_cast<int>(t.withoutTimestamps.attempts.size());
    Finding f;
    if (t.interrupted || n1 == 0 || n2 == 0) {
        f = makeFinding(
            findingid::InsufficientEvidence, Severity::Warning, Confidence::High,
            NATDOCTOR_TEXT("Finding", "The timestamps test did not finish"),
            (t.interrupted ? NATDOCTOR_TEXT(
                 "Finding",
                 "It made {n1|# connection|# connections} with timestamps as they are and {n2} without; a "
                 "phase was interrupted (the link dropped or it was cancelled), so the phases were not "
                 "compared. Run it again.")
                           : NATDOCTOR_TEXT("Finding",
                                            "It made {n1|# connection|# connections} with timestamps as they "
                                            "are and {n2} without, "
                                            "so the phases were not compared. Run it again."))
                .integer("n1", n1)
                .integer("n2", n2));
        f.actions = { { NATDOCTOR_TEXT("Finding", "Run the timestamps test again"),
                        { "natdoctor diagnose ... --private USER@PRIVATE-HOST" } } };
        f.evidence = outcome->evidence;
        out.push_back(std::move(f));
        return;
    }
    const int a = t.baseline.succeeded();
    const int c = t.withoutTimestamps.succeeded();
    const FisherResult p = fisherExact(a, n1 - a, c, n2 - c);
    const FailurePhases on = failurePhases(t.baseline);
    const Text rates
        = NATDOCTOR_TEXT(
              "Finding",
              "With timestamps {a}/{n1} connections succeeded ({rate1}%), without {c}/{n2} ({rate2}%), in "
              "{blocks} alternating blocks.")
              .integer("a", a)
              .integer("n1", n1)
              .decimal("rate1", t.baseline.successRate() * 100.0, 0)
              .integer("c", c)
              .integer("n2", n2)
              .decimal("rate2", t.withoutTimestamps.successRate() * 100.0, 0)
              .integer("blocks", t.blocks);
    const Text phases = on.failed == 0
        ? Text()
        : NATDOCTOR_TEXT("Finding",
                         "Of the failures with timestamps, {nosynack} got no SYN-ACK (what PAWS drops look "
                         "like) and {stalled} "
                         "stalled after connecting (what lost fragments look like).")
              .integer("nosynack", on.noSynAck)
              .integer("stalled", on.stalled);
    const auto pText = [](double p) {
        return p < 0.001
            ? NATDOCTOR_TEXT("Finding", "Fisher's exact test, two-sided: p = {p}.").scientific("p", p, 1)
            : NATDOCTOR_TEXT("Finding", "Fisher's exact test, two-sided: p = {p}.").decimal("p", p, 3);
    };
    constexpr int MinimumFailures = 5;
    if (on.failed < MinimumFailures) {
        const double power
            = powerAgainstNoFailures(n1, n2, static_cast<double>(on.failed) / n1, kSignificance);
        f = makeFinding(findingid::TimestampsTestNotReproduced, Severity::Warning, Confidence::High,
                        NATDOCTOR_TEXT("Finding", "The failure did not happen often enough during the test"),
                        rates);
        f.detail
            += NATDOCTOR_TEXT("Finding",
                              "With {n|# failure|# failures} in the baseline (fewer than {minimum}), no "
                              "comparison can be "
                              "significant: the test's power to detect the failures vanishing was {power}%.")
                   .integer("n", on.failed)
                   .integer("minimum", MinimumFailures)
                   .decimal("power", power * 100.0, 0);
        f.detail += phases;
        f.actions
            = { { NATDOCTOR_TEXT("Finding", "Run the test while the failures happen, or with more attempts"),
                  { "natdoctor diagnose ... --private USER@PRIVATE-HOST --attempts 100" } } };
    } else if (t.withoutTimestamps.successRate() > t.baseline.successRate() && p.twoSided < kSignificance) {
        f = makeFinding(findingid::TimestampsTestImproved, Severity::Problem,
                        p.twoSided < 0.001 ? Confidence::High : Confidence::Medium,
                        NATDOCTOR_TEXT("Finding", "Connections succeed more often without TCP timestamps"),
                        rates);
        f.detail += pText(p.twoSided);
        f.detail += NATDOCTOR_TEXT(
            "Finding",
            "The remote server very likely has tcp_tw_recycle enabled and drops SYNs from hosts behind the "
            "NAT address whose timestamps went backwards.");
        f.detail += phases;
        f.actions
            = { { NATDOCTOR_TEXT("Finding", "Ask the remote server's owner to disable tcp_tw_recycle"),
                  { "sudo sysctl -w net.ipv4.tcp_tw_recycle=0",
                    "echo 'net.ipv4.tcp_tw_recycle = 0' | sudo tee /etc/sysctl.d/99-zz-natdoctor.conf" } },
                { NATDOCTOR_TEXT("Finding",
                                 "Meanwhile, as a workaround, turn TCP timestamps off on the private "
                                 "instances (this also turns off "
                                 "PAWS protection and timestamp-based RTT measurement)"),
                  { "sudo sysctl -w net.ipv4.tcp_timestamps=0" } } };
    } else {
        f = makeFinding(
            findingid::TimestampsTestNoChange, Severity::Info, Confidence::Medium,
            NATDOCTOR_TEXT("Finding", "Turning TCP timestamps off made no significant difference"), rates);
        f.detail += pText(p.twoSided);
        f.detail += NATDOCTOR_TEXT(
            "Finding",
            "This does not point at tcp_tw_recycle on the remote server (on kernels before 4.12 a server "
            "with it can also drop timestamp-less SYNs from a recently seen peer, so a server that old is "
            "best checked directly).");
        f.detail += phases;
        if (on.stalled > 0)
            f.actions = {
                { NATDOCTOR_TEXT(
                      "Finding",
                      "Stalls after connecting point at lost fragments: run the fragmentation check from a "
                      "public-subnet host"),
                  { "natdoctor diagnose --public USER@PUBLIC-HOST --dest DEST:PORT" } }
            };
        else
            f.actions
                = { { NATDOCTOR_TEXT(
                          "Finding",
                          "If failures persist, read tcp_tw_recycle and the SYN queue counters on the server "
                          "itself"),
                      { "cat /proc/sys/net/ipv4/tcp_tw_recycle",
                        "nstat -az TcpExtListenOverflows TcpExtListenDrops" } } };
    }
    f.evidence = outcome->evidence;
    out.push_back(std::move(f));
}

} // namespace natdoctor::diagnosis::rules
