#include "RecentSettings.h"

#include <QDir>
#include <QSettings>

namespace natdoctor::ui::RecentSettings {

QString lastCaptureDirectory()
{
    return QSettings().value(QStringLiteral("paths/lastCaptureDirectory"), QDir::homePath()).toString();
}

void setLastCaptureDirectory(const QString& dir)
{
    QSettings().setValue(QStringLiteral("paths/lastCaptureDirectory"), dir);
}

QByteArray windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

void setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(QStringLiteral("window/geometry"), geometry);
}

} // namespace natdoctor::ui::RecentSettings
