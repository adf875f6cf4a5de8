// The guided path of the wizard, offscreen, against real hosts over SSH: the
// lab (tests/lab) in gateway mode. The CTest entry passes the lab's addresses
// and SSH files in the environment; without them the test is skipped.
#include "Wizard.h"
#include "pages/FindingsPage.h"
#include "pages/FragmentationCheckPage.h"
#include "pages/PageId.h"
#include "tasks/DiagnosisController.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace natdoctor::ui;

class GuidedWizardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("natdoctor-tests"));
        m_public = qEnvironmentVariable("NATDOCTOR_TEST_PUBLIC");
        if (m_public.isEmpty())
            QSKIP("NATDOCTOR_TEST_PUBLIC is not set (the lab test sets it)");
        m_destination = qEnvironmentVariable("NATDOCTOR_TEST_DEST");
        m_port = qEnvironmentVariableIntValue("NATDOCTOR_TEST_PORT");
        m_path = qEnvironmentVariable("NATDOCTOR_TEST_PATH");
        m_knownHosts = qEnvironmentVariable("NATDOCTOR_TEST_KNOWN_HOSTS");
        m_identity = qEnvironmentVariable("NATDOCTOR_TEST_IDENTITY");
    }

    void gatewayModeFindsFragmentsFromTheDestination()
    {
        Wizard wizard;
        wizard.controller().hostKeyPrompt = [](const natdoctor::remote::HostKeyInfo&) {
            return natdoctor::remote::HostKeyDecision::Reject; // the lab's known_hosts has every key
        };
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        childWithText<QRadioButton>(wizard.currentPage(), QStringLiteral("Guided"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DestinationPageId));
        QWizardPage* page = wizard.currentPage();
        page->findChild<QLineEdit*>(QStringLiteral("destinationHost"))->setText(m_destination);
        page->findChild<QLineEdit*>(QStringLiteral("httpPath"))->setText(m_path);
        page->findChild<QSpinBox*>(QStringLiteral("destinationPort"))->setValue(m_port);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        save(wizard, QStringLiteral("10-destination.png"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(PublicHostPageId));
        page = wizard.currentPage();
        page->findChild<QComboBox*>(QStringLiteral("sshTarget"))->setCurrentText(m_public);
        page->findChild<QLineEdit*>(QStringLiteral("knownHosts"))->setText(m_knownHosts);
        page->findChild<QLineEdit*>(QStringLiteral("identity"))->setText(m_identity);
        save(wizard, QStringLiteral("11-public-host.png"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(FragmentationCheckPageId));
        auto* check = qobject_cast<FragmentationCheckPage*>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 90000);
        QVERIFY2(check->packetsShown() > 0, "no packets captured");
        save(wizard, QStringLiteral("12-fragmentation-check.png"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(RemoteAccessPageId));
        save(wizard, QStringLiteral("13-remote-access.png"));
        wizard.next(); // "Neither" is the default
        QCOMPARE(wizard.currentId(), int(FindingsPageId));
        auto* findings = qobject_cast<FindingsPage*>(wizard.currentPage());
        QVERIFY(findings->shownFindingIds().contains(QStringLiteral("tcp-fragments-from-destination")));
        save(wizard, QStringLiteral("14-guided-findings.png"));
    }

private:
    template <typename T>
    static T* childWithText(QWidget* page, const QString& textPart)
    {
        for (T* child : page->findChildren<T*>()) {
            if (child->text().remove(QLatin1Char('&')).contains(textPart))
                return child;
        }
        return nullptr;
    }

    static void save(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("NATDOCTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget.grab().save(dir + QLatin1Char('/') + name);
    }

    QString m_public;
    QString m_destination;
    int m_port = 80;
    QString m_path;
    QString m_knownHosts;
    QString m_identity;
};

QTEST_MAIN(GuidedWizardTest)
#include "GuidedWizardTest.moc"
