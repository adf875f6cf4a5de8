// The AWS step against a real API server: moto_server on 127.0.0.1, seeded by
// tests/aws/seed.py (one scenario per region), read by natdoctor through the
// real `aws` CLI (--endpoint-url). Dummy credentials in temporary files; the
// user's ~/.aws is never read. If moto_server or aws is missing the suite
// fails with how to install them.

#include "SshFixture.h"
#include "cloud/AwsParse.h"
#include "diagnosis/DiagnosisEngine.h"
#include "diagnosis/DiagnosisRules.h"
#include "diagnosis/NatGatewayStep.h"
#include "util/JsonValue.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace natdoctor::cloud {
namespace {

namespace fs = std::filesystem;

class MotoServer
{
public:
    // Starts and seeds moto; on failure `error` says why (and how to install).
    bool start(std::string& error)
    {
        char pattern[] = "/tmp/natdoctor-moto-XXXXXX";
        if (!::mkdtemp(pattern)) {
            error = "mkdtemp failed";
            return false;
        }
        m_dir = pattern;
        ProcessOptions o;
        o.timeout = std::chrono::minutes(10);
        const auto r
            = runProcess({ "bash", std::string(NATDOCTOR_AWS_TEST_DIR) + "/moto.sh", "start", m_dir }, o);
        if (!r.started || r.exitStatus != 0) {
            error = r.started ? r.err : r.startError;
            return false;
        }
        m_endpoint = std::string(r.out.substr(0, r.out.find('\n')));
        std::ifstream in(m_dir + "/seed.json");
        std::stringstream text;
        text << in.rdbuf();
        auto doc = JsonValue::parse(text.str(), error);
        if (!doc)
            return false;
        m_seed = *doc;
        useCredentials(true);
        return true;
    }

    void stop()
    {
        if (m_dir.empty())
            return;
        runProcess({ "bash", std::string(NATDOCTOR_AWS_TEST_DIR) + "/moto.sh", "stop", m_dir });
    }

    ~MotoServer()
    {
        stop();
        if (!m_dir.empty()) {
            std::error_code ignored;
            fs::remove_all(m_dir, ignored);
        }
    }

    // The CLI's environment: the dummy profile, or none at all.
    void useCredentials(bool with)
    {
        const std::string config = m_dir + (with ? "/config" : "/empty-config");
        const std::string credentials = m_dir + (with ? "/credentials" : "/empty-credentials");
        if (!with) {
            std::ofstream(config).flush();
            std::ofstream(credentials).flush();
        }
        ::setenv("AWS_CONFIG_FILE", config.c_str(), 1);
        ::setenv("AWS_SHARED_CREDENTIALS_FILE", credentials.c_str(), 1);
        ::setenv("AWS_EC2_METADATA_DISABLED", "true", 1);
        for (const char* name :
             { "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
               "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION", "AWS_REGION" })
            ::unsetenv(name);
    }

    AwsOptions options(const std::string& scenario) const
    {
        AwsOptions o;
        o.region = m_seed[scenario]["region"].asString();
        o.endpointUrl = m_endpoint;
        o.instanceId = m_seed[scenario]["instance"].asString();
        return o;
    }

    std::string seed(const std::string& scenario, const std::string& key) const
    {
        return m_seed[scenario][key].asString();
    }

private:
    std::string m_dir;
    std::string m_endpoint;
    JsonValue m_seed;
};

diagnosis::DiagnosisSession newSession()
{
    diagnosis::DiagnosisSession s;
    s.inputs.destinationHost = "203.0.113.10";
    s.inputs.destinationPort = 443;
    // The rest of a diagnosis: a fragmentation check that could not run.
    diagnosis::DiagnosisEngine(s).skipStep(diagnosis::DiagnosisEngine::Step::FragmentationCheck,
                                           "no public host given");
    return s;
}

const findings::Finding* find(const diagnosis::DiagnosisSession& s, std::string_view id)
{
    const auto it
        = std::find_if(s.findings.begin(), s.findings.end(), [&](const auto& f) { return f.id == id; });
    return it == s.findings.end() ? nullptr : &*it;
}

std::string ids(const diagnosis::DiagnosisSession& s)
{
    std::string text;
    for (const auto& f : s.findings)
        text += f.id + " ";
    return text;
}

class AwsStep : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_moto = new MotoServer;
        if (!s_moto->start(s_error)) {
            delete s_moto;
            s_moto = nullptr;
        }
    }
    static void TearDownTestSuite()
    {
        delete s_moto;
        s_moto = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_moto) << "cannot run the AWS tests: " << s_error;
        s_moto->useCredentials(true);
    }

    diagnosis::DiagnosisSession run(const std::string& scenario, NatGatewayStepHooks hooks = {})
    {
        auto s = newSession();
        runNatGatewayStep(s, s_moto->options(scenario), std::time(nullptr), hooks);
        return s;
    }

    static MotoServer* s_moto;
    static std::string s_error;
};
MotoServer* AwsStep::s_moto = nullptr;
std::string AwsStep::s_error;

