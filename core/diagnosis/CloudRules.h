#pragma once

#include "diagnosis/DiagnosisSession.h"

#include <vector>

namespace natdoctor::diagnosis {

// Findings from the AWS step (session.cloud): the NAT gateway's CloudWatch
// metrics, the path's network ACLs, and what could not be read. `out` holds
// the findings derived so far (the fragmentation and tw_recycle ones), which
// the gateway's metrics corroborate. None of these is an all-clear.
void cloudFindings(const DiagnosisSession& session, std::vector<Finding>& out);

} // namespace natdoctor::diagnosis
