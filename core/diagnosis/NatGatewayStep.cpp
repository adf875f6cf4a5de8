#include "diagnosis/NatGatewayStep.h"

#include "cloud/AwsParse.h"
#include "diagnosis/DiagnosisRules.h"
#include "probes/ProbeText.h"
#include "remote/RemoteCommand.h"
#include "remote/Validation.h"

#include <algorithm>
#include <netdb.h>
#include <nlohmann/json.hpp>
#include <sys/socket.h>

namespace natdoctor::cloud {

namespace {

class Step
{
public:
    Step(diagnosis::DiagnosisSession& session, const AwsOptions& options, const NatGatewayStepHooks& hooks)
        : m_session(session)
        , m_options(options)
        , m_hooks(hooks)
    {
    }

    // Runs one call, keeps it as evidence; nullopt (and the problem set) on failure.
    std::optional<std::string> call(const std::vector<std::string>& args, const std::string& what)
    {
        if (m_hooks.beforeCall)
            m_hooks.beforeCall(args);
        log("aws: " + what);
        AwsCallResult r = runAws(m_options, args, m_hooks.cancel);
        diagnosis::Evidence e;
        e.step = std::string(AwsStepName);
        e.host = "local";
        e.command = commandLine(r.argv);
        e.output = r.process.out;
        if (!r.process.err.empty())
            e.output += (e.output.empty() ? "" : "\n") + r.process.err;
        if (!r.process.started)
            e.output = r.process.startError;
        e.exitStatus = r.process.started ? r.process.exitStatus : 127;
        e.seconds = r.process.seconds;
        e.summary = r.ok() ? what : what + " failed: " + r.message;
        m_evidence.push_back(m_session.addEvidence(std::move(e)));
        if (!r.ok()) {
            fail(r.problem, what + ": " + r.message);
            return std::nullopt;
        }
        return r.process.out;
    }

    void fail(AwsProblem problem, const std::string& detail)
    {
        m_result.problem = problem;
        m_result.problemDetail = detail;
        log("aws: " + detail);
    }

    // Notes a parse failure of the last call's output.
    void badOutput(const std::string& what, const std::string& error)
    {
        fail(AwsProblem::ApiError, what + ": " + error);
        if (!m_evidence.empty())
            m_session.evidence[m_evidence.back()].summary += " (unreadable: " + error + ")";
    }

    void log(const std::string& line) const
    {
        if (m_hooks.log)
            m_hooks.log(line);
    }

    void run(int64_t now)
    {
        m_result.profile = m_options.profile;
        m_result.region = m_options.region;
        if (m_options.instanceId.empty()) {
            fail(AwsProblem::NoInstance,
                 "the private instance's id is not known (give --instance-id, or a --private "
                 "host whose metadata service answers)");
            return;
        }
        if (!locatePath())
            return;
        if (m_result.path.via == AwsPath::Via::NatGateway)
            readMetrics(now);
    }

