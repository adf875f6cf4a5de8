#pragma once

// Saves a screenshot of `widget` as NAME into $NATDOCTOR_SCREENSHOT_DIR (set by
// CTest; the README's pictures come from there). Without the variable: nothing.

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QWidget>

inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("NATDOCTOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString path = dir + QLatin1Char('/') + name; // NAME may hold a folder (en/01-welcome.png)
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (int i = 0; i < 3; ++i) // settled layouts (a command box fits its height to its width once shown)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget.grab().save(path));
}
