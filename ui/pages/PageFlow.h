#pragma once

#include "WizardSession.h"
#include "diagnosis/DiagnosisEngine.h"
#include "pages/PageId.h"

namespace natdoctor::ui {

// The page that runs the step the diagnosis engine asks for next, so the
// wizard's branching is the engine's and never its own.
inline int pageForNextStep(const diagnosis::DiagnosisSession& session)
{
    switch (diagnosis::nextStepOf(session)) {
    case diagnosis::DiagnosisEngine::Step::FragmentationCheck:
        return FragmentationCheckPageId;
    case diagnosis::DiagnosisEngine::Step::RemoteServerCheck:
        return RemoteServerCheckPageId;
    case diagnosis::DiagnosisEngine::Step::TimestampTest:
        return PrivateInstanceTestPageId;
    case diagnosis::DiagnosisEngine::Step::Done:
        return FindingsPageId;
    }
    return FindingsPageId;
}

// The same for the guided wizard: once the steps are done, the AWS page's
// second read (the metrics covering the test) comes before the findings.
inline int pageForNextStep(const WizardSession& wizard, const diagnosis::DiagnosisSession& session)
{
    const int next = pageForNextStep(session);
    return next == FindingsPageId && wizard.aws ? AwsAfterTestPageId : next;
}

} // namespace natdoctor::ui
