#pragma once

#include "pages/RemoteStepPage.h"

class QLabel;

namespace natdoctor::ui {

// Step 2a, with access to the remote server: tcp_tw_recycle, the kernel
// release and the PAWS counters before and after a connection test.
class RemoteServerCheckPage : public RemoteStepPage
{
    Q_OBJECT
    Q_DISABLE_COPY(RemoteServerCheckPage)

public:
    RemoteServerCheckPage(WizardSession& session, DiagnosisController& controller, QWidget* parent = nullptr);

protected:
    void showResult() override;

private:
    QLabel* m_result = nullptr;
};

} // namespace natdoctor::ui
