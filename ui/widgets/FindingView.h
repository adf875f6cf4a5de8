#pragma once

#include "diagnosis/Finding.h"

#include <QFrame>

namespace natdoctor::ui {

// One finding: severity, title, explanation, and each recommended action with
// its exact commands and a one-click Copy button.
class FindingView : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY(FindingView)

public:
    explicit FindingView(const diagnosis::Finding& finding, QWidget* parent = nullptr);

    const QString& findingId() const { return m_id; }

    static QString severityText(diagnosis::Severity severity);

private:
    QString m_id;
};

} // namespace natdoctor::ui
