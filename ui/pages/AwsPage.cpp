#include "pages/AwsPage.h"

#include "WizardSession.h"
#include "charts/ChartStyle.h"
#include "charts/NatMetricChart.h"
#include "cloud/AwsParse.h"
#include "diagnosis/NatGatewayStep.h"
#include "pages/PageId.h"
#include "report/NatGatewaySection.h"
#include "tasks/DiagnosisController.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <ctime>

namespace natdoctor::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

AwsPage::AwsPage(WizardSession& session, QWidget* parent, Role role, DiagnosisController* controller)
    : QWizardPage(parent)
    , m_session(session)
    , m_role(role)
    , m_controller(controller)
{
    if (m_role == Role::AfterTest) {
        setTitle(tr("NAT gateway (AWS) during the test"));
        setSubTitle(
            tr("The gateway's metrics read again, so each chart covers natdoctor's test (shaded). Without an "
               "instance id, natdoctor reads it on the private instance (IMDSv2) over SSH."));
    } else {
        setTitle(tr("NAT gateway (AWS)"));
        setSubTitle(tr(
            "Optional: read the NAT gateway's own evidence (its route, network ACLs and CloudWatch metrics) "
            "with your AWS CLI. Read-only calls; nothing is stored outside this diagnosis."));
    }
    m_enabled = new QCheckBox(tr("&Read the NAT gateway's evidence from AWS"), this);
    m_enabled->setObjectName(QStringLiteral("awsEnabled"));
    m_inputs = new QWidget(this);
    m_profile = new QLineEdit(m_inputs);
    m_profile->setPlaceholderText(tr("default profile"));
    m_profile->setObjectName(QStringLiteral("awsProfile"));
    m_region = new QLineEdit(m_inputs);
    m_region->setPlaceholderText(tr("the profile's region"));
    m_region->setObjectName(QStringLiteral("awsRegion"));
    m_instance = new QLineEdit(m_inputs);
    m_instance->setPlaceholderText(
        tr("i-0123456789abcdef0, or empty: read on the private instance after the test"));
    m_instance->setObjectName(QStringLiteral("awsInstanceId"));
    m_endpoint = new QLineEdit(m_inputs);
    m_endpoint->setPlaceholderText(tr("optional, e.g. a VPC endpoint"));
    m_endpoint->setObjectName(QStringLiteral("awsEndpointUrl"));
    auto* form = new QFormLayout(m_inputs);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(tr("&Instance id:"), m_instance);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);

    m_run = new QPushButton(tr("Read from &AWS"), this);
    m_run->setObjectName(QStringLiteral("awsRun"));
    m_cancel = new QPushButton(tr("&Stop reading"), this);
    m_cancel->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("awsStatus"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_status, 1);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumHeight(64);
    m_path = new QLabel(this);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setObjectName(QStringLiteral("awsPath"));
    m_charts = new QWidget(this);
    m_chartGrid = new QGridLayout(m_charts);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(m_inputs);
    layout->addLayout(buttons);
    layout->addWidget(m_log);
    layout->addWidget(m_path);
    layout->addWidget(m_charts, 1);

    connect(m_enabled, &QCheckBox::toggled, this, &AwsPage::revalidate);
    connect(m_instance, &QLineEdit::textChanged, this, &AwsPage::revalidate);
    connect(m_endpoint, &QLineEdit::textChanged, this, &AwsPage::revalidate);
    connect(m_run, &QPushButton::clicked, this, &AwsPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &AwsPage::cancel);
    connect(&m_watcher, &QFutureWatcher<diagnosis::DiagnosisSession>::finished, this, [this] {
        diagnosis::DiagnosisSession result = m_watcher.result();
        if (!m_cancelFlag || result.cloud)
            m_session.diagnosis = std::move(result);
        finished();
    });
    if (m_role == Role::AfterTest) {
        m_enabled->setChecked(true);
        m_enabled->hide();
    }
    if (m_controller) {
        connect(m_controller, &DiagnosisController::awsStepFinished, this, &AwsPage::finishedOnWorker);
        connect(m_controller, &DiagnosisController::logLine, this, [this](const QString& line) {
            if (m_onWorker)
                m_log->appendPlainText(line);
        });
    }
}

