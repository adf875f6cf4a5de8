#include "diagnosis/CloudRules.h"

#include "cloud/AwsParse.h"
#include "diagnosis/NatGatewayStep.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace natdoctor::diagnosis {

namespace {

using cloud::AwsPath;
using cloud::AwsProblem;
using cloud::CloudResult;
using findings::Message;
using findings::Text;

// Ids of the AWS step beyond docs/design.md's table: what it could not read, and
// where the path does not go through a NAT gateway.
constexpr std::string_view AwsEvidenceMissing = "aws-evidence-missing";
constexpr std::string_view NatGatewayNotOnPath = "nat-gateway-not-on-path";
constexpr std::string_view NatGatewayMetricsNormal = "nat-gateway-metrics-normal";

constexpr double kPortsPerAddress = 55000; // simultaneous connections per EIP to one destination IP:port
constexpr int kIdleTimeoutSeconds = 350;

bool hasFinding(const std::vector<Finding>& out, std::string_view id, Severity atLeast = Severity::Problem)
{
    return std::any_of(out.begin(), out.end(), [&](const Finding& f) {
        return f.id == id && static_cast<int>(f.severity) >= static_cast<int>(atLeast);
    });
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

Text window(const CloudResult& r)
{
    return NATDOCTOR_TEXT("Finding", "between {start} and {end}")
        .plain("start", cloud::isoTime(r.windowStart))
        .plain("end", cloud::isoTime(r.windowEnd));
}

void missingFindings(const DiagnosisSession& s, const CloudResult& r, std::vector<Finding>& out)
{
    const std::string flags = awsFlags(r);
    Text title;
    Message why;
    std::vector<Action> actions;
    Severity severity = Severity::Info;
    switch (r.problem) {
    case AwsProblem::None:
        return;
    case AwsProblem::NoCli:
        title = NATDOCTOR_TEXT("Finding",
                               "The NAT gateway's own evidence was not read: the AWS CLI is not installed");
        why = NATDOCTOR_TEXT("Finding", "{why}.").plain("why", r.problemDetail);
        actions
            = { { NATDOCTOR_TEXT("Finding",
                                 "Install the AWS CLI (Debian/Ubuntu), then run natdoctor again with --aws"),
                  { "sudo apt-get install awscli" } } };
        break;
    case AwsProblem::NoCredentials:
        title = NATDOCTOR_TEXT("Finding", "The NAT gateway's own evidence was not read: no AWS credentials");
        why = NATDOCTOR_TEXT("Finding", "The AWS CLI found no usable credentials ({why}).")
                  .plain("why", r.problemDetail);
        actions
            = { { NATDOCTOR_TEXT(
                      "Finding",
                      "Configure a profile with read-only access (README: the IAM policy), or log in to SSO"),
                  { "aws configure" + flags, "aws sso login" + flags } } };
        break;
    case AwsProblem::AccessDenied:
        title = NATDOCTOR_TEXT("Finding",
                               "The NAT gateway's own evidence was not fully read: permission denied");
        why = NATDOCTOR_TEXT("Finding", "The credentials lack a read permission ({why}).")
                  .plain("why", r.problemDetail);
        actions = { { NATDOCTOR_TEXT("Finding",
                                     "Attach the read-only policy from natdoctor's README to the profile's "
                                     "role or user, and check "
                                     "who the CLI is"),
                      { "aws sts get-caller-identity" + flags } } };
        break;
    case AwsProblem::NoInstance:
        title = NATDOCTOR_TEXT(
            "Finding", "The NAT gateway's own evidence was not read: the private instance is not known");
        why = NATDOCTOR_TEXT("Finding", "{why}.").plain("why", r.problemDetail);
        actions = { { NATDOCTOR_TEXT("Finding", "Give the instance id of a failing private instance"),
                      { "natdoctor diagnose ... --aws --instance-id i-0123456789abcdef0" } } };
        break;
    case AwsProblem::Unreachable:
    case AwsProblem::Throttled:
    case AwsProblem::ApiError:
    case AwsProblem::Cancelled:
        severity = r.problem == AwsProblem::Cancelled ? Severity::Info : Severity::Warning;
        title = r.problem == AwsProblem::Throttled
            ? NATDOCTOR_TEXT("Finding", "The AWS API throttled natdoctor before the NAT gateway was read")
            : r.problem == AwsProblem::Cancelled
            ? NATDOCTOR_TEXT("Finding", "The AWS step was cancelled")
            : NATDOCTOR_TEXT("Finding", "The AWS API failed part-way through the NAT gateway step");
        why = NATDOCTOR_TEXT(
                  "Finding",
                  "{why}. What was read before it is kept below; the other checks are not affected.")
                  .plain("why", r.problemDetail);
        actions = { { NATDOCTOR_TEXT("Finding", "Run the step again later (the calls are read-only)"),
                      { "natdoctor diagnose ... --aws" + flags } } };
        break;
    }
    why += NATDOCTOR_TEXT("Finding",
                          "Without it natdoctor cannot say whether the NAT gateway drops packets, runs out "
                          "of ports or closes idle "
                          "connections; this does not change the other findings.");
    Finding f = makeFinding(AwsEvidenceMissing, severity, Confidence::High, title, why);
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
    const Text table = p.routeTable.main
        ? NATDOCTOR_TEXT("Finding", "{id} (the VPC's main route table)").plain("id", p.routeTable.id)
        : NATDOCTOR_TEXT("Finding", "{id}").plain("id", p.routeTable.id);
    const Text dest = p.destinationIp.empty()
        ? NATDOCTOR_TEXT("Finding", "the destination")
        : NATDOCTOR_TEXT("Finding", "{ip}").plain("ip", p.destinationIp);
    const std::string routeDest = p.route ? p.route->destination : std::string("?");
    const std::string routeTarget = p.route ? p.route->target : std::string("?");
    Finding f;
    switch (p.via) {
    case AwsPath::Via::NatGateway:
        if (!p.natGatewayState.empty() && p.natGatewayState != "available") {
            f = makeFinding(NatGatewayNotOnPath, Severity::Problem, Confidence::High,
                            NATDOCTOR_TEXT("Finding", "The NAT gateway on the route is {state}")
                                .plain("state", p.natGatewayState),
                            NATDOCTOR_TEXT("Finding",
                                           "The route to {dest} in {table} points at {gateway}, whose state "
                                           "is {state}: it forwards nothing "
                                           "until it is available.")
                                .nested("dest", dest)
                                .nested("table", table)
                                .plain("gateway", p.natGatewayId)
                                .plain("state", p.natGatewayState));
            f.actions = { { NATDOCTOR_TEXT("Finding", "See the gateway's state and, if it failed, why"),
                            { "aws ec2 describe-nat-gateways" + awsFlags(r) + " --nat-gateway-ids "
                              + p.natGatewayId } } };
            break;
        }
        return;
    case AwsPath::Via::NatInstance:
        f = makeFinding(
            NatGatewayNotOnPath, Severity::Info, Confidence::High,
            NATDOCTOR_TEXT("Finding", "The destination's route uses a NAT instance, not a NAT gateway"),
            NATDOCTOR_TEXT("Finding",
                           "The route {route} in {table} points at {instance}. A NAT instance reassembles "
                           "fragmented TCP, so the "
                           "NAT gateway's fragment dropping, port and idle limits do not apply; look at the "
                           "instance itself (its "
                           "conntrack table, source/destination check, its own network ACLs).")
                .plain("route", routeDest)
                .nested("table", table)
                .plain("instance", p.natInstanceId));
        f.actions = { { NATDOCTOR_TEXT("Finding", "On the NAT instance: check its connection tracking table"),
                        { "sudo conntrack -C", "sysctl net.netfilter.nf_conntrack_max" } } };
        break;
    case AwsPath::Via::InternetGateway:
        f = makeFinding(
            NatGatewayNotOnPath, Severity::Info, Confidence::High,
            NATDOCTOR_TEXT("Finding",
                           "The destination's route goes to an internet gateway, not through a NAT"),
            (p.instancePublicIp.empty() ? NATDOCTOR_TEXT(
                 "Finding",
                 "The route {route} in {table} points at {target}, but {instance} has no public IPv4 "
                 "address: "
                 "its packets to {dest} are dropped. Route 0.0.0.0/0 to a NAT gateway in a public subnet.")
                                        : NATDOCTOR_TEXT("Finding",
                                                         "The route {route} in {table} points at {target}; "
                                                         "{instance} leaves with its own public "
                                                         "address {public}, so no NAT limit applies."))
                .plain("route", routeDest)
                .nested("table", table)
                .plain("target", routeTarget)
                .plain("instance", p.instanceId)
                .nested("dest", dest)
                .plain("public", p.instancePublicIp));
        if (p.instancePublicIp.empty()) {
            f.severity = Severity::Problem;
            f.actions = { { NATDOCTOR_TEXT("Finding",
                                           "Route the internet through a NAT gateway in a public subnet"),
                            { "aws ec2 replace-route" + awsFlags(r) + " --route-table-id " + p.routeTable.id
                              + " --destination-cidr-block 0.0.0.0/0 --nat-gateway-id nat-..." } } };
        } else {
            f.actions
                = { { NATDOCTOR_TEXT(
                          "Finding",
                          "The NAT limits do not apply here: look at the destination and the remote server "
                          "(the fragmentation check and tcp_tw_recycle)"),
                      { "cat /proc/sys/net/ipv4/tcp_tw_recycle" } } };
        }
        break;
    case AwsPath::Via::NoRoute:
        f = makeFinding(NatGatewayNotOnPath, Severity::Problem, Confidence::High,
                        NATDOCTOR_TEXT("Finding", "No route to the destination from the instance's subnet"),
                        NATDOCTOR_TEXT("Finding",
                                       "{table} has no active route that matches {dest}: every connection "
                                       "from {subnet} to it fails, none goes "
                                       "through a NAT gateway.")
                            .nested("table", table)
                            .nested("dest", dest)
                            .plain("subnet", p.subnetId));
        f.actions
            = { { NATDOCTOR_TEXT("Finding", "Route the internet through a NAT gateway in a public subnet"),
                  { "aws ec2 create-route" + awsFlags(r) + " --route-table-id " + p.routeTable.id
                    + " --destination-cidr-block 0.0.0.0/0 --nat-gateway-id nat-..." } } };
        break;
    case AwsPath::Via::Other:
        f = makeFinding(NatGatewayNotOnPath, Severity::Info, Confidence::Medium,
                        NATDOCTOR_TEXT("Finding", "The destination's route does not use a NAT gateway"),
                        NATDOCTOR_TEXT("Finding",
                                       "The route {route} in {table} points at {target} (a transit gateway, "
                                       "peering or endpoint): look at the "
                                       "NAT on the far side of it.")
                            .plain("route", routeDest)
                            .nested("table", table)
                            .plain("target", routeTarget));
        f.actions
            = { { NATDOCTOR_TEXT(
                      "Finding",
                      "Run natdoctor on the far side of that route, where the traffic leaves through a NAT"),
                  {} } };
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
        text += (text.empty() ? "" : ", ")
            + (from == to ? std::to_string(from) : std::to_string(from) + "–" + std::to_string(to));
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
        const Text where = acl.subnetId == p.subnetId
            ? NATDOCTOR_TEXT("Finding", "the instance's subnet {subnet}").plain("subnet", acl.subnetId)
            : NATDOCTOR_TEXT("Finding", "the NAT gateway's subnet {subnet}").plain("subnet", acl.subnetId);
        for (bool egress : { false, true }) {
            const auto denial = cloud::ephemeralDenial(acl, egress, egress ? outboundPeers : inboundPeers);
            if (!denial)
                continue;
            std::string rules;
            for (int n : denial->rules)
                rules += (rules.empty() ? "" : ", ")
                    + (n == 32767 ? std::string("* (the default deny)") : std::to_string(n));
            const bool linuxRange
                = std::any_of(denial->ports.begin(), denial->ports.end(), [](const auto& range) {
                      return range.first <= 60999 && range.second >= 32768;
                  });
            Finding f = makeFinding(
                findingid::NaclBlocksEphemeralPorts, Severity::Problem,
                linuxRange ? Confidence::High : Confidence::Medium,
                (egress
                     ? NATDOCTOR_TEXT("Finding", "A network ACL denies ephemeral ports outbound on {where}")
                     : NATDOCTOR_TEXT("Finding", "A network ACL denies ephemeral ports inbound on {where}"))
                    .nested("where", where),
                (egress ? NATDOCTOR_TEXT(
                     "Finding",
                     "{acl} denies TCP outbound on {n} of the ports 1024–65535 ({ports}), decided by rule "
                     "{rules}. Network ACLs are stateless: replies to the instance's connections come back "
                     "to "
                     "the port the connection left from, which the NAT gateway and Linux (32768–60999) pick "
                     "from this range, so connections whose port falls in it hang while the others work.")
                        : NATDOCTOR_TEXT("Finding",
                                         "{acl} denies TCP inbound on {n} of the ports 1024–65535 ({ports}), "
                                         "decided by rule "
                                         "{rules}. Network ACLs are stateless: replies to the instance's "
                                         "connections come back to "
                                         "the port the connection left from, which the NAT gateway and Linux "
                                         "(32768–60999) pick "
                                         "from this range, so connections whose port falls in it hang while "
                                         "the others work."))
                    .plain("acl", acl.id)
                    .integer("n", static_cast<long long>(denial->deniedCount()))
                    .plain("ports", ranges(denial->ports))
                    .plain("rules", rules));
            std::vector<std::string> commands;
            const std::string direction = egress ? " --egress" : " --ingress";
            for (int n : denial->rules) {
                if (n == 32767)
                    commands.push_back("aws ec2 create-network-acl-entry" + awsFlags(r) + " --network-acl-id "
                                       + acl.id + " --rule-number 100 --protocol 6 --rule-action allow"
                                       + direction
                                       + " --cidr-block 0.0.0.0/0 --port-range From=1024,To=65535");
                else
                    commands.push_back("aws ec2 replace-network-acl-entry" + awsFlags(r)
                                       + " --network-acl-id " + acl.id + " --rule-number " + std::to_string(n)
                                       + " --protocol 6 --rule-action allow" + direction
                                       + " --cidr-block 0.0.0.0/0 --port-range From=1024,To=65535");
            }
            f.actions = {
                { (egress ? NATDOCTOR_TEXT(
                       "Finding",
                       "Allow TCP 1024–65535 outbound in {acl} (or narrow the deny so it misses the "
                       "ephemeral ports)")
                          : NATDOCTOR_TEXT(
                              "Finding",
                              "Allow TCP 1024–65535 inbound in {acl} (or narrow the deny so it misses the "
                              "ephemeral ports)"))
                      .plain("acl", acl.id),
                  commands }
            };
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
    const bool anyData
        = std::any_of(r.metrics.begin(), r.metrics.end(), [](const auto& m) { return !m.points.empty(); });
    if (!anyData) {
        Finding f = makeFinding(
            AwsEvidenceMissing, Severity::Info, Confidence::High,
            NATDOCTOR_TEXT("Finding", "CloudWatch has no data for the NAT gateway in the window"),
            NATDOCTOR_TEXT("Finding",
                           "get-metric-data returned no data points for {gateway} {window}. The gateway sent "
                           "no traffic then, or the "
                           "region or window is wrong; the metrics cannot rule the gateway in or out.")
                .plain("gateway", gateway)
                .nested("window", window(r)));
        f.actions
            = { { NATDOCTOR_TEXT("Finding",
                                 "Check the region and that the gateway is the one on the instance's route"),
                  { "aws ec2 describe-nat-gateways" + flags + " --nat-gateway-ids " + gateway } } };
        f.evidence = evidence;
        out.push_back(std::move(f));
        return;
    }
    const std::string dest = s.inputs.destinationHost.empty() ? "D" : s.inputs.destinationHost;
    const std::string destIp = r.path.destinationIp.empty() ? dest : r.path.destinationIp;
    size_t before = out.size();

    if (const double errors = total(r, "ErrorPortAllocation"); errors > 0) {
        const size_t eips = std::max<size_t>(r.path.elasticIps.size(), 1);
        Message detail
            = NATDOCTOR_TEXT(
                  "Finding",
                  "ErrorPortAllocation counted {errors} connections {window} (at most {peak} a minute) that "
                  "the "
                  "gateway could not give a source port: it allows {perAddress} simultaneous connections to "
                  "one destination IP and port per Elastic IP, and {gateway} has {eips} ({total} at once). "
                  "Peak ActiveConnectionCount was {active}.")
                  .grouped("errors", errors)
                  .nested("window", window(r))
                  .grouped("peak", peak(r, "ErrorPortAllocation"))
                  .grouped("perAddress", kPortsPerAddress)
                  .plain("gateway", gateway)
                  .integer("eips", static_cast<long long>(eips))
                  .grouped("total", kPortsPerAddress * double(eips))
                  .grouped("active", peak(r, "ActiveConnectionCount"));
        if (r.connectionsToDestination >= 0)
            detail += NATDOCTOR_TEXT(
                          "Finding",
                          "The private instance had {n} connections to {dest} open when natdoctor counted.")
                          .integer("n", r.connectionsToDestination)
                          .plain("dest", dest);
        Finding f = makeFinding(
            findingid::NatPortAllocationErrors, Severity::Problem, Confidence::High,
            NATDOCTOR_TEXT("Finding", "The NAT gateway ran out of source ports for the destination"), detail);
        f.actions = {
            { NATDOCTOR_TEXT(
                  "Finding",
                  "Count the private instances' connections to the destination (on each instance)"),
              { "ss -Htn dst " + destIp + " | wc -l" } },
            { NATDOCTOR_TEXT("Finding",
                             "Give the gateway more Elastic IPs (secondary addresses, {n} connections each)")
                  .grouped("n", kPortsPerAddress),
              { "aws ec2 allocate-address" + flags + " --domain vpc",
                "aws ec2 associate-nat-gateway-address" + flags + " --nat-gateway-id " + gateway
                    + " --allocation-ids eipalloc-..." } },
            { NATDOCTOR_TEXT(
                  "Finding",
                  "Reuse connections (HTTP keep-alive, connection pools) instead of opening one per request"),
              {} }
        };
        out.push_back(std::move(f));
    }
    if (const double idle = total(r, "IdleTimeoutCount"); idle > 0) {
        Finding f = makeFinding(findingid::NatIdleTimeout, Severity::Problem, Confidence::High,
                                NATDOCTOR_TEXT("Finding", "The NAT gateway closed idle connections"),
                                NATDOCTOR_TEXT("Finding",
                                               "IdleTimeoutCount counted {n} connections {window} that were "
                                               "idle for {seconds} seconds: the gateway "
                                               "forgets them, and the next packet on such a connection gets "
                                               "a RST (\"connection reset by peer\" after "
                                               "a quiet period). TCP keepalive below {seconds} seconds keeps "
                                               "them open; Linux waits 7200 seconds by "
                                               "default, and only sockets with SO_KEEPALIVE send them.")
                                    .grouped("n", idle)
                                    .nested("window", window(r))
                                    .integer("seconds", kIdleTimeoutSeconds));
        f.actions = {
            { NATDOCTOR_TEXT("Finding",
                             "On the private instances: first keepalive after 300 s, then every 60 s"),
              { "sudo sysctl -w net.ipv4.tcp_keepalive_time=300 net.ipv4.tcp_keepalive_intvl=60",
                "printf 'net.ipv4.tcp_keepalive_time = 300\\nnet.ipv4.tcp_keepalive_intvl = 60\\n' | sudo "
                "tee "
                "/etc/sysctl.d/90-nat-keepalive.conf" } },
            { NATDOCTOR_TEXT(
                  "Finding",
                  "Turn keepalive on in the application (SO_KEEPALIVE; e.g. a connection pool's keepalive or "
                  "idle-timeout option below 350 s)"),
              {} }
        };
        out.push_back(std::move(f));
    }
    const double drops = total(r, "PacketsDropCount");
    const double bytesIn = total(r, "BytesInFromDestination");
    const double bytesOut = total(r, "BytesOutToSource");
    const double undelivered = bytesIn - bytesOut;
    const bool bytesLost = bytesIn > 0 && undelivered > std::max(0.01 * bytesIn, 65536.0);
    if (drops > 0 || bytesLost) {
        const bool fragments = hasFinding(out, findingid::TcpFragmentsFromDestination);
        Message detail;
        if (drops > 0)
            detail += NATDOCTOR_TEXT("Finding",
                                     "PacketsDropCount counted {n} packets dropped by {gateway} {window}.")
                          .grouped("n", drops)
                          .plain("gateway", gateway)
                          .nested("window", window(r));
        if (bytesLost)
            detail
                += NATDOCTOR_TEXT(
                       "Finding",
                       "Of {in} bytes from destinations, {out} reached the sources ({lost} not delivered).")
                       .grouped("in", bytesIn)
                       .grouped("out", bytesOut)
                       .grouped("lost", undelivered);
        detail += fragments ? NATDOCTOR_TEXT("Finding",
                                             "This corroborates tcp-fragments-from-destination: the gateway "
                                             "drops the fragmented TCP the destination "
                                             "sends.")
                            : NATDOCTOR_TEXT("Finding",
                                             "A NAT gateway drops IP-fragmented TCP; the fragmentation check "
                                             "from a public host decides whether "
                                             "that is why.");
        Finding f = makeFinding(findingid::NatGatewayDrops, Severity::Problem,
                                fragments ? Confidence::High : Confidence::Medium,
                                NATDOCTOR_TEXT("Finding", "The NAT gateway dropped packets"), detail);
        f.actions
            = { { NATDOCTOR_TEXT("Finding", "See the drops minute by minute"),
                  { "aws cloudwatch get-metric-statistics" + flags
                    + " --namespace AWS/NATGateway --metric-name PacketsDropCount --dimensions "
                      "Name=NatGatewayId,Value="
                    + gateway + " --statistics Sum --period 60 --start-time " + cloud::isoTime(r.windowStart)
                    + " --end-time " + cloud::isoTime(r.windowEnd) } } };
        out.push_back(std::move(f));
    }
    const double attempts = total(r, "ConnectionAttemptCount");
    const double established = total(r, "ConnectionEstablishedCount");
    if (attempts > 0 && attempts - established >= 5 && established < 0.9 * attempts) {
        const bool recycle = hasFinding(out, findingid::TwRecycleEnabled)
            || hasFinding(out, findingid::TimestampsTestImproved);
        Finding f = makeFinding(
            findingid::SynAttemptsNotEstablished, Severity::Problem,
            recycle ? Confidence::High : Confidence::Medium,
            NATDOCTOR_TEXT("Finding", "Many connections through the NAT gateway were never established"),
            NATDOCTOR_TEXT("Finding",
                           "ConnectionAttemptCount was {attempts} and ConnectionEstablishedCount "
                           "{established} {window}: {missing} "
                           "attempts got no answer from the destinations.")
                .grouped("attempts", attempts)
                .grouped("established", established)
                .nested("window", window(r))
                .grouped("missing", attempts - established));
        f.detail += recycle
            ? NATDOCTOR_TEXT(
                "Finding",
                "This corroborates the tcp_tw_recycle finding: the server drops SYNs from hosts behind "
                "the gateway's address.")
            : NATDOCTOR_TEXT(
                "Finding",
                "A server with tcp_tw_recycle drops SYNs from hosts behind one NAT address; so does a "
                "firewall or an overloaded listener (the remote server check decides).");
        f.actions = { { NATDOCTOR_TEXT("Finding",
                                       "Read tcp_tw_recycle and the SYN queue counters on the remote server"),
                        { "cat /proc/sys/net/ipv4/tcp_tw_recycle",
                          "nstat -az TcpExtListenOverflows TcpExtListenDrops TcpExtPAWSPassive" } } };
        out.push_back(std::move(f));
    }
    for (size_t i = before; i < out.size(); ++i)
        out[i].evidence = evidence;
    if (out.size() == before) {
        Finding f = makeFinding(
            NatGatewayMetricsNormal, Severity::Info, Confidence::Medium,
            NATDOCTOR_TEXT("Finding", "The NAT gateway's metrics show no drops, port or idle-timeout errors"),
            NATDOCTOR_TEXT(
                "Finding",
                "Over the window {window}, {gateway} counted no dropped packets, no port allocation errors, "
                "no idle "
                "timeouts, and its established connections kept up with the attempts. This rules out the "
                "gateway's own "
                "limits for that window only; it says nothing about the destination or the remote server.")
                .nested("window", window(r))
                .plain("gateway", gateway));
        f.actions
            = { { NATDOCTOR_TEXT(
                      "Finding",
                      "If failures happened outside this window, run the AWS step again while they happen"),
                  { "natdoctor diagnose ... --aws" + flags } } };
        f.evidence = evidence;
        out.push_back(std::move(f));
    }
}

// path-mtu-blackhole: the instance's interface MTU is above 1500, DF-set
// packets of that size got neither an answer nor "fragmentation needed",
// while 1500-byte ones were answered.
void pathMtuFindings(const DiagnosisSession& s, const std::vector<size_t>& evidence,
                     std::vector<Finding>& out)
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
        Finding f = makeFinding(
            findingid::PathMtuBlackhole, Severity::Problem, Confidence::Medium,
            NATDOCTOR_TEXT("Finding",
                           "Large packets to the destination vanish without \"fragmentation needed\""),
            NATDOCTOR_TEXT("Finding",
                           "On {host}, {device} has MTU {mtu}. Pings of {size} bytes with DF set to {dest} "
                           "got no answer and no ICMP "
                           "\"fragmentation needed\", while 1472-byte ones (1500-byte packets) were "
                           "answered. The path is smaller "
                           "than the instance's MTU (a NAT gateway forwards 8500 bytes, the internet 1500) "
                           "and the ICMP that would "
                           "tell the instance is blocked (a security group or network ACL), so large TCP "
                           "segments are lost and "
                           "connections that send or receive much stall.")
                .plain("host", e.host)
                .plain("device", dev)
                .integer("mtu", p->interfaceMtu)
                .integer("size", p->bigSize)
                .plain("dest", dest));
        f.actions = {
            { NATDOCTOR_TEXT(
                  "Finding",
                  "Let ICMP \"fragmentation needed\" reach the instance (its security group; and the network "
                  "ACLs, which are stateless)"),
              { "aws ec2 authorize-security-group-ingress --group-id sg-... --ip-permissions "
                "'IpProtocol=icmp,FromPort=3,ToPort=4,IpRanges=[{CidrIp=0.0.0.0/0}]'" } },
            { NATDOCTOR_TEXT("Finding", "Or lower the instance's MTU for traffic to the internet"),
              { "sudo ip link set dev " + dev + " mtu 1500" } },
            { NATDOCTOR_TEXT("Finding", "Check the path MTU the kernel learns"),
              { "tracepath -n " + dest, "ip route get " + dest } }
        };
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
