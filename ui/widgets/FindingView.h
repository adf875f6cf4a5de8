#pragma once

#include "findings/Finding.h"

#include <QFrame>

namespace natdoctor::ui {

// One finding: severity, title, explanation, and each recommended action with
// its exact commands and a one-click Copy button.
class FindingView : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY(FindingView)

public:
    explicit FindingView(const findings::Finding& finding, QWidget* parent = nullptr);

    const QString& findingId() const { return m_id; }

    static QString severityText(findings::Severity severity);

private:
    QString m_id;
};

} // namespace natdoctor::ui
