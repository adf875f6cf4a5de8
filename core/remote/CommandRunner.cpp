#include "remote/CommandRunner.h"

#include "remote/SshSession.h"

namespace natdoctor::remote {

SshConnection::SshConnection(std::unique_ptr<SshSession> session)
    : m_session(std::move(session))
{
}

SshConnection::~SshConnection() = default;

CommandResult SshConnection::run(const std::vector<std::string>& argv, const CommandOptions& options)
{
    return RemoteCommand::run(*m_session, argv, options);
}

StreamResult SshConnection::stream(const std::vector<std::string>& argv, const OutputSink& sink,
                                   const StreamOptions& options)
{
    return RemoteCommand::stream(*m_session, argv, sink, options);
}

bool SshConnection::isConnected() const
{
    return m_session->isConnected();
}

const std::string& SshConnection::host() const
{
    return m_session->host();
}

std::vector<std::string> scriptArgv(const std::string& script, const std::vector<std::string>& args)
{
    std::vector<std::string> argv { "/bin/sh", "-c", script, "natdoctor" };
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
}

CommandResult RemoteCommand::runScript(CommandRunner& runner, const std::string& script,
                                       const std::vector<std::string>& args, const CommandOptions& options)
{
    return runner.run(scriptArgv(script, args), options);
}

} // namespace natdoctor::remote
