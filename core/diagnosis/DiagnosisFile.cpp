#include "diagnosis/DiagnosisFile.h"

#include "analysis/SummaryFormat.h"
#include "cloud/CloudFile.h"
#include "diagnosis/DiagnosisRules.h"
#include "findings/FindingFormat.h"
#include "util/JsonValue.h"
#include "util/JsonWriter.h"

namespace natdoctor::diagnosis {

namespace {

constexpr const char* FormatName = "natdoctor-session";

void writeTarget(JsonWriter& w, const char* key, const std::optional<SshTarget>& t)
{
    w.key(key);
    if (!t) {
        w.null();
        return;
    }
    w.beginObject()
        .key("user")
        .value(t->user)
        .key("host")
        .value(t->host)
        .key("port")
        .value(t->port)
        .endObject();
}

std::optional<SshTarget> readTarget(const JsonValue& j)
{
    if (!j.isObject())
        return std::nullopt;
    return SshTarget { j["user"].asString(), j["host"].asString(),
                       static_cast<uint16_t>(j["port"].asUnsigned(22)) };
}

void writeStrings(JsonWriter& w, const char* key, const std::vector<std::string>& list)
{
    w.key(key).beginArray();
    for (const std::string& item : list)
        w.value(item);
    w.endArray();
}

std::vector<std::string> readStrings(const JsonValue& j)
{
    std::vector<std::string> out;
    for (const JsonValue& item : j.items())
        out.push_back(item.asString());
    return out;
}

void writeKernel(JsonWriter& w, const probes::KernelSnapshot& k)
{
    w.beginObject().key("release").value(k.release.text);
    w.key("sysctls").beginObject();
    for (const auto& [name, value] : k.sysctls) {
        w.key(name);
        if (value.present)
            w.value(value.value);
        else
            w.null();
    }
    w.endObject();
    w.key("netstat").beginObject();
    for (const auto& [group, counters] : k.netstat.groups) {
        w.key(group).beginObject();
        for (const auto& [name, value] : counters)
            w.key(name).value(static_cast<unsigned long long>(value));
        w.endObject();
    }
    w.endObject().endObject();
}

probes::KernelSnapshot readKernel(const JsonValue& j)
{
    probes::KernelSnapshot k;
    if (auto release = probes::parseKernelRelease(j["release"].asString()))
        k.release = *release.value;
    for (const auto& [name, value] : j["sysctls"].members())
        k.sysctls[name] = { !value.isNull(), value.asInt() };
    for (const auto& [group, counters] : j["netstat"].members()) {
        for (const auto& [name, value] : counters.members())
            k.netstat.groups[group][name] = value.asUnsigned();
    }
    return k;
}

void writeProbe(JsonWriter& w, const probes::ConnectionProbeResult& r)
{
    w.beginObject().key("succeeded").value(r.succeeded()).key("success_rate").value(r.successRate());
    w.key("attempts").beginArray();
    for (const probes::Attempt& a : r.attempts) {
        w.beginObject().key("index").value(a.index).key("result").value(probes::attemptResultName(a.result));
        w.key("connected")
            .value(a.connected)
            .key("connect_ms")
            .value(a.connectMs)
            .key("bytes")
            .value(static_cast<unsigned long long>(a.bytes));
        w.key("total_ms")
            .value(a.totalMs)
            .key("exit_code")
            .value(a.exitCode)
            .key("http_code")
            .value(a.httpCode);
        w.endObject();
    }
    w.endArray().endObject();
}

probes::ConnectionProbeResult readProbe(const JsonValue& j)
{
    probes::ConnectionProbeResult r;
    for (const JsonValue& a : j["attempts"].items()) {
        probes::Attempt attempt;
        attempt.index = static_cast<int>(a["index"].asInt());
        attempt.connected = a["connected"].asBool();
        attempt.connectMs = a["connect_ms"].asDouble();
        attempt.bytes = a["bytes"].asUnsigned();
        attempt.totalMs = a["total_ms"].asDouble();
        attempt.exitCode = static_cast<int>(a["exit_code"].asInt());
        attempt.httpCode = static_cast<int>(a["http_code"].asInt());
        attempt.result = probes::classifyCurl(attempt.exitCode, attempt.connected);
        r.attempts.push_back(attempt);
    }
    return r;
}

void writeInputs(JsonWriter& w, const DiagnosisInputs& in)
{
    w.key("inputs").beginObject();
    w.key("destination")
        .beginObject()
        .key("host")
        .value(in.destinationHost)
        .key("port")
        .value(in.destinationPort)
        .endObject();
    w.key("trigger").value(triggerKindName(in.trigger)).key("http_path").value(in.httpPath);
    w.key("size").value(in.size).key("attempts").value(in.attempts);
    w.key("ipv6").value(in.ipv6).key("echo_url").value(in.echoUrl);
    writeTarget(w, "public", in.publicHost);
    writeTarget(w, "private", in.privateHost);
    writeTarget(w, "remote", in.remoteServer);
    w.key("known_hosts").value(in.knownHostsPath);
    w.endObject();
}

DiagnosisInputs readInputs(const JsonValue& j)
{
    DiagnosisInputs in;
    in.destinationHost = j["destination"]["host"].asString();
    in.destinationPort = static_cast<uint16_t>(j["destination"]["port"].asUnsigned(80));
    in.trigger = parseTriggerKind(j["trigger"].asString("http")).value_or(TriggerKind::Http);
    in.httpPath = j["http_path"].asString("/");
    in.size = static_cast<uint32_t>(j["size"].asUnsigned(65536));
    in.attempts = static_cast<int>(j["attempts"].asInt(50));
    in.ipv6 = j["ipv6"].asBool();
    in.echoUrl = j["echo_url"].asString();
    in.publicHost = readTarget(j["public"]).value_or(SshTarget {});
    in.privateHost = readTarget(j["private"]);
    in.remoteServer = readTarget(j["remote"]);
    in.knownHostsPath = j["known_hosts"].asString();
    return in;
}

// "case": only the fields that are set, and none at all when none is (older
// readers ignore it; a file without it loads with no case details).
void writeCase(JsonWriter& w, const CaseDetails& c)
{
    if (c.empty())
        return;
    w.key("case").beginObject();
    if (!c.caseId.empty())
        w.key("id").value(c.caseId);
    if (!c.customer.empty())
        w.key("customer").value(c.customer);
    if (!c.whereCaptured.empty())
        w.key("where_captured").value(c.whereCaptured);
    w.endObject();
}

CaseDetails readCase(const JsonValue& j)
{
    return { j["id"].asString(), j["customer"].asString(), j["where_captured"].asString() };
}

void writeResults(JsonWriter& w, const DiagnosisSession& s)
{
    w.key("fragmentation");
    if (s.fragmentation) {
        w.beginObject().key("capture");
        analysis::writeSummary(w, s.fragmentation->capture);
        w.key("trigger");
        if (s.fragmentation->trigger)
            writeProbe(w, *s.fragmentation->trigger);
        else
            w.null();
        w.key("largest_response_bytes")
            .value(static_cast<unsigned long long>(s.fragmentation->largestResponseBytes));
        writeStrings(w, "destination_addresses", s.fragmentation->destinationAddresses);
        writeStrings(w, "local_addresses", s.fragmentation->localAddresses);
        w.key("listening_proven").value(s.fragmentation->listeningProven);
        w.key("kernel_drops").value(static_cast<unsigned long long>(s.fragmentation->kernelDrops));
        w.endObject();
    } else {
        w.null();
    }
    w.key("remote_server");
    if (s.remoteServer) {
        const RemoteServerResult& r = *s.remoteServer;
        w.beginObject().key("idle_start");
        if (r.idleStart)
            writeKernel(w, *r.idleStart);
        else
            w.null();
        w.key("idle_seconds").value(r.idleSeconds).key("before");
        writeKernel(w, r.before);
        w.key("after");
        if (r.after)
            writeKernel(w, *r.after);
        else
            w.null();
        w.key("test_seconds").value(r.testSeconds).key("probe");
        if (r.probe)
            writeProbe(w, *r.probe);
        else
            w.null();
        w.endObject();
    } else {
        w.null();
    }
    w.key("public_host_check");
    if (s.publicHostCheck) {
        const PublicHostCheck& p = *s.publicHostCheck;
        w.beginObject();
        writeStrings(w, "own_addresses", p.ownAddresses);
        w.key("imds_public_ipv4").value(p.imdsPublicIpv4).key("echo_url").value(p.echoUrl);
        w.key("echoed_address").value(p.echoedAddress).key("echo_error").value(p.echoError).endObject();
    } else {
        w.null();
    }
    w.key("resolution");
    if (s.resolution) {
        w.beginObject();
        writeStrings(w, "public_host", s.resolution->publicHost);
        writeStrings(w, "private_instance", s.resolution->privateInstance);
        w.endObject();
    } else {
        w.null();
    }
    w.key("timestamp_test");
    if (s.timestampTest) {
        const TimestampTestResult& t = *s.timestampTest;
        w.beginObject().key("baseline");
        writeProbe(w, t.baseline);
        w.key("without_timestamps");
        writeProbe(w, t.withoutTimestamps);
        w.key("original_value").value(t.originalValue).key("restored").value(t.restored);
        w.key("restore_detail").value(t.restoreDetail);
        w.key("blocks").value(t.blocks).key("interrupted").value(t.interrupted).endObject();
    } else {
        w.null();
    }
    w.key("cloud");
    if (s.cloud)
        cloud::writeCloudResult(w, *s.cloud);
    else
        w.null();
}

} // namespace

std::string saveSession(const DiagnosisSession& s)
{
    JsonWriter w(true);
    w.beginObject();
    w.key("format").value(FormatName).key("version").value(kSessionFormatVersion);
    w.key("natdoctor_version").value(s.natdoctorVersion).key("started_at").value(s.startedAt);
    writeInputs(w, s.inputs);
    writeCase(w, s.caseDetails);
    w.key("evidence").beginArray();
    for (const Evidence& e : s.evidence) {
        w.beginObject().key("step").value(e.step).key("host").value(e.host).key("command").value(e.command);
        w.key("output")
            .value(e.output)
            .key("output_cut")
            .value(e.outputCut)
            .key("exit_status")
            .value(e.exitStatus);
        w.key("seconds").value(e.seconds).key("summary").value(e.summary).endObject();
    }
    w.endArray();
    w.key("steps").beginArray();
    for (const StepOutcome& o : s.steps) {
        w.beginObject().key("step").value(o.step).key("skipped").value(o.skipped).key("reason").value(
            o.reason);
        w.key("cancelled").value(o.cancelled);
        if (o.error)
            w.key("error_code")
                .value(remote::codeName(o.error.code))
                .key("error_detail")
                .value(o.error.detail);
        w.key("evidence").beginArray();
        for (size_t i : o.evidence)
            w.value(static_cast<unsigned long long>(i));
        w.endArray().endObject();
    }
    w.endArray();
    writeResults(w, s);
    w.key("sudo_problems").beginArray();
    for (const SudoProblem& p : s.sudoProblems)
        w.beginObject()
            .key("host")
            .value(p.host)
            .key("command")
            .value(p.command)
            .key("sudoers_line")
            .value(p.sudoersLine)
            .endObject();
    w.endArray();
    w.key("findings").beginArray();
    for (const Finding& f : s.findings)
        findings::writeFinding(w, f);
    w.endArray();
    const Verdict v = verdict(s);
    w.key("verdict").beginObject().key("outcome").value(outcomeName(v.outcome));
    w.key("exit_status").value(exitStatus(v.outcome)).key("severity").value(severityName(v.severity));
    w.key("headline").value(v.headline).key("text").value(v.headline).endObject();
    w.endObject();
    return w.str() + "\n";
}

probes::Parsed<DiagnosisSession> loadSession(std::string_view text)
{
    using Result = probes::Parsed<DiagnosisSession>;
    std::string error;
    const auto doc = JsonValue::parse(text, error);
    if (!doc)
        return Result::fail("not a natdoctor session file (corrupt JSON: " + error + ")");
    const JsonValue& j = *doc;
    if (j["format"].asString() != FormatName)
        return Result::fail("not a natdoctor session file (no \"format\": \"natdoctor-session\")");
    const long long version = j["version"].asInt(-1);
    if (version > kSessionFormatVersion)
        return Result::fail("this session file has format version " + std::to_string(version)
                            + ", made by a newer natdoctor; this one reads up to version "
                            + std::to_string(kSessionFormatVersion));
    if (version < 1)
        return Result::fail("this session file has no valid format version");

    DiagnosisSession s;
    s.natdoctorVersion = j["natdoctor_version"].asString();
    s.startedAt = j["started_at"].asString();
    s.inputs = readInputs(j["inputs"]);
    s.caseDetails = readCase(j["case"]);
    for (const JsonValue& e : j["evidence"].items())
        s.evidence.push_back({ e["step"].asString(), e["host"].asString(), e["command"].asString(),
                               e["output"].asString(), e["output_cut"].asBool(),
                               static_cast<int>(e["exit_status"].asInt()), e["seconds"].asDouble(),
                               e["summary"].asString() });
    for (const JsonValue& o : j["steps"].items()) {
        StepOutcome outcome {
            o["step"].asString(), o["skipped"].asBool(), o["reason"].asString(), {}, o["cancelled"].asBool()
        };
        // An unknown code (a newer natdoctor's) leaves the English reason.
        if (const std::string code = o["error_code"].asString(); !code.empty())
            outcome.error = { remote::codeFromName(code), o["error_detail"].asString() };
        for (const JsonValue& i : o["evidence"].items()) {
            if (i.asUnsigned() >= s.evidence.size())
                return Result::fail("corrupt session file: step " + outcome.step + " names missing evidence");
            outcome.evidence.push_back(i.asUnsigned());
        }
        s.steps.push_back(std::move(outcome));
    }
    if (const JsonValue& f = j["fragmentation"]; f.isObject()) {
        FragmentationCheckResult r;
        r.capture = analysis::summaryFromJson(f["capture"]);
        if (f["trigger"].isObject())
            r.trigger = readProbe(f["trigger"]);
        r.largestResponseBytes = f["largest_response_bytes"].asUnsigned();
        r.destinationAddresses = readStrings(f["destination_addresses"]);
        r.localAddresses = readStrings(f["local_addresses"]);
        r.listeningProven = f["listening_proven"].asBool();
        r.kernelDrops = f["kernel_drops"].asUnsigned();
        s.fragmentation = std::move(r);
    }
    if (const JsonValue& r = j["remote_server"]; r.isObject()) {
        RemoteServerResult result;
        if (r["idle_start"].isObject())
            result.idleStart = readKernel(r["idle_start"]);
        result.idleSeconds = r["idle_seconds"].asDouble();
        result.before = readKernel(r["before"]);
        if (r["after"].isObject())
            result.after = readKernel(r["after"]);
        result.testSeconds = r["test_seconds"].asDouble();
        if (r["probe"].isObject())
            result.probe = readProbe(r["probe"]);
        s.remoteServer = std::move(result);
    }
    if (const JsonValue& t = j["timestamp_test"]; t.isObject()) {
        TimestampTestResult r;
        r.baseline = readProbe(t["baseline"]);
        r.withoutTimestamps = readProbe(t["without_timestamps"]);
        r.originalValue = t["original_value"].asInt(1);
        r.blocks = static_cast<int>(t["blocks"].asInt(2));
        r.interrupted = t["interrupted"].asBool();
        r.restored = t["restored"].asBool();
        r.restoreDetail = t["restore_detail"].asString();
        s.timestampTest = std::move(r);
    }
    if (const JsonValue& p = j["public_host_check"]; p.isObject())
        s.publicHostCheck = PublicHostCheck { readStrings(p["own_addresses"]),
                                              p["imds_public_ipv4"].asString(), p["echo_url"].asString(),
                                              p["echoed_address"].asString(), p["echo_error"].asString() };
    if (const JsonValue& r = j["resolution"]; r.isObject())
        s.resolution = ResolutionCheck { readStrings(r["public_host"]), readStrings(r["private_instance"]) };
    if (const JsonValue& c = j["cloud"]; c.isObject())
        s.cloud = cloud::readCloudResult(c);
    for (const JsonValue& p : j["sudo_problems"].items())
        s.sudoProblems.push_back(
            { p["host"].asString(), p["command"].asString(), p["sudoers_line"].asString() });
    s.findings = deriveFindings(s);
    return { std::move(s), {} };
}

} // namespace natdoctor::diagnosis
