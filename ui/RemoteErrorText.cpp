#include "RemoteErrorText.h"

#include <QCoreApplication>

namespace natdoctor::ui {

namespace {

// The translation context of this file's free functions, declared so that
// lupdate extracts the Tr::tr() calls under it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::RemoteErrorText)
};

} // namespace

QString remoteErrorText(const remote::RemoteError& error)
{
    using remote::RemoteErrorCode;
    const QString detail = QString::fromStdString(error.detail);
    QString what;
    switch (error.code) {
    case RemoteErrorCode::None:
        return {};
    case RemoteErrorCode::InvalidInput:
        what = Tr::tr("Invalid input");
        break;
    case RemoteErrorCode::ConnectionFailed:
        what = Tr::tr("Cannot connect");
        break;
    case RemoteErrorCode::ConnectionLost:
        what = Tr::tr("The connection was lost; what was collected so far is kept");
        break;
    case RemoteErrorCode::Timeout:
        what = Tr::tr("The host did not answer in time");
        break;
    case RemoteErrorCode::Cancelled:
        what = Tr::tr("Cancelled");
        break;
    case RemoteErrorCode::HostKeyUnknown:
        what = Tr::tr("Unknown host key");
        break;
    case RemoteErrorCode::HostKeyRejected:
        what = Tr::tr("You rejected the host key");
        break;
    case RemoteErrorCode::HostKeyChanged:
        what = Tr::tr("The host key has CHANGED since it was saved: this can be an attack. natdoctor refuses "
                      "to connect");
        break;
    case RemoteErrorCode::KnownHostsError:
        what = Tr::tr("Cannot read or write known_hosts");
        break;
    case RemoteErrorCode::AuthFailed:
        what = Tr::tr("Authentication failed");
        break;
    case RemoteErrorCode::ChannelFailed:
        what = Tr::tr("The remote command failed");
        break;
    case RemoteErrorCode::ForwardingRefused:
        what = Tr::tr("The jump host does not allow TCP forwarding (AllowTcpForwarding)");
        break;
    case RemoteErrorCode::SudoNeedsPassword:
        what = Tr::tr("sudo needs a password on that host; the findings give the command to run by hand");
        break;
    case RemoteErrorCode::CommandMissing:
        what = Tr::tr("A needed program is not installed on that host");
        break;
    }
    return detail.isEmpty() ? what : what + QStringLiteral(": ") + detail;
}

} // namespace natdoctor::ui