    bool locatePath()
    {
        AwsPath& p = m_result.path;
        p.instanceId = m_options.instanceId;
        p.destinationIp = resolveDestinationIp(m_session.inputs.destinationHost);
        std::string error;
        const auto instanceJson = call({ "ec2", "describe-instances", "--instance-ids", p.instanceId },
                                       "describe the instance " + p.instanceId);
        if (!instanceJson)
            return false;
        const auto instance = parseInstance(*instanceJson, error);
        if (!instance) {
            badOutput("describe-instances", error);
            if (m_result.problem == AwsProblem::ApiError && error == "no such instance")
                m_result.problem = AwsProblem::NoInstance;
            return false;
        }
        p.instancePrivateIp = instance->privateIp;
        p.instancePublicIp = instance->publicIp;
        p.subnetId = instance->subnetId;
        p.vpcId = instance->vpcId;

        auto tablesJson = call({ "ec2", "describe-route-tables", "--filters",
                                 "Name=association.subnet-id,Values=" + p.subnetId },
                               "the route table of " + p.subnetId);
        if (!tablesJson)
            return false;
        auto tables = parseRouteTables(*tablesJson, error);
        if (!tables) {
            badOutput("describe-route-tables", error);
            return false;
        }
        if (tables->empty()) { // no explicit association: the VPC's main route table
            tablesJson = call({ "ec2", "describe-route-tables", "--filters", "Name=vpc-id,Values=" + p.vpcId,
                                "Name=association.main,Values=true" },
                              "the main route table of " + p.vpcId);
            if (!tablesJson)
                return false;
            tables = parseRouteTables(*tablesJson, error);
            if (!tables) {
                badOutput("describe-route-tables", error);
                return false;
            }
        }
        if (tables->empty()) {
            fail(AwsProblem::ApiError, "no route table found for " + p.subnetId);
            return false;
        }
        p.routeTable = tables->front();
        if (!p.destinationIp.empty())
            p.route = longestPrefixRoute(p.routeTable.routes, p.destinationIp);
        else
            p.route = longestPrefixRoute(p.routeTable.routes, "0.0.0.0"); // only the default route can match
        if (!p.route) {
            p.via = AwsPath::Via::NoRoute;
        } else if (p.route->targetKind == "nat-gateway") {
            p.via = AwsPath::Via::NatGateway;
            p.natGatewayId = p.route->target;
        } else if (p.route->targetKind == "nat-instance") {
            p.via = AwsPath::Via::NatInstance;
            p.natInstanceId = p.route->target;
        } else if (p.route->targetKind == "internet-gateway") {
            p.via = AwsPath::Via::InternetGateway;
        } else {
            p.via = AwsPath::Via::Other;
        }

        std::vector<std::string> subnets { p.subnetId };
        if (p.via == AwsPath::Via::NatGateway) {
            const auto natJson = call({ "ec2", "describe-nat-gateways", "--nat-gateway-ids", p.natGatewayId },
                                      "the NAT gateway " + p.natGatewayId);
            if (!natJson)
                return false;
            const auto nat = parseNatGateway(*natJson, error);
            if (!nat) {
                badOutput("describe-nat-gateways", error);
                return false;
            }
            p.natGatewayState = nat->state;
            p.natSubnetId = nat->subnetId;
            p.elasticIps = nat->addresses;
            subnets.push_back(p.natSubnetId);
            std::vector<std::string> allocations;
            for (const ElasticIp& ip : p.elasticIps) {
                if (!ip.allocationId.empty())
                    allocations.push_back(ip.allocationId);
            }
            if (!allocations.empty()) {
                std::vector<std::string> args { "ec2", "describe-addresses", "--allocation-ids" };
                args.insert(args.end(), allocations.begin(), allocations.end());
                const auto addressesJson = call(args, "the gateway's Elastic IPs");
                if (!addressesJson)
                    return false;
                if (!parseAddresses(*addressesJson, error)) {
                    badOutput("describe-addresses", error);
                    return false;
                }
            }
        }
        std::string values;
        for (const std::string& s : subnets)
            values += (values.empty() ? "" : ",") + s;
        const auto aclJson = call(
            { "ec2", "describe-network-acls", "--filters", "Name=association.subnet-id,Values=" + values },
            "the network ACLs of " + values);
        if (!aclJson)
            return false;
        auto acls = parseNetworkAcls(*aclJson, subnets, error);
        if (!acls) {
            badOutput("describe-network-acls", error);
            return false;
        }
        p.acls = std::move(*acls);
        return true;
    }

