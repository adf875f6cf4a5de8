#include "diagnosis/DiagnosisRules.h"

#include "analysis/CaptureFindings.h"
#include "diagnosis/CloudRules.h"
#include "diagnosis/DiagnosisEngine.h"
#include "diagnosis/FisherExact.h"

#include <algorithm>
#include <cstdio>

namespace natdoctor::diagnosis {

namespace {

std::vector<size_t> evidenceOf(const DiagnosisSession& s, DiagnosisEngine::Step step)
{
    const StepOutcome* o = s.outcome(stepName(step));
    return o ? o->evidence : std::vector<size_t> {};
}

std::string percent(double rate)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", rate * 100.0);
    return buffer;
}

std::string pValue(double p)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, p < 0.001 ? "%.1e" : "%.3f", p);
    return buffer;
}

void fragmentationFindings(const DiagnosisSession& s, std::vector<Finding>& out)
{
    const auto evidence = evidenceOf(s, DiagnosisEngine::Step::FragmentationCheck);
    const StepOutcome* outcome = s.outcome(stepName(DiagnosisEngine::Step::FragmentationCheck));
    if (outcome && outcome->skipped) {
        Finding f = makeFinding(findingid::FragmentationInconclusive, Severity::Warning, Confidence::Low,
            "The fragmentation check did not run",
            outcome->reason + ". It decides whether the destination sends fragmented TCP; run it from an "
                              "instance in a public subnet (not the failing instance, nothing behind a NAT).");
        f.evidence = evidence;
        out.push_back(std::move(f));
        return;
    }
    if (!s.fragmentation)
        return;
    const FragmentationCheckResult& r = *s.fragmentation;
    std::vector<Finding> fromCapture = analysis::captureFindings(r.capture);
    const uint64_t threshold = r.capture.tcp.largeResponseThreshold ? r.capture.tcp.largeResponseThreshold : 16384;
    const bool largeSeen = r.capture.tcp.largeResponses > 0 || r.largestResponseBytes >= threshold;
    const bool anyFragments = r.capture.fragments.packets > 0;
    const bool hasNoFragFinding = std::any_of(fromCapture.begin(), fromCapture.end(),
        [](const Finding& f) { return f.id == findingid::NoFragmentationObserved; });
    if (!anyFragments && largeSeen && !hasNoFragFinding) {
        fromCapture.push_back(makeFinding(findingid::NoFragmentationObserved, Severity::Info, Confidence::High,
            "Large responses arrived without fragmentation",
            "The destination sent " + std::to_string(r.largestResponseBytes)
                + " bytes and none of it was IP-fragmented on the way to the public host: a NAT gateway's "
                  "fragment dropping does not explain the failures."));
    }
    if (!anyFragments && !largeSeen && s.inputs.trigger != TriggerKind::Icmp) {
        fromCapture.push_back(makeFinding(findingid::FragmentationInconclusive, Severity::Warning, Confidence::Low,
            "No large response was seen, so fragmentation could not show",
            "The largest response was " + std::to_string(r.largestResponseBytes)
                + " bytes. Use a request whose response is at least " + std::to_string(threshold / 1024)
                + " KiB, or an ICMP trigger (ping -s 10000) from the public host."));
    }
    for (Finding& f : fromCapture) {
        f.evidence = evidence;
        out.push_back(std::move(f));
    }
}

