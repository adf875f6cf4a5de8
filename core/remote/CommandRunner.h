#pragma once

#include "remote/RemoteCommand.h"

#include <string>
#include <vector>

namespace natdoctor::remote {

class SshSession;

// The seam probes are written against: run a command, or stream one. The
// real one runs over SSH; unit tests replay recorded outputs through a fake.
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;
    virtual CommandResult run(const std::vector<std::string>& argv, const CommandOptions& options) = 0;
    virtual StreamResult stream(const std::vector<std::string>& argv, const OutputSink& sink,
                                const StreamOptions& options)
        = 0;
};

// CommandRunner over one SshSession (same threading rule as the session).
class SshCommandRunner final : public CommandRunner
{
public:
    explicit SshCommandRunner(SshSession& session)
        : m_session(session)
    {
    }

    CommandResult run(const std::vector<std::string>& argv, const CommandOptions& options) override
    {
        return RemoteCommand::run(m_session, argv, options);
    }
    StreamResult stream(const std::vector<std::string>& argv, const OutputSink& sink,
                        const StreamOptions& options) override
    {
        return RemoteCommand::stream(m_session, argv, sink, options);
    }

private:
    SshSession& m_session;
};

} // namespace natdoctor::remote
