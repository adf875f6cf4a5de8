#pragma once

#include "analysis/CaptureSummary.h"

#include <cstdint>
#include <vector>

namespace natdoctor::analysis {

// Connection counts per time bucket with bounded memory: when the capture runs
// past the last bucket, the bucket width doubles and neighbours merge.
class Timeline
{
public:
    Timeline(int64_t bucketUs, uint32_t maxBuckets);

    void addConnection(int64_t offsetUs) { ++bucket(offsetUs).connections; }
    void addEstablished(int64_t offsetUs) { ++bucket(offsetUs).established; }

    std::vector<TimelineBucket> buckets() const;
    double bucketSeconds() const { return static_cast<double>(m_bucketUs) / 1e6; }

private:
    struct Counts
    {
        uint64_t connections = 0;
        uint64_t established = 0;
    };
    Counts& bucket(int64_t offsetUs);

    int64_t m_bucketUs;
    uint32_t m_maxBuckets;
    std::vector<Counts> m_counts;
};

} // namespace natdoctor::analysis
