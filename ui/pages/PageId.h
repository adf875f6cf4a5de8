#pragma once

namespace natdoctor::ui {

// Wizard page ids. Branching between them lives in each page's nextId().
enum PageId : int {
    WelcomePageId,
    CaptureAnalysisPageId,
    FindingsPageId,
};

} // namespace natdoctor::ui
