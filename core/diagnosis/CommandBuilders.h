#pragma once

#include "diagnosis/DiagnosisInputs.h"

#include <string>
#include <vector>

namespace natdoctor::diagnosis {

// The one place every command natdoctor runs on a host, or shows a person to
// run, is built from the diagnosis inputs: the guided mode (DiagnosisRunner)
// runs the argv, the manual mode (ManualCommands) and the wizard show its
// text(), so they cannot drift apart (tests/integration/CommandBuildersTest
// compares what the guided mode ran with what the manual mode shows).

// http(s)://HOST[:PORT]PATH: HOST is the destination's name (so the request
// carries it: Host header, TLS SNI), or `address` when the destination is an
// IP literal; IPv6 in brackets; the port only when it is not the scheme's.
// `address` empty: the destination as given.
std::string destinationUrl(const DiagnosisInputs& in, const std::string& address = {});
// curl's --resolve NAME:PORT:ADDRESS (ADDRESS in brackets for IPv6), so a
// request to the name goes to the address under test; empty when the
// destination is an IP literal or `address` is empty.
std::string curlResolve(const DiagnosisInputs& in, const std::string& address);

// A command for a host: its argv. text() is what a person types: words
// shell-quoted where needed; a script (/bin/sh -c SCRIPT NAME ARGS...) as
//   sh -s -- ARGS <<'NATDOCTOR_EOF'
//   SCRIPT
//   NATDOCTOR_EOF
struct HostCommand
{
    std::vector<std::string> argv;
    std::string text() const;
    bool empty() const { return argv.empty(); }
};

// The connection probe (curl loop, see ConnectionProbe.h) of `attempts`
// connections to `address` (empty: the destination as given, resolved by
// curl on the host).
HostCommand connectionProbeCommand(const DiagnosisInputs& in, int attempts, const std::string& address = {});

// The trigger that makes the destination send a large response, run on the
// public host while it captures:
//  - http/https: the connection probe with 2 attempts (curl, the name in the
//    URL, --resolve to the address);
//  - tcp: a raw GET over bash's /dev/tcp with the Host: header;
//  - icmp: ping -n -c 3 -W 3 -s SIZE.
HostCommand triggerCommand(const DiagnosisInputs& in, const std::string& address = {});
constexpr int TriggerAttempts = 2;

// The capture filter for the destination (CaptureFilter.h): the addresses
// given, or the destination as given (a name is resolved by tcpdump).
// Empty when it does not build.
std::string captureFilter(const DiagnosisInputs& in, const std::vector<std::string>& addresses = {});

// What a person runs by hand (manual mode, a finding's next step): `sudo` and
// the shell-quoted words.
// The fragmentation check's capture (the guided mode's tcpdump argv and
// filter) writing probes::CaptureFileName; `kernelBufferKiB` > 0 adds -B (a
// capture that lost packets). Empty when the filter does not build.
std::string captureByHand(const DiagnosisInputs& in, int kernelBufferKiB = 0);
// On the remote server: the SYNs that arrive for the destination's port.
std::string serverSynCaptureByHand(const DiagnosisInputs& in);

} // namespace natdoctor::diagnosis
