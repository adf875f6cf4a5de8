#pragma once

#include "findings/Finding.h"

#include <QFrame>
#include <functional>

class QPushButton;

namespace natdoctor::ui {

// One finding: severity, title, explanation, the evidence that proves it
// (frames, a Wireshark display filter with Copy and "Open in Wireshark", what
// the capture cannot rule out), and each recommended action with its exact
// commands and a one-click Copy button. Texts in the user's language
// (FindingText).
class FindingView : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY(FindingView)

public:
    // `captureFile`: the capture the finding's frames are in ("Open in
    // Wireshark" needs it); empty when there is none.
    explicit FindingView(const findings::Finding& finding, const QString& captureFile = {},
                         QWidget* parent = nullptr);

    const QString& findingId() const { return m_id; }

    static QString severityText(findings::Severity severity);

    // Where wireshark is (PATH), or empty. Replaceable for tests.
    static std::function<QString()> findWireshark;
    // Starts wireshark detached; replaceable for tests.
    static std::function<bool(const QString& program, const QStringList& arguments)> startDetached;

private:
    QString m_id;
};

} // namespace natdoctor::ui
