#pragma once

#include "analysis/AnalysisOptions.h"
#include "analysis/CaptureSummary.h"
#include "analysis/FlatTable.h"
#include "analysis/FlowKey.h"
#include "analysis/Timeline.h"
#include "capture/DecodedPacket.h"

namespace natdoctor::analysis {

// Follows each TCP connection attempt (client, client port, server, server
// port, ISN) from its SYN: established, refused, unanswered, SYN
// retransmissions, and whether an established connection's response stalled.
// Live state is one entry per 4-tuple active within flowIdleTimeout.
class HandshakeAnalyzer
{
public:
    HandshakeAnalyzer(const AnalysisOptions& options, int64_t startUs);

    enum class SynKind {
        NotSyn,
        NewAttempt,
        Retransmission,
    };
    // Feeds a packet that has a TCP header. Tells the caller when it was a new
    // attempt's SYN (the timestamp analyzer wants exactly those).
    SynKind add(const capture::DecodedPacket& packet);
    // Bytes of IP fragments that belong to `flow`, sent by its lo/hi side.
    void addFragmentBytes(const FlowKey& flow, bool srcIsLo, uint32_t bytes, int64_t timeUs);

    void expire(int64_t nowUs);
    // `endUs`: the capture time of the last record (attempts still waiting
    // for an answer then are undetermined, not unanswered).
    void finish(TcpSummary& out, int64_t endUs);

private:
    struct Attempt
    {
        uint32_t isn = 0;
        bool clientIsLo = false;
        int64_t startUs = 0;
        int64_t lastUs = 0;
        int64_t lastServerUs = 0; // last server data (or SYN-ACK)
        int64_t clientCloseUs = 0;
        bool established = false;
        bool refused = false;
        bool requestSent = false;
        bool serverFin = false;
        bool serverSeen = false; // anything from the server, even a SYN-ACK for another ISN
        bool clientClosed = false;
        bool serverRetransmitted = false;
        bool fragmented = false;
        bool serverSeqKnown = false;
        uint32_t serverHighestEnd = 0;
        uint64_t serverBytes = 0;
    };
    struct ServerKey
    {
        IpAddress address;
        uint16_t port = 0;
        friend bool operator==(const ServerKey&, const ServerKey&) = default;
    };
    struct ServerKeyHash
    {
        size_t operator()(const ServerKey& k) const { return capture::hashAddress(k.address, k.port); }
    };

    void startAttempt(Attempt& a, const capture::DecodedPacket& p, bool srcIsLo);
    using LiveMap = FlatTable<FlowKey, Attempt, FlowKeyHash>;
    // `endUs`: the capture's end when it closes the attempt, 0 during the capture.
    void close(const Attempt& a, int64_t endUs = 0);
    void closeIfFinished(Attempt* it);
    void onServerPacket(Attempt& a, const capture::TcpInfo& tcp, int64_t timeUs);

    AnalysisOptions m_options;
    int64_t m_startUs;
    LiveMap m_live;
    // Attempts per server and per client (SYN sender): flat, like m_live (a
    // node per new address and its malloc were a tenth of the analysis).
    FlatTable<ServerKey, uint64_t, ServerKeyHash> m_servers;
    FlatTable<IpAddress, uint64_t, capture::IpAddressHash> m_clients;
    Timeline m_timeline;
    TcpSummary m_totals;
};

} // namespace natdoctor::analysis
