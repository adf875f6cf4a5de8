#pragma once

#include "capture/CaptureReader.h"
#include "capture/DecodedPacket.h"

#include <cstddef>
#include <cstdint>

namespace natdoctor::capture {

enum class DecodeStatus {
    Ok, // an IP packet; see hasTcp / hasIcmp for what lies above it
    NotIp, // a frame without IPv4/IPv6 (ARP, LLDP, ...)
    Malformed, // too short or inconsistent headers
};

// Decodes a link-layer frame down to the transport header. Never reads past
// `capturedLength`; header fields that fall beyond the snapshot length are left
// unset rather than guessed.
DecodeStatus decodePacket(int linkType, const RawPacket& raw, DecodedPacket& out);

// Decodes an IP packet that starts at `data` (no link layer). `wireLength` is the
// length the IP packet had on the wire (used for offloaded super-packets).
DecodeStatus decodeIp(const uint8_t* data, size_t capturedLength, size_t wireLength, DecodedPacket& out);

} // namespace natdoctor::capture