void remoteServerFindings(const DiagnosisSession& s, std::vector<Finding>& out)
{
    const StepOutcome* outcome = s.outcome(stepName(DiagnosisEngine::Step::RemoteServerCheck));
    if (!outcome)
        return;
    const auto evidence = outcome->evidence;
    if (outcome->skipped || !s.remoteServer) {
        Finding f = makeFinding(findingid::TwRecycleUnchecked, Severity::Warning, Confidence::Low,
            "tcp_tw_recycle on the remote server was not checked",
            outcome->reason + ". Reading /proc/sys/net/ipv4/tcp_tw_recycle on the server decides it.");
        f.evidence = evidence;
        out.push_back(std::move(f));
        return;
    }
    const probes::KernelSnapshot& k = s.remoteServer->before;
    const std::string kernel = "Linux " + k.release.text;
    const auto it = k.sysctls.find("tcp_tw_recycle");
    Finding f;
    if (it == k.sysctls.end() || !it->second.present) {
        f = makeFinding(findingid::TwRecycleAbsent, Severity::Info, k.release.hasTwRecycle() ? Confidence::Medium : Confidence::High,
            "tcp_tw_recycle does not exist on the remote server",
            kernel + (k.release.hasTwRecycle() ? " should still have the setting, but the file is missing"
                                               : " is 4.12 or later, which removed tcp_tw_recycle")
                + ": it is not the cause of the failures.");
    } else if (it->second.value != 0) {
        f = makeFinding(findingid::TwRecycleEnabled, Severity::Problem, Confidence::High,
            "tcp_tw_recycle is enabled on the remote server",
            kernel + " has net.ipv4.tcp_tw_recycle = " + std::to_string(it->second.value)
                + ". The server remembers the last TCP timestamp per client address and drops SYNs whose "
                  "timestamp went backwards (PAWS). Instances behind one NAT address have unrelated clocks, so "
                  "some of their SYNs are silently dropped.");
        f.actions = { { "Disable it now on the remote server", { "sudo sysctl -w net.ipv4.tcp_tw_recycle=0" } },
            { "Keep it disabled after a reboot",
                { "echo 'net.ipv4.tcp_tw_recycle = 0' | sudo tee /etc/sysctl.d/90-tcp-tw-recycle.conf" } },
            { "To reuse TIME-WAIT sockets safely, use tcp_tw_reuse instead (outgoing connections only)",
                { "sudo sysctl -w net.ipv4.tcp_tw_reuse=1" } } };
    } else {
        f = makeFinding(findingid::TwRecycleDisabled, Severity::Info, Confidence::High,
            "tcp_tw_recycle is disabled on the remote server",
            kernel + " has net.ipv4.tcp_tw_recycle = 0: it is not the cause of the failures.");
    }
    f.evidence = evidence;
    out.push_back(std::move(f));

    if (s.remoteServer->after) {
        const auto grown = probes::grownTcpExtCounters(k.netstat, s.remoteServer->after->netstat);
        std::string list;
        bool passive = false;
        for (const auto& c : grown) {
            if (c.name.rfind("PAWS", 0) != 0 && c.name != "TSEcrRejected")
                continue;
            passive = passive || c.name == "PAWSPassive";
            list += (list.empty() ? "" : ", ") + c.name + " +" + std::to_string(c.delta());
        }
        if (!list.empty()) {
            Finding p = makeFinding(findingid::PawsRejectionsRising, passive ? Severity::Problem : Severity::Warning,
                passive ? Confidence::High : Confidence::Medium, "PAWS counters on the remote server grew during the test",
                "TcpExt counters in /proc/net/netstat moved while natdoctor was testing: " + list + "."
                    + (passive ? " PAWSPassive counts SYNs rejected because of tcp_tw_recycle."
                               : " The server dropped segments whose timestamps went backwards."));
            p.evidence = evidence;
            out.push_back(std::move(p));
        }
    }
}

std::string failurePhases(const probes::ConnectionProbeResult& r)
{
    int timeouts = 0;
    int stalls = 0;
    for (const auto& a : r.attempts) {
        timeouts += a.result == probes::AttemptResult::ConnectTimeout;
        stalls += a.result == probes::AttemptResult::StalledAfterConnect;
    }
    if (timeouts == 0 && stalls == 0)
        return {};
    return " Of the failures with timestamps on, " + std::to_string(timeouts) + " got no SYN-ACK (what PAWS drops "
        "look like) and " + std::to_string(stalls) + " stalled after connecting (what lost fragments look like).";
}

void timestampFindings(const DiagnosisSession& s, std::vector<Finding>& out)
{
    const StepOutcome* outcome = s.outcome(stepName(DiagnosisEngine::Step::TimestampTest));
    if (!outcome)
        return;
    if (outcome->skipped || !s.timestampTest) {
        Finding f = makeFinding(findingid::TwRecycleUnchecked, Severity::Warning, Confidence::Low,
            "The timestamps test did not run", outcome->reason
                + ". Comparing connections from a private instance with net.ipv4.tcp_timestamps=0 and =1 "
                  "would show whether the remote server drops SYNs because of tcp_tw_recycle.");
        f.evidence = outcome->evidence;
        out.push_back(std::move(f));
        return;
    }
    const TimestampTestResult& t = *s.timestampTest;
    if (!t.restored) {
        Finding f = makeFinding(findingid::TimestampsNotRestored, Severity::Problem, Confidence::High,
            "tcp_timestamps on the private instance may not be restored",
            t.restoreDetail + ". The dead-man timer armed before the change restores it; check and, if needed, "
                              "restore it by hand.");
        f.actions = { { "Restore the original value",
            { "sudo sysctl -w net.ipv4.tcp_timestamps=" + std::to_string(t.originalValue) } } };
        f.evidence = outcome->evidence;
        out.push_back(std::move(f));
    }
    const int n1 = static_cast<int>(t.baseline.attempts.size());
    const int n2 = static_cast<int>(t.withoutTimestamps.attempts.size());
    const int a = t.baseline.succeeded();
    const int c = t.withoutTimestamps.succeeded();
    const FisherResult p = fisherExact(a, n1 - a, c, n2 - c);
    const std::string rates = "With timestamps " + std::to_string(a) + "/" + std::to_string(n1) + " connections succeeded ("
        + percent(t.baseline.successRate()) + "), without " + std::to_string(c) + "/" + std::to_string(n2) + " ("
        + percent(t.withoutTimestamps.successRate()) + "); Fisher's exact test p = " + pValue(p.afterBetter) + ".";
    Finding f;
    if (n1 > 0 && n2 > 0 && t.withoutTimestamps.successRate() > t.baseline.successRate() && p.afterBetter < kSignificance) {
        f = makeFinding(findingid::TimestampsTestImproved, Severity::Problem,
            p.afterBetter < 0.001 ? Confidence::High : Confidence::Medium,
            "Connections succeed more often without TCP timestamps",
            rates + " The remote server very likely has tcp_tw_recycle enabled and drops SYNs from hosts behind the "
                    "NAT address whose timestamps went backwards." + failurePhases(t.baseline));
        f.actions = { { "Ask the remote server's owner to disable tcp_tw_recycle",
                          { "sudo sysctl -w net.ipv4.tcp_tw_recycle=0",
                              "echo 'net.ipv4.tcp_tw_recycle = 0' | sudo tee /etc/sysctl.d/90-tcp-tw-recycle.conf" } },
            { "Meanwhile, as a workaround, turn TCP timestamps off on the private instances (this also turns off "
              "PAWS protection and timestamp-based RTT measurement)",
                { "sudo sysctl -w net.ipv4.tcp_timestamps=0" } } };
    } else {
        f = makeFinding(findingid::TimestampsTestNoChange, Severity::Info, n1 >= 20 && n2 >= 20 ? Confidence::Medium : Confidence::Low,
            "Turning TCP timestamps off made no significant difference",
            rates + " This does not point at tcp_tw_recycle on the remote server." + failurePhases(t.baseline));
    }
    f.evidence = outcome->evidence;
    out.push_back(std::move(f));
}

} // namespace

