#pragma once

#include "cloud/AwsCli.h"
#include "cloud/CloudResult.h"
#include "diagnosis/DiagnosisSession.h"
#include "diagnosis/HostConnector.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>

namespace natdoctor::cloud {

// The step's name in the session's steps and evidence.
inline constexpr std::string_view AwsStepName = "aws-nat-gateway";

struct NatGatewayStepHooks
{
    std::function<void(const std::string& line)> log;
    // Called before each `aws` call (after the previous one's evidence is
    // kept); the tests stop the API server here to fail a call mid-way.
    std::function<void(const std::vector<std::string>& call)> beforeCall;
    const std::atomic_bool* cancel = nullptr;
};

// Locates the path (instance -> subnet -> route table -> NAT gateway / NAT
// instance / none for the destination's route; the gateway's Elastic IPs;
// the network ACLs of both subnets) and reads the gateway's CloudWatch
// metrics over the window ending `now`. Read-only calls only. Each call and
// its JSON become an Evidence entry of `session` (step "aws-nat-gateway");
// the result goes to session.cloud and the step's outcome to session.steps;
// the findings are recomputed. A failing call ends the step with a problem
// and keeps what was read before it; nothing else in the session changes.
void runNatGatewayStep(diagnosis::DiagnosisSession& session, const AwsOptions& options, int64_t now,
                       const NatGatewayStepHooks& hooks = {});

// What natdoctor reads on the private instance for the AWS step, over SSH
// (through the public host): its instance id from IMDSv2 (when not given)
// and `ss -Htn dst D | wc -l`. Each command is evidence of the step.
struct PrivateInstanceFacts
{
    std::string instanceId;
    int connectionsToDestination = -1;
    std::string problem; // why something could not be read (empty: all read)
};
PrivateInstanceFacts readPrivateInstance(diagnosis::DiagnosisSession& session,
                                         const diagnosis::HostConnector& connector,
                                         const std::string& destinationIp, bool wantInstanceId,
                                         const std::atomic_bool* cancel);

// The whole step as the CLI and the wizard run it: the private instance's
// facts when it is reachable (session.inputs.privateHost), then
// runNatGatewayStep. `connector` may be null (no SSH).
void runAwsStep(diagnosis::DiagnosisSession& session, const diagnosis::HostConnector* connector,
                AwsOptions options, int64_t now, const NatGatewayStepHooks& hooks = {});

// The destination as an IP address (it is one, or it resolves locally); empty if not.
std::string resolveDestinationIp(const std::string& host);

// The IMDSv2 script that prints the instance id on a host (run over SSH).
std::string_view imdsInstanceIdScript();

// The path MTU check on the private instance (over SSH, $1 = the destination
// IP): the route and interface MTU, then DF-set pings of the interface's size
// and of 1500 bytes. Prints key=value records:
//   route=...  dev=eth0  mtu=9001
//   probe=big size=8973 exit=1 received=0 fragneeded=0
//   probe=small size=1472 exit=0 received=2 fragneeded=0
std::string_view pathMtuScript();
inline constexpr std::string_view PathMtuSummary = "path MTU probe (DF-set pings)";

struct PathMtuProbe
{
    std::string route;
    std::string device;
    int interfaceMtu = 0;
    int bigSize = 0; // 0: not sent (the interface MTU is 1500 or less)
    int bigReceived = -1;
    int bigFragNeeded = 0; // "Frag needed" / "message too long" lines
    int smallReceived = -1;
};
// nullopt if the text is not the script's output.
std::optional<PathMtuProbe> parsePathMtuProbe(std::string_view text);

// The metric-data-queries JSON for one gateway (one query per metric).
std::string metricQueries(const std::string& natGatewayId, int periodSeconds);

} // namespace natdoctor::cloud