TEST_F(AwsStep, PortAllocationErrors)
{
    std::vector<std::string> calls;
    NatGatewayStepHooks hooks;
    hooks.beforeCall
        = [&](const std::vector<std::string>& call) { calls.push_back(call[0] + " " + call[1]); };
    const auto s = run("ports", hooks);
    ASSERT_TRUE(s.cloud);
    const CloudResult& r = *s.cloud;
    EXPECT_EQ(r.problem, AwsProblem::None) << r.problemDetail;
    EXPECT_EQ(r.path.subnetId, s_moto->seed("ports", "private_subnet"));
    EXPECT_EQ(r.path.via, AwsPath::Via::NatGateway);
    EXPECT_EQ(r.path.natGatewayId, s_moto->seed("ports", "nat"));
    EXPECT_EQ(r.path.natSubnetId, s_moto->seed("ports", "public_subnet"));
    ASSERT_EQ(r.path.elasticIps.size(), 1u);
    EXPECT_EQ(r.path.elasticIps[0].allocationId, s_moto->seed("ports", "allocation"));
    ASSERT_EQ(r.path.acls.size(), 2u); // both subnets
    EXPECT_TRUE(r.metricsRead);
    ASSERT_TRUE(r.metric("ErrorPortAllocation"));
    EXPECT_DOUBLE_EQ(r.metric("ErrorPortAllocation")->total(), 15);
    EXPECT_EQ(calls,
              (std::vector<std::string> { "ec2 describe-instances", "ec2 describe-route-tables",
                                          "ec2 describe-nat-gateways", "ec2 describe-addresses",
                                          "ec2 describe-network-acls", "cloudwatch get-metric-data" }));
    // Every call and its JSON is evidence of the step.
    const diagnosis::StepOutcome* o = s.outcome(AwsStepName);
    ASSERT_TRUE(o);
    EXPECT_FALSE(o->skipped);
    ASSERT_EQ(o->evidence.size(), calls.size());
    for (size_t i : o->evidence) {
        const auto& e = s.evidence.at(i);
        EXPECT_EQ(e.step, AwsStepName);
        EXPECT_EQ(e.exitStatus, 0);
        EXPECT_EQ(e.command.rfind("aws --region ", 0), 0u) << e.command;
        EXPECT_NE(e.command.find("--endpoint-url http://127.0.0.1:"), std::string::npos);
        EXPECT_EQ(e.output.front(), '{');
    }
    const auto* f = find(s, findings::findingid::NatPortAllocationErrors);
    ASSERT_TRUE(f) << ids(s);
    EXPECT_EQ(f->severity, findings::Severity::Problem);
    EXPECT_EQ(f->evidence, o->evidence);
    EXPECT_NE(f->detail.english().find("15 connections"), std::string::npos) << f->detail.english();
    EXPECT_FALSE(find(s, findings::findingid::NatIdleTimeout));
}

TEST_F(AwsStep, MetricsReadAfterTheTestCoverItsWindow)
{
    // The AWS step after natdoctor's own test (the CLI runs it last, the
    // wizard again after the test): the window is marked and inside the metrics.
    const int64_t now = std::time(nullptr);
    auto s = newSession();
    s.startedAt = isoTime(now - 150);
    s.steps.push_back({ "timestamp-test", false, {}, {} }); // a step that ran
    runAwsStep(s, nullptr, s_moto->options("ports"), now);
    ASSERT_TRUE(s.cloud);
    const CloudResult& r = *s.cloud;
    EXPECT_EQ(r.problem, AwsProblem::None) << r.problemDetail;
    EXPECT_EQ(r.testTime, now - 150);
    EXPECT_EQ(r.testEnd, now);
    EXPECT_LE(r.windowStart, r.testTime);
    EXPECT_GE(r.windowEnd, r.testEnd);
    // Read before any test ran: nothing to mark.
    auto before = newSession();
    before.startedAt = isoTime(now - 150);
    runAwsStep(before, nullptr, s_moto->options("ports"), now);
    ASSERT_TRUE(before.cloud);
    EXPECT_EQ(before.cloud->testTime, 0);
    EXPECT_EQ(before.cloud->testEnd, 0);
}

TEST_F(AwsStep, IdleTimeouts)
{
    const auto s = run("idle");
    const auto* f = find(s, findings::findingid::NatIdleTimeout);
    ASSERT_TRUE(f) << ids(s);
    EXPECT_NE(f->detail.english().find("9 connections"), std::string::npos) << f->detail.english();
    ASSERT_FALSE(f->actions.empty());
    EXPECT_NE(f->actions[0].commands.at(0).find("net.ipv4.tcp_keepalive_time=300"), std::string::npos);
    EXPECT_FALSE(find(s, findings::findingid::NatPortAllocationErrors));
}

