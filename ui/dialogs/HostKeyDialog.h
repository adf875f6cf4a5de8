#pragma once

#include "remote/SshOptions.h"

#include <QDialog>

namespace natdoctor::ui {

// An unknown host key: its type and SHA256 fingerprint (as `ssh-keygen -lf`
// prints it). Accept once, accept and save to known_hosts, or reject, which
// is the default button.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(HostKeyDialog)

public:
    HostKeyDialog(const remote::HostKeyInfo& info, QWidget* parent = nullptr);

    remote::HostKeyDecision decision() const { return m_decision; }

private:
    remote::HostKeyDecision m_decision = remote::HostKeyDecision::Reject;
};

} // namespace natdoctor::ui
