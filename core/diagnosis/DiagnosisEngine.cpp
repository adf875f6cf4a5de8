#include "diagnosis/DiagnosisEngine.h"

#include "diagnosis/DiagnosisRules.h"

namespace natdoctor::diagnosis {

std::string_view stepName(DiagnosisEngine::Step step)
{
    switch (step) {
    case DiagnosisEngine::Step::FragmentationCheck:
        return "fragmentation-check";
    case DiagnosisEngine::Step::RemoteServerCheck:
        return "remote-server-check";
    case DiagnosisEngine::Step::TimestampTest:
        return "timestamp-test";
    case DiagnosisEngine::Step::Done:
        return "done";
    }
    return "done";
}

DiagnosisEngine::DiagnosisEngine(DiagnosisSession& session)
    : m_session(session)
{
}

DiagnosisEngine::Step nextStepOf(const DiagnosisSession& session)
{
    using Step = DiagnosisEngine::Step;
    const auto done = [&](Step s) { return session.outcome(stepName(s)) != nullptr; };
    // 1. Always first: does the destination send fragments? (public host)
    if (!done(Step::FragmentationCheck))
        return Step::FragmentationCheck;
    // 2. With access to the remote server, read tcp_tw_recycle there ...
    if (session.inputs.remoteServer && !done(Step::RemoteServerCheck))
        return Step::RemoteServerCheck;
    // 3. ... without it, compare connections with and without timestamps from
    //    a private instance.
    if (!session.inputs.remoteServer && session.inputs.privateHost && !done(Step::TimestampTest))
        return Step::TimestampTest;
    // 4. The server could not be reached: the private-instance test answers
    //    the same question without it.
    const StepOutcome* server = session.outcome(stepName(Step::RemoteServerCheck));
    if (server && server->skipped && !server->cancelled && session.inputs.privateHost
        && !done(Step::TimestampTest))
        return Step::TimestampTest;
    return Step::Done;
}

DiagnosisEngine::Step DiagnosisEngine::nextStep() const
{
    return nextStepOf(m_session);
}

void DiagnosisEngine::finishStep(Step step, std::vector<size_t> evidence)
{
    std::erase_if(m_session.steps, [&](const StepOutcome& o) { return o.step == stepName(step); });
    m_session.steps.push_back({ std::string(stepName(step)), false, {}, std::move(evidence) });
    m_session.findings = deriveFindings(m_session);
}

void DiagnosisEngine::recordFragmentationCheck(FragmentationCheckResult result, std::vector<size_t> evidence)
{
    m_session.fragmentation = std::move(result);
    finishStep(Step::FragmentationCheck, std::move(evidence));
}

void DiagnosisEngine::recordRemoteServerCheck(RemoteServerResult result, std::vector<size_t> evidence)
{
    m_session.remoteServer = std::move(result);
    finishStep(Step::RemoteServerCheck, std::move(evidence));
}

void DiagnosisEngine::recordTimestampTest(TimestampTestResult result, std::vector<size_t> evidence)
{
    m_session.timestampTest = std::move(result);
    finishStep(Step::TimestampTest, std::move(evidence));
}

void DiagnosisEngine::recordSudoProblem(SudoProblem problem, std::vector<size_t> evidence)
{
    m_session.sudoProblems.push_back(std::move(problem));
    (void)evidence;
    m_session.findings = deriveFindings(m_session);
}

void DiagnosisEngine::skipStep(Step step, const std::string& why, std::vector<size_t> evidence,
                               bool cancelled, remote::RemoteError error)
{
    std::erase_if(m_session.steps, [&](const StepOutcome& o) { return o.step == stepName(step); });
    m_session.steps.push_back(
        { std::string(stepName(step)), true, why, std::move(evidence), cancelled, std::move(error) });
    m_session.findings = deriveFindings(m_session);
}

} // namespace natdoctor::diagnosis