TEST_F(AwsStep, DropsAndUndeliveredBytes)
{
    const auto s = run("drops");
    const auto* f = find(s, findings::findingid::NatGatewayDrops);
    ASSERT_TRUE(f) << ids(s);
    EXPECT_NE(f->detail.english().find("40 packets"), std::string::npos) << f->detail.english();
    EXPECT_NE(f->detail.english().find("not delivered"), std::string::npos) << f->detail.english();
}

TEST_F(AwsStep, AttemptsNotEstablished)
{
    const auto s = run("syn");
    const auto* f = find(s, findings::findingid::SynAttemptsNotEstablished);
    ASSERT_TRUE(f) << ids(s);
    EXPECT_NE(f->detail.english().find("ConnectionAttemptCount was 800"), std::string::npos)
        << f->detail.english();
}

TEST_F(AwsStep, QuietGatewayIsNoAllClear)
{
    const auto s = run("quiet");
    ASSERT_TRUE(find(s, "nat-gateway-metrics-normal")) << ids(s);
    for (const auto& f : s.findings)
        EXPECT_TRUE(f.id.rfind("nat-", 0) != 0 || f.severity == findings::Severity::Info) << f.id;
    EXPECT_NE(diagnosis::verdict(s).severity, findings::Severity::Problem);
}

TEST_F(AwsStep, AclDenyingEphemeralPortsInbound)
{
    const auto s = run("acl");
    const auto* f = find(s, findings::findingid::NaclBlocksEphemeralPorts);
    ASSERT_TRUE(f) << ids(s);
    EXPECT_NE(f->title.english().find("inbound"), std::string::npos);
    EXPECT_NE(f->detail.english().find(s_moto->seed("acl", "acl")), std::string::npos) << f->detail.english();
    EXPECT_NE(f->detail.english().find("32768–60999"), std::string::npos) << f->detail.english();
    EXPECT_NE(f->detail.english().find("rule 90"), std::string::npos) << f->detail.english();
    ASSERT_FALSE(f->actions.empty());
    EXPECT_NE(
        f->actions[0].commands.at(0).find("replace-network-acl-entry --region eu-west-1 --network-acl-id "
                                          + s_moto->seed("acl", "acl") + " --rule-number 90"),
        std::string::npos)
        << f->actions[0].commands.at(0);
    EXPECT_EQ(
        std::count_if(s.findings.begin(), s.findings.end(),
                      [](const auto& x) { return x.id == findings::findingid::NaclBlocksEphemeralPorts; }),
        1);
}

TEST_F(AwsStep, NoNatGatewayOnTheRoute)
{
    const auto s = run("nonat");
    ASSERT_TRUE(s.cloud);
    EXPECT_EQ(s.cloud->problem, AwsProblem::None) << s.cloud->problemDetail;
    EXPECT_TRUE(s.cloud->path.routeTable.main); // the subnet has no table: the main one
    EXPECT_EQ(s.cloud->path.via, AwsPath::Via::InternetGateway);
    EXPECT_FALSE(s.cloud->metricsRead); // no gateway, no metrics
    ASSERT_TRUE(find(s, "nat-gateway-not-on-path")) << ids(s);
    EXPECT_FALSE(find(s, findings::findingid::NatPortAllocationErrors));
}

TEST_F(AwsStep, NoMetricDataSaysWhatIsMissing)
{
    const auto s = run("nodata");
    const auto* f = find(s, "aws-evidence-missing");
    ASSERT_TRUE(f) << ids(s);
    EXPECT_EQ(f->severity, findings::Severity::Info);
    EXPECT_NE(f->detail.english().find("no data points"), std::string::npos);
}

TEST_F(AwsStep, NoCredentials)
{
    s_moto->useCredentials(false);
    const auto s = run("ports");
    s_moto->useCredentials(true);
    ASSERT_TRUE(s.cloud);
    EXPECT_EQ(s.cloud->problem, AwsProblem::NoCredentials) << s.cloud->problemDetail;
    const auto* f = find(s, "aws-evidence-missing");
    ASSERT_TRUE(f) << ids(s);
    EXPECT_EQ(f->severity, findings::Severity::Info);
    EXPECT_NE(f->title.english().find("no AWS credentials"), std::string::npos) << f->title.english();
    EXPECT_TRUE(s.outcome(AwsStepName)->skipped);
    // The rest of the diagnosis is intact.
    EXPECT_TRUE(s.outcome(diagnosis::stepName(diagnosis::DiagnosisEngine::Step::FragmentationCheck)));
    EXPECT_GT(s.findings.size(), 1u);
}