std::vector<Finding> deriveFindings(const DiagnosisSession& s)
{
    std::vector<Finding> out;
    fragmentationFindings(s, out);
    remoteServerFindings(s, out);
    timestampFindings(s, out);
    cloudFindings(s, out);
    const bool fragmentationDecided = s.outcome(stepName(DiagnosisEngine::Step::FragmentationCheck)) != nullptr;
    if (fragmentationDecided && !s.inputs.remoteServer && !s.inputs.privateHost) {
        out.push_back(makeFinding(findingid::TwRecycleUnchecked, Severity::Info, Confidence::Low,
            "tcp_tw_recycle was not checked",
            "natdoctor had access neither to the remote server nor to a private instance. With the server: read "
            "/proc/sys/net/ipv4/tcp_tw_recycle there. With a private instance: compare connection success with "
            "net.ipv4.tcp_timestamps=0 and =1."));
    }
    for (const SudoProblem& p : s.sudoProblems) {
        Finding f = makeFinding(findingid::SudoNeedsPassword, Severity::Warning, Confidence::High,
            "A privileged check could not run on " + p.host,
            "sudo asked for a password, which natdoctor never types. Run the command by hand and paste its output, "
            "or allow it without a password with the sudoers line below (visudo -f /etc/sudoers.d/natdoctor).");
        f.actions = { { "Run by hand on " + p.host, { p.command } }, { "Or allow natdoctor to run it", { p.sudoersLine } } };
        out.push_back(std::move(f));
    }
    std::stable_sort(out.begin(), out.end(),
        [](const Finding& a, const Finding& b) { return static_cast<int>(a.severity) > static_cast<int>(b.severity); });
    return out;
}

Verdict verdict(const DiagnosisSession& s)
{
    const auto has = [&](std::string_view id) {
        return std::any_of(s.findings.begin(), s.findings.end(),
            [&](const Finding& f) { return f.id == id && f.severity == Severity::Problem; });
    };
    const bool fragments = has(findingid::TcpFragmentsFromDestination);
    const bool recycle = has(findingid::TwRecycleEnabled) || has(findingid::TimestampsTestImproved);
    if (fragments && recycle)
        return { Severity::Problem, "Both causes found: the destination sends fragmented TCP that a NAT gateway "
                                    "drops, and tcp_tw_recycle on the remote server drops SYNs." };
    if (fragments)
        return { Severity::Problem, "Cause found: the destination sends fragmented TCP, which a NAT gateway drops." };
    if (recycle)
        return { Severity::Problem, "Cause found: tcp_tw_recycle on the remote server drops SYNs from hosts behind "
                                    "the NAT address (PAWS)." };
    const bool undecided = std::any_of(s.findings.begin(), s.findings.end(), [](const Finding& f) {
        return f.id == findingid::FragmentationInconclusive || f.id == findingid::TwRecycleUnchecked
            || f.id == findingid::SudoNeedsPassword;
    });
    const bool problem = std::any_of(s.findings.begin(), s.findings.end(),
        [](const Finding& f) { return f.severity == Severity::Problem; });
    if (undecided)
        return { Severity::Warning, "Not decided yet: some checks could not run. The findings say what would decide." };
    if (problem)
        return { Severity::Warning, "Neither documented cause was found, but connections do fail: see the findings." };
    return { Severity::Info, "Neither documented cause was found on this path." };
}

} // namespace natdoctor::diagnosis
