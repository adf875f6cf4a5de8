#pragma once

#include <QString>

namespace natdoctor::ui {

// What the wizard remembers between runs (QSettings): directories, recent
// hosts and destinations, window geometry. Never a secret.
namespace RecentSettings {
QString lastCaptureDirectory();
void setLastCaptureDirectory(const QString& dir);
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);
} // namespace RecentSettings

} // namespace natdoctor::ui
