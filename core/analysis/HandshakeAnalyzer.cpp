#include "analysis/HandshakeAnalyzer.h"

#include "analysis/BoundedCounts.h"

#include <algorithm>

namespace natdoctor::analysis {

using capture::DecodedPacket;
using capture::TcpInfo;
namespace tcpflag = capture::tcpflag;

namespace {

// An attempt with no answer at all (nothing from the server: a SYN-ACK for
// another ISN is an answer, a wrong one) whose first SYN is younger than this at the end
// of the capture is undetermined: the SYN-ACK may still be on its way and the
// client has not even retransmitted (Linux's first SYN retransmission comes
// after 1 s, the classic initial RTO is 3 s). The first SYN, not the last: an
// attempt whose SYN went unanswered for 3 s and was retransmitted up to the
// end of the capture (a client giving up as the capture stops) is the
// unanswered-SYN evidence itself.
constexpr int64_t UndeterminedSynAgeUs = 3'000'000;

} // namespace

HandshakeAnalyzer::HandshakeAnalyzer(const AnalysisOptions& options, int64_t startUs)
    : m_options(options)
    , m_startUs(startUs)
    , m_timeline(options.timelineBucketUs, options.maxTimelineBuckets)
{
}

void HandshakeAnalyzer::startAttempt(Attempt& a, const DecodedPacket& p, bool srcIsLo)
{
    a.isn = p.tcp.seq;
    a.clientIsLo = srcIsLo;
    a.startUs = p.timeUs;
    a.lastUs = p.timeUs;
    ++m_totals.connections;
    if (++*m_servers.tryEmplace({ p.dst, p.tcp.dstPort }).first == 1)
        keepLargest(m_servers, [](uint64_t count) { return count; });
    if (++*m_clients.tryEmplace(p.src).first == 1)
        keepLargest(m_clients, [](uint64_t count) { return count; });
    m_timeline.addConnection(p.timeUs - m_startUs);
}

HandshakeAnalyzer::SynKind HandshakeAnalyzer::add(const DecodedPacket& p)
{
    const TcpInfo& tcp = p.tcp;
    bool srcIsLo = false;
    const FlowKey key = FlowKey::make(p.src, tcp.srcPort, p.dst, tcp.dstPort, srcIsLo);
    const bool syn = tcp.has(tcpflag::Syn);
    const bool ack = tcp.has(tcpflag::Ack);

    if (syn && !ack) {
        auto [slot, inserted] = m_live.tryEmplace(key);
        Attempt& a = *slot;
        if (!inserted) {
            if (a.clientIsLo == srcIsLo && a.isn == tcp.seq) {
                ++m_totals.synRetransmissions;
                a.lastUs = std::max(a.lastUs, p.timeUs);
                return SynKind::Retransmission;
            }
            // Same 4-tuple, new ISN: the previous attempt is over.
            close(a);
            a = Attempt {};
        }
        startAttempt(a, p, srcIsLo);
        return SynKind::NewAttempt;
    }

    Attempt* const it = m_live.find(key);
    if (!it)
        return SynKind::NotSyn; // a connection whose SYN we did not see
    Attempt& a = *it;
    a.lastUs = std::max(a.lastUs, p.timeUs);
    if (srcIsLo == a.clientIsLo) {
        // One-sided captures (only the client's direction): the client's ACK
        // that continues its sequence right after the SYN (seq ISN+1) is its
        // acknowledgement of a SYN-ACK; in SYN-SENT a client sends no ACK.
        if (!a.established && ack && !tcp.has(tcpflag::Rst) && tcp.seq == a.isn + 1) {
            a.established = true;
            ++m_totals.established;
            m_timeline.addEstablished(a.startUs - m_startUs);
        }
        if (tcp.payloadLength > 0 && a.established)
            a.requestSent = true;
        if (tcp.has(tcpflag::Fin) || tcp.has(tcpflag::Rst)) {
            if (!a.clientClosed)
                a.clientCloseUs = p.timeUs;
            a.clientClosed = true;
        }
        closeIfFinished(it);
        return SynKind::NotSyn;
    }
    a.serverSeen = true;
    if (syn && ack) {
        if (tcp.ack == a.isn + 1 && !a.established) {
            a.established = true;
            ++m_totals.established;
            m_timeline.addEstablished(a.startUs - m_startUs);
            a.serverSeqKnown = true;
            a.serverHighestEnd = tcp.seq + 1;
        }
        a.lastServerUs = p.timeUs;
    } else if (tcp.has(tcpflag::Rst)) {
        if (!a.established)
            a.refused = true;
    } else {
        onServerPacket(a, tcp, p.timeUs);
    }
    if (tcp.has(tcpflag::Fin))
        a.serverFin = true;
    closeIfFinished(it);
    return SynKind::NotSyn;
}

// An established connection that both sides have closed can change no count
// any more: count it now instead of keeping it for the idle timeout, so the
// live table holds the connections in progress, not the last minute's.
void HandshakeAnalyzer::closeIfFinished(Attempt* it)
{
    const Attempt& a = *it;
    if (a.established && a.serverFin && a.clientClosed) {
        close(a);
        m_live.erase(it);
    }
}

void HandshakeAnalyzer::onServerPacket(Attempt& a, const TcpInfo& tcp, int64_t timeUs)
{
    // Only data counts as the server talking: its bare ACK of the client's
    // FIN must not hide the silence before it.
    if (tcp.payloadLength == 0)
        return;
    a.lastServerUs = timeUs;
    const uint32_t end = tcp.seq + tcp.payloadLength;
    // Sequence space wraps: compare as a signed distance.
    if (a.serverSeqKnown && static_cast<int32_t>(end - a.serverHighestEnd) <= 0) {
        a.serverRetransmitted = true; // not new bytes of the response
        return;
    }
    a.serverBytes += tcp.payloadLength;
    a.serverSeqKnown = true;
    a.serverHighestEnd = end;
}

void HandshakeAnalyzer::addFragmentBytes(const FlowKey& flow, bool srcIsLo, uint32_t bytes, int64_t timeUs)
{
    Attempt* const it = m_live.find(flow);
    if (!it)
        return;
    Attempt& a = *it;
    a.fragmented = true;
    a.lastUs = std::max(a.lastUs, timeUs);
    if (srcIsLo != a.clientIsLo) {
        a.serverBytes += bytes;
        a.lastServerUs = timeUs;
    }
}

void HandshakeAnalyzer::close(const Attempt& a, int64_t endUs)
{
    if (!a.established) {
        if (a.refused)
            ++m_totals.refused;
        else if (endUs != 0 && !a.serverSeen && endUs - a.startUs < UndeterminedSynAgeUs)
            ++m_totals.undetermined;
        else
            ++m_totals.unanswered;
        return;
    }
    if (a.fragmented)
        ++m_totals.fragmentedConnections;
    if (a.serverBytes >= m_options.largeResponseBytes)
        ++m_totals.largeResponses;
    m_totals.largestResponseBytes = std::max(m_totals.largestResponseBytes, a.serverBytes);
    // Stalled: the client asked, the server went silent without finishing, and
    // the client gave up after a while (curl's timeout, a user's Ctrl-C).
    if (a.requestSent && !a.serverFin && a.clientClosed
        && a.clientCloseUs - a.lastServerUs >= m_options.stallSilenceUs)
        ++m_totals.stalled;
}

void HandshakeAnalyzer::expire(int64_t nowUs)
{
    m_live.eraseIf([&](const FlowKey&, const Attempt& a) {
        if (nowUs - a.lastUs <= m_options.flowIdleTimeoutUs)
            return false;
        close(a);
        return true;
    });
}

void HandshakeAnalyzer::finish(TcpSummary& out, int64_t endUs)
{
    m_live.forEach([&](const FlowKey&, const Attempt& a) { close(a, std::max<int64_t>(endUs, 1)); });
    m_live.clear();
    out = m_totals;
    out.largeResponseThreshold = m_options.largeResponseBytes;
    out.timeline = m_timeline.buckets();
    out.bucketSeconds = m_timeline.bucketSeconds();
    m_servers.forEach([&](const ServerKey& server, uint64_t count) {
        out.servers.push_back({ server.address, server.port, count });
    });
    std::sort(out.servers.begin(), out.servers.end(), [](const auto& a, const auto& b) {
        if (a.connections != b.connections)
            return a.connections > b.connections;
        return a.address != b.address ? a.address < b.address : a.port < b.port;
    });
    m_clients.forEach([&](const IpAddress& address, uint64_t count) {
        out.clients.push_back({ address, count });
    });
    std::sort(out.clients.begin(), out.clients.end(), [](const auto& a, const auto& b) {
        return a.packets != b.packets ? a.packets > b.packets : a.address < b.address;
    });
}

} // namespace natdoctor::analysis
