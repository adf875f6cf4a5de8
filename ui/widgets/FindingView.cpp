#include "widgets/FindingView.h"

#include "findings/FindingText.h"
#include "widgets/CommandBox.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace natdoctor::ui {

std::function<QString()> FindingView::findWireshark
    = [] { return QStandardPaths::findExecutable(QStringLiteral("wireshark")); };

std::function<bool(const QString&, const QStringList&)> FindingView::startDetached
    = [](const QString& program, const QStringList& arguments) {
          return QProcess::startDetached(program, arguments);
      };

QString FindingView::severityText(findings::Severity severity)
{
    return FindingText::severity(severity);
}

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Frames, the display filter with Copy and Open in Wireshark, and what the
// capture cannot rule out.
void addProof(QVBoxLayout* layout, const findings::FindingProof& proof, const FindingText& words,
              const QString& captureFile, QWidget* parent)
{
    if (!proof.frames.empty()) {
        const QLocale locale = FindingText::uiLocale();
        QStringList numbers;
        for (uint64_t n : proof.frames)
            numbers << locale.toString(static_cast<qulonglong>(n));
        QString text = FindingView::tr("Frames: %1").arg(numbers.join(QStringLiteral(", ")));
        if (proof.frameCount > proof.frames.size())
            text += FindingView::tr(" (the first %1 of %2)")
                        .arg(locale.toString(static_cast<qulonglong>(proof.frames.size())),
                             locale.toString(static_cast<qulonglong>(proof.frameCount)));
        auto* frames = wrapped(text, parent);
        frames->setObjectName(QStringLiteral("proofFrames"));
        layout->addWidget(frames);
    }
    if (!proof.displayFilter.empty()) {
        const QString filter = QString::fromStdString(proof.displayFilter);
        auto* label = new QLabel(FindingView::tr("Wireshark display filter:"), parent);
        auto* edit = new QLineEdit(filter, parent);
        edit->setObjectName(QStringLiteral("proofFilter"));
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setAccessibleName(FindingView::tr("Wireshark display filter"));
        auto* copy = new QPushButton(FindingView::tr("Copy filter"), parent);
        copy->setObjectName(QStringLiteral("copyFilter"));
        copy->setAccessibleName(FindingView::tr("Copy the display filter"));
        QObject::connect(copy, &QPushButton::clicked, parent,
                         [filter] { QApplication::clipboard()->setText(filter); });
        auto* row = new QHBoxLayout;
        row->addWidget(label);
        row->addWidget(edit, 1);
        row->addWidget(copy);
        const QString wireshark = FindingView::findWireshark ? FindingView::findWireshark() : QString();
        if (!wireshark.isEmpty() && !captureFile.isEmpty()) {
            auto* open = new QPushButton(FindingView::tr("Open in Wireshark"), parent);
            open->setObjectName(QStringLiteral("openInWireshark"));
            QObject::connect(open, &QPushButton::clicked, parent, [wireshark, captureFile, filter] {
                FindingView::startDetached(
                    wireshark, { QStringLiteral("-r"), captureFile, QStringLiteral("-Y"), filter });
            });
            row->addWidget(open);
        }
        layout->addLayout(row);
    }
    if (!proof.cannotRuleOut.empty()) {
        auto* limits = wrapped(
            FindingView::tr("This capture cannot rule out: %1").arg(words.text(proof.cannotRuleOut)), parent);
        limits->setObjectName(QStringLiteral("proofLimits"));
        layout->addWidget(limits);
    }
}

} // namespace

FindingView::FindingView(const findings::Finding& finding, const QString& captureFile, QWidget* parent)
    : QFrame(parent)
    , m_id(QString::fromStdString(finding.id))
{
    const FindingText words;
    setFrameShape(QFrame::StyledPanel);
    setObjectName(m_id);
    const QString titleText = words.text(finding.title);
    setAccessibleName(titleText);

    const QStyle::StandardPixmap icon = finding.severity == findings::Severity::Problem
        ? QStyle::SP_MessageBoxCritical
        : finding.severity == findings::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                          : QStyle::SP_MessageBoxInformation;
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    iconLabel->setAccessibleName(severityText(finding.severity));
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(titleText.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("findingTitle"));
    title->setWordWrap(true);
    auto* meta = new QLabel(
        tr("%1 · confidence: %2 · id: %3")
            .arg(severityText(finding.severity), FindingText::confidence(finding.confidence), m_id),
        this);
    meta->setEnabled(false);
    auto* detail = wrapped(words.text(finding.detail), this);
    detail->setObjectName(QStringLiteral("findingDetail"));

    auto* header = new QHBoxLayout;
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(meta);
    header->addLayout(titles, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(detail);
    addProof(layout, finding.proof, words, captureFile, this);

    for (const findings::Action& action : finding.actions) {
        const QString description = words.text(action.description);
        auto* what = wrapped(QStringLiteral("→ ") + description, this);
        what->setObjectName(QStringLiteral("findingAction"));
        layout->addWidget(what);
        if (action.commands.empty())
            continue;
        QStringList lines;
        for (const std::string& c : action.commands)
            lines << QString::fromStdString(c);
        QPlainTextEdit* commands = CommandBox::createCommandView(lines.join(QLatin1Char('\n')), this);
        commands->setAccessibleName(tr("Commands: %1").arg(description));
        auto* copy = new QPushButton(tr("Copy"), this);
        copy->setObjectName(QStringLiteral("copyCommands"));
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
