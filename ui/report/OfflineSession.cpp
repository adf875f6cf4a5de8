#include "report/OfflineSession.h"

#include "analysis/SummaryFormat.h"
#include "util/UtcTime.h"
#include "util/Version.h"

namespace natdoctor::ui {

diagnosis::DiagnosisSession sessionFromCapture(const analysis::CaptureSummary& summary,
                                               const std::string& captureFile,
                                               const findings::CaptureContext& context)
{
    diagnosis::DiagnosisSession session;
    session.startedAt = utcNowIso8601();
    session.natdoctorVersion = std::string(version());
    diagnosis::FragmentationCheckResult result;
    result.capture = summary;
    result.largestResponseBytes = summary.tcp.largestResponseBytes;
    session.fragmentation = std::move(result);

    diagnosis::Evidence e;
    e.step = "capture-analysis";
    e.host = "local";
    e.command = "natdoctor analyze " + captureFile;
    e.output = analysis::summaryToText(summary);
    e.exitStatus = 0;
    e.summary = std::to_string(summary.packets) + " packets, " + std::to_string(summary.fragments.packets)
        + " fragments, " + std::to_string(summary.tcp.connections) + " connection attempts";
    const size_t index = session.addEvidence(std::move(e));
    session.steps.push_back({ "capture-analysis", false, {}, { index } });

    session.findings = findings::captureFindings(summary, context);
    for (findings::Finding& f : session.findings) {
        if (f.evidence.empty())
            f.evidence.push_back(index);
    }
    return session;
}

} // namespace natdoctor::ui
