// The wizard's "NAT gateway (AWS)" page against moto_server (tests/aws/moto.sh)
// through the real aws CLI, offscreen: Destination -> the AWS page -> read ->
// the path and one chart per metric; skipping it changes nothing.

#include "pages/AwsPage.h"

#include "../gui/Screenshots.h"
#include "TestSshd.h"
#include "Wizard.h"
#include "WizardSession.h"
#include "cloud/AwsParse.h"
#include "cloud/ProcessRunner.h"
#include "diagnosis/DiagnosisEngine.h"
#include "pages/PageFlow.h"
#include "pages/PageId.h"
#include "tasks/DiagnosisController.h"
#include "util/JsonValue.h"

#include <QChartView>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <ctime>
#include <filesystem>

using namespace natdoctor;
using namespace natdoctor::ui;

class AwsPageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_state;
    QString m_endpoint;
    JsonValue m_seed;

    void toAwsPage(Wizard& wizard)
    {
        wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("guided"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DestinationPageId));
        wizard.currentPage()
            ->findChild<QLineEdit*>(QStringLiteral("destinationHost"))
            ->setText(QStringLiteral("203.0.113.10"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AwsPageId));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        cloud::ProcessOptions o;
        o.timeout = std::chrono::minutes(10);
        const auto r = cloud::runProcess(
            { "bash", NATDOCTOR_AWS_TEST_DIR "/moto.sh", "start", m_state.path().toStdString() }, o);
        QVERIFY2(r.started && r.exitStatus == 0,
                 ("cannot run the AWS tests: " + (r.started ? r.err : r.startError)).c_str());
        m_endpoint = QString::fromStdString(r.out).trimmed();
        QFile seed(m_state.filePath(QStringLiteral("seed.json")));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        std::string error;
        auto doc = JsonValue::parse(seed.readAll().toStdString(), error);
        QVERIFY2(doc, error.c_str());
        m_seed = *doc;
        qputenv("AWS_CONFIG_FILE", m_state.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_state.filePath(QStringLiteral("credentials")).toLocal8Bit());
        qputenv("AWS_EC2_METADATA_DISABLED", "true");
        for (const char* name : { "AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                                  "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION", "AWS_REGION" })
            qunsetenv(name);
    }

    void cleanupTestCase()
    {
        cloud::runProcess(
            { "bash", NATDOCTOR_AWS_TEST_DIR "/moto.sh", "stop", m_state.path().toStdString() });
    }

    void readsTheGatewayAndChartsEachMetric()
    {
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        toAwsPage(wizard);
        QWizardPage* page = wizard.currentPage();
        auto* run = page->findChild<QPushButton*>(QStringLiteral("awsRun"));
        QVERIFY(!run->isEnabled()); // off until asked for
        page->findChild<QCheckBox*>(QStringLiteral("awsEnabled"))->setChecked(true);
        page->findChild<QLineEdit*>(QStringLiteral("awsRegion"))
            ->setText(QString::fromStdString(m_seed["ports"]["region"].asString()));
        page->findChild<QLineEdit*>(QStringLiteral("awsInstanceId"))->setText(QStringLiteral("not-an-id"));
        QVERIFY(!run->isEnabled());
        page->findChild<QLineEdit*>(QStringLiteral("awsInstanceId"))
            ->setText(QString::fromStdString(m_seed["ports"]["instance"].asString()));
        page->findChild<QLineEdit*>(QStringLiteral("awsEndpointUrl"))->setText(m_endpoint);
        QVERIFY(run->isEnabled());
        run->click();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // while it reads
        // Waits for the step to end (the CLI's own timeouts bound it), not a timing assertion.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 600000);
        const auto& cloud = wizard.session().diagnosis.cloud;
        QVERIFY(cloud);
        QCOMPARE(int(cloud->problem), int(cloud::AwsProblem::None));
        const QString path = page->findChild<QLabel*>(QStringLiteral("awsPath"))->text();
        QVERIFY2(path.contains(QString::fromStdString(m_seed["ports"]["nat"].asString())), qPrintable(path));
        QCOMPARE(page->findChildren<QChartView*>().size(), 8);
        for (QChartView* view : page->findChildren<QChartView*>())
            QVERIFY(view->isVisible());
        QVERIFY(std::any_of(wizard.session().diagnosis.findings.begin(),
                            wizard.session().diagnosis.findings.end(),
                            [](const auto& f) { return f.id == "nat-port-allocation-errors"; }));
        saveScreenshot(wizard, QStringLiteral("14-nat-gateway-aws.png"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PublicHostPageId));
    }

    // With the page on, it comes again after the test: no instance id given,
    // so natdoctor reads it on the private instance through IMDSv2 over SSH
    // (a real sshd on 127.0.0.1 whose PATH has a stand-in `curl` for the
    // metadata service), shows it in the field, and the charts cover the test.
    void afterTheTestReadsTheInstanceIdOverSsh()
    {
        ::unsetenv("SSH_AUTH_SOCK");
        test::TempDir dir;
        QVERIFY(test::generateKey(dir.file("id_user")));
        test::writeFile(dir.file("authorized_keys"), test::readFile(dir.file("id_user.pub")));
        const std::string instance = m_seed["ports"]["instance"].asString();
        const std::string bin = dir.file("imds-bin");
        std::filesystem::create_directories(bin);
        test::writeFile(bin + "/curl",
                        "#!/bin/sh\n"
                        "case \"$*\" in\n"
                        "  *169.254.169.254/latest/api/token*) printf 'token-1' ;;\n"
                        "  *169.254.169.254/latest/meta-data/instance-id*) printf '%s' '"
                            + instance
                            + "' ;;\n"
                              "  *) exit 7 ;;\n"
                              "esac\n");
        std::filesystem::permissions(bin + "/curl", std::filesystem::perms::owner_all);
        test::TestSshd::Config config;
        config.extraConfig = "SetEnv PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin\n";
        test::TestSshd server(dir.path(), "private", config);
        std::string error;
        QVERIFY2(server.start(error), error.c_str());
        test::writeFile(dir.file("known_hosts"),
                        "[127.0.0.1]:" + std::to_string(server.port()) + " "
                            + test::readFile(server.hostKeyPub()));

        WizardSession session;
        session.mode = WizardMode::Guided;
        auto& d = session.diagnosis;
        d.inputs.destinationHost = "203.0.113.10";
        d.inputs.destinationPort = 443;
        d.inputs.privateHost
            = diagnosis::SshTarget { "root", "127.0.0.1", static_cast<uint16_t>(server.port()) };
        const int64_t started = std::time(nullptr) - 120;
        d.startedAt = cloud::isoTime(started);
        d.steps.push_back({ "timestamp-test", false, {}, {} }); // the test ran
        cloud::AwsOptions options;
        options.region = m_seed["ports"]["region"].asString();
        options.endpointUrl = m_endpoint.toStdString();
        session.aws = options; // what the first AWS page kept, without an instance id
        // Once the steps are done, the second AWS page comes before the findings.
        diagnosis::DiagnosisSession done;
        diagnosis::DiagnosisEngine engine(done);
        for (auto step = engine.nextStep(); step != diagnosis::DiagnosisEngine::Step::Done;
             step = engine.nextStep())
            engine.skipStep(step, "not needed here");
        QCOMPARE(pageForNextStep(session, done), int(AwsAfterTestPageId));
        QCOMPARE(pageForNextStep(WizardSession {}, done), int(FindingsPageId));

        DiagnosisController controller(d, nullptr);
        controller.setSshFiles(QString::fromStdString(dir.file("known_hosts")),
                               QString::fromStdString(dir.file("id_user")));
        AwsPage page(session, nullptr, AwsPage::Role::AfterTest, &controller);
        page.resize(1000, 700);
        page.show();
        page.initializePage(); // starts by itself: nothing to ask
        QVERIFY(!page.isComplete());
        // Waits for the step (SSH, then the CLI's calls), not a timing assertion.
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 600000);
        QVERIFY(d.cloud);
        QCOMPARE(int(d.cloud->problem), int(cloud::AwsProblem::None));
        auto* field = page.findChild<QLineEdit*>(QStringLiteral("awsInstanceId"));
        QCOMPARE(field->text().toStdString(), instance); // shown
        QVERIFY(field->isEnabled()); // and editable for another read
        QCOMPARE(session.aws->instanceId, instance);
        QVERIFY2(
            page.findChild<QLabel*>(QStringLiteral("awsStatus"))->text().contains(QStringLiteral("IMDSv2")),
            qPrintable(page.findChild<QLabel*>(QStringLiteral("awsStatus"))->text()));
        // The charts cover the test: its window is inside the metrics' and marked.
        QCOMPARE(d.cloud->testTime, started);
        QVERIFY(d.cloud->testEnd >= started);
        QVERIFY(d.cloud->windowStart <= d.cloud->testTime && d.cloud->windowEnd >= d.cloud->testEnd);
        QCOMPARE(page.findChildren<QChartView*>().size(), 8);
        QCOMPARE(page.nextId(), int(FindingsPageId));
    }

    void skippingChangesNothing()
    {
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        toAwsPage(wizard);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PublicHostPageId));
        QVERIFY(!wizard.session().diagnosis.cloud);
    }
};

QTEST_MAIN(AwsPageTest)
#include "AwsPageTest.moc"
