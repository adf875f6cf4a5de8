#include "FindingsPage.h"

#include "WizardSession.h"
#include "diagnosis/DiagnosisRules.h"
#include "findings/CaptureFindings.h"
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
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
    m_redact = new QCheckBox(tr("&Redact addresses and host names"), this);
    m_redact->setToolTip(
        tr("Replace IP addresses and host names with host-A, host-B, … for sharing with third parties"));
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
    layout->addLayout(exportRow);
}

void FindingsPage::initializePage()
{
    // Offline mode shows the capture's findings; the guided modes the session's.
    diagnosis::DiagnosisSession view;
    if (m_session.mode == WizardMode::Offline && m_session.captureSummary)
        view.findings = findings::captureFindings(*m_session.captureSummary);
    else
        view.findings = m_session.diagnosis.findings;
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
        setTabOrder(last, m_redact);
    setTabOrder(m_redact, m_export);
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
    if (m_session.mode == WizardMode::Offline && m_session.captureSummary)
        return sessionFromCapture(*m_session.captureSummary, m_session.captureFile.toStdString());
    return m_session.diagnosis;
}

bool FindingsPage::exportReport(const QString& path, bool redact, QString& error) const
{
    ReportOptions options;
    options.redact = redact;
    if (m_session.mode == WizardMode::Offline)
        options.captureFile = m_session.captureFile;
    return ReportWriter::write(reportSession(), path, options, error);
}

QString FindingsPage::defaultExportPath(const QString& captureFile, const QString& documents,
                                        const QString& home)
{
    const QString dir = !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : home;
    const QString base = captureFile.isEmpty() ? QString() : QFileInfo(captureFile).completeBaseName();
    return QDir(dir).filePath((base.isEmpty() ? QStringLiteral("natdoctor-report") : base)
                              + QStringLiteral(".pdf"));
}

void FindingsPage::chooseAndExport()
{
    const QString capture = m_session.mode == WizardMode::Offline ? m_session.captureFile : QString();
    const QString initial = defaultExportPath(
        capture, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath());
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
