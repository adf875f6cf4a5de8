#include "widgets/FindingView.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace natdoctor::ui {

QString FindingView::severityText(findings::Severity severity)
{
    switch (severity) {
    case findings::Severity::Problem:
        return tr("Problem");
    case findings::Severity::Warning:
        return tr("Warning");
    case findings::Severity::Info:
        return tr("Information");
    }
    return {};
}

FindingView::FindingView(const findings::Finding& finding, QWidget* parent)
    : QFrame(parent)
    , m_id(QString::fromStdString(finding.id))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(m_id);
    setAccessibleName(QString::fromStdString(finding.title));

    const QStyle::StandardPixmap icon = finding.severity == findings::Severity::Problem
        ? QStyle::SP_MessageBoxCritical
        : finding.severity == findings::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                            : QStyle::SP_MessageBoxInformation;
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    iconLabel->setAccessibleName(severityText(finding.severity));
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(QString::fromStdString(finding.title).toHtmlEscaped()), this);
    title->setWordWrap(true);
    auto* meta = new QLabel(tr("%1 · confidence: %2 · id: %3")
                                .arg(severityText(finding.severity),
                                    QString::fromUtf8(findings::confidenceName(finding.confidence).data()), m_id),
        this);
    meta->setEnabled(false);
    auto* detail = new QLabel(QString::fromStdString(finding.detail), this);
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* header = new QHBoxLayout;
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(meta);
    header->addLayout(titles, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(detail);

    for (const findings::Action& action : finding.actions) {
        auto* what = new QLabel(QStringLiteral("→ ") + QString::fromStdString(action.description), this);
        what->setWordWrap(true);
        layout->addWidget(what);
        if (action.commands.empty())
            continue;
        QStringList lines;
        for (const std::string& c : action.commands)
            lines << QString::fromStdString(c);
        auto* commands = new QPlainTextEdit(lines.join(QLatin1Char('\n')), this);
        commands->setReadOnly(true);
        commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        commands->setMaximumHeight(commands->fontMetrics().lineSpacing() * (static_cast<int>(lines.size()) + 1) + 12);
        commands->setAccessibleName(tr("Commands: %1").arg(QString::fromStdString(action.description)));
        auto* copy = new QPushButton(tr("Copy"), this);
        copy->setAccessibleName(tr("Copy commands"));
        const QString text = lines.join(QLatin1Char('\n'));
        connect(copy, &QPushButton::clicked, this, [text] { QApplication::clipboard()->setText(text); });
        auto* row = new QHBoxLayout;
        row->addWidget(commands, 1);
        row->addWidget(copy, 0, Qt::AlignTop);
        layout->addLayout(row);
    }
}

} // namespace natdoctor::ui
