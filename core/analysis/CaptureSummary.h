#pragma once

#include "capture/IpAddress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace natdoctor::analysis {

using capture::IpAddress;

struct SizeBin
{
    uint32_t from = 0; // inclusive, bytes of IP length
    uint32_t to = 0; // inclusive
    uint64_t count = 0;
};

struct SourceFragments
{
    IpAddress address;
    uint64_t packets = 0;
    uint64_t datagrams = 0;
    uint64_t tcpPackets = 0; // of `packets`: TCP (every fragment carries the IP protocol)
    uint64_t icmpPackets = 0; // ICMP and ICMPv6
    uint32_t maxSize = 0; // largest fragment IP length: about the MTU of the link that fragmented
};

// Data packets (IP length > 576, not fragments) one source sent, by DF flag:
// says whether that host does path MTU discovery.
struct SourceDf
{
    IpAddress address;
    uint64_t withDf = 0;
    uint64_t withoutDf = 0;
};

struct SourceCount
{
    IpAddress address;
    uint64_t packets = 0;
};

struct FragmentSummary
{
    uint64_t packets = 0; // IPv4 MF/offset or IPv6 Fragment header
    uint64_t datagrams = 0; // distinct (source, destination, protocol, IP ID)
    uint64_t reassembled = 0; // datagrams whose fragments cover the whole datagram
    uint64_t tcpPackets = 0;
    uint64_t udpPackets = 0;
    uint64_t icmpPackets = 0; // ICMP and ICMPv6
    uint64_t otherPackets = 0;
    std::vector<SizeBin> sizes; // non-empty bins only, ascending
    uint32_t minSize = 0;
    uint32_t maxSize = 0;
    std::vector<SourceFragments> bySource; // largest first
    // Large IPv4 packets (> 1280 bytes, not fragments) sent without DF: any
    // smaller link on the path will fragment them.
    uint64_t largeWithoutDf = 0;
    std::vector<SourceCount> largeWithoutDfBySource; // largest first
    std::vector<SourceDf> dfBySource; // IPv4 data packets by source, most first
    // The frame numbers (1 = the file's first record) of the first fragments of
    // the first few sources: what a finding shows to prove itself.
    struct SourceFrames
    {
        IpAddress address;
        std::vector<uint64_t> frames;
    };
    static constexpr size_t kFrameSources = 8;
    static constexpr size_t kFramesPerSource = 10;
    std::vector<SourceFrames> framesBySource;
};

struct FragNeeded
{
    IpAddress from; // the router that sent the ICMP error
    uint32_t mtu = 0;
    uint64_t count = 0;
};

struct TimelineBucket
{
    double t = 0; // seconds from the first packet to the bucket start
    uint64_t connections = 0;
    uint64_t established = 0;
};

struct ServerCount
{
    IpAddress address;
    uint16_t port = 0;
    uint64_t connections = 0;
};

struct TcpSummary
{
    uint64_t connections = 0; // distinct (client, cport, server, sport, ISN) SYNs without ACK
    uint64_t established = 0;
    uint64_t refused = 0;
    uint64_t unanswered = 0;
    // No answer yet, but the first SYN was younger than 3 s at the capture's
    // end: the answer may have come after it (neither unanswered nor established).
    uint64_t undetermined = 0;
    uint64_t synRetransmissions = 0;
    uint64_t stalled = 0; // established, request sent, response never completed
    uint64_t fragmentedConnections = 0; // connections that carried IP fragments
    uint64_t largeResponses = 0; // connections whose server sent >= the large-response size
    uint64_t largestResponseBytes = 0;
    uint64_t largeResponseThreshold = 0; // bytes that make a response "large"
    double bucketSeconds = 1;
    std::vector<TimelineBucket> timeline;
    std::vector<ServerCount> servers; // most connections first
    std::vector<SourceCount> clients; // SYN senders, most connection attempts first
};

struct SuspectSource
{
    IpAddress address; // the (NAT) source address
    IpAddress destination;
    uint64_t syns = 0; // new connections seen with a timestamp
    uint64_t backwards = 0; // of which TSval went backwards
    uint64_t clocks = 0; // distinct clock lines seen (about: hosts behind the address)
};

struct TimestampSummary
{
    uint64_t synsWithTimestamps = 0;
    std::vector<SuspectSource> suspectSources; // several clocks: several hosts behind one address
    // Timestamps that go backwards because the sender randomises them per
    // connection (a new clock line for most SYNs): not a sign of NAT.
    std::vector<SuspectSource> randomizedSources;
};

// Everything `natdoctor analyze` reports about one capture (docs/design.md §5).
struct CaptureSummary
{
    uint64_t packets = 0;
    bool truncated = false;
    std::string readError; // why reading stopped early, if it did
    std::string linkType;
    double durationSeconds = 0;
    uint64_t ipPackets = 0;
    uint64_t malformedPackets = 0;
    FragmentSummary fragments;
    std::vector<FragNeeded> icmpFragNeeded;
    TcpSummary tcp;
    TimestampSummary timestamps;
};

} // namespace natdoctor::analysis
