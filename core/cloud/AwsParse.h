#pragma once

#include "cloud/CloudResult.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace natdoctor::cloud {

// Parsers for the JSON the `aws` CLI prints (`--output json`), v1 and v2.
// Each returns nullopt and a one-line `error` when the text is not what the
// call answers; unknown fields are ignored.

struct InstanceInfo
{
    std::string instanceId;
    std::string privateIp;
    std::string publicIp;
    std::string subnetId;
    std::string vpcId;
};
// ec2 describe-instances
std::optional<InstanceInfo> parseInstance(std::string_view json, std::string& error);

// ec2 describe-route-tables: every table; `main` from its associations.
std::optional<std::vector<RouteTable>> parseRouteTables(std::string_view json, std::string& error);

// The route a packet to `ip` takes (IPv4 or IPv6): the longest matching
// prefix among the active routes; nullopt if none matches.
std::optional<Route> longestPrefixRoute(const std::vector<Route>& routes, const std::string& ip);

struct NatGatewayInfo
{
    std::string id;
    std::string state;
    std::string subnetId;
    std::vector<ElasticIp> addresses;
};
// ec2 describe-nat-gateways (the first gateway)
std::optional<NatGatewayInfo> parseNatGateway(std::string_view json, std::string& error);

// ec2 describe-addresses
std::optional<std::vector<ElasticIp>> parseAddresses(std::string_view json, std::string& error);

// ec2 describe-network-acls: one NetworkAcl per associated subnet in `subnets`
// (in that order; a subnet without an association is left out).
std::optional<std::vector<NetworkAcl>>
parseNetworkAcls(std::string_view json, const std::vector<std::string>& subnets, std::string& error);

// cloudwatch get-metric-data: one series per query, named by its Label (or
// Id), points oldest first. Timestamps: Unix seconds (v1) or ISO 8601 (v2).
std::optional<std::vector<MetricSeries>> parseMetricData(std::string_view json, std::string& error);

// "2026-12-01T22:50:00Z", "...+00:00", "....123Z" -> Unix seconds; nullopt if not.
std::optional<int64_t> parseIsoTime(std::string_view text);
std::string isoTime(int64_t unixSeconds); // "2026-12-01T22:50:00Z"

// Ports of 1024-65535 that a network ACL denies for TCP in one direction,
// for traffic with `peer` (empty: any address), rules applied in order.
struct EphemeralDenial
{
    std::string aclId;
    std::string subnetId;
    bool egress = false;
    std::vector<std::pair<int, int>> ports; // denied ranges
    std::vector<int> rules; // the deciding rule numbers (32767 = the default "*" rule)
    int deniedCount() const;
};
std::optional<EphemeralDenial> ephemeralDenial(const NetworkAcl& acl, bool egress,
                                               const std::vector<std::string>& peers);

// Does `cidr` contain `ip`? (IPv4 and IPv6; false if either does not parse)
bool cidrContains(const std::string& cidr, const std::string& ip);

} // namespace natdoctor::cloud
