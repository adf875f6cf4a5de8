#pragma once

namespace natdoctor::ui {

// Wizard page ids. Branching between them lives in each page's nextId().
enum PageId : int {
    WelcomePageId,
    CaptureAnalysisPageId, // offline: a capture file
    DestinationPageId, // guided: what fails
    PublicHostPageId,
    FragmentationCheckPageId,
    RemoteAccessPageId,
    RemoteServerCheckPageId,
    PrivateInstanceTestPageId,
    ManualCapturePageId, // manual: commands to copy, outputs to paste
    ManualServerPageId,
    FindingsPageId,
    AwsPageId, // guided, after Destination, skippable: the NAT gateway's evidence from AWS
};

} // namespace natdoctor::ui
