#include "cloud/AwsCli.h"

#include <algorithm>
#include <cctype>

namespace natdoctor::cloud {

namespace {

bool contains(const std::string& text, std::string_view what)
{
    return text.find(what) != std::string::npos;
}

// The last non-empty line of the CLI's stderr: its error message.
std::string lastLine(const std::string& text)
{
    size_t end = text.find_last_not_of(" \r\n\t");
    if (end == std::string::npos)
        return {};
    size_t start = text.rfind('\n', end);
    start = start == std::string::npos ? 0 : start + 1;
    std::string line = text.substr(start, end - start + 1);
    if (line.size() > 400)
        line.resize(400);
    return line;
}

} // namespace

std::string_view awsProblemName(AwsProblem p)
{
    switch (p) {
    case AwsProblem::None:
        return "none";
    case AwsProblem::NoCli:
        return "no-cli";
    case AwsProblem::NoCredentials:
        return "no-credentials";
    case AwsProblem::AccessDenied:
        return "access-denied";
    case AwsProblem::Unreachable:
        return "unreachable";
    case AwsProblem::Throttled:
        return "throttled";
    case AwsProblem::ApiError:
        return "api-error";
    case AwsProblem::NoInstance:
        return "no-instance";
    case AwsProblem::Cancelled:
        return "cancelled";
    }
    return "none";
}

std::vector<std::string> awsArgv(const AwsOptions& options, const std::vector<std::string>& call)
{
    std::vector<std::string> argv { options.program.empty() ? std::string("aws") : options.program };
    if (!options.profile.empty())
        argv.insert(argv.end(), { "--profile", options.profile });
    if (!options.region.empty())
        argv.insert(argv.end(), { "--region", options.region });
    if (!options.endpointUrl.empty())
        argv.insert(argv.end(), { "--endpoint-url", options.endpointUrl });
    argv.insert(argv.end(), { "--output", "json" });
    argv.insert(argv.end(), call.begin(), call.end());
    return argv;
}

std::string commandLine(const std::vector<std::string>& argv)
{
    std::string line;
    for (const std::string& a : argv) {
        if (!line.empty())
            line += ' ';
        const bool plain = !a.empty() && std::all_of(a.begin(), a.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c))
                || std::string_view("-_./:=,@+").find(c) != std::string_view::npos;
        });
        if (plain) {
            line += a;
            continue;
        }
        line += '\'';
        for (char c : a) {
            if (c == '\'')
                line += "'\\''";
            else
                line += c;
        }
        line += '\'';
    }
    return line;
}

AwsProblem classifyFailure(const ProcessResult& p, std::string& message)
{
    if (!p.started) {
        message = p.startError;
        return AwsProblem::NoCli;
    }
    if (p.cancelled) {
        message = "cancelled";
        return AwsProblem::Cancelled;
    }
    if (p.timedOut) {
        message = "no answer within the timeout";
        return AwsProblem::Unreachable;
    }
    if (p.exitStatus == 0)
        return AwsProblem::None;
    const std::string& e = p.err;
    message = lastLine(e);
    if (message.empty())
        message = "aws exited with status " + std::to_string(p.exitStatus);
    if (contains(e, "Unable to locate credentials") || contains(e, "NoCredentialProviders")
        || contains(e, "The SSO session associated with this profile has expired")
        || contains(e, "Error loading SSO Token") || contains(e, "ExpiredToken")
        || contains(e, "The config profile (") || contains(e, "InvalidClientTokenId")
        || contains(e, "AuthFailure") || contains(e, "UnrecognizedClientException"))
        return AwsProblem::NoCredentials;
    if (contains(e, "UnauthorizedOperation") || contains(e, "AccessDenied")
        || contains(e, "not authorized to perform"))
        return AwsProblem::AccessDenied;
    if (contains(e, "Throttling") || contains(e, "RequestLimitExceeded") || contains(e, "TooManyRequests")
        || contains(e, "Rate exceeded"))
        return AwsProblem::Throttled;
    if (contains(e, "Could not connect to the endpoint URL") || contains(e, "Connect timeout on endpoint URL")
        || contains(e, "Read timeout on endpoint URL")
        || contains(e, "Connection was closed before we received") || contains(e, "EndpointConnectionError")
        || contains(e, "Max retries exceeded"))
        return AwsProblem::Unreachable;
    return AwsProblem::ApiError;
}

AwsCallResult runAws(const AwsOptions& options, const std::vector<std::string>& call,
                     const std::atomic_bool* cancel)
{
    AwsCallResult r;
    r.argv = awsArgv(options, call);
    ProcessOptions po;
    po.timeout = std::chrono::seconds(options.timeoutSeconds > 0 ? options.timeoutSeconds : 60);
    po.cancel = cancel;
    po.environment = { { "AWS_PAGER", "" }, { "LC_ALL", "C.UTF-8" } };
    r.process = runProcess(r.argv, po);
    r.problem = classifyFailure(r.process, r.message);
    return r;
}

} // namespace natdoctor::cloud
