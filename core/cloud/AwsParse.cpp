#include "cloud/AwsParse.h"

#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>

namespace natdoctor::cloud {

using nlohmann::json;

namespace {

std::optional<json> parseDocument(std::string_view text, std::string& error)
{
    json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) {
        error = "the aws CLI's output is not JSON";
        return std::nullopt;
    }
    if (!j.is_object()) {
        error = "the aws CLI's output is not a JSON object";
        return std::nullopt;
    }
    return j;
}

std::string str(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string {};
}

const json& arrayOf(const json& j, const char* key)
{
    static const json empty = json::array();
    const auto it = j.find(key);
    return it != j.end() && it->is_array() ? *it : empty;
}

int intOf(const json& j, const char* key, int fallback)
{
    const auto it = j.find(key);
    if (it == j.end())
        return fallback;
    if (it->is_number_integer())
        return it->get<int>();
    if (it->is_string()) {
        try {
            return std::stoi(it->get<std::string>());
        } catch (...) {
        }
    }
    return fallback;
}

std::string kindOf(const Route& r)
{
    const std::string& t = r.target;
    if (t.rfind("nat-", 0) == 0)
        return "nat-gateway";
    if (t.rfind("i-", 0) == 0 || t.rfind("eni-", 0) == 0)
        return "nat-instance";
    if (t.rfind("igw-", 0) == 0)
        return "internet-gateway";
    if (t == "local")
        return "local";
    return "other";
}

// An address as 16 bytes (IPv4 mapped into the first 4) and its family.
struct Address
{
    int family = 0;
    std::array<unsigned char, 16> bytes {};
};

std::optional<Address> parseAddress(const std::string& text)
{
    Address a;
    if (::inet_pton(AF_INET, text.c_str(), a.bytes.data()) == 1) {
        a.family = AF_INET;
        return a;
    }
    if (::inet_pton(AF_INET6, text.c_str(), a.bytes.data()) == 1) {
        a.family = AF_INET6;
        return a;
    }
    return std::nullopt;
}

// -1 if `cidr` does not contain `ip`, else the prefix length.
int matchLength(const std::string& cidr, const Address& ip)
{
    const size_t slash = cidr.find('/');
    if (slash == std::string::npos)
        return -1;
    const auto net = parseAddress(cidr.substr(0, slash));
    if (!net || net->family != ip.family)
        return -1;
    int bits = 0;
    try {
        size_t used = 0;
        bits = std::stoi(cidr.substr(slash + 1), &used);
        if (used != cidr.size() - slash - 1)
            return -1;
    } catch (...) {
        return -1;
    }
    const int maxBits = ip.family == AF_INET ? 32 : 128;
    if (bits < 0 || bits > maxBits)
        return -1;
    for (int i = 0; i < bits; ++i) {
        const int mask = 0x80 >> (i % 8);
        if ((net->bytes[i / 8] & mask) != (ip.bytes[i / 8] & mask))
            return -1;
    }
    return bits;
}

} // namespace

