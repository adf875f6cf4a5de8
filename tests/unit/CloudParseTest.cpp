// core/cloud parsers and rules on the real `aws` CLI's answers, recorded from
// moto_server by tests/aws/record.sh (tests/data/aws-*.json).

#include "cloud/AwsCli.h"
#include "cloud/AwsParse.h"
#include "cloud/CloudFile.h"
#include "diagnosis/DiagnosisFile.h"
#include "diagnosis/DiagnosisRules.h"
#include "diagnosis/NatGatewayStep.h"
#include "support/TestData.h"
#include "util/JsonValue.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace natdoctor::cloud {
namespace {

using test::readTestData;

const JsonValue& ids()
{
    static const JsonValue doc = [] {
        std::string error;
        auto j = JsonValue::parse(readTestData("aws-ids.json"), error);
        EXPECT_TRUE(j) << error;
        return j ? *j : JsonValue {};
    }();
    return doc;
}

std::string id(const char* scenario, const char* key)
{
    return ids()[scenario][key].asString();
}

TEST(CloudParse, InstanceFromDescribeInstances)
{
    std::string error;
    const auto i = parseInstance(readTestData("aws-describe-instances.json"), error);
    ASSERT_TRUE(i) << error;
    EXPECT_EQ(i->instanceId, id("ports", "instance"));
    EXPECT_EQ(i->subnetId, id("ports", "private_subnet"));
    EXPECT_EQ(i->vpcId, id("ports", "vpc"));
    EXPECT_TRUE(cidrContains("10.0.1.0/24", i->privateIp)) << i->privateIp;
}

TEST(CloudParse, RouteTableAndLongestPrefix)
{
    std::string error;
    const auto tables = parseRouteTables(readTestData("aws-describe-route-tables.json"), error);
    ASSERT_TRUE(tables) << error;
    ASSERT_EQ(tables->size(), 1u);
    const RouteTable& t = tables->front();
    EXPECT_FALSE(t.main);
    const auto internet = longestPrefixRoute(t.routes, "203.0.113.10");
    ASSERT_TRUE(internet);
    EXPECT_EQ(internet->target, id("ports", "nat"));
    EXPECT_EQ(internet->targetKind, "nat-gateway");
    EXPECT_EQ(internet->destination, "0.0.0.0/0");
    const auto specific = longestPrefixRoute(t.routes, "192.0.2.7"); // 192.0.2.0/24 beats 0.0.0.0/0
    ASSERT_TRUE(specific);
    EXPECT_EQ(specific->target, id("ports", "igw"));
    const auto local = longestPrefixRoute(t.routes, "10.0.200.1");
    ASSERT_TRUE(local);
    EXPECT_EQ(local->targetKind, "local");
    EXPECT_FALSE(longestPrefixRoute(t.routes, "not-an-ip"));
}

TEST(CloudParse, MainRouteTableFallback)
{
    std::string error;
    const auto none = parseRouteTables(readTestData("aws-describe-route-tables-none.json"), error);
    ASSERT_TRUE(none) << error;
    EXPECT_TRUE(none->empty()); // the subnet has no table of its own
    const auto main = parseRouteTables(readTestData("aws-describe-route-tables-main.json"), error);
    ASSERT_TRUE(main) << error;
    ASSERT_EQ(main->size(), 1u);
    EXPECT_TRUE(main->front().main);
    const auto route = longestPrefixRoute(main->front().routes, "203.0.113.10");
    ASSERT_TRUE(route);
    EXPECT_EQ(route->targetKind, "internet-gateway");
    EXPECT_EQ(route->target, id("nonat", "igw"));
}

TEST(CloudParse, NatGatewayAndElasticIps)
{
    std::string error;
    const auto nat = parseNatGateway(readTestData("aws-describe-nat-gateways.json"), error);
    ASSERT_TRUE(nat) << error;
    EXPECT_EQ(nat->id, id("ports", "nat"));
    EXPECT_EQ(nat->subnetId, id("ports", "public_subnet"));
    EXPECT_EQ(nat->state, "available");
    ASSERT_EQ(nat->addresses.size(), 1u);
    EXPECT_EQ(nat->addresses[0].allocationId, id("ports", "allocation"));
    EXPECT_FALSE(nat->addresses[0].publicIp.empty());
    const auto addresses = parseAddresses(readTestData("aws-describe-addresses.json"), error);
    ASSERT_TRUE(addresses) << error;
    ASSERT_EQ(addresses->size(), 1u);
    EXPECT_EQ((*addresses)[0].publicIp, nat->addresses[0].publicIp);
}

TEST(CloudParse, NetworkAclDenyingEphemeralPortsInbound)
{
    std::string error;
    const std::string priv = id("acl", "private_subnet");
    const std::string pub = id("acl", "public_subnet");
    const auto acls = parseNetworkAcls(readTestData("aws-describe-network-acls.json"), { priv, pub }, error);
    ASSERT_TRUE(acls) << error;
    ASSERT_EQ(acls->size(), 2u);
    EXPECT_EQ((*acls)[0].subnetId, priv);
    EXPECT_EQ((*acls)[0].id, id("acl", "acl"));
    EXPECT_EQ((*acls)[1].subnetId, pub);
    const auto in = ephemeralDenial((*acls)[0], false, { "203.0.113.10" });
    ASSERT_TRUE(in);
    ASSERT_EQ(in->ports.size(), 1u);
    EXPECT_EQ(in->ports[0], std::make_pair(32768, 60999));
    EXPECT_EQ(in->rules, std::vector<int> { 90 });
    EXPECT_EQ(in->deniedCount(), 60999 - 32768 + 1);
    EXPECT_FALSE(ephemeralDenial((*acls)[0], true, { "203.0.113.10" }));
    EXPECT_FALSE(ephemeralDenial((*acls)[1], false, { "203.0.113.10" })); // the default ACL allows all
    EXPECT_FALSE(ephemeralDenial((*acls)[1], true, { "203.0.113.10" }));
}

TEST(CloudParse, AclRuleOrderAndDefaultDeny)
{
    NetworkAcl acl { "acl-1", "subnet-1", {} };
    acl.entries = { { 10, false, true, "6", "0.0.0.0/0", 1024, 40000 },
                    { 20, false, false, "6", "0.0.0.0/0", 1024, 65535 },
                    { 30, false, true, "-1", "0.0.0.0/0", -1, -1 },
                    { 5, false, false, "6", "198.51.100.0/24", 1024, 65535 } };
    const auto d = ephemeralDenial(acl, false, { "203.0.113.10" }); // rule 5 is for another network
    ASSERT_TRUE(d);
    EXPECT_EQ(d->ports, (std::vector<std::pair<int, int>> { { 40001, 65535 } }));
    EXPECT_EQ(d->rules, std::vector<int> { 20 });
    const auto none = ephemeralDenial(acl, true, { "203.0.113.10" }); // no egress rule: the "*" deny
    ASSERT_TRUE(none);
    EXPECT_EQ(none->rules, std::vector<int> { 32767 });
}

TEST(CloudParse, MetricDataFromCliV1AndV2)
{
    std::string error;
    const auto v2 = parseMetricData(readTestData("aws-get-metric-data-ports-v2.json"), error);
    ASSERT_TRUE(v2) << error;
    const auto v1 = parseMetricData(readTestData("aws-get-metric-data-ports-v1.json"), error);
    ASSERT_TRUE(v1) << error;
    ASSERT_EQ(v2->size(), natGatewayMetricNames().size());
    ASSERT_EQ(v1->size(), v2->size());
    for (size_t i = 0; i < v2->size(); ++i) {
        EXPECT_EQ((*v2)[i].name, natGatewayMetricNames()[i]);
        EXPECT_EQ((*v1)[i].name, (*v2)[i].name);
        ASSERT_EQ((*v1)[i].points.size(), (*v2)[i].points.size());
        for (size_t k = 0; k < (*v2)[i].points.size(); ++k)
            EXPECT_DOUBLE_EQ((*v1)[i].points[k].value, (*v2)[i].points[k].value);
        EXPECT_TRUE(std::is_sorted((*v2)[i].points.begin(), (*v2)[i].points.end(),
                                   [](const MetricPoint& a, const MetricPoint& b) { return a.t < b.t; }));
    }
    const auto& errors = (*v2)[1];
    EXPECT_EQ(errors.name, "ErrorPortAllocation");
    EXPECT_DOUBLE_EQ(errors.total(), 15);
    EXPECT_DOUBLE_EQ((*v2)[3].peak(), 54990); // ActiveConnectionCount, Maximum
}

TEST(CloudParse, RejectsWhatIsNotTheAnswer)
{
    std::string error;
    EXPECT_FALSE(parseMetricData("not json", error));
    EXPECT_FALSE(error.empty());
    EXPECT_FALSE(parseMetricData("{}", error));
    EXPECT_FALSE(
        parseMetricData(R"({"MetricDataResults":[{"Id":"m0","Timestamps":[1,2],"Values":[1]}]})", error));
    EXPECT_FALSE(parseInstance(R"({"Reservations":[]})", error));
    EXPECT_FALSE(parseRouteTables("[]", error));
    EXPECT_FALSE(parseNatGateway(R"({"NatGateways":[]})", error));
}

TEST(CloudParse, IsoTimes)
{
    EXPECT_EQ(parseIsoTime("1970-01-01T00:01:00Z"), 60);
    EXPECT_EQ(parseIsoTime("2026-12-01T22:31:00+00:00"), parseIsoTime("2026-12-01T22:31:00Z"));
    EXPECT_EQ(parseIsoTime("2026-12-01T23:31:00+01:00"), parseIsoTime("2026-12-01T22:31:00Z"));
    EXPECT_EQ(parseIsoTime("2026-12-01T22:31:00.250Z"), parseIsoTime("2026-12-01T22:31:00Z"));
    EXPECT_FALSE(parseIsoTime("yesterday"));
    EXPECT_EQ(isoTime(*parseIsoTime("2026-12-01T22:31:00Z")), "2026-12-01T22:31:00Z");
}

TEST(CloudParse, PathMtuProbeFromARealPath)
{
    const auto blackhole = parsePathMtuProbe(readTestData("path-mtu-blackhole.txt"));
    ASSERT_TRUE(blackhole);
    EXPECT_EQ(blackhole->device, "c0");
    EXPECT_EQ(blackhole->interfaceMtu, 9001);
    EXPECT_EQ(blackhole->bigSize, 8973);
    EXPECT_EQ(blackhole->bigReceived, 0);
    EXPECT_EQ(blackhole->bigFragNeeded, 0);
    EXPECT_EQ(blackhole->smallReceived, 2);
    const auto pmtud = parsePathMtuProbe(readTestData("path-mtu-pmtud.txt"));
    ASSERT_TRUE(pmtud);
    EXPECT_EQ(pmtud->bigFragNeeded, 2);
    EXPECT_FALSE(parsePathMtuProbe("route=\nmtu=\n")); // no probe ran
    EXPECT_FALSE(parsePathMtuProbe("probe=small size=x received=2 fragneeded=0\n"));
}

TEST(CloudCli, ArgvInOnePlace)
{
    AwsOptions o;
    o.profile = "prod ro";
    o.region = "eu-west-1";
    o.endpointUrl = "http://127.0.0.1:5000";
    const auto argv = awsArgv(o, { "ec2", "describe-instances", "--instance-ids", "i-1" });
    EXPECT_EQ(argv,
              (std::vector<std::string> { "aws", "--profile", "prod ro", "--region", "eu-west-1",
                                          "--endpoint-url", "http://127.0.0.1:5000", "--output", "json",
                                          "ec2", "describe-instances", "--instance-ids", "i-1" }));
    EXPECT_EQ(commandLine(argv),
              "aws --profile 'prod ro' --region eu-west-1 --endpoint-url http://127.0.0.1:5000 --output "
              "json ec2 describe-instances --instance-ids i-1");
    EXPECT_EQ(commandLine({ "aws", "it's" }), "aws 'it'\\''s'");
    EXPECT_EQ(awsArgv(AwsOptions {}, { "sts" }),
              (std::vector<std::string> { "aws", "--output", "json", "sts" }));
}

TEST(CloudCli, ClassifiesTheCliErrors)
{
    std::string message;
    ProcessResult p;
    p.started = true;
    p.exitStatus = 253;
    p.err = "\nUnable to locate credentials. You can configure credentials by running \"aws configure\".\n";
    EXPECT_EQ(classifyFailure(p, message), AwsProblem::NoCredentials);
    EXPECT_EQ(message,
              "Unable to locate credentials. You can configure credentials by running \"aws configure\".");
    p.exitStatus = 255;
    p.err = "\nCould not connect to the endpoint URL: \"http://127.0.0.1:1/\"\n";
    EXPECT_EQ(classifyFailure(p, message), AwsProblem::Unreachable);
    p.exitStatus = 254;
    p.err = "An error occurred (RequestLimitExceeded) when calling the DescribeRouteTables operation: "
            "Request limit exceeded.";
    EXPECT_EQ(classifyFailure(p, message), AwsProblem::Throttled);
    p.err = "An error occurred (UnauthorizedOperation) when calling the DescribeNatGateways operation: You "
            "are not "
            "authorized to perform this operation.";
    EXPECT_EQ(classifyFailure(p, message), AwsProblem::AccessDenied);
    p.err = "An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation";
    EXPECT_EQ(classifyFailure(p, message), AwsProblem::ApiError);
    ProcessResult missing;
    missing.startError = "aws: not found on PATH";
    EXPECT_EQ(classifyFailure(missing, message), AwsProblem::NoCli);
}

TEST(CloudCli, RunsAProgramWithoutAShell)
{
    ProcessOptions o;
    o.environment = { { "NATDOCTOR_TEST_VALUE", "a b;c" } };
    const auto r
        = runProcess({ "sh", "-c", "printf '%s' \"$NATDOCTOR_TEST_VALUE\"; echo oops >&2; exit 3" }, o);
    ASSERT_TRUE(r.started) << r.startError;
    EXPECT_EQ(r.out, "a b;c");
    EXPECT_EQ(r.err, "oops\n");
    EXPECT_EQ(r.exitStatus, 3);
    const auto missing = runProcess({ "natdoctor-no-such-program" });
    EXPECT_FALSE(missing.started);
    std::atomic_bool cancel { true };
    ProcessOptions c;
    c.cancel = &cancel;
    const auto cancelled = runProcess({ "sleep", "600" }, c);
    EXPECT_TRUE(cancelled.cancelled);
    ProcessOptions t;
    t.timeout = std::chrono::milliseconds(1);
    const auto timedOut = runProcess({ "sleep", "600" }, t);
    EXPECT_TRUE(timedOut.timedOut);
}

// A session with a located NAT gateway and the given metric totals.
diagnosis::DiagnosisSession sessionWith(std::vector<std::pair<std::string, double>> metrics)
{
    diagnosis::DiagnosisSession s;
    s.inputs.destinationHost = "203.0.113.10";
    CloudResult r;
    r.path.via = AwsPath::Via::NatGateway;
    r.path.natGatewayId = "nat-0abc";
    r.path.routeTable.id = "rtb-1";
    r.path.destinationIp = "203.0.113.10";
    r.path.elasticIps = { { "198.51.100.7", "eipalloc-1", "10.0.0.5" } };
    r.metricsRead = true;
    r.windowStart = 1796150000;
    r.windowEnd = 1796160800;
    for (const auto& [name, value] : metrics)
        r.metrics.push_back({ name, "Sum", { { 1796155000, value } } });
    s.cloud = r;
    s.steps.push_back({ std::string(AwsStepName), false, {}, {} });
    return s;
}

std::vector<std::string> findingIds(const diagnosis::DiagnosisSession& s)
{
    std::vector<std::string> ids;
    for (const auto& f : diagnosis::deriveFindings(s)) {
        if (f.id.rfind("nat-", 0) == 0 || f.id.rfind("syn-attempts", 0) == 0 || f.id.rfind("nacl-", 0) == 0
            || f.id.rfind("aws-", 0) == 0 || f.id.rfind("path-mtu", 0) == 0)
            ids.push_back(f.id);
    }
    return ids;
}

TEST(CloudRules, EachMetricItsFinding)
{
    using V = std::vector<std::string>;
    EXPECT_EQ(findingIds(sessionWith({ { "ErrorPortAllocation", 15 } })), V { "nat-port-allocation-errors" });
    EXPECT_EQ(findingIds(sessionWith({ { "IdleTimeoutCount", 9 } })), V { "nat-idle-timeout" });
    EXPECT_EQ(findingIds(sessionWith({ { "PacketsDropCount", 40 } })), V { "nat-gateway-drops" });
    EXPECT_EQ(
        findingIds(sessionWith({ { "BytesInFromDestination", 900000 }, { "BytesOutToSource", 100000 } })),
        V { "nat-gateway-drops" });
    EXPECT_EQ(
        findingIds(sessionWith({ { "ConnectionAttemptCount", 800 }, { "ConnectionEstablishedCount", 620 } })),
        V { "syn-attempts-not-established" });
    EXPECT_EQ(findingIds(sessionWith({ { "ConnectionAttemptCount", 600 },
                                       { "ConnectionEstablishedCount", 600 },
                                       { "PacketsDropCount", 0 } })),
              V { "nat-gateway-metrics-normal" });
    EXPECT_EQ(findingIds(sessionWith({})),
              V { "aws-evidence-missing" }); // no data points: say so, no all-clear
}

TEST(CloudRules, PortAllocationNamesTheLimitAndTheFix)
{
    auto s = sessionWith({ { "ErrorPortAllocation", 15 }, { "ActiveConnectionCount", 54990 } });
    s.cloud->connectionsToDestination = 41000;
    s.steps.back().evidence = { s.addEvidence({}) };
    for (const auto& f : diagnosis::deriveFindings(s)) {
        if (f.id != "nat-port-allocation-errors")
            continue;
        EXPECT_EQ(f.severity, findings::Severity::Problem);
        EXPECT_EQ(f.evidence, std::vector<size_t> { 0 }); // the step's calls
        EXPECT_NE(f.detail.english().find("counted 15 connections"), std::string::npos) << f.detail.english();
        EXPECT_NE(f.detail.english().find("Peak ActiveConnectionCount was 54,990."), std::string::npos)
            << f.detail.english();
        EXPECT_NE(f.detail.english().find("55,000"), std::string::npos) << f.detail.english();
        EXPECT_NE(f.detail.english().find("41000 connections"), std::string::npos) << f.detail.english();
        ASSERT_FALSE(f.actions.empty());
        EXPECT_EQ(f.actions[0].commands, std::vector<std::string> { "ss -Htn dst 203.0.113.10 | wc -l" });
        return;
    }
    FAIL() << "no nat-port-allocation-errors";
}

TEST(CloudRules, MissingCredentialsIsInformationNotAProblem)
{
    diagnosis::DiagnosisSession s;
    CloudResult r;
    r.problem = AwsProblem::NoCredentials;
    r.problemDetail = "describe the instance i-1: Unable to locate credentials.";
    s.cloud = r;
    const auto findings = diagnosis::deriveFindings(s);
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [](const auto& f) { return f.id == "aws-evidence-missing"; });
    ASSERT_NE(it, findings.end());
    EXPECT_EQ(it->severity, findings::Severity::Info);
    EXPECT_NE(it->detail.english().find("Unable to locate credentials"), std::string::npos);
    EXPECT_FALSE(std::any_of(findings.begin(), findings.end(), [](const auto& f) {
        return f.id.rfind("nat-", 0) == 0 && f.severity == findings::Severity::Problem;
    }));
}