    void readMetrics(int64_t now)
    {
        const int period = m_options.periodSeconds > 0 ? m_options.periodSeconds : 60;
        // Up to the end of the current period, so the minute natdoctor's test ended in is read too.
        const int64_t end = now % period == 0 ? now : now - now % period + period;
        const int64_t start = end - int64_t(m_options.windowMinutes > 0 ? m_options.windowMinutes : 180) * 60;
        m_result.windowStart = start;
        m_result.windowEnd = end;
        const auto dataJson = call({ "cloudwatch", "get-metric-data", "--start-time", isoTime(start),
                                     "--end-time", isoTime(end), "--metric-data-queries",
                                     metricQueries(m_result.path.natGatewayId, period) },
                                   "the NAT gateway's CloudWatch metrics");
        if (!dataJson)
            return;
        std::string error;
        auto series = parseMetricData(*dataJson, error);
        if (!series) {
            badOutput("get-metric-data", error);
            return;
        }
        for (MetricSeries& s : *series)
            s.stat = s.name == "ActiveConnectionCount" ? "Maximum" : "Sum";
        m_result.metrics = std::move(*series);
        m_result.metricsRead = true;
    }

    CloudResult take() { return std::move(m_result); }
    std::vector<size_t> evidence() const { return m_evidence; }

private:
    diagnosis::DiagnosisSession& m_session;
    const AwsOptions& m_options;
    const NatGatewayStepHooks& m_hooks;
    CloudResult m_result;
    std::vector<size_t> m_evidence;
};

} // namespace

std::string resolveDestinationIp(const std::string& host)
{
    if (host.empty())
        return {};
    if (cidrContains(host.find(':') != std::string::npos ? "::/0" : "0.0.0.0/0", host))
        return host;
    addrinfo hints {};
    hints.ai_family = AF_INET; // the NAT gateway path is IPv4
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host.c_str(), nullptr, &hints, &found) != 0 || !found)
        return {};
    char text[NI_MAXHOST] = {};
    const int rc
        = ::getnameinfo(found->ai_addr, found->ai_addrlen, text, sizeof text, nullptr, 0, NI_NUMERICHOST);
    ::freeaddrinfo(found);
    return rc == 0 ? std::string(text) : std::string {};
}

std::string_view imdsInstanceIdScript()
{
    return "t=$(curl -fsS -m 5 -X PUT http://169.254.169.254/latest/api/token "
           "-H 'X-aws-ec2-metadata-token-ttl-seconds: 60') && "
           "curl -fsS -m 5 -H \"X-aws-ec2-metadata-token: $t\" "
           "http://169.254.169.254/latest/meta-data/instance-id";
}

std::string_view pathMtuScript()
{
    return "d=$1\n"
           "r=$(ip -o route get \"$d\" 2>/dev/null | head -n 1)\n"
           "dev=$(printf '%s\\n' \"$r\" | sed -n 's/.* dev \\([^ ]*\\).*/\\1/p')\n"
           "mtu=$(cat \"/sys/class/net/$dev/mtu\" 2>/dev/null)\n"
           "printf 'route=%s\\ndev=%s\\nmtu=%s\\n' \"$r\" \"$dev\" \"$mtu\"\n"
           "probe() {\n"
           "  out=$(LC_ALL=C ping -n -c 2 -W 2 -M do -s \"$2\" \"$d\" 2>&1); rc=$?\n"
           "  rx=$(printf '%s\\n' \"$out\" | sed -n 's/.* \\([0-9][0-9]*\\) received.*/\\1/p')\n"
           "  fn=$(printf '%s\\n' \"$out\" | grep -c -i -e 'frag needed' -e 'message too long')\n"
           "  printf 'probe=%s size=%s exit=%s received=%s fragneeded=%s\\n' \"$1\" \"$2\" \"$rc\" "
           "\"${rx:-0}\" \"$fn\"\n"
           "}\n"
           "case \"$mtu\" in ''|*[!0-9]*) ;; *) [ \"$mtu\" -gt 1500 ] && probe big $((mtu - 28)) ;; esac\n"
           "probe small 1472\n";
}

