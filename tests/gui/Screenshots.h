#pragma once

// Saves a screenshot of `widget` as NAME into $NATDOCTOR_SCREENSHOT_DIR (set by
// CTest; the README's pictures come from there). Without the variable: nothing.

#include <QDir>
#include <QTest>
#include <QWidget>

inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("NATDOCTOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name));
}
