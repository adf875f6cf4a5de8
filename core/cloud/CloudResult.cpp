#include "cloud/CloudResult.h"

#include <algorithm>

namespace natdoctor::cloud {

std::string_view viaName(AwsPath::Via via)
{
    switch (via) {
    case AwsPath::Via::Unknown:
        return "unknown";
    case AwsPath::Via::NatGateway:
        return "nat-gateway";
    case AwsPath::Via::NatInstance:
        return "nat-instance";
    case AwsPath::Via::InternetGateway:
        return "internet-gateway";
    case AwsPath::Via::NoRoute:
        return "none";
    case AwsPath::Via::Other:
        return "other";
    }
    return "unknown";
}

double MetricSeries::total() const
{
    double sum = 0;
    for (const MetricPoint& p : points)
        sum += p.value;
    return sum;
}

double MetricSeries::peak() const
{
    double top = 0;
    for (const MetricPoint& p : points)
        top = std::max(top, p.value);
    return top;
}

const MetricSeries* CloudResult::metric(std::string_view name) const
{
    for (const MetricSeries& s : metrics) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const std::vector<std::string>& natGatewayMetricNames()
{
    static const std::vector<std::string> names { "PacketsDropCount",       "ErrorPortAllocation",
                                                  "IdleTimeoutCount",       "ActiveConnectionCount",
                                                  "ConnectionAttemptCount", "ConnectionEstablishedCount",
                                                  "BytesInFromDestination", "BytesOutToSource" };
    return names;
}

} // namespace natdoctor::cloud
