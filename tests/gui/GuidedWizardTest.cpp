// The guided path of the wizard, offscreen, against real hosts over SSH: the
// lab (tests/lab) in gateway mode. The CTest entry passes the lab's addresses
// and SSH files in the environment; without them the test is skipped.
#include "Screenshots.h"
#include "Wizard.h"
#include "pages/FindingsPage.h"
#include "pages/FragmentationCheckPage.h"
#include "pages/PageId.h"
#include "pages/PrivateInstanceTestPage.h"
#include "tasks/DiagnosisController.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
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
        m_private = qEnvironmentVariable("NATDOCTOR_TEST_PRIVATE");
        m_privateNamespace = qEnvironmentVariable("NATDOCTOR_TEST_PRIVATE_NETNS");
    }

    void testConnectionAsksAboutAnUnknownKeyAndWritesOnlyOnConsent()
    {
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        Wizard wizard;
        QStringList asked;
        auto decision = natdoctor::remote::HostKeyDecision::Reject;
        wizard.controller().hostKeyPrompt = [&](const natdoctor::remote::HostKeyInfo& info) {
            asked << QString::fromStdString(info.fingerprint);
            return decision;
        };
        wizard.show();
        QWizardPage* page = goToPublicHost(wizard);
        page->findChild<QLineEdit*>(QStringLiteral("knownHosts"))->setText(knownHosts);
        auto* test = childWithText<QPushButton>(page, QStringLiteral("Test connection"));
        auto* status = page->findChild<QLabel*>(QStringLiteral("connectionStatus"));

        test->click(); // rejected: nothing written, no session
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.front().startsWith(QStringLiteral("SHA256:")));
        QVERIFY2(status->text().contains(QStringLiteral("reject"), Qt::CaseInsensitive),
                 qPrintable(status->text()));
        QVERIFY(!QFileInfo::exists(knownHosts) || QFileInfo(knownHosts).size() == 0);

        decision = natdoctor::remote::HostKeyDecision::AcceptAndSave;
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Connected")), qPrintable(status->text()));
        QVERIFY(QFileInfo(knownHosts).size() > 0);

        test->click(); // known now: no question
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
        QCOMPARE(asked.size(), 2);
    }

    void cancellingTheCaptureEndsTheStepAndLeavesNoTcpdump()
    {
        Wizard wizard;
        wizard.show();
        QWizardPage* page = goToPublicHost(wizard);
        Q_UNUSED(page);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FragmentationCheckPageId));
        auto* cancel = childWithText<QPushButton>(wizard.currentPage(), QStringLiteral("Cancel step"));
        QTest::qWait(2500); // the capture is running
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        const auto* outcome = wizard.session().diagnosis.outcome("fragmentation-check");
        QVERIFY(outcome && outcome->skipped);
        QTest::qWait(500);
        QCOMPARE(run({ QStringLiteral("pgrep"), QStringLiteral("-f"),
                       QStringLiteral("tcpdump -U --immediate-mode") }),
                 QString());
    }

    void stoppingTheCaptureKeepsWhatItCaptured()
    {
        Wizard wizard;
        wizard.show();
        goToPublicHost(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FragmentationCheckPageId));
        auto* check = qobject_cast<FragmentationCheckPage*>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(check->packetsShown() > 0, 30000); // capturing, trigger running
        childWithText<QPushButton>(wizard.currentPage(), QStringLiteral("Stop capture"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        const auto* outcome = wizard.session().diagnosis.outcome("fragmentation-check");
        QVERIFY(outcome && !outcome->skipped);
        QVERIFY(wizard.session().diagnosis.fragmentation.has_value());
        QVERIFY(wizard.session().diagnosis.fragmentation->capture.packets > 0);
    }

    void cancellingTheTimestampsTestRestoresTheSetting()
    {
        if (m_private.isEmpty())
            QSKIP("NATDOCTOR_TEST_PRIVATE is not set");
        Wizard wizard;
        wizard.controller().hostKeyPrompt = [](const natdoctor::remote::HostKeyInfo&) {
            return natdoctor::remote::HostKeyDecision::Reject;
        };
        wizard.show();
        // A small response: the 50 attempts of each phase take seconds, not minutes.
        goToPublicHost(wizard, QStringLiteral("/bytes/100"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 90000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RemoteAccessPageId));
        childWithText<QRadioButton>(wizard.currentPage(), QStringLiteral("private subnet"))->setChecked(true);
        wizard.currentPage()->findChildren<QLineEdit*>().at(1)->setText(m_private);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PrivateInstanceTestPageId));
        const QString original = timestamps();
        QTRY_COMPARE_WITH_TIMEOUT(timestamps(), QStringLiteral("0"), 60000); // the test changed it
        saveScreenshot(wizard, QStringLiteral("15-private-instance-test.png"));
        childWithText<QPushButton>(wizard.currentPage(), QStringLiteral("Cancel step"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
        QCOMPARE(timestamps(), original);
        auto* page = qobject_cast<PrivateInstanceTestPage*>(wizard.currentPage());
        QVERIFY2(page->restoreStatus().contains(QStringLiteral("restored")),
                 qPrintable(page->restoreStatus()));
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
        saveScreenshot(wizard, QStringLiteral("10-destination.png"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AwsPageId)); // optional, skipped here (tests/aws covers it)
        wizard.next();

        QCOMPARE(wizard.currentId(), int(PublicHostPageId));
        page = wizard.currentPage();
        page->findChild<QComboBox*>(QStringLiteral("sshTarget"))->setCurrentText(m_public);
        page->findChild<QLineEdit*>(QStringLiteral("knownHosts"))->setText(m_knownHosts);
        page->findChild<QLineEdit*>(QStringLiteral("identity"))->setText(m_identity);
        saveScreenshot(wizard, QStringLiteral("11-public-host.png"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(FragmentationCheckPageId));
        auto* check = qobject_cast<FragmentationCheckPage*>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 90000);
        QVERIFY2(check->packetsShown() > 0, "no packets captured");
        saveScreenshot(wizard, QStringLiteral("12-fragmentation-check.png"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(RemoteAccessPageId));
        saveScreenshot(wizard, QStringLiteral("13-remote-access.png"));
        wizard.next(); // "Neither" is the default
        QCOMPARE(wizard.currentId(), int(FindingsPageId));
        auto* findings = qobject_cast<FindingsPage*>(wizard.currentPage());
        QVERIFY(findings->shownFindingIds().contains(QStringLiteral("tcp-fragments-from-destination")));
        saveScreenshot(wizard, QStringLiteral("14-guided-findings.png"));
    }

private:
    QWizardPage* goToPublicHost(Wizard& wizard, const QString& path = {})
    {
        childWithText<QRadioButton>(wizard.currentPage(), QStringLiteral("Guided"))->setChecked(true);
        wizard.next();
        QWizardPage* page = wizard.currentPage();
        page->findChild<QLineEdit*>(QStringLiteral("destinationHost"))->setText(m_destination);
        page->findChild<QLineEdit*>(QStringLiteral("httpPath"))->setText(path.isEmpty() ? m_path : path);
        page->findChild<QSpinBox*>(QStringLiteral("destinationPort"))->setValue(m_port);
        wizard.next();
        if (wizard.currentId() == int(AwsPageId))
            wizard.next(); // optional, skipped here (tests/aws covers it)
        if (wizard.currentId() != int(PublicHostPageId))
            return nullptr;
        page = wizard.currentPage();
        page->findChild<QComboBox*>(QStringLiteral("sshTarget"))->setCurrentText(m_public);
        page->findChild<QLineEdit*>(QStringLiteral("knownHosts"))->setText(m_knownHosts);
        page->findChild<QLineEdit*>(QStringLiteral("identity"))->setText(m_identity);
        return page;
    }

    static QString run(const QStringList& command)
    {
        QProcess p;
        p.start(command.front(), command.mid(1));
        p.waitForFinished(10000);
        return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    }

    QString timestamps() const
    {
        return run({ QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"),
                     m_privateNamespace, QStringLiteral("cat"),
                     QStringLiteral("/proc/sys/net/ipv4/tcp_timestamps") });
    }

    template <typename T> static T* childWithText(QWidget* page, const QString& textPart)
    {
        for (T* child : page->findChildren<T*>()) {
            if (child->text().remove(QLatin1Char('&')).contains(textPart))
                return child;
        }
        return nullptr;
    }

    QString m_public;
    QString m_destination;
    int m_port = 80;
    QString m_path;
    QString m_knownHosts;
    QString m_identity;
    QString m_private;
    QString m_privateNamespace;
};

QTEST_MAIN(GuidedWizardTest)
#include "GuidedWizardTest.moc"