TEST(CloudRules, PathMtuBlackholeOnlyWhenTheIcmpIsMissing)
{
    for (const auto& [file, expected] :
         { std::pair { "path-mtu-blackhole.txt", true }, std::pair { "path-mtu-pmtud.txt", false } }) {
        auto s = sessionWith({ { "ConnectionAttemptCount", 600 }, { "ConnectionEstablishedCount", 600 } });
        diagnosis::Evidence e;
        e.step = AwsStepName;
        e.host = "ec2-user@10.0.1.4";
        e.summary = std::string(PathMtuSummary);
        e.output = readTestData(file);
        s.steps.back().evidence.push_back(s.addEvidence(e));
        const auto ids = findingIds(s);
        EXPECT_EQ(std::count(ids.begin(), ids.end(), "path-mtu-blackhole"), expected ? 1 : 0) << file;
        if (!expected)
            continue;
        for (const auto& f : diagnosis::deriveFindings(s)) {
            if (f.id == "path-mtu-blackhole") {
                EXPECT_NE(f.detail.english().find("MTU 9001"), std::string::npos) << f.detail.english();
                EXPECT_EQ(f.evidence, std::vector<size_t> { s.evidence.size() - 1 });
                EXPECT_EQ(f.actions.at(1).commands.at(0), "sudo ip link set dev c0 mtu 1500");
            }
        }
    }
}