TEST_F(AwsStep, NoCli)
{
    auto s = newSession();
    AwsOptions o = s_moto->options("ports");
    o.program = "/nonexistent/aws";
    runNatGatewayStep(s, o, std::time(nullptr));
    EXPECT_EQ(s.cloud->problem, AwsProblem::NoCli);
    const auto* f = find(s, "aws-evidence-missing");
    ASSERT_TRUE(f) << ids(s);
    EXPECT_EQ(f->actions.at(0).commands.at(0), "sudo apt-get install awscli");
}

// Its own server, stopped between the path and the metrics.
TEST(AwsStepStopped, ServerStoppedMidway)
{
    MotoServer moto;
    std::string error;
    ASSERT_TRUE(moto.start(error)) << "cannot run the AWS tests: " << error;
    NatGatewayStepHooks hooks;
    hooks.beforeCall = [&](const std::vector<std::string>& call) {
        if (call[0] == "cloudwatch")
            moto.stop();
    };
    auto s = newSession();
    const size_t before = s.findings.size();
    runNatGatewayStep(s, moto.options("ports"), std::time(nullptr), hooks);
    ASSERT_TRUE(s.cloud);
    EXPECT_EQ(s.cloud->problem, AwsProblem::Unreachable) << s.cloud->problemDetail;
    // What was read before the failure is kept.
    EXPECT_EQ(s.cloud->path.via, AwsPath::Via::NatGateway);
    EXPECT_EQ(s.cloud->path.acls.size(), 2u);
    EXPECT_FALSE(s.cloud->metricsRead);
    const auto* f = find(s, "aws-evidence-missing");
    ASSERT_TRUE(f) << ids(s);
    EXPECT_EQ(f->severity, findings::Severity::Warning);
    EXPECT_NE(f->detail.english().find("Could not connect"), std::string::npos) << f->detail.english();
    EXPECT_FALSE(s.outcome(AwsStepName)->skipped);
    EXPECT_EQ(s.evidence.back().exitStatus != 0, true);
    EXPECT_GE(s.findings.size(), before + 1); // the earlier findings are still there
}

// The private instance reached over SSH (a real sshd on 127.0.0.1) with a
// stand-in for its metadata service: a `curl` on its PATH that answers the
// IMDSv2 token and instance-id requests. No instance id is given: the step
// reads it there, as `diagnose --aws --private` and the wizard's second AWS
// page do, and finds the instance in AWS.
class AwsStepOverSsh : public test::SshFixture
{
};

TEST_F(AwsStepOverSsh, InstanceIdFromImdsOnThePrivateInstance)
{
    MotoServer moto;
    std::string error;
    ASSERT_TRUE(moto.start(error)) << "cannot run the AWS tests: " << error;
    const std::string instance = moto.seed("ports", "instance");
    const std::string bin = m_dir.file("imds-bin");
    fs::create_directories(bin);
    test::writeFile(bin + "/curl",
                    "#!/bin/sh\n"
                    "case \"$*\" in\n"
                    "  *169.254.169.254/latest/api/token*) printf 'token-1' ;;\n"
                    "  *169.254.169.254/latest/meta-data/instance-id*) printf '%s' '"
                        + instance
                        + "' ;;\n"
                          "  *) exit 7 ;;\n"
                          "esac\n");
    fs::permissions(bin + "/curl", fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec);
    test::TestSshd::Config config;
    config.extraConfig = "SetEnv PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin\n";
    auto server = startServer("private", config);
    ASSERT_TRUE(server);
    trust(*server);

    auto s = newSession();
    s.inputs.privateHost
        = diagnosis::SshTarget { "root", "127.0.0.1", static_cast<uint16_t>(server->port()) };
    const diagnosis::HostConnector connector(options(*server));
    AwsOptions o = moto.options("ports");
    o.instanceId.clear();
    runAwsStep(s, &connector, o, std::time(nullptr));
    ASSERT_TRUE(s.cloud);
    EXPECT_EQ(s.cloud->problem, AwsProblem::None) << s.cloud->problemDetail;
    EXPECT_EQ(s.cloud->path.instanceId, instance);
    EXPECT_EQ(s.cloud->path.via, AwsPath::Via::NatGateway);
    // The metadata call ran on the private instance and is evidence of the step.
    const auto imds = std::find_if(s.evidence.begin(), s.evidence.end(), [](const diagnosis::Evidence& e) {
        return e.summary == "the instance id from IMDSv2";
    });
    ASSERT_NE(imds, s.evidence.end());
    EXPECT_EQ(imds->output.substr(0, instance.size()), instance);
    EXPECT_EQ(imds->command, imdsInstanceIdScript());
    const diagnosis::StepOutcome* outcome = s.outcome(AwsStepName);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->evidence.front(), static_cast<size_t>(imds - s.evidence.begin()));
}

} // namespace
} // namespace natdoctor::cloud
