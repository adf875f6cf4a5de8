#pragma once

#include "remote/RemoteCommand.h"

#include <memory>
#include <string>
#include <vector>

namespace natdoctor::remote {

class SshSession;

// The seam every probe and the diagnosis runner are written against: run a
// command, or stream one. The real one runs over SSH; unit tests play a host
// through a scripted fake (tests/integration/FakeHost.h).
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;
    virtual CommandResult run(const std::vector<std::string>& argv, const CommandOptions& options) = 0;
    virtual StreamResult stream(const std::vector<std::string>& argv, const OutputSink& sink,
                                const StreamOptions& options)
        = 0;
};

// A CommandRunner that is one connection to one host: it can be lost, and
// then a new one is opened (HostConnector in core/diagnosis).
class Connection : public CommandRunner
{
public:
    virtual bool isConnected() const = 0;
    virtual const std::string& host() const = 0; // for messages
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

// A Connection that owns its SshSession (same threading rule as the session).
class SshConnection final : public Connection
{
public:
    explicit SshConnection(std::unique_ptr<SshSession> session);
    ~SshConnection() override;

    CommandResult run(const std::vector<std::string>& argv, const CommandOptions& options) override;
    StreamResult stream(const std::vector<std::string>& argv, const OutputSink& sink,
                        const StreamOptions& options) override;
    bool isConnected() const override;
    const std::string& host() const override;
    SshSession& session() { return *m_session; }

private:
    std::unique_ptr<SshSession> m_session;
};

// /bin/sh -c SCRIPT natdoctor ARGS...: `script` is natdoctor's own text, user
// values only ever go in `args` ($1, $2, ...).
std::vector<std::string> scriptArgv(const std::string& script, const std::vector<std::string>& args);

} // namespace natdoctor::remote
