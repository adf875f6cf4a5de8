#include "cloud/CloudFile.h"

#include "cloud/AwsCli.h"

#include <array>

namespace natdoctor::cloud {

namespace {

constexpr std::array<AwsProblem, 9> Problems { AwsProblem::None,          AwsProblem::NoCli,
                                               AwsProblem::NoCredentials, AwsProblem::AccessDenied,
                                               AwsProblem::Unreachable,   AwsProblem::Throttled,
                                               AwsProblem::ApiError,      AwsProblem::NoInstance,
                                               AwsProblem::Cancelled };
constexpr std::array<AwsPath::Via, 6> Vias { AwsPath::Via::Unknown,     AwsPath::Via::NatGateway,
                                             AwsPath::Via::NatInstance, AwsPath::Via::InternetGateway,
                                             AwsPath::Via::NoRoute,     AwsPath::Via::Other };

void writeRoute(JsonWriter& w, const Route& r)
{
    w.beginObject().key("destination").value(r.destination).key("target").value(r.target);
    w.key("target_kind").value(r.targetKind).key("state").value(r.state).endObject();
}

Route readRoute(const JsonValue& j)
{
    return { j["destination"].asString(), j["target"].asString(), j["target_kind"].asString(),
             j["state"].asString() };
}

} // namespace

void writeCloudResult(JsonWriter& w, const CloudResult& r)
{
    w.beginObject();
    w.key("problem").value(awsProblemName(r.problem)).key("problem_detail").value(r.problemDetail);
    w.key("profile").value(r.profile).key("region").value(r.region);
    const AwsPath& p = r.path;
    w.key("path").beginObject();
    w.key("instance_id").value(p.instanceId).key("instance_private_ip").value(p.instancePrivateIp);
    w.key("instance_public_ip")
        .value(p.instancePublicIp)
        .key("subnet_id")
        .value(p.subnetId)
        .key("vpc_id")
        .value(p.vpcId);
    w.key("destination_ip").value(p.destinationIp);
    w.key("route_table").beginObject().key("id").value(p.routeTable.id).key("main").value(p.routeTable.main);
    w.key("routes").beginArray();
    for (const Route& route : p.routeTable.routes)
        writeRoute(w, route);
    w.endArray().endObject();
    w.key("route");
    if (p.route)
        writeRoute(w, *p.route);
    else
        w.null();
    w.key("via").value(viaName(p.via));
    w.key("nat_gateway_id").value(p.natGatewayId).key("nat_gateway_state").value(p.natGatewayState);
    w.key("nat_subnet_id").value(p.natSubnetId).key("nat_instance_id").value(p.natInstanceId);
    w.key("elastic_ips").beginArray();
    for (const ElasticIp& ip : p.elasticIps) {
        w.beginObject().key("public_ip").value(ip.publicIp).key("allocation_id").value(ip.allocationId);
        w.key("private_ip").value(ip.privateIp).endObject();
    }
    w.endArray();
    w.key("network_acls").beginArray();
    for (const NetworkAcl& acl : p.acls) {
        w.beginObject()
            .key("id")
            .value(acl.id)
            .key("subnet_id")
            .value(acl.subnetId)
            .key("entries")
            .beginArray();
        for (const NaclEntry& e : acl.entries) {
            w.beginObject()
                .key("rule")
                .value(e.ruleNumber)
                .key("egress")
                .value(e.egress)
                .key("allow")
                .value(e.allow);
            w.key("protocol")
                .value(e.protocol)
                .key("cidr")
                .value(e.cidr)
                .key("from")
                .value(e.portFrom)
                .key("to")
                .value(e.portTo);
            w.endObject();
        }
        w.endArray().endObject();
    }
    w.endArray().endObject();
    w.key("metrics_read")
        .value(r.metricsRead)
        .key("window_start")
        .value(static_cast<long long>(r.windowStart));
    w.key("window_end")
        .value(static_cast<long long>(r.windowEnd))
        .key("test_time")
        .value(static_cast<long long>(r.testTime));
    w.key("test_end").value(static_cast<long long>(r.testEnd));
    w.key("metrics").beginArray();
    for (const MetricSeries& s : r.metrics) {
        w.beginObject().key("name").value(s.name).key("stat").value(s.stat).key("total").value(s.total());
        w.key("points").beginArray();
        for (const MetricPoint& pt : s.points)
            w.beginArray().value(static_cast<long long>(pt.t)).value(pt.value).endArray();
        w.endArray().endObject();
    }
    w.endArray();
    w.key("connections_to_destination").value(r.connectionsToDestination);
    w.endObject();
}

CloudResult readCloudResult(const JsonValue& j)
{
    CloudResult r;
    for (AwsProblem p : Problems) {
        if (awsProblemName(p) == j["problem"].asString())
            r.problem = p;
    }
    r.problemDetail = j["problem_detail"].asString();
    r.profile = j["profile"].asString();
    r.region = j["region"].asString();
    const JsonValue& p = j["path"];
    AwsPath& path = r.path;
    path.instanceId = p["instance_id"].asString();
    path.instancePrivateIp = p["instance_private_ip"].asString();
    path.instancePublicIp = p["instance_public_ip"].asString();
    path.subnetId = p["subnet_id"].asString();
    path.vpcId = p["vpc_id"].asString();
    path.destinationIp = p["destination_ip"].asString();
    path.routeTable.id = p["route_table"]["id"].asString();
    path.routeTable.main = p["route_table"]["main"].asBool();
    for (const JsonValue& route : p["route_table"]["routes"].items())
        path.routeTable.routes.push_back(readRoute(route));
    if (p["route"].isObject())
        path.route = readRoute(p["route"]);
    for (AwsPath::Via v : Vias) {
        if (viaName(v) == p["via"].asString())
            path.via = v;
    }
    path.natGatewayId = p["nat_gateway_id"].asString();
    path.natGatewayState = p["nat_gateway_state"].asString();
    path.natSubnetId = p["nat_subnet_id"].asString();
    path.natInstanceId = p["nat_instance_id"].asString();
    for (const JsonValue& ip : p["elastic_ips"].items())
        path.elasticIps.push_back(
            { ip["public_ip"].asString(), ip["allocation_id"].asString(), ip["private_ip"].asString() });
    for (const JsonValue& a : p["network_acls"].items()) {
        NetworkAcl acl;
        acl.id = a["id"].asString();
        acl.subnetId = a["subnet_id"].asString();
        for (const JsonValue& e : a["entries"].items()) {
            acl.entries.push_back({ static_cast<int>(e["rule"].asInt()), e["egress"].asBool(),
                                    e["allow"].asBool(), e["protocol"].asString(), e["cidr"].asString(),
                                    static_cast<int>(e["from"].asInt(-1)),
                                    static_cast<int>(e["to"].asInt(-1)) });
        }
        path.acls.push_back(std::move(acl));
    }
    r.metricsRead = j["metrics_read"].asBool();
    r.windowStart = j["window_start"].asInt();
    r.windowEnd = j["window_end"].asInt();
    r.testTime = j["test_time"].asInt();
    r.testEnd = j["test_end"].asInt();
    for (const JsonValue& s : j["metrics"].items()) {
        MetricSeries series;
        series.name = s["name"].asString();
        series.stat = s["stat"].asString();
        for (const JsonValue& pt : s["points"].items())
            series.points.push_back({ pt[size_t(0)].asInt(), pt[size_t(1)].asDouble() });
        r.metrics.push_back(std::move(series));
    }
    r.connectionsToDestination = static_cast<int>(j["connections_to_destination"].asInt(-1));
    return r;
}

} // namespace natdoctor::cloud
