// The wizard's "NAT gateway (AWS)" page against moto_server (tests/aws/moto.sh)
// through the real aws CLI, offscreen: Destination -> the AWS page -> read ->
// the path and one chart per metric; skipping it changes nothing.

#include "Wizard.h"
#include "WizardSession.h"
#include "cloud/ProcessRunner.h"
#include "pages/PageId.h"
#include "util/JsonValue.h"

#include "../gui/Screenshots.h"

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
        wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("destinationHost"))->setText(QStringLiteral("203.0.113.10"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AwsPageId));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        cloud::ProcessOptions o;
        o.timeout = std::chrono::minutes(10);
        const auto r = cloud::runProcess({ "bash", NATDOCTOR_AWS_TEST_DIR "/moto.sh", "start", m_state.path().toStdString() }, o);
        QVERIFY2(r.started && r.exitStatus == 0, ("cannot run the AWS tests: " + (r.started ? r.err : r.startError)).c_str());
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
        for (const char* name : { "AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                 "AWS_DEFAULT_REGION", "AWS_REGION" })
            qunsetenv(name);
    }

    void cleanupTestCase()
    {
        cloud::runProcess({ "bash", NATDOCTOR_AWS_TEST_DIR "/moto.sh", "stop", m_state.path().toStdString() });
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
        page->findChild<QLineEdit*>(QStringLiteral("awsRegion"))->setText(QString::fromStdString(m_seed["ports"]["region"].asString()));
        page->findChild<QLineEdit*>(QStringLiteral("awsInstanceId"))->setText(QStringLiteral("not-an-id"));
        QVERIFY(!run->isEnabled());
        page->findChild<QLineEdit*>(QStringLiteral("awsInstanceId"))->setText(QString::fromStdString(m_seed["ports"]["instance"].asString()));
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
        QVERIFY(std::any_of(wizard.session().diagnosis.findings.begin(), wizard.session().diagnosis.findings.end(),
            [](const auto& f) { return f.id == "nat-port-allocation-errors"; }));
        saveScreenshot(wizard, QStringLiteral("14-nat-gateway-aws.png"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PublicHostPageId));
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
