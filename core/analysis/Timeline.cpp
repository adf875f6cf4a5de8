#include "analysis/Timeline.h"

namespace natdoctor::analysis {

Timeline::Timeline(int64_t bucketUs, uint32_t maxBuckets)
    : m_bucketUs(bucketUs > 0 ? bucketUs : 1'000'000)
    , m_maxBuckets(maxBuckets > 1 ? maxBuckets : 2)
{
}

Timeline::Counts& Timeline::bucket(int64_t offsetUs)
{
    if (offsetUs < 0)
        offsetUs = 0;
    auto index = static_cast<uint64_t>(offsetUs / m_bucketUs);
    while (index >= m_maxBuckets) {
        // Merge pairs: bucket i of the new width holds old buckets 2i and 2i+1.
        std::vector<Counts> merged((m_counts.size() + 1) / 2);
        for (size_t i = 0; i < m_counts.size(); ++i) {
            merged[i / 2].connections += m_counts[i].connections;
            merged[i / 2].established += m_counts[i].established;
        }
        m_counts = std::move(merged);
        m_bucketUs *= 2;
        index = static_cast<uint64_t>(offsetUs / m_bucketUs);
    }
    if (index >= m_counts.size())
        m_counts.resize(index + 1);
    return m_counts[index];
}

std::vector<TimelineBucket> Timeline::buckets() const
{
    std::vector<TimelineBucket> out;
    out.reserve(m_counts.size());
    for (size_t i = 0; i < m_counts.size(); ++i) {
        out.push_back(
            { static_cast<double>(i) * bucketSeconds(), m_counts[i].connections, m_counts[i].established });
    }
    return out;
}

} // namespace natdoctor::analysis
