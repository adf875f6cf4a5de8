#include "FindingsPage.h"

#include "WizardSession.h"
#include "diagnosis/DiagnosisRules.h"
#include "findings/FindingText.h"
#include "report/OfflineSession.h"
#include "report/ReportWriter.h"
#include "widgets/CommandBox.h"
#include "widgets/FindingView.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace natdoctor::ui {

FindingsPage::FindingsPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Findings"));
    setFinalPage(true);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setAccessibleName(tr("Verdict"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_list = new QWidget(scroll);
    m_listLayout = new QVBoxLayout(m_list);
    scroll->setWidget(m_list);
    // The optional case fields, near Export: two compact rows.
    auto* caseBox = new QGroupBox(tr("Case details (optional, shown in the report)"), this);
    caseBox->setObjectName(QStringLiteral("caseDetails"));
    const auto caseField = [caseBox](const QString& name, const QString& placeholder, int maxLength) {
        auto* edit = new QLineEdit(caseBox);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setMaxLength(maxLength);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_caseId = caseField(QStringLiteral("caseId"), tr("e.g. CASE-1234"), 200);
    m_customer = caseField(QStringLiteral("customer"), tr("e.g. Example Corp"), 200);
    m_whereCaptured
        = caseField(QStringLiteral("whereCaptured"), tr("e.g. public subnet host i-0abc, eu-west-1"), 200);
    m_caseId->setToolTip(tr("The support case's id; the default file name of the export. Redacted with the "
                            "addresses."));
    m_customer->setToolTip(tr("Redacted with the addresses."));
    auto* caseGrid = new QGridLayout(caseBox);
    const auto addField
        = [caseBox, caseGrid](const QString& text, QLineEdit* edit, int row, int column, int span) {
              auto* label = new QLabel(text, caseBox);
              label->setBuddy(edit);
              caseGrid->addWidget(label, row, column);
              caseGrid->addWidget(edit, row, column + 1, 1, span);
          };
    addField(tr("Case &ID:"), m_caseId, 0, 0, 1);
    addField(tr("C&ustomer:"), m_customer, 0, 2, 1);
    addField(tr("Where &captured:"), m_whereCaptured, 1, 0, 3);
    caseGrid->setColumnStretch(1, 1);
    caseGrid->setColumnStretch(3, 2);
    for (QLineEdit* edit : { m_caseId, m_customer, m_whereCaptured })
        connect(edit, &QLineEdit::textChanged, this, &FindingsPage::keepCaseDetails);

    m_redact = new QCheckBox(tr("&Redact addresses and host names"), this);
    m_redact->setToolTip(tr("Replace IP addresses and host names (and the customer and case id) with "
                            "host-A, host-B, … for sharing with third parties"));
    m_export = new QPushButton(tr("&Export report…"), this);
    m_export->setToolTip(tr("Save the findings as PDF, HTML or a session file (JSON)"));
    connect(m_export, &QPushButton::clicked, this, &FindingsPage::chooseAndExport);
    m_openUrl = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch();
    exportRow->addWidget(m_redact);
    exportRow->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(scroll, 1);
    layout->addWidget(caseBox);
    layout->addLayout(exportRow);
}

void FindingsPage::initializePage()
{
    // Offline mode shows the capture's session (made here, once: the same
    // findings, evidence and verdict the export writes); the guided modes the
    // session's.
    m_offline.reset();
    if (m_session.mode == WizardMode::Offline && m_session.captureSummary)
        m_offline = sessionFromCapture(*m_session.captureSummary, m_session.captureFile.toStdString());
    const diagnosis::DiagnosisSession& view = m_offline ? *m_offline : m_session.diagnosis;
    const diagnosis::Verdict verdict = diagnosis::verdict(view);
    m_verdict->setText(QStringLiteral("<h3>%1</h3>").arg(FindingText().text(verdict.text).toHtmlEscaped()));

    while (QLayoutItem* item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (view.findings.empty())
        m_listLayout->addWidget(
            new QLabel(tr("Nothing in the evidence points at fragmentation or dropped SYNs."), m_list));
    for (const findings::Finding& finding : view.findings)
        m_listLayout->addWidget(new FindingView(
            finding, m_session.mode == WizardMode::Offline ? m_session.captureFile : QString(), m_list));
    m_listLayout->addStretch();

    // Each Copy its own mnemonic and a "Copied" when clicked; Tab goes through
    // the findings first, then Redact and Export (created before them).
    QWidget* last = nullptr;
    int copies = 0;
    for (QWidget* w : m_list->findChildren<QWidget*>()) {
        auto* copy = qobject_cast<QPushButton*>(w);
        if (copy && copy->objectName() == QLatin1String("copyCommands")) {
            copy->setText(tr("Copy &%1").arg(++copies));
            connect(copy, &QPushButton::clicked, copy, [copy] { CommandBox::showCopied(copy); });
        } else if (copy && copy->objectName() == QLatin1String("copyFilter")) {
            copy->setText(tr("Copy filter &%1").arg(++copies));
            connect(copy, &QPushButton::clicked, copy, [copy] { CommandBox::showCopied(copy); });
        } else if (copy && copy->objectName() == QLatin1String("openInWireshark")) {
            copy->setText(tr("Open in Wireshark &%1").arg(++copies));
        }
        if (w->focusPolicy() & Qt::TabFocus)
            last = w;
    }
    if (last)
        setTabOrder(last, m_caseId);
    setTabOrder(m_caseId, m_customer);
    setTabOrder(m_customer, m_whereCaptured);
    setTabOrder(m_whereCaptured, m_redact);
    setTabOrder(m_redact, m_export);

    // The fields outlive a new run (the same case, another capture); a
    // session that brings its own case details shows them.
    if (!m_session.diagnosis.caseDetails.empty())
        setCaseDetails(m_session.diagnosis.caseDetails);
    else
        keepCaseDetails();
}

diagnosis::CaseDetails FindingsPage::caseDetails() const
{
    return { m_caseId->text().trimmed().toStdString(), m_customer->text().trimmed().toStdString(),
             m_whereCaptured->text().trimmed().toStdString() };
}

void FindingsPage::setCaseDetails(const diagnosis::CaseDetails& given)
{
    const diagnosis::CaseDetails details = given; // may be the session's, which each setText updates
    m_caseId->setText(QString::fromStdString(details.caseId));
    m_customer->setText(QString::fromStdString(details.customer));
    m_whereCaptured->setText(QString::fromStdString(details.whereCaptured));
    keepCaseDetails();
}

void FindingsPage::keepCaseDetails()
{
    m_session.diagnosis.caseDetails = caseDetails();
}

QStringList FindingsPage::shownFindingIds() const
{
    QStringList ids;
    for (const FindingView* view : m_list->findChildren<FindingView*>())
        ids << view->findingId();
    return ids;
}

QString FindingsPage::verdictText() const
{
    return m_verdict->text();
}

} // namespace natdoctor::ui

namespace natdoctor::ui {

diagnosis::DiagnosisSession FindingsPage::reportSession() const
{
    diagnosis::DiagnosisSession s = m_offline ? *m_offline : m_session.diagnosis;
    s.caseDetails = caseDetails();
    return s;
}

bool FindingsPage::exportReport(const QString& path, bool redact, QString& error) const
{
    ReportOptions options;
    options.redact = redact;
    if (m_session.mode == WizardMode::Offline)
        options.captureFile = m_session.captureFile;
    return ReportWriter::write(reportSession(), path, options, error);
}

QString FindingsPage::safeFileName(const QString& name)
{
    QString out;
    for (const QChar c : name.trimmed()) {
        // Separators and what Windows, macOS or FAT reserve; spaces as "-".
        if (c.category() == QChar::Other_Control || c.isSpace() || QStringLiteral("/\\:*?\"<>|").contains(c))
            out += u'-';
        else
            out += c;
    }
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    out.replace(dashes, QStringLiteral("-"));
    out = out.left(100);
    // No hidden file, no name of dots alone, no trailing dot or dash (Windows).
    while (!out.isEmpty() && (out.front() == u'.' || out.front() == u'-'))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'.' || out.back() == u'-'))
        out.chop(1);
    return out;
}

QString FindingsPage::defaultExportPath(const QString& captureFile, const QString& documents,
                                        const QString& home, const QString& caseId)
{
    const QString dir = !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : home;
    QString base = safeFileName(caseId);
    if (base.isEmpty() && !captureFile.isEmpty())
        base = safeFileName(QFileInfo(captureFile).completeBaseName());
    return QDir(dir).filePath((base.isEmpty() ? QStringLiteral("natdoctor-report") : base)
                              + QStringLiteral(".pdf"));
}

void FindingsPage::chooseAndExport()
{
    const QString capture = m_session.mode == WizardMode::Offline ? m_session.captureFile : QString();
    const QString initial
        = defaultExportPath(capture, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                            QDir::homePath(), m_caseId->text());
    const QString pdf = tr("PDF report (*.pdf)");
    const QString html = tr("HTML report (*.html)");
    const QString json = tr("Session file (*.json)");
    QString filter = pdf;
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export report"), initial,
                                       QStringList { pdf, html, json }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!reportFormatForPath(path))
        path += filter == html ? QStringLiteral(".html")
            : filter == json   ? QStringLiteral(".json")
                               : QStringLiteral(".pdf");
    exportAndConfirm(path);
}

void FindingsPage::exportAndConfirm(const QString& path)
{
    // A report of a few pages takes well under a second to draw; the charts
    // are scene graphs and must be drawn on this thread.
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportReport(path, m_redact->isChecked(), error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Export report"), tr("The report was not saved.\n\n%1").arg(error));
        return;
    }
    QMessageBox done(QMessageBox::Information, tr("Export report"),
                     tr("The report was saved to %1").arg(QDir::toNativeSeparators(path)), QMessageBox::Close,
                     this);
    done.setObjectName(QStringLiteral("exportDone"));
    QPushButton* open = done.addButton(tr("&Open"), QMessageBox::ActionRole);
    QPushButton* folder = done.addButton(tr("&Show in folder"), QMessageBox::ActionRole);
    done.setDefaultButton(QMessageBox::Close);
    done.exec();
    if (done.clickedButton() == open)
        m_openUrl(QUrl::fromLocalFile(path));
    else if (done.clickedButton() == folder)
        m_openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace natdoctor::ui