AwsPage::~AwsPage()
{
    m_cancelFlag = true;
    m_watcher.waitForFinished();
}

void AwsPage::initializePage()
{
    if (m_role == Role::AfterTest && m_session.aws) {
        const cloud::AwsOptions& o = *m_session.aws;
        m_profile->setText(QString::fromStdString(o.profile));
        m_region->setText(QString::fromStdString(o.region));
        m_instance->setText(QString::fromStdString(o.instanceId));
        m_endpoint->setText(QString::fromStdString(o.endpointUrl));
    }
    revalidate();
    showResult();
    if (m_role == Role::AfterTest && m_run->isEnabled())
        start(); // the second read needs nothing more from the user
}

cloud::AwsOptions AwsPage::chosenOptions() const
{
    cloud::AwsOptions options;
    options.profile = m_profile->text().trimmed().toStdString();
    options.region = m_region->text().trimmed().toStdString();
    options.instanceId = m_instance->text().trimmed().toStdString();
    options.endpointUrl = m_endpoint->text().trimmed().toStdString();
    return options;
}

void AwsPage::revalidate()
{
    const bool on = m_enabled->isChecked();
    m_inputs->setEnabled(on && !m_running);
    static const QRegularExpression instanceId(QStringLiteral("^i-[0-9a-f]{8,17}$"));
    const QString endpoint = m_endpoint->text().trimmed();
    const bool instanceOk = instanceId.match(m_instance->text().trimmed()).hasMatch();
    const bool endpointOk = endpoint.isEmpty() || endpoint.startsWith(QLatin1String("https://"))
        || endpoint.startsWith(QLatin1String("http://"));
    const bool instanceEmpty = m_instance->text().trimmed().isEmpty();
    // After the test, an empty id is read over SSH on the private instance.
    const bool fromImds = m_role == Role::AfterTest && m_controller && m_session.diagnosis.inputs.privateHost;
    m_run->setEnabled(on && !m_running && (instanceOk || (instanceEmpty && fromImds)) && endpointOk);
    if (on && !m_running && instanceEmpty && m_role == Role::Setup)
        m_status->setText(
            tr("Without an instance id, natdoctor reads it on the private instance (IMDSv2) after the "
               "test, when it can reach it over SSH; give one to read from AWS now."));
    else if (on && !m_running && instanceEmpty && !fromImds)
        m_status->setText(
            tr("natdoctor could not reach the private instance over SSH: give its instance id."));
    else if (on && !m_running && !instanceOk && !instanceEmpty)
        m_status->setText(tr("The instance id looks like i-0123456789abcdef0."));
    else if (on && !m_running && !endpointOk)
        m_status->setText(tr("The endpoint URL starts with https:// or http://."));
    else if (!m_running && !m_session.diagnosis.cloud)
        m_status->setText(on ? QString() : tr("Skipped: the other checks do not need it."));
    emit completeChanged();
}

bool AwsPage::isComplete() const
{
    return !m_running;
}

bool AwsPage::validatePage()
{
    if (m_role == Role::AfterTest)
        return true;
    if (!m_enabled->isChecked()) {
        m_session.aws.reset();
        return true;
    }
    static const QRegularExpression instanceId(QStringLiteral("^i-[0-9a-f]{8,17}$"));
    const QString id = m_instance->text().trimmed();
    const QString endpoint = m_endpoint->text().trimmed();
    if ((!id.isEmpty() && !instanceId.match(id).hasMatch())
        || (!endpoint.isEmpty() && !endpoint.startsWith(QLatin1String("https://"))
            && !endpoint.startsWith(QLatin1String("http://"))))
        return false; // the status line says what is wrong
    m_session.aws = chosenOptions();
    return true;
}

