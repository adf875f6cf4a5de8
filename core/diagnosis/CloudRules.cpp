#include "diagnosis/CloudRules.h"

#include "cloud/AwsParse.h"
#include "cloud/NatGatewayStep.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace natdoctor::diagnosis {

namespace {

using cloud::AwsPath;
using cloud::AwsProblem;
using cloud::CloudResult;

// Ids of the AWS step beyond docs/design.md's table: what it could not read, and
// where the path does not go through a NAT gateway.
constexpr std::string_view AwsEvidenceMissing = "aws-evidence-missing";
constexpr std::string_view NatGatewayNotOnPath = "nat-gateway-not-on-path";
constexpr std::string_view NatGatewayMetricsNormal = "nat-gateway-metrics-normal";

constexpr double kPortsPerAddress = 55000; // simultaneous connections per EIP to one destination IP:port
constexpr int kIdleTimeoutSeconds = 350;

std::string number(double v)
{
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(std::llround(v)));
    std::string digits(buffer, r.ptr);
    const bool negative = !digits.empty() && digits[0] == '-';
    std::string out = negative ? "-" : "";
    const size_t first = negative ? 1 : 0;
    for (size_t i = first; i < digits.size(); ++i) {
        if (i > first && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

bool hasFinding(const std::vector<Finding>& out, std::string_view id, Severity atLeast = Severity::Problem)
{
    return std::any_of(out.begin(), out.end(),
        [&](const Finding& f) { return f.id == id && static_cast<int>(f.severity) >= static_cast<int>(atLeast); });
}

std::string awsFlags(const CloudResult& r)
{
    std::string flags;
    if (!r.profile.empty())
        flags += " --profile " + r.profile;
    if (!r.region.empty())
        flags += " --region " + r.region;
    return flags;
}

std::string window(const CloudResult& r)
{
    return "between " + cloud::isoTime(r.windowStart) + " and " + cloud::isoTime(r.windowEnd);
}

void missingFindings(const DiagnosisSession& s, const CloudResult& r, std::vector<Finding>& out)
{
    const std::string flags = awsFlags(r);
    std::string title;
    std::string why;
    std::vector<Action> actions;
    Severity severity = Severity::Info;
    switch (r.problem) {
    case AwsProblem::None:
        return;
    case AwsProblem::NoCli:
        title = "The NAT gateway's own evidence was not read: the AWS CLI is not installed";
        why = r.problemDetail + ".";
        actions = { { "Install the AWS CLI (Debian/Ubuntu), then run natdoctor again with --aws",
            { "sudo apt-get install awscli" } } };
        break;
    case AwsProblem::NoCredentials:
        title = "The NAT gateway's own evidence was not read: no AWS credentials";
        why = "The AWS CLI found no usable credentials (" + r.problemDetail + ").";
        actions = { { "Configure a profile with read-only access (README: the IAM policy), or log in to SSO",
            { "aws configure" + flags, "aws sso login" + flags } } };
        break;
    case AwsProblem::AccessDenied:
        title = "The NAT gateway's own evidence was not fully read: permission denied";
        why = "The credentials lack a read permission (" + r.problemDetail + ").";
        actions = { { "Attach the read-only policy from natdoctor's README to the profile's role or user, and check "
                      "who the CLI is",
            { "aws sts get-caller-identity" + flags } } };
        break;
    case AwsProblem::NoInstance:
        title = "The NAT gateway's own evidence was not read: the private instance is not known";
        why = r.problemDetail + ".";
        actions = { { "Give the instance id of a failing private instance",
            { "natdoctor diagnose ... --aws --instance-id i-0123456789abcdef0" } } };
        break;
    case AwsProblem::Unreachable:
    case AwsProblem::Throttled:
    case AwsProblem::ApiError:
    case AwsProblem::Cancelled:
        severity = r.problem == AwsProblem::Cancelled ? Severity::Info : Severity::Warning;
        title = r.problem == AwsProblem::Throttled ? "The AWS API throttled natdoctor before the NAT gateway was read"
            : r.problem == AwsProblem::Cancelled  ? "The AWS step was cancelled"
                                                  : "The AWS API failed part-way through the NAT gateway step";
        why = r.problemDetail + ". What was read before it is kept below; the other checks are not affected.";
        actions = { { "Run the step again later (the calls are read-only)",
            { "natdoctor diagnose ... --aws" + flags } } };
        break;
    }
    Finding f = makeFinding(AwsEvidenceMissing, severity, Confidence::High, title,
        why + " Without it natdoctor cannot say whether the NAT gateway drops packets, runs out of ports or closes "
              "idle connections; this does not change the other findings.");
    f.actions = std::move(actions);
    if (const StepOutcome* o = s.outcome(cloud::AwsStepName))
        f.evidence = o->evidence;
    out.push_back(std::move(f));
}

void pathFindings(const CloudResult& r, const std::vector<size_t>& evidence, std::vector<Finding>& out)
{
    const AwsPath& p = r.path;
    if (p.routeTable.id.empty())
        return;
    const std::string table = p.routeTable.id + (p.routeTable.main ? " (the VPC's main route table)" : "");
    const std::string dest = p.destinationIp.empty() ? "the destination" : p.destinationIp;
    Finding f;
    switch (p.via) {
    case AwsPath::Via::NatGateway:
        if (!p.natGatewayState.empty() && p.natGatewayState != "available") {
            f = makeFinding(NatGatewayNotOnPath, Severity::Problem, Confidence::High,
                "The NAT gateway on the route is " + p.natGatewayState,
                "The route to " + dest + " in " + table + " points at " + p.natGatewayId + ", whose state is "
                    + p.natGatewayState + ": it forwards nothing until it is available.");
            break;
        }
        return;
    case AwsPath::Via::NatInstance:
        f = makeFinding(NatGatewayNotOnPath, Severity::Info, Confidence::High,
            "The destination's route uses a NAT instance, not a NAT gateway",
            "The route " + (p.route ? p.route->destination : std::string("?")) + " in " + table + " points at "
                + p.natInstanceId + ". A NAT instance reassembles fragmented TCP, so the NAT gateway's fragment "
                "dropping, port and idle limits do not apply; look at the instance itself (its conntrack table, "
                "source/destination check, its own network ACLs).");
        break;
    case AwsPath::Via::InternetGateway:
        f = makeFinding(NatGatewayNotOnPath, Severity::Info, Confidence::High,
            "The destination's route goes to an internet gateway, not through a NAT",
            "The route " + (p.route ? p.route->destination : std::string("?")) + " in " + table + " points at "
                + (p.route ? p.route->target : std::string("?")) + (p.instancePublicIp.empty()
                    ? ", but " + p.instanceId + " has no public IPv4 address: its packets to " + dest
                        + " are dropped. Route 0.0.0.0/0 to a NAT gateway in a public subnet."
                    : "; " + p.instanceId + " leaves with its own public address " + p.instancePublicIp
                        + ", so no NAT limit applies."));
        if (p.instancePublicIp.empty())
            f.severity = Severity::Problem;
        break;
    case AwsPath::Via::NoRoute:
        f = makeFinding(NatGatewayNotOnPath, Severity::Problem, Confidence::High,
            "No route to the destination from the instance's subnet",
            table + " has no active route that matches " + dest + ": every connection from " + p.subnetId
                + " to it fails, none goes through a NAT gateway.");
        f.actions = { { "Route the internet through a NAT gateway in a public subnet",
            { "aws ec2 create-route" + awsFlags(r) + " --route-table-id " + p.routeTable.id
                + " --destination-cidr-block 0.0.0.0/0 --nat-gateway-id nat-..." } } };
        break;
    case AwsPath::Via::Other:
        f = makeFinding(NatGatewayNotOnPath, Severity::Info, Confidence::Medium,
            "The destination's route does not use a NAT gateway",
            "The route " + (p.route ? p.route->destination : std::string("?")) + " in " + table + " points at "
                + (p.route ? p.route->target : std::string("?")) + " (a transit gateway, peering or endpoint): look "
                "at the NAT on the far side of it.");
        break;
    case AwsPath::Via::Unknown:
        return;
    }
    f.evidence = evidence;
    out.push_back(std::move(f));
}

std::string ranges(const std::vector<std::pair<int, int>>& ports)
{
    std::string text;
    for (const auto& [from, to] : ports)
        text += (text.empty() ? "" : ", ") + (from == to ? std::to_string(from) : std::to_string(from) + "–" + std::to_string(to));
    return text;
}

void aclFindings(const CloudResult& r, const std::vector<size_t>& evidence, std::vector<Finding>& out)
{
    const AwsPath& p = r.path;
    std::vector<std::string> inboundPeers;
    std::vector<std::string> outboundPeers;
    if (!p.destinationIp.empty()) {
        inboundPeers = { p.destinationIp }; // replies carry the destination's address on both subnets
        outboundPeers = { p.destinationIp };
        if (!p.instancePrivateIp.empty())
            outboundPeers.push_back(p.instancePrivateIp);
    }
    for (const cloud::NetworkAcl& acl : p.acls) {
        const std::string where = acl.subnetId == p.subnetId ? "the instance's subnet " + acl.subnetId
                                                             : "the NAT gateway's subnet " + acl.subnetId;
        for (bool egress : { false, true }) {
            const auto denial = cloud::ephemeralDenial(acl, egress, egress ? outboundPeers : inboundPeers);
            if (!denial)
                continue;
            std::string rules;
            for (int n : denial->rules)
                rules += (rules.empty() ? "" : ", ") + (n == 32767 ? std::string("* (the default deny)") : std::to_string(n));
            const bool linuxRange = std::any_of(denial->ports.begin(), denial->ports.end(),
                [](const auto& range) { return range.first <= 60999 && range.second >= 32768; });
            Finding f = makeFinding(findingid::NaclBlocksEphemeralPorts, Severity::Problem,
                linuxRange ? Confidence::High : Confidence::Medium,
                "A network ACL denies ephemeral ports " + std::string(egress ? "outbound" : "inbound") + " on "
                    + where,
                acl.id + " denies TCP " + std::string(egress ? "outbound" : "inbound") + " on "
                    + std::to_string(denial->deniedCount()) + " of the ports 1024–65535 (" + ranges(denial->ports)
                    + "), decided by rule " + rules + ". Network ACLs are stateless: replies to the instance's "
                    + "connections come back to the port the connection left from, which the NAT gateway and Linux "
                      "(32768–60999) pick from this range, so connections whose port falls in it hang while the "
                      "others work.");
            std::vector<std::string> commands;
            const std::string direction = egress ? " --egress" : " --ingress";
            for (int n : denial->rules) {
                if (n == 32767)
                    commands.push_back("aws ec2 create-network-acl-entry" + awsFlags(r) + " --network-acl-id " + acl.id
                        + " --rule-number 100 --protocol 6 --rule-action allow" + direction
                        + " --cidr-block 0.0.0.0/0 --port-range From=1024,To=65535");
                else
                    commands.push_back("aws ec2 replace-network-acl-entry" + awsFlags(r) + " --network-acl-id " + acl.id
                        + " --rule-number " + std::to_string(n) + " --protocol 6 --rule-action allow" + direction
                        + " --cidr-block 0.0.0.0/0 --port-range From=1024,To=65535");
            }
            f.actions = { { "Allow TCP 1024–65535 " + std::string(egress ? "outbound" : "inbound") + " in " + acl.id
                                + " (or narrow the deny so it misses the ephemeral ports)",
                commands } };
            f.evidence = evidence;
            out.push_back(std::move(f));
        }
    }
}

double total(const CloudResult& r, std::string_view name)
{
    const cloud::MetricSeries* s = r.metric(name);
    return s ? s->total() : 0;
}

double peak(const CloudResult& r, std::string_view name)
{
    const cloud::MetricSeries* s = r.metric(name);
    return s ? s->peak() : 0;
}

void metricFindings(const DiagnosisSession& s, const CloudResult& r, const std::vector<size_t>& evidence,
    std::vector<Finding>& out)
{
    if (!r.metricsRead)
        return;
    const std::string gateway = r.path.natGatewayId;
    const std::string flags = awsFlags(r);
    const bool anyData = std::any_of(r.metrics.begin(), r.metrics.end(), [](const auto& m) { return !m.points.empty(); });
    if (!anyData) {
        Finding f = makeFinding(AwsEvidenceMissing, Severity::Info, Confidence::High,
            "CloudWatch has no data for the NAT gateway in the window",
            "get-metric-data returned no data points for " + gateway + " " + window(r)
                + ". The gateway sent no traffic then, or the region or window is wrong; the metrics cannot rule the "
                  "gateway in or out.");
        f.evidence = evidence;
        out.push_back(std::move(f));
        return;
    }
    const std::string dest = s.inputs.destinationHost.empty() ? "D" : s.inputs.destinationHost;
    const std::string destIp = r.path.destinationIp.empty() ? dest : r.path.destinationIp;
    size_t before = out.size();

    if (const double errors = total(r, "ErrorPortAllocation"); errors > 0) {
        const size_t eips = std::max<size_t>(r.path.elasticIps.size(), 1);
        std::string detail = "ErrorPortAllocation counted " + number(errors) + " connections " + window(r)
            + " (at most " + number(peak(r, "ErrorPortAllocation")) + " a minute) that the gateway could not give a "
            + "source port: it allows 55,000 simultaneous connections to one destination IP and port per Elastic IP, "
            + "and " + gateway + " has " + std::to_string(eips) + " (" + number(kPortsPerAddress * double(eips))
            + " at once). Peak ActiveConnectionCount was " + number(peak(r, "ActiveConnectionCount")) + ".";
        if (r.connectionsToDestination >= 0)
            detail += " The private instance had " + std::to_string(r.connectionsToDestination) + " connections to "
                + dest + " open when natdoctor counted.";
        Finding f = makeFinding(findingid::NatPortAllocationErrors, Severity::Problem, Confidence::High,
            "The NAT gateway ran out of source ports for the destination", detail);
        f.actions = { { "Count the private instances' connections to the destination (on each instance)",
                          { "ss -Htn dst " + destIp + " | wc -l" } },
            { "Give the gateway more Elastic IPs (secondary addresses, 55,000 connections each)",
                { "aws ec2 allocate-address" + flags + " --domain vpc",
                    "aws ec2 associate-nat-gateway-address" + flags + " --nat-gateway-id " + gateway
                        + " --allocation-ids eipalloc-..." } },
            { "Reuse connections (HTTP keep-alive, connection pools) instead of opening one per request", {} } };
        out.push_back(std::move(f));
    }
    if (const double idle = total(r, "IdleTimeoutCount"); idle > 0) {
        Finding f = makeFinding(findingid::NatIdleTimeout, Severity::Problem, Confidence::High,
            "The NAT gateway closed idle connections",
            "IdleTimeoutCount counted " + number(idle) + " connections " + window(r)
                + " that were idle for " + std::to_string(kIdleTimeoutSeconds) + " seconds: the gateway forgets them, "
                  "and the next packet on such a connection gets a RST (\"connection reset by peer\" after a quiet "
                  "period). TCP keepalive below 350 seconds keeps them open; Linux waits 7200 seconds by default, and "
                  "only sockets with SO_KEEPALIVE send them.");
        f.actions = { { "On the private instances: first keepalive after 300 s, then every 60 s",
                          { "sudo sysctl -w net.ipv4.tcp_keepalive_time=300 net.ipv4.tcp_keepalive_intvl=60",
                              "printf 'net.ipv4.tcp_keepalive_time = 300\\nnet.ipv4.tcp_keepalive_intvl = 60\\n' | sudo tee "
                              "/etc/sysctl.d/90-nat-keepalive.conf" } },
            { "Turn keepalive on in the application (SO_KEEPALIVE; e.g. a connection pool's keepalive or idle-timeout "
              "option below 350 s)",
                {} } };
        out.push_back(std::move(f));
    }
    const double drops = total(r, "PacketsDropCount");
    const double bytesIn = total(r, "BytesInFromDestination");
    const double bytesOut = total(r, "BytesOutToSource");
    const double undelivered = bytesIn - bytesOut;
    const bool bytesLost = bytesIn > 0 && undelivered > std::max(0.01 * bytesIn, 65536.0);
    if (drops > 0 || bytesLost) {
        const bool fragments = hasFinding(out, findingid::TcpFragmentsFromDestination);
        std::string detail;
        if (drops > 0)
            detail = "PacketsDropCount counted " + number(drops) + " packets dropped by " + gateway + " " + window(r) + ".";
        if (bytesLost)
            detail += std::string(detail.empty() ? "" : " ") + "Of " + number(bytesIn) + " bytes from destinations, "
                + number(bytesOut) + " reached the sources (" + number(undelivered) + " not delivered).";
        detail += fragments
            ? " This corroborates tcp-fragments-from-destination: the gateway drops the fragmented TCP the destination "
              "sends."
            : " A NAT gateway drops IP-fragmented TCP; the fragmentation check from a public host decides whether that "
              "is why.";
        Finding f = makeFinding(findingid::NatGatewayDrops, Severity::Problem, fragments ? Confidence::High : Confidence::Medium,
            "The NAT gateway dropped packets", detail);
        f.actions = { { "See the drops minute by minute", { "aws cloudwatch get-metric-statistics" + flags
                              + " --namespace AWS/NATGateway --metric-name PacketsDropCount --dimensions Name=NatGatewayId,Value="
                              + gateway + " --statistics Sum --period 60 --start-time " + cloud::isoTime(r.windowStart)
                              + " --end-time " + cloud::isoTime(r.windowEnd) } } };
        out.push_back(std::move(f));
    }
    const double attempts = total(r, "ConnectionAttemptCount");
    const double established = total(r, "ConnectionEstablishedCount");
    if (attempts > 0 && attempts - established >= 5 && established < 0.9 * attempts) {
        const bool recycle = hasFinding(out, findingid::TwRecycleEnabled) || hasFinding(out, findingid::TimestampsTestImproved);
        Finding f = makeFinding(findingid::SynAttemptsNotEstablished, Severity::Problem,
            recycle ? Confidence::High : Confidence::Medium, "Many connections through the NAT gateway were never established",
            "ConnectionAttemptCount was " + number(attempts) + " and ConnectionEstablishedCount " + number(established) + " "
                + window(r) + ": " + number(attempts - established) + " attempts got no answer from the destinations."
                + (recycle ? " This corroborates the tcp_tw_recycle finding: the server drops SYNs from hosts behind "
                             "the gateway's address."
                           : " A server with tcp_tw_recycle drops SYNs from hosts behind one NAT address; so does a "
                             "firewall or an overloaded listener (the remote server check decides)."));
        out.push_back(std::move(f));
    }
    for (size_t i = before; i < out.size(); ++i)
        out[i].evidence = evidence;
    if (out.size() == before) {
        Finding f = makeFinding(NatGatewayMetricsNormal, Severity::Info, Confidence::Medium,
            "The NAT gateway's metrics show no drops, port or idle-timeout errors",
            "Over " + window(r) + ", " + gateway + " counted no dropped packets, no port allocation errors, no idle "
                "timeouts, and its established connections kept up with the attempts. This rules out the gateway's own "
                "limits for that window only; it says nothing about the destination or the remote server.");
        f.evidence = evidence;
        out.push_back(std::move(f));
    }
}

// path-mtu-blackhole: the instance's interface MTU is above 1500, DF-set
// packets of that size got neither an answer nor "fragmentation needed",
// while 1500-byte ones were answered.
void pathMtuFindings(const DiagnosisSession& s, const std::vector<size_t>& evidence, std::vector<Finding>& out)
{
    for (size_t i : evidence) {
        const Evidence& e = s.evidence.at(i);
        if (e.summary != cloud::PathMtuSummary)
            continue;
        const auto p = cloud::parsePathMtuProbe(e.output);
        if (!p || p->bigSize == 0 || p->interfaceMtu <= 1500)
            continue;
        if (p->bigReceived != 0 || p->bigFragNeeded != 0 || p->smallReceived <= 0)
            continue; // answered, or PMTUD told the sender, or the destination does not answer pings at all
        const std::string dest = s.inputs.destinationHost;
        const std::string dev = p->device.empty() ? "eth0" : p->device;
        Finding f = makeFinding(findingid::PathMtuBlackhole, Severity::Problem, Confidence::Medium,
            "Large packets to the destination vanish without \"fragmentation needed\"",
            "On " + e.host + ", " + dev + " has MTU " + std::to_string(p->interfaceMtu) + ". Pings of "
                + std::to_string(p->bigSize) + " bytes with DF set to " + dest
                + " got no answer and no ICMP \"fragmentation needed\", while 1472-byte ones (1500-byte packets) were "
                  "answered. The path is smaller than the instance's MTU (a NAT gateway forwards 8500 bytes, the "
                  "internet 1500) and the ICMP that would tell the instance is blocked (a security group or network "
                  "ACL), so large TCP segments are lost and connections that send or receive much stall.");
        f.actions = { { "Let ICMP \"fragmentation needed\" reach the instance (its security group; and the network "
                        "ACLs, which are stateless)",
                          { "aws ec2 authorize-security-group-ingress --group-id sg-... --ip-permissions "
                            "'IpProtocol=icmp,FromPort=3,ToPort=4,IpRanges=[{CidrIp=0.0.0.0/0}]'" } },
            { "Or lower the instance's MTU for traffic to the internet", { "sudo ip link set dev " + dev + " mtu 1500" } },
            { "Check the path MTU the kernel learns", { "tracepath -n " + dest, "ip route get " + dest } } };
        f.evidence = { i };
        out.push_back(std::move(f));
        return;
    }
}

} // namespace

void cloudFindings(const DiagnosisSession& s, std::vector<Finding>& out)
{
    if (!s.cloud)
        return;
    const CloudResult& r = *s.cloud;
    const StepOutcome* o = s.outcome(cloud::AwsStepName);
    const std::vector<size_t> evidence = o ? o->evidence : std::vector<size_t> {};
    missingFindings(s, r, out);
    pathFindings(r, evidence, out);
    aclFindings(r, evidence, out);
    metricFindings(s, r, evidence, out);
    pathMtuFindings(s, evidence, out);
}

} // namespace natdoctor::diagnosis
