#include "ManualServerPage.h"

#include "WizardSession.h"
#include "diagnosis/DiagnosisEngine.h"
#include "diagnosis/DiagnosisRules.h"
#include "diagnosis/ManualCommands.h"
#include "pages/PageId.h"
#include "widgets/CommandBox.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace natdoctor::ui {

ManualServerPage::ManualServerPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("tcp_tw_recycle, by hand"));
    setSubTitle(tr(
        "Either part is optional. With access to the remote server, run the first command there. "
        "Without it, run the connection probe on an instance in the private subnet, with TCP timestamps on "
        "and then off."));
    auto* server = new QGroupBox(tr("On the remote server"), this);
    m_server = new CommandBox(tr("Reads tcp_tw_recycle, the kernel release and the TCP counters:"), server);
    m_serverOutput = pasteBox(tr("Output of the remote server command"));
    auto* serverLayout = new QVBoxLayout(server);
    serverLayout->addWidget(m_server);
    serverLayout->addWidget(new QLabel(tr("Paste its output:"), server));
    serverLayout->addWidget(m_serverOutput);

    auto* priv = new QGroupBox(tr("On an instance in the private subnet"), this);
    m_probe = new CommandBox(tr("1. The connection probe (timestamps as they are):"), priv);
    m_baselineOutput = pasteBox(tr("Output of the first probe"));
    m_off = new CommandBox(tr("2. Turn TCP timestamps off, then run the probe again:"), priv);
    m_offOutput = pasteBox(tr("Output of the second probe"));
    m_restore = new CommandBox(tr("3. Restore the setting:"), priv);
    m_probe->setCopyNumber(1);
    m_off->setCopyNumber(2);
    m_restore->setCopyNumber(3);
    auto* privLayout = new QVBoxLayout(priv);
    privLayout->addWidget(m_probe);
    privLayout->addWidget(m_baselineOutput);
    privLayout->addWidget(m_off);
    privLayout->addWidget(m_offOutput);
    privLayout->addWidget(m_restore);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(server);
    contentLayout->addWidget(priv);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
}

QPlainTextEdit* ManualServerPage::pasteBox(const QString& accessibleName)
{
    auto* box = new QPlainTextEdit(this);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setAccessibleName(accessibleName);
    box->setPlaceholderText(tr("paste here"));
    box->setTabChangesFocus(true);
    box->setFixedHeight(90);
    return box;
}

void ManualServerPage::initializePage()
{
    const diagnosis::ManualCommands c = diagnosis::manualCommands(m_session.diagnosis.inputs);
    m_server->setCommand(QString::fromStdString(c.serverCheck));
    m_probe->setCommand(QString::fromStdString(c.probe));
    m_off->setCommand(QString::fromStdString(c.timestampsOff));
    m_restore->setCommand(QString::fromStdString(c.timestampsRestore));
    m_problem->clear();
}

namespace {

// What the user pasted, kept as the evidence of its step (the report's
// evidence tables and appendix show it like a command natdoctor ran).
size_t addPasted(diagnosis::DiagnosisSession& s, diagnosis::DiagnosisEngine::Step step,
                 const std::string& host, const std::string& command, const std::string& output,
                 const std::string& summary)
{
    diagnosis::Evidence e;
    e.step = std::string(diagnosis::stepName(step));
    e.host = host;
    e.command = command;
    e.output = output.substr(0, diagnosis::Evidence::kMaxEvidenceOutput);
    e.outputCut = output.size() > diagnosis::Evidence::kMaxEvidenceOutput;
    e.summary = summary;
    return s.addEvidence(std::move(e));
}

} // namespace

bool ManualServerPage::validatePage()
{
    forgetPastedResults();
    using Step = diagnosis::DiagnosisEngine::Step;
    const diagnosis::ManualCommands commands = diagnosis::manualCommands(m_session.diagnosis.inputs);
    diagnosis::DiagnosisEngine engine(m_session.diagnosis);
    const std::string server = m_serverOutput->toPlainText().toStdString();
    if (!server.empty()) {
        auto snapshot = probes::parseKernelProbe(server);
        if (!snapshot) {
            m_problem->setText(tr("The remote server's output cannot be read: %1")
                                   .arg(QString::fromStdString(snapshot.error)));
            return false;
        }
        m_session.diagnosis.inputs.remoteServer = diagnosis::SshTarget { {}, "remote server (by hand)", 22 };
        diagnosis::RemoteServerResult result;
        result.before = *snapshot.value;
        const size_t e = addPasted(m_session.diagnosis, Step::RemoteServerCheck, "remote server (by hand)",
                                   commands.serverCheck, server,
                                   "pasted by hand: the remote server's settings and counters");
        engine.recordRemoteServerCheck(std::move(result), { e });
    }
    const std::string before = m_baselineOutput->toPlainText().toStdString();
    const std::string after = m_offOutput->toPlainText().toStdString();
    if (!before.empty() || !after.empty()) {
        auto baseline = probes::parseConnectionProbe(before);
        auto off = probes::parseConnectionProbe(after);
        if (!baseline || !off || baseline.value->attempts.empty() || off.value->attempts.empty()) {
            m_problem->setText(
                tr("Paste the output of both probes (one \"attempt=…\" line per connection)."));
            return false;
        }
        if (!m_session.diagnosis.inputs.remoteServer)
            m_session.diagnosis.inputs.privateHost
                = diagnosis::SshTarget { {}, "private instance (by hand)", 22 };
        diagnosis::TimestampTestResult test;
        test.baseline = *baseline.value;
        test.withoutTimestamps = *off.value;
        test.blocks = 2; // one run each, by hand
        test.restored = true;
        test.restoreDetail = "restored by hand (step 3)";
        const size_t first
            = addPasted(m_session.diagnosis, Step::TimestampTest, "private instance (by hand)",
                        commands.probe, before, "pasted by hand: the probe with TCP timestamps as they are");
        const size_t second
            = addPasted(m_session.diagnosis, Step::TimestampTest, "private instance (by hand)",
                        commands.timestampsOff, after, "pasted by hand: the probe with TCP timestamps off");
        engine.recordTimestampTest(std::move(test), { first, second });
    }
    return true;
}

void ManualServerPage::forgetPastedResults()
{
    // The findings come from what the boxes hold now: a box emptied or changed
    // since the last Next must take its earlier result (and finding) away.
    using Step = diagnosis::DiagnosisEngine::Step;
    diagnosis::DiagnosisSession& s = m_session.diagnosis;
    s.remoteServer.reset();
    s.timestampTest.reset();
    s.inputs.remoteServer.reset();
    s.inputs.privateHost.reset();
    const auto pasted = [](const std::string& step) {
        return step == diagnosis::stepName(Step::RemoteServerCheck)
            || step == diagnosis::stepName(Step::TimestampTest);
    };
    std::erase_if(s.steps, [&](const diagnosis::StepOutcome& o) { return pasted(o.step); });
    // The earlier pastes' evidence: always the last entries (this page adds them last).
    while (!s.evidence.empty() && pasted(s.evidence.back().step))
        s.evidence.pop_back();
    s.findings = diagnosis::deriveFindings(s);
}

int ManualServerPage::nextId() const
{
    return FindingsPageId;
}

} // namespace natdoctor::ui
