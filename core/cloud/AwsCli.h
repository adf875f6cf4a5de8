#pragma once

#include "cloud/CloudResult.h"
#include "cloud/ProcessRunner.h"

#include <atomic>
#include <string>
#include <vector>

namespace natdoctor::cloud {

// The one place that builds an `aws` command line: the program, the user's
// --profile/--region/--endpoint-url, JSON output, then the service call.
//   awsArgv(o, {"ec2", "describe-instances", "--instance-ids", "i-1"})
//   -> aws [--profile P] [--region R] [--endpoint-url U] --output json ec2 describe-instances ...
std::vector<std::string> awsArgv(const AwsOptions& options, const std::vector<std::string>& call);

// The argv as one line a user can paste into a shell (single-quoted where needed).
std::string commandLine(const std::vector<std::string>& argv);

struct AwsCallResult
{
    std::vector<std::string> argv;
    ProcessResult process;
    AwsProblem problem = AwsProblem::None;
    std::string message; // the CLI's error line, or why it did not run

    bool ok() const { return problem == AwsProblem::None; }
};

// Sorts a failed call into a problem from its exit status and stderr (the
// CLI's messages are English and stable: "Unable to locate credentials", ...).
AwsProblem classifyFailure(const ProcessResult& process, std::string& message);

// Runs one read-only call. The CLI's pager is off (AWS_PAGER="").
AwsCallResult runAws(const AwsOptions& options, const std::vector<std::string>& call,
                     const std::atomic_bool* cancel = nullptr);

} // namespace natdoctor::cloud
