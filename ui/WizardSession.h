#pragma once

#include <QString>

namespace natdoctor::ui {

// The state the wizard pages share: one typed object owned by the Wizard,
// handed to every page, instead of string-keyed fields.
struct WizardSession
{
    QString captureFile; // set when the user opens a capture for offline analysis
};

} // namespace natdoctor::ui
