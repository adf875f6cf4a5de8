#pragma once

#include "analysis/CaptureSummary.h"
#include "cloud/CloudResult.h"
#include "diagnosis/DiagnosisSession.h"

#include <QString>
#include <optional>

namespace natdoctor::ui {

enum class WizardMode {
    Guided, // run the checks over SSH
    Offline, // analyse a capture file
    Manual, // show the commands, parse what the user pastes
};

// The state the wizard pages share: one typed object owned by the Wizard and
// handed to every page, instead of string-keyed fields.
struct WizardSession
{
    WizardMode mode = WizardMode::Offline;
    QString captureFile; // offline mode: the capture to analyse
    std::optional<analysis::CaptureSummary> captureSummary; // its analysis, once done
    diagnosis::DiagnosisSession diagnosis; // guided and manual modes
    // Guided mode with the AWS page on: its settings, for the second read
    // after the test (the instance id may still be empty: IMDSv2 over SSH).
    std::optional<cloud::AwsOptions> aws;
};

} // namespace natdoctor::ui
