#pragma once

#include <cstdint>

namespace natdoctor::analysis {

// Tunables of the one-pass analysis. Times are capture time, not wall time.
struct AnalysisOptions
{
    // A fragmented datagram is forgotten after this long without a fragment
    // (Linux's ipfrag_time default).
    int64_t fragmentTimeoutUs = 30'000'000;
    // A connection attempt is closed and counted after this long idle.
    int64_t flowIdleTimeoutUs = 60'000'000;
    // Per-(source, destination) SYN timestamp state is forgotten after this
    // long: a tcp_tw_recycle server keeps a peer's last timestamp for about
    // the same time (TCP_PAWS_MSL, 60 s).
    int64_t timestampIdleTimeoutUs = 60'000'000;
    // "Response never completed": the client gave up after this much server silence.
    int64_t stallSilenceUs = 2'000'000;
    // A response at least this large counts as "large" (it would have fragmented).
    uint64_t largeResponseBytes = 16 * 1024;
    // Timeline: first bucket width, and the most buckets kept (widths double past it).
    int64_t timelineBucketUs = 1'000'000;
    uint32_t maxTimelineBuckets = 256;
};

} // namespace natdoctor::analysis
