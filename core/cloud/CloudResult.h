#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace natdoctor::cloud {

// What natdoctor needs to reach AWS: the user's own CLI profile and region,
// passed through to `aws` as they are.
struct AwsOptions
{
    std::string program = "aws"; // the CLI (looked up on PATH)
    std::string profile; // --profile (empty: the CLI's default chain)
    std::string region; // --region (empty: the profile's)
    std::string endpointUrl; // --endpoint-url (VPC endpoints, tests)
    std::string instanceId; // the private instance; empty: ask IMDSv2 over SSH
    int windowMinutes = 180; // the incident window: the last 3 hours
    int periodSeconds = 60; // CloudWatch period
    int timeoutSeconds = 60; // per call
};

// Why the AWS step could not finish (or None).
enum class AwsProblem {
    None,
    NoCli, // `aws` is not installed
    NoCredentials, // no credentials / expired SSO token
    AccessDenied, // the credentials lack a permission
    Unreachable, // the endpoint could not be reached (network, server gone)
    Throttled, // the API refused with a rate limit
    ApiError, // any other error the CLI reported
    NoInstance, // no instance id (given or from IMDS) or not found
    Cancelled,
};
std::string_view awsProblemName(AwsProblem p); // "no-cli", "no-credentials", ...

struct Route
{
    std::string destination; // CIDR ("0.0.0.0/0"), or a prefix list id
    std::string target; // nat-..., igw-..., i-..., eni-..., local, ...
    std::string targetKind; // "nat-gateway", "nat-instance", "internet-gateway", "local", "other"
    std::string state; // "active", "blackhole"
};

struct RouteTable
{
    std::string id;
    bool main = false;
    std::vector<Route> routes;
};

struct ElasticIp
{
    std::string publicIp;
    std::string allocationId;
    std::string privateIp;
};

struct NaclEntry
{
    int ruleNumber = 0;
    bool egress = false;
    bool allow = false;
    std::string protocol; // "-1" (all), "6" (tcp), "17", "1"
    std::string cidr; // IPv4 or IPv6 block
    int portFrom = -1; // -1: all ports
    int portTo = -1;
};

struct NetworkAcl
{
    std::string id;
    std::string subnetId; // the subnet of the path it applies to
    std::vector<NaclEntry> entries;
};

// The path from the private instance to the destination, as AWS sees it.
struct AwsPath
{
    std::string instanceId;
    std::string instancePrivateIp;
    std::string instancePublicIp; // empty: none
    std::string subnetId;
    std::string vpcId;
    RouteTable routeTable;
    std::string destinationIp; // what the route was matched for
    std::optional<Route> route; // the longest-prefix route to the destination
    enum class Via { Unknown, NatGateway, NatInstance, InternetGateway, NoRoute, Other } via = Via::Unknown;
    std::string natGatewayId;
    std::string natGatewayState;
    std::string natSubnetId;
    std::string natInstanceId; // or its network interface
    std::vector<ElasticIp> elasticIps;
    std::vector<NetworkAcl> acls; // the instance's subnet's, then the gateway's
};
std::string_view viaName(AwsPath::Via via); // "nat-gateway", "nat-instance", ...

struct MetricPoint
{
    int64_t t = 0; // Unix seconds
    double value = 0;
};

struct MetricSeries
{
    std::string name; // CloudWatch metric name
    std::string stat; // "Sum" or "Maximum"
    std::vector<MetricPoint> points; // oldest first
    double total() const;
    double peak() const;
};

// Everything the AWS step found. `problem` says where it stopped; what was
// read before that is kept.
struct CloudResult
{
    AwsProblem problem = AwsProblem::None;
    std::string problemDetail; // one line: the CLI's own message
    std::string profile;
    std::string region;
    AwsPath path;
    bool metricsRead = false;
    int64_t windowStart = 0; // Unix seconds
    int64_t windowEnd = 0;
    int64_t testTime = 0; // when natdoctor's own test started (0: unknown)
    int64_t testEnd = 0; // when it ended (0: no test ran before the metrics were read)
    std::vector<MetricSeries> metrics;
    // `ss -Htn dst D | wc -l` on the private instance (-1: not counted).
    int connectionsToDestination = -1;

    const MetricSeries* metric(std::string_view name) const;
};

// The CloudWatch metrics natdoctor reads, in chart order.
const std::vector<std::string>& natGatewayMetricNames();

} // namespace natdoctor::cloud
