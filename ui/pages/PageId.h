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
    AwsAfterTestPageId, // guided, when the AWS page is on: the metrics again, covering the test
};

} // namespace natdoctor::ui