std::optional<int64_t> parseIsoTime(std::string_view text)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    const std::string t(text);
    int used = 0;
    if (std::sscanf(t.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &used) != 6)
        return std::nullopt;
    std::string rest = t.substr(static_cast<size_t>(used));
    if (!rest.empty() && rest[0] == '.') {
        size_t i = 1;
        while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i])))
            ++i;
        rest = rest.substr(i);
    }
    long offset = 0;
    if (rest == "Z" || rest.empty()) {
        offset = 0;
    } else if ((rest[0] == '+' || rest[0] == '-') && rest.size() >= 5) {
        int oh = 0, om = 0;
        if (std::sscanf(rest.c_str() + 1, "%2d:%2d", &oh, &om) != 2
            && std::sscanf(rest.c_str() + 1, "%2d%2d", &oh, &om) != 2)
            return std::nullopt;
        offset = (oh * 3600L + om * 60L) * (rest[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    std::tm tm {};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = s;
    return static_cast<int64_t>(::timegm(&tm)) - offset;
}

std::string isoTime(int64_t unixSeconds)
{
    const std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm tm {};
    ::gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

bool cidrContains(const std::string& cidr, const std::string& ip)
{
    const auto a = parseAddress(ip);
    return a && matchLength(cidr, *a) >= 0;
}

std::optional<InstanceInfo> parseInstance(std::string_view text, std::string& error)
{
    const auto doc = parseDocument(text, error);
    if (!doc)
        return std::nullopt;
    for (const json& reservation : arrayOf(*doc, "Reservations")) {
        for (const json& i : arrayOf(reservation, "Instances")) {
            InstanceInfo info;
            info.instanceId = str(i, "InstanceId");
            info.privateIp = str(i, "PrivateIpAddress");
            info.publicIp = str(i, "PublicIpAddress");
            info.subnetId = str(i, "SubnetId");
            info.vpcId = str(i, "VpcId");
            if (info.subnetId.empty()) { // some answers carry it on the primary interface only
                for (const json& eni : arrayOf(i, "NetworkInterfaces")) {
                    info.subnetId = str(eni, "SubnetId");
                    info.vpcId = info.vpcId.empty() ? str(eni, "VpcId") : info.vpcId;
                    if (!info.subnetId.empty())
                        break;
                }
            }
            if (info.instanceId.empty() || info.subnetId.empty()) {
                error = "the instance has no subnet (EC2-Classic or terminated?)";
                return std::nullopt;
            }
            return info;
        }
    }
    error = "no such instance";
    return std::nullopt;
}

std::optional<std::vector<RouteTable>> parseRouteTables(std::string_view text, std::string& error)
{
    const auto doc = parseDocument(text, error);
    if (!doc)
        return std::nullopt;
    if (!doc->contains("RouteTables")) {
        error = "no RouteTables in the answer";
        return std::nullopt;
    }
    std::vector<RouteTable> tables;
    for (const json& t : arrayOf(*doc, "RouteTables")) {
        RouteTable table;
        table.id = str(t, "RouteTableId");
        for (const json& a : arrayOf(t, "Associations")) {
            const auto it = a.find("Main");
            table.main = table.main || (it != a.end() && it->is_boolean() && it->get<bool>());
        }
        for (const json& r : arrayOf(t, "Routes")) {
            Route route;
            route.destination = str(r, "DestinationCidrBlock");
            if (route.destination.empty())
                route.destination = str(r, "DestinationIpv6CidrBlock");
            if (route.destination.empty())
                route.destination = str(r, "DestinationPrefixListId");
            for (const char* key :
                 { "NatGatewayId", "InstanceId", "NetworkInterfaceId", "GatewayId", "TransitGatewayId",
                   "VpcPeeringConnectionId", "EgressOnlyInternetGatewayId", "LocalGatewayId",
                   "CarrierGatewayId", "CoreNetworkArn" }) {
                route.target = str(r, key);
                if (!route.target.empty())
                    break;
            }
            route.state = str(r, "State");
            route.targetKind = kindOf(route);
            table.routes.push_back(std::move(route));
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

std::optional<Route> longestPrefixRoute(const std::vector<Route>& routes, const std::string& ip)
{
    const auto address = parseAddress(ip);
    if (!address)
        return std::nullopt;
    std::optional<Route> best;
    int bestLength = -1;
    for (const Route& r : routes) {
        if (!r.state.empty() && r.state != "active")
            continue;
        const int length = matchLength(r.destination, *address);
        if (length > bestLength) {
            best = r;
            bestLength = length;
        }
    }
    return best;
}

std::optional<NatGatewayInfo> parseNatGateway(std::string_view text, std::string& error)
{
    const auto doc = parseDocument(text, error);
    if (!doc)
        return std::nullopt;
    for (const json& g : arrayOf(*doc, "NatGateways")) {
        NatGatewayInfo info;
        info.id = str(g, "NatGatewayId");
        info.state = str(g, "State");
        info.subnetId = str(g, "SubnetId");
        for (const json& a : arrayOf(g, "NatGatewayAddresses"))
            info.addresses.push_back({ str(a, "PublicIp"), str(a, "AllocationId"), str(a, "PrivateIp") });
        return info;
    }
    error = "no such NAT gateway";
    return std::nullopt;
}

std::optional<std::vector<ElasticIp>> parseAddresses(std::string_view text, std::string& error)
{
    const auto doc = parseDocument(text, error);
    if (!doc)
        return std::nullopt;
    std::vector<ElasticIp> out;
    for (const json& a : arrayOf(*doc, "Addresses"))
        out.push_back({ str(a, "PublicIp"), str(a, "AllocationId"), str(a, "PrivateIpAddress") });
    return out;
}

std::optional<std::vector<NetworkAcl>>
parseNetworkAcls(std::string_view text, const std::vector<std::string>& subnets, std::string& error)
{
    const auto doc = parseDocument(text, error);
    if (!doc)
        return std::nullopt;
    std::vector<NetworkAcl> out;
    for (const std::string& subnet : subnets) {
        if (subnet.empty()
            || std::any_of(out.begin(), out.end(), [&](const NetworkAcl& a) { return a.subnetId == subnet; }))
            continue;
        for (const json& acl : arrayOf(*doc, "NetworkAcls")) {
            const auto& associations = arrayOf(acl, "Associations");
            const bool associated = std::any_of(associations.begin(), associations.end(),
                                                [&](const json& a) { return str(a, "SubnetId") == subnet; });
            if (!associated)
                continue;
            NetworkAcl n;
            n.id = str(acl, "NetworkAclId");
            n.subnetId = subnet;
            for (const json& e : arrayOf(acl, "Entries")) {
                NaclEntry entry;
                entry.ruleNumber = intOf(e, "RuleNumber", 0);
                const auto egress = e.find("Egress");
                entry.egress = egress != e.end() && egress->is_boolean() && egress->get<bool>();
                entry.allow = str(e, "RuleAction") == "allow";
                entry.protocol = str(e, "Protocol");
                entry.cidr = str(e, "CidrBlock");
                if (entry.cidr.empty())
                    entry.cidr = str(e, "Ipv6CidrBlock");
                if (const auto range = e.find("PortRange"); range != e.end() && range->is_object()) {
                    entry.portFrom = intOf(*range, "From", -1);
                    entry.portTo = intOf(*range, "To", -1);
                }
                n.entries.push_back(std::move(entry));
            }
            std::sort(n.entries.begin(), n.entries.end(), [](const NaclEntry& a, const NaclEntry& b) {
                return a.egress != b.egress ? !a.egress : a.ruleNumber < b.ruleNumber;
            });
            out.push_back(std::move(n));
            break;
        }
    }
    return out;
}

std::optional<std::vector<MetricSeries>> parseMetricData(std::string_view text, std::string& error)
{
    const auto doc = parseDocument(text, error);
    if (!doc)
        return std::nullopt;
    if (!doc->contains("MetricDataResults")) {
        error = "no MetricDataResults in the answer";
        return std::nullopt;
    }
    std::map<std::string, MetricSeries> byName; // pages of one query merge
    std::vector<std::string> order;
    for (const json& r : arrayOf(*doc, "MetricDataResults")) {
        std::string name = str(r, "Label");
        if (name.empty())
            name = str(r, "Id");
        if (!byName.contains(name))
            order.push_back(name);
        MetricSeries& series = byName[name];
        series.name = name;
        const json& times = arrayOf(r, "Timestamps");
        const json& values = arrayOf(r, "Values");
        if (times.size() != values.size()) {
            error = "the metric " + name + " has " + std::to_string(times.size()) + " timestamps for "
                + std::to_string(values.size()) + " values";
            return std::nullopt;
        }
        for (size_t i = 0; i < times.size(); ++i) {
            MetricPoint p;
            if (times[i].is_number()) {
                p.t = static_cast<int64_t>(times[i].get<double>());
            } else if (times[i].is_string()) {
                const auto t = parseIsoTime(times[i].get<std::string>());
                if (!t) {
                    error = "unreadable timestamp " + times[i].get<std::string>();
                    return std::nullopt;
                }
                p.t = *t;
            } else {
                error = "unreadable timestamp in " + name;
                return std::nullopt;
            }
            if (!values[i].is_number()) {
                error = "a value of " + name + " is not a number";
                return std::nullopt;
            }
            p.value = values[i].get<double>();
            series.points.push_back(p);
        }
    }
    std::vector<MetricSeries> out;
    for (const std::string& name : order) {
        MetricSeries s = std::move(byName[name]);
        std::sort(s.points.begin(), s.points.end(),
                  [](const MetricPoint& a, const MetricPoint& b) { return a.t < b.t; });
        out.push_back(std::move(s));
    }
    return out;
}

int EphemeralDenial::deniedCount() const
{
    int n = 0;
    for (const auto& [from, to] : ports)
        n += to - from + 1;
    return n;
}

std::optional<EphemeralDenial> ephemeralDenial(const NetworkAcl& acl, bool egress,
                                               const std::vector<std::string>& peers)
{
    // Rules that can decide a TCP packet with one of `peers` in this direction.
    std::vector<const NaclEntry*> rules;
    for (const NaclEntry& e : acl.entries) {
        if (e.egress != egress
            || (e.protocol != "-1" && e.protocol != "6" && e.protocol != "all" && e.protocol != "tcp"))
            continue;
        bool applies = peers.empty() && (e.cidr.find(':') == std::string::npos);
        for (const std::string& peer : peers)
            applies = applies || cidrContains(e.cidr, peer);
        if (applies)
            rules.push_back(&e);
    }
    std::sort(rules.begin(), rules.end(),
              [](const NaclEntry* a, const NaclEntry* b) { return a->ruleNumber < b->ruleNumber; });
    EphemeralDenial d;
    d.aclId = acl.id;
    d.subnetId = acl.subnetId;
    d.egress = egress;
    for (int port = 1024; port <= 65535; ++port) {
        const NaclEntry* decided = nullptr;
        for (const NaclEntry* r : rules) {
            const bool allPorts = r->protocol == "-1" || r->protocol == "all" || r->portFrom < 0;
            if (allPorts || (port >= r->portFrom && port <= r->portTo)) {
                decided = r;
                break;
            }
        }
        if (decided && decided->allow)
            continue;
        const int rule = decided ? decided->ruleNumber : 32767; // no rule: the default "*" deny
        if (!d.ports.empty() && d.ports.back().second == port - 1)
            d.ports.back().second = port;
        else
            d.ports.push_back({ port, port });
        if (std::find(d.rules.begin(), d.rules.end(), rule) == d.rules.end())
            d.rules.push_back(rule);
    }
    if (d.ports.empty())
        return std::nullopt;
    return d;
}

} // namespace natdoctor::cloud
