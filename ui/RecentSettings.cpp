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

namespace {

void addRecent(const QString& key, const QString& value)
{
    QSettings settings;
    QStringList list = settings.value(key).toStringList();
    list.removeAll(value);
    list.prepend(value);
    while (list.size() > 10)
        list.removeLast();
    settings.setValue(key, list);
}

} // namespace

QStringList recentDestinations()
{
    return QSettings().value(QStringLiteral("recent/destinations")).toStringList();
}

void addRecentDestination(const QString& host)
{
    addRecent(QStringLiteral("recent/destinations"), host);
}

QStringList recentHosts()
{
    return QSettings().value(QStringLiteral("recent/hosts")).toStringList();
}

void addRecentHost(const QString& target)
{
    addRecent(QStringLiteral("recent/hosts"), target);
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
