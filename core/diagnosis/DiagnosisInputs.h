#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace natdoctor::diagnosis {

// An SSH target: USER@HOST[:PORT].
struct SshTarget
{
    std::string user;
    std::string host;
    uint16_t port = 22;

    std::string toString() const; // "user@host" or "user@host:2222"
    // Parses USER@HOST[:PORT] (IPv6 as USER@[ADDR]:PORT); nullopt and `error` if not.
    static std::optional<SshTarget> parse(const std::string& text, std::string& error);
};

enum class TriggerKind {
    Http, // curl GET of a URL that returns a large response (Host header: the destination's name)
    Https, // the same over TLS, with SNI (curl --resolve NAME:PORT:ADDRESS https://NAME/...)
    Tcp, // a raw TCP request (bash /dev/tcp)
    Icmp, // ping -s SIZE (fragments; expected to fail behind a NAT gateway)
};

std::string_view triggerKindName(TriggerKind kind); // "http", "https", "tcp", "icmp"
std::optional<TriggerKind> parseTriggerKind(std::string_view text);

// Optional details of the support case, for the report (free text, as typed;
// empty: not set). Kept in the session file; --redact replaces the customer
// and the case id.
struct CaseDetails
{
    std::string caseId; // "CASE-1234"
    std::string customer; // "Acme Corp"
    std::string whereCaptured; // "public subnet host i-0abc, eu-west-1"

    bool empty() const { return caseId.empty() && customer.empty() && whereCaptured.empty(); }
    bool operator==(const CaseDetails&) const = default;
};

// What the user tells natdoctor before it starts.
struct DiagnosisInputs
{
    std::string destinationHost;
    uint16_t destinationPort = 80;
    TriggerKind trigger = TriggerKind::Http;
    std::string httpPath = "/"; // for Http: the path that returns a large response
    uint32_t size = 65536; // bytes the trigger should make the destination send
    int attempts = 50; // connection probe attempts per phase
    bool ipv6 = false; // resolve a destination name to IPv6 (default IPv4: the path through a NAT gateway)
    // An echo service that answers with the caller's address, to prove the
    // public host reaches the internet without a NAT. Empty: not checked.
    std::string echoUrl = "https://checkip.amazonaws.com";

    SshTarget publicHost; // required: the fragmentation check runs here
    std::optional<SshTarget> privateHost; // optional: the timestamps test runs here
    std::optional<SshTarget> remoteServer; // optional: tcp_tw_recycle is read here
    std::string knownHostsPath; // empty: ~/.ssh/known_hosts
};

} // namespace natdoctor::diagnosis