TEST(CloudFile, RoundTripsThroughTheSessionFile)
{
    auto s = sessionWith({ { "ErrorPortAllocation", 15 }, { "IdleTimeoutCount", 2 } });
    s.cloud->path.acls
        = { { "acl-1", "subnet-1", { { 90, false, false, "6", "0.0.0.0/0", 32768, 60999 } } } };
    s.cloud->path.route = Route { "0.0.0.0/0", "nat-0abc", "nat-gateway", "active" };
    s.findings = diagnosis::deriveFindings(s);
    const auto loaded = diagnosis::loadSession(diagnosis::saveSession(s));
    ASSERT_TRUE(loaded.value) << loaded.error;
    ASSERT_TRUE(loaded.value->cloud);
    const CloudResult& r = *loaded.value->cloud;
    EXPECT_EQ(r.path.via, AwsPath::Via::NatGateway);
    EXPECT_EQ(r.path.natGatewayId, "nat-0abc");
    ASSERT_EQ(r.metrics.size(), 2u);
    EXPECT_DOUBLE_EQ(r.metric("ErrorPortAllocation")->total(), 15);
    ASSERT_EQ(r.path.acls.size(), 1u);
    EXPECT_EQ(r.path.acls[0].entries[0].portTo, 60999);
    ASSERT_TRUE(r.path.route);
    EXPECT_EQ(r.path.route->target, "nat-0abc");
    EXPECT_EQ(loaded.value->findings.size(), s.findings.size());
}

} // namespace
} // namespace natdoctor::cloud
