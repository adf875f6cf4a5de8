#pragma once

#include "analysis/CaptureSummary.h"
#include "findings/Finding.h"

#include <vector>

namespace natdoctor::findings {

using analysis::CaptureSummary;
using capture::IpAddress;

// What is known about a capture besides its packets. A capture file given to
// `analyze` knows nothing (the defaults); the fragmentation check knows the
// destination's addresses, the capturing host's own addresses and how the
// trigger was made.
struct CaptureContext
{
    enum class Trigger {
        Unknown, // a capture file: whatever traffic it holds
        Tcp, // an HTTP(S)/TCP request made the destination answer
        Icmp, // a large ping: says nothing about TCP
    };

    // The destination's addresses. Empty: the servers of the connections seen.
    std::vector<IpAddress> destinations;
    // The capturing host's own addresses: its outgoing packets never count as
    // the destination's.
    std::vector<IpAddress> localAddresses;
    Trigger trigger = Trigger::Unknown;
    // A live capture proven listening before the trigger started (a file: true,
    // its handshakes show what it saw).
    bool listeningProven = true;
    // Whether the capturing host is known to reach the destination without a
    // NAT (a NAT instance in between reassembles fragments before they arrive).
    enum class Vantage { Unknown, Public, BehindNat } vantage = Vantage::Unknown;
};

// What a capture's evidence means, as findings with the ids of docs/design.md §6.
// Every finding follows its evidence rule (docs/design.md): without the
// evidence a verdict needs, the finding is `insufficient-evidence`.
std::vector<Finding> captureFindings(const CaptureSummary& summary, const CaptureContext& context = {});

// Who sent a fragment, as far as the capture and the context tell.
enum class FragmentRole {
    Destination, // one of the destination's addresses, or the server of a connection
    Client, // a host that opened connections (its own requests fragmented)
    Local, // the capturing host itself (outgoing, never evidence)
    Unknown,
};
FragmentRole fragmentRole(const CaptureSummary& summary, const CaptureContext& context,
                          const IpAddress& source);

} // namespace natdoctor::findings
