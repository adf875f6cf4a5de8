#pragma once

#include "diagnosis/DiagnosisInputs.h"

#include <string>

namespace natdoctor::diagnosis {

// Manual mode: the exact commands natdoctor would run, for the user to copy,
// run by hand and paste back (or, for the capture, open the file). The same
// core parsers read what comes back.
struct ManualCommands
{
    std::string capture; // on the public host: tcpdump into natdoctor.pcap
    std::string trigger; // on the public host, while it captures
    std::string serverCheck; // on the remote server: kernel, tcp_tw_recycle, counters
    std::string probe; // on a private instance: the connection probe
    std::string timestampsOff; // then the probe again, then timestampsRestore
    std::string timestampsRestore;
};

// Empty strings where the inputs do not validate (the wizard validates first).
// Every command comes from the guided mode's builders (CommandBuilders.h,
// SudoersLines.h): the same capture argv and filter, trigger, probe, sysctl
// and dead-man commands.
ManualCommands manualCommands(const DiagnosisInputs& inputs);

// How long the manual mode's dead-man waits before restoring: the probe's
// longest run plus two minutes (a person cannot renew a lease).
int manualDeadManSeconds(int attempts);

} // namespace natdoctor::diagnosis