std::optional<PathMtuProbe> parsePathMtuProbe(std::string_view text)
{
    PathMtuProbe p;
    bool sawSmall = false;
    const auto number = [](std::string_view v) {
        const auto n = probes::parseUnsigned(v);
        return n && *n < 1000000 ? static_cast<int>(*n) : -1;
    };
    for (std::string_view line : probes::splitLines(text)) {
        if (line.rfind("route=", 0) == 0) {
            p.route = std::string(line.substr(6));
        } else if (line.rfind("dev=", 0) == 0) {
            p.device = std::string(line.substr(4));
        } else if (line.rfind("mtu=", 0) == 0) {
            p.interfaceMtu = std::max(0, number(line.substr(4)));
        } else if (line.rfind("probe=", 0) == 0) {
            std::string kind;
            int size = -1, received = -1, fragNeeded = -1;
            for (std::string_view word : probes::splitWords(line)) {
                const size_t eq = word.find('=');
                if (eq == std::string_view::npos)
                    continue;
                const std::string_view key = word.substr(0, eq);
                const std::string_view value = word.substr(eq + 1);
                if (key == "probe")
                    kind = std::string(value);
                else if (key == "size")
                    size = number(value);
                else if (key == "received")
                    received = number(value);
                else if (key == "fragneeded")
                    fragNeeded = number(value);
            }
            if (size < 0 || received < 0 || fragNeeded < 0)
                return std::nullopt;
            if (kind == "big") {
                p.bigSize = size;
                p.bigReceived = received;
                p.bigFragNeeded = fragNeeded;
            } else if (kind == "small") {
                p.smallReceived = received;
                sawSmall = true;
            }
        }
    }
    if (!sawSmall)
        return std::nullopt;
    return p;
}

std::string metricQueries(const std::string& natGatewayId, int periodSeconds)
{
    nlohmann::json queries = nlohmann::json::array();
    int index = 0;
    for (const std::string& name : natGatewayMetricNames()) {
        queries.push_back({ { "Id", "m" + std::to_string(index++) },
                            { "Label", name },
                            { "MetricStat",
                              { { "Metric",
                                  { { "Namespace", "AWS/NATGateway" },
                                    { "MetricName", name },
                                    { "Dimensions",
                                      nlohmann::json::array({ { { "Name", "NatGatewayId" },
                                                                { "Value", natGatewayId } } }) } } },
                                { "Period", periodSeconds },
                                { "Stat", name == "ActiveConnectionCount" ? "Maximum" : "Sum" } } },
                            { "ReturnData", true } });
    }
    return queries.dump();
}

void runNatGatewayStep(diagnosis::DiagnosisSession& session, const AwsOptions& options, int64_t now,
                       const NatGatewayStepHooks& hooks)
{
    Step step(session, options, hooks);
    step.run(now);
    CloudResult result = step.take();
    if (result.problem == AwsProblem::None && hooks.cancel && hooks.cancel->load())
        result.problem = AwsProblem::Cancelled;
    const bool complete = result.problem == AwsProblem::None;
    const std::string reason = complete ? std::string {} : result.problemDetail;
    session.cloud = std::move(result);
    std::erase_if(session.steps, [](const diagnosis::StepOutcome& o) { return o.step == AwsStepName; });
    session.steps.push_back({ std::string(AwsStepName), !complete && session.cloud->path.subnetId.empty(),
                              reason, step.evidence() });
    session.findings = diagnosis::deriveFindings(session);
}