void AwsPage::cleanupPage()
{
    cancel();
}

void AwsPage::start()
{
    if (m_running)
        return;
    const cloud::AwsOptions options = chosenOptions();
    m_running = true;
    m_cancelFlag = false;
    m_cancel->setEnabled(true);
    m_log->clear();
    m_status->setText(options.instanceId.empty()
                          ? tr("Reading the instance id on the private instance, then from AWS…")
                          : tr("Reading from AWS…"));
    revalidate();
    if (m_role == Role::AfterTest && m_controller) {
        // On the diagnosis thread, with its SSH settings and host-key prompts;
        // the session is quiet (the test has finished).
        if (m_session.aws)
            m_session.aws->instanceId = options.instanceId;
        m_onWorker = true;
        m_controller->startAwsStep(options);
        return;
    }
    // The step runs on a copy; nothing else changes the session while this page is shown.
    QPointer<AwsPage> self(this);
    auto log = [self](const std::string& line) {
        QMetaObject::invokeMethod(
            self,
            [self, text = QString::fromStdString(line)] {
                if (self)
                    self->m_log->appendPlainText(text);
            },
            Qt::QueuedConnection);
    };
    diagnosis::DiagnosisSession copy = m_session.diagnosis;
    m_watcher.setFuture(QtConcurrent::run([copy, options, log, flag = &m_cancelFlag]() mutable {
        cloud::NatGatewayStepHooks hooks;
        hooks.log = log;
        hooks.cancel = flag;
        cloud::runAwsStep(copy, nullptr, options, std::time(nullptr), hooks);
        return copy;
    }));
}

void AwsPage::cancel()
{
    m_cancelFlag = true;
    if (m_onWorker && m_controller)
        m_controller->cancel();
}

void AwsPage::finishedOnWorker()
{
    if (!m_onWorker)
        return;
    m_onWorker = false;
    finished();
}

void AwsPage::finished()
{
    const bool fromImds = m_running && m_instance->text().trimmed().isEmpty();
    m_running = false;
    m_cancel->setEnabled(false);
    const auto& r = m_session.diagnosis.cloud;
    QString status;
    if (!r)
        status = tr("Cancelled.");
    else if (r->problem == cloud::AwsProblem::None)
        status = tr("Done: every call and its answer is kept as evidence.");
    else
        status = tr("Not complete: %1. The other checks go on without it.").arg(q(r->problemDetail));
    if (r && fromImds && !r->path.instanceId.empty()) {
        // Read on the private instance: shown, and editable for another read.
        m_instance->setText(q(r->path.instanceId));
        if (m_session.aws)
            m_session.aws->instanceId = r->path.instanceId;
        status = tr("Instance id %1 read on the private instance (IMDSv2).").arg(q(r->path.instanceId)) + u' '
            + status;
    }
    m_status->setText(status);
    showResult();
    revalidate();
}

void AwsPage::showResult()
{
    while (QLayoutItem* item = m_chartGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto& r = m_session.diagnosis.cloud;
    m_path->setText(NatGatewaySection::pathLines(m_session.diagnosis).join(QLatin1Char('\n')));
    if (!r || !r->metricsRead)
        return;
    int index = 0;
    for (const std::string& name : cloud::natGatewayMetricNames()) {
        const cloud::MetricSeries* series = r->metric(name);
        if (!series)
            continue;
        auto* view = new QChartView(m_charts);
        view->setObjectName(QStringLiteral("awsChart-") + q(name));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 140);
        QChart* chart = createNatMetricChart(*series, *r);
        // Small on screen: no axis titles, small labels, few ticks (the report keeps the titles).
        makeCompact(chart, 7);
        replaceChart(view, chart);
        m_chartGrid->addWidget(view, index / 4, index % 4);
        view->show(); // the page is already visible
        ++index;
    }
}

int AwsPage::nextId() const
{
    return m_role == Role::AfterTest ? FindingsPageId : PublicHostPageId;
}

} // namespace natdoctor::ui
