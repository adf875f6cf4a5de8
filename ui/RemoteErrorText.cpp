#include "RemoteErrorText.h"

#include <QCoreApplication>

namespace natdoctor::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("natdoctor::ui::RemoteErrorText", text);
}

} // namespace

QString remoteErrorText(const remote::RemoteError& error)
{
    using remote::RemoteErrorCode;
    const QString detail = QString::fromStdString(error.detail);
    QString what;
    switch (error.code) {
    case RemoteErrorCode::None: return {};
    case RemoteErrorCode::InvalidInput: what = tr("Invalid input"); break;
    case RemoteErrorCode::ConnectionFailed: what = tr("Cannot connect"); break;
    case RemoteErrorCode::ConnectionLost: what = tr("The connection was lost; what was collected so far is kept"); break;
    case RemoteErrorCode::Timeout: what = tr("The host did not answer in time"); break;
    case RemoteErrorCode::Cancelled: what = tr("Cancelled"); break;
    case RemoteErrorCode::HostKeyUnknown: what = tr("Unknown host key"); break;
    case RemoteErrorCode::HostKeyRejected: what = tr("You rejected the host key"); break;
    case RemoteErrorCode::HostKeyChanged:
        what = tr("The host key has CHANGED since it was saved: this can be an attack. natdoctor refuses to connect");
        break;
    case RemoteErrorCode::KnownHostsError: what = tr("Cannot read or write known_hosts"); break;
    case RemoteErrorCode::AuthFailed: what = tr("Authentication failed"); break;
    case RemoteErrorCode::ChannelFailed: what = tr("The remote command failed"); break;
    case RemoteErrorCode::ForwardingRefused:
        what = tr("The jump host does not allow TCP forwarding (AllowTcpForwarding)");
        break;
    case RemoteErrorCode::SudoNeedsPassword:
        what = tr("sudo needs a password on that host; the findings give the command to run by hand");
        break;
    case RemoteErrorCode::CommandMissing: what = tr("A needed program is not installed on that host"); break;
    }
    return detail.isEmpty() ? what : what + QStringLiteral(": ") + detail;
}

} // namespace natdoctor::ui