PrivateInstanceFacts readPrivateInstance(diagnosis::DiagnosisSession& session,
                                         const diagnosis::HostConnector& connector,
                                         const std::string& destinationIp, bool wantInstanceId,
                                         const std::atomic_bool* cancel)
{
    PrivateInstanceFacts facts;
    const auto& in = session.inputs;
    if (!in.privateHost) {
        facts.problem = "no private instance given";
        return facts;
    }
    remote::RemoteError error;
    auto ssh = in.publicHost.host.empty() ? connector.connect(*in.privateHost, error)
                                          : connector.connectVia(in.publicHost, *in.privateHost, error);
    if (!ssh) {
        facts.problem = "cannot reach " + in.privateHost->toString() + ": " + remote::describe(error);
        return facts;
    }
    remote::CommandOptions options;
    options.timeout = std::chrono::seconds(20);
    options.cancel = cancel;
    const auto run
        = [&](const std::string& script, const std::vector<std::string>& args, const std::string& what) {
              const auto started = std::chrono::steady_clock::now();
              auto r = remote::RemoteCommand::runScript(*ssh, script, args, options);
              diagnosis::Evidence e;
              e.step = std::string(AwsStepName);
              e.host = in.privateHost->toString();
              e.command = script + (args.empty() ? "" : " # $1 = " + args[0]);
              e.output = r.out + (r.err.empty() ? "" : "\n" + r.err);
              e.exitStatus = r.exitStatus;
              e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
              e.summary = what;
              session.addEvidence(std::move(e));
              return r;
          };
    if (wantInstanceId) {
        const auto r = run(std::string(imdsInstanceIdScript()), {}, "the instance id from IMDSv2");
        const std::string id(probes::trim(r.out));
        if (!r.error && r.exitStatus == 0 && id.rfind("i-", 0) == 0
            && id.find_first_of(" \n") == std::string::npos)
            facts.instanceId = id;
        else
            facts.problem = "the instance metadata service did not answer on " + in.privateHost->toString();
    }
    if (!destinationIp.empty() && !remote::validateHost(destinationIp)) {
        const auto r = run("ss -Htn dst \"$1\" | wc -l", { destinationIp }, "connections to the destination");
        if (const auto n = probes::parseUnsigned(probes::trim(r.out)); n && !r.error && r.exitStatus == 0)
            facts.connectionsToDestination = static_cast<int>(*n);
    }
    if (!destinationIp.empty() && !remote::validateHost(destinationIp))
        run(std::string(pathMtuScript()), { destinationIp }, std::string(PathMtuSummary));
    return facts;
}

void runAwsStep(diagnosis::DiagnosisSession& session, const diagnosis::HostConnector* connector,
                AwsOptions options, int64_t now, const NatGatewayStepHooks& hooks)
{
    PrivateInstanceFacts facts;
    const std::string destinationIp = resolveDestinationIp(session.inputs.destinationHost);
    std::vector<size_t> sshEvidence;
    if (connector && session.inputs.privateHost) {
        if (hooks.log)
            hooks.log("aws: reading the private instance's id and connections over SSH");
        const size_t first = session.evidence.size();
        facts = readPrivateInstance(session, *connector, destinationIp, options.instanceId.empty(),
                                    hooks.cancel);
        for (size_t i = first; i < session.evidence.size(); ++i)
            sshEvidence.push_back(i);
        if (options.instanceId.empty())
            options.instanceId = facts.instanceId;
    }
    // natdoctor's own test ran before this step when another step ran: its
    // window (the session's start to now) is marked on the metric charts.
    const bool testRan
        = std::any_of(session.steps.begin(), session.steps.end(),
                      [](const diagnosis::StepOutcome& o) { return o.step != AwsStepName && !o.skipped; });
    runNatGatewayStep(session, options, now, hooks);
    if (auto started = parseIsoTime(session.startedAt); started && testRan && *started <= now) {
        session.cloud->testTime = *started;
        session.cloud->testEnd = now;
    }
    session.cloud->connectionsToDestination = facts.connectionsToDestination;
    if (session.cloud->problem == AwsProblem::NoInstance && !facts.problem.empty())
        session.cloud->problemDetail += " (" + facts.problem + ")";
    for (diagnosis::StepOutcome& o : session.steps) {
        if (o.step == AwsStepName)
            o.evidence.insert(o.evidence.begin(), sshEvidence.begin(), sshEvidence.end());
    }
    session.findings = diagnosis::deriveFindings(session);
}

} // namespace natdoctor::cloud
