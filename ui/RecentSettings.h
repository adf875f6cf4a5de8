#pragma once

#include <QString>
#include <QStringList>

namespace natdoctor::ui {

// What the wizard remembers between runs (QSettings): directories, recent
// hosts and destinations, window geometry. Never a secret.
namespace RecentSettings {
QString lastCaptureDirectory();
void setLastCaptureDirectory(const QString& dir);
QStringList recentDestinations();
void addRecentDestination(const QString& host);
QStringList recentHosts(); // SSH targets
void addRecentHost(const QString& target);
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);
} // namespace RecentSettings

} // namespace natdoctor::ui
