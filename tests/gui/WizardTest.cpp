// The wizard opens on its Welcome page, offscreen.
#include "Wizard.h"
#include "pages/PageId.h"

#include <QDir>
#include <QLabel>
#include <QTest>

class WizardTest : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheWelcomePage()
    {
        natdoctor::ui::Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(natdoctor::ui::WelcomePageId));
        QVERIFY(wizard.currentPage()->title().contains(QStringLiteral("NAT Doctor")));
        const auto labels = wizard.currentPage()->findChildren<QLabel*>();
        const bool explainsCauses = std::any_of(labels.begin(), labels.end(),
            [](const QLabel* l) { return l->text().contains(QStringLiteral("tcp_tw_recycle")); });
        QVERIFY(explainsCauses);
        saveScreenshot(wizard, QStringLiteral("welcome.png"));
    }

private:
    static void saveScreenshot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("NATDOCTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name));
    }
};

QTEST_MAIN(WizardTest)
#include "WizardTest.moc"
