// Host keys, ssh_config hardening and authentication against a real sshd.
#include "SshFixture.h"
#include "remote/CommandRunner.h"
#include "remote/RemoteCommand.h"

#include <chrono>
#include <cstdlib>
#include <libssh/libssh.h>
#include <signal.h>
#include <sstream>
#include <sys/stat.h>
#include <thread>

using namespace natdoctor::remote;
using natdoctor::test::fileExists;
using natdoctor::test::readFile;
using natdoctor::test::shellOutput;
using natdoctor::test::writeFile;

namespace {

using Session = natdoctor::test::SshFixture;

std::string runId(SshSession& session)
{
    auto result = RemoteCommand::run(session, { "id", "-un" });
    EXPECT_FALSE(result.error) << describe(result.error);
    return result.out;
}

} // namespace

TEST_F(Session, UnknownKeyShowsSshKeygenFingerprintAndWritesNothingBeforeConsent)
{
    auto o = options();
    int asked = 0;
    HostKeyInfo seen;
    o.confirmHostKey = [&](const HostKeyInfo& info) {
        ++asked;
        seen = info;
        EXPECT_FALSE(fileExists(knownHosts())) << "known_hosts written before consent";
        return HostKeyDecision::Reject;
    };
    RemoteError error;
    auto session = SshSession::connect(o, error);
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::HostKeyRejected);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(seen.fingerprint, m_sshd->fingerprint());
    EXPECT_EQ(seen.fingerprint.rfind("SHA256:", 0), 0u);
    EXPECT_EQ(seen.keyType, "ssh-ed25519");
    EXPECT_EQ(seen.host, "[127.0.0.1]:" + std::to_string(m_sshd->port()));
    EXPECT_EQ(seen.knownHostsFile, knownHosts());
    EXPECT_FALSE(fileExists(knownHosts()));
    EXPECT_EQ(m_sshd->log().find("Accepted"), std::string::npos) << "authenticated despite rejection";
}

TEST_F(Session, UnknownKeyWithoutPromptIsRefused)
{
    RemoteError error;
    auto session = SshSession::connect(options(), error);
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::HostKeyUnknown);
    EXPECT_NE(error.detail.find(m_sshd->fingerprint()), std::string::npos) << error.detail;
    EXPECT_FALSE(fileExists(knownHosts()));
}

TEST_F(Session, AcceptOnceConnectsWithoutWriting)
{
    auto o = options();
    o.confirmHostKey = [](const HostKeyInfo&) { return HostKeyDecision::AcceptOnce; };
    RemoteError error;
    auto session = SshSession::connect(o, error);
    ASSERT_TRUE(session) << describe(error);
    EXPECT_EQ(runId(*session), "root\n");
    EXPECT_FALSE(fileExists(knownHosts()));
}

TEST_F(Session, AcceptAndSaveWritesKnownHostsAndNextConnectIsSilent)
{
    auto o = options();
    int asked = 0;
    o.confirmHostKey = [&](const HostKeyInfo&) {
        ++asked;
        return HostKeyDecision::AcceptAndSave;
    };
    RemoteError error;
    auto first = SshSession::connect(o, error);
    ASSERT_TRUE(first) << describe(error);
    EXPECT_EQ(asked, 1);
    std::string saved = readFile(knownHosts());
    std::string key = readFile(m_sshd->hostKeyPub());
    std::string keyBlob = key.substr(0, key.find(' ', key.find(' ') + 1)); // "ssh-ed25519 AAAA..."
    EXPECT_NE(saved.find("[127.0.0.1]:" + std::to_string(m_sshd->port())), std::string::npos) << saved;
    EXPECT_NE(saved.find(keyBlob), std::string::npos) << saved;
    first.reset();

    auto second = SshSession::connect(o, error);
    ASSERT_TRUE(second) << describe(error);
    EXPECT_EQ(asked, 1) << "a saved key must not be asked about again";
    EXPECT_EQ(runId(*second), "root\n");
}

TEST_F(Session, ChangedKeyIsRefusedNamingTheLineAndNothingRuns)
{
    ASSERT_TRUE(natdoctor::test::generateKey(m_dir.file("other_host_key")));
    std::string other = readFile(m_dir.file("other_host_key.pub"));
    writeFile(knownHosts(),
              "# comment line\nexample.org " + other + "[127.0.0.1]:" + std::to_string(m_sshd->port()) + " "
                  + other);
    auto o = options();
    int asked = 0;
    o.confirmHostKey = [&](const HostKeyInfo&) {
        ++asked;
        return HostKeyDecision::AcceptOnce;
    };
    RemoteError error;
    auto session = SshSession::connect(o, error);
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::HostKeyChanged);
    EXPECT_NE(error.detail.find(knownHosts() + " line 3"), std::string::npos) << error.detail;
    EXPECT_NE(error.detail.find(m_sshd->fingerprint()), std::string::npos) << error.detail;
    EXPECT_EQ(asked, 0) << "a changed key must never be offered for acceptance";
    EXPECT_EQ(m_sshd->log().find("Accepted"), std::string::npos) << "authenticated with a changed key";
}

TEST_F(Session, KeyOfAnotherTypeIsRefusedToo)
{
    int status = -1;
    shellOutput("ssh-keygen -q -t ecdsa -N '' -f '" + m_dir.file("ecdsa_key") + "'", &status);
    ASSERT_EQ(status, 0);
    writeFile(knownHosts(),
              "[127.0.0.1]:" + std::to_string(m_sshd->port()) + " " + readFile(m_dir.file("ecdsa_key.pub")));
    auto o = options();
    int asked = 0;
    o.confirmHostKey = [&](const HostKeyInfo&) {
        ++asked;
        return HostKeyDecision::AcceptOnce;
    };
    RemoteError error;
    auto session = SshSession::connect(o, error);
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::HostKeyChanged) << describe(error);
    EXPECT_NE(error.detail.find(knownHosts() + " line 1"), std::string::npos) << error.detail;
    EXPECT_EQ(asked, 0);
}

TEST_F(Session, HostileSshConfigChangesNothing)
{
    std::string canary = m_dir.file("CANARY");
    writeFile(m_dir.file("ssh_config"),
              "Host *\n  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n"
              "  GlobalKnownHostsFile /dev/null\n  ProxyCommand touch "
                  + canary + "\n");
    auto o = options();
    int asked = 0;
    o.confirmHostKey = [&](const HostKeyInfo&) {
        ++asked;
        return HostKeyDecision::Reject;
    };
    RemoteError error;
    auto session = SshSession::connect(o, error);
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::HostKeyRejected) << describe(error);
    EXPECT_EQ(asked, 1) << "StrictHostKeyChecking no must not make the host look known";
    EXPECT_FALSE(fileExists(canary)) << "ProxyCommand from ssh_config was run";

    // ProxyJump becomes a ProxyCommand running ssh in libssh 0.10: cleared too.
    writeFile(m_dir.file("ssh_config"), "Host *\n  StrictHostKeyChecking no\n  ProxyJump nobody@192.0.2.1\n");
    o.confirmHostKey = [](const HostKeyInfo&) { return HostKeyDecision::AcceptOnce; };
    session = SshSession::connect(o, error);
    ASSERT_TRUE(session) << describe(error);
    EXPECT_FALSE(fileExists(canary));
}

TEST_F(Session, SshConfigThatRunsProgramsIsRefusedInEverySpelling)
{
    // libssh 0.10 would run these while parsing; natdoctor refuses the config
    // (naming the line) before libssh sees it, in every spelling the red team
    // found and the ones the tokenizer rules make possible.
    const std::string canary = m_dir.file("CANARY");
    const std::string touch = "touch " + canary;
    const std::string dir = m_dir.file("conf.d");
    ::mkdir(dir.c_str(), 0700);
    ::mkdir(m_dir.file("with space").c_str(), 0700);
    writeFile(dir + "/evil.conf", "Match exec \"" + touch + "\"\n  User nobody\n");
    writeFile(m_dir.file("with space") + "/evil.conf", "match  \"EXEC\" \"" + touch + "\"\n");
    writeFile(m_dir.file("deeper.conf"), "Include " + dir + "/*.conf\n");
    const std::vector<std::string> configs {
        "Match host * exec \"" + touch + "\"\n  User nobody\n",
        "Match host * \"exec\" \"" + touch + "\"\n",
        "Match\t\"Exec\"\t\"" + touch + "\"\n",
        "MATCH EXEC \"" + touch + "\"\n",
        "Match=exec=\"" + touch + "\"\n",
        "  match host=* ex\"ec\" \"" + touch + "\"\n",
        "Match !exec \"" + touch + "\"\n",
        "Match user root host * localuser root exec \"" + touch + "\"\n",
        "\"Match\" all exec \"" + touch + "\"\n",
        "Host *\n  User root\nInclude " + dir + "/*.conf\n", // an Include glob
        "Include \"" + dir + "/*.conf\"\n", // a quoted Include path
        "Include \"" + m_dir.file("with space") + "/*.conf\"\n", // quoted, with a blank
        "include=" + m_dir.file("deeper.conf") + "\n", // `=`, two levels
        "Host other\n  Include " + dir + "/evil.conf\n", // inside a Host block
        "Match host * frobnicate x\n", // a criterion natdoctor does not know
        "Match host \"unbalanced\n",
        "Include ~nobody/x.conf\n",
        "Include /tmp/$USER.conf\n",
    };
    for (const std::string& config : configs) {
        writeFile(m_dir.file("ssh_config"), config);
        auto o = options();
        o.confirmHostKey = [](const HostKeyInfo&) { return HostKeyDecision::AcceptOnce; };
        RemoteError error;
        auto session = SshSession::connect(o, error);
        EXPECT_FALSE(session) << config;
        EXPECT_EQ(error.code, RemoteErrorCode::InvalidInput) << config << describe(error);
        EXPECT_NE(error.detail.find("ssh config"), std::string::npos) << describe(error);
        EXPECT_FALSE(fileExists(canary)) << "ssh_config ran a program: " << config;
        EXPECT_EQ(m_sshd->log().find("Accepted"), std::string::npos) << config;
    }
    // The message names the file and the line.
    writeFile(m_dir.file("ssh_config"), "Host x\n  User y\n\nMatch host * exec \"" + touch + "\"\n");
    auto o = options();
    RemoteError error;
    EXPECT_FALSE(SshSession::connect(o, error));
    EXPECT_NE(error.detail.find(m_dir.file("ssh_config") + " line 4"), std::string::npos) << describe(error);
    EXPECT_FALSE(fileExists(canary));
}

TEST_F(Session, SshConfigRefusalIsNeededLibsshRunsMatchExec)
{
    // The canary works: libssh itself (no natdoctor check in between) runs
    // the quoted spelling the old whitespace scan let through.
    const std::string canary = m_dir.file("CANARY");
    writeFile(m_dir.file("ssh_config"), "Match host * \"exec\" \"touch " + canary + "\"\n");
    ssh_session raw = ssh_new();
    ASSERT_TRUE(raw);
    ssh_options_set(raw, SSH_OPTIONS_HOST, "127.0.0.1");
    ssh_options_parse_config(raw, m_dir.file("ssh_config").c_str());
    ssh_free(raw);
    EXPECT_TRUE(fileExists(canary)) << "libssh did not run Match exec: the refusal test above proves less";
}

TEST_F(Session, PlainSshConfigIsStillRead)
{
    // Aliases, users, Includes, Match criteria natdoctor knows (quoted and
    // `=`-separated) are read as before.
    writeFile(m_dir.file("inc.conf"), "Host natdoctor-alias\n  Hostname 127.0.0.1\n");
    writeFile(m_dir.file("ssh_config"),
              "# a comment with exec in it\nInclude \"" + m_dir.file("inc.conf")
                  + "\"\nMatch host=\"natdoctor-*\" originalhost natdoctor-alias\n"
                    "  User=root\nMatch all\n");
    auto o = options();
    o.host = "natdoctor-alias";
    o.user.clear();
    o.confirmHostKey = [](const HostKeyInfo&) { return HostKeyDecision::AcceptOnce; };
    RemoteError error;
    auto session = SshSession::connect(o, error);
    ASSERT_TRUE(session) << describe(error);
    EXPECT_EQ(runId(*session), "root\n");
}

TEST_F(Session, KeyFileAuth)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    EXPECT_EQ(runId(*session), "root\n");
}

TEST_F(Session, PassphraseKeyAsksOnceAndWorks)
{
    trust(*m_sshd);
    auto o = options();
    o.identityFiles = { m_dir.file("id_pass") };
    int asked = 0;
    o.askPassphrase = [&](const std::string& file) -> std::optional<std::string> {
        ++asked;
        EXPECT_EQ(file, m_dir.file("id_pass"));
        return std::string("correct horse");
    };
    RemoteError error;
    auto session = SshSession::connect(o, error);
    ASSERT_TRUE(session) << describe(error);
    EXPECT_EQ(asked, 1);

    o.askPassphrase = [](const std::string&) -> std::optional<std::string> { return std::string("wrong"); };
    session = SshSession::connect(o, error);
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::AuthFailed);
}

TEST_F(Session, WrongPasswordFailsFast)
{
    trust(*m_sshd);
    auto o = options();
    o.identityFiles = { m_dir.file("no_such_key") };
    int asked = 0;
    o.askPassword = [&](const std::string&) -> std::optional<std::string> {
        ++asked;
        return std::string("definitely-not-the-password");
    };
    auto start = std::chrono::steady_clock::now();
    RemoteError error;
    auto session = SshSession::connect(o, error);
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::AuthFailed) << describe(error);
    EXPECT_EQ(asked, 1);
    EXPECT_LT(elapsed, std::chrono::seconds(6));
}

TEST_F(Session, PasswordAuthForATemporaryUser)
{
    natdoctor::test::TempUser temp;
    if (!temp.ok()) {
        FAIL() << "useradd/chpasswd failed: this test needs root and the passwd tools";
    }
    const std::string& user = temp.name();
    const std::string& password = temp.password();

    trust(*m_sshd);
    auto o = options();
    o.user = user;
    o.identityFiles = { m_dir.file("no_such_key") };
    o.askPassword = [&](const std::string&) -> std::optional<std::string> { return password; };
    RemoteError error;
    auto session = SshSession::connect(o, error);
    ASSERT_TRUE(session) << describe(error);
    EXPECT_EQ(runId(*session), user + "\n");

    // This user has no sudo rights: `sudo -n` must fail fast and clearly.
    SshCommandRunner runner(*session);
    auto sudo = runner.run({ "env", "LC_ALL=C", "sudo", "-n", "true" }, {});
    EXPECT_EQ(sudo.error.code, RemoteErrorCode::SudoNeedsPassword) << describe(sudo.error) << sudo.err;
    EXPECT_EQ(sudo.exitStatus, 1);
    auto streamed = runner.stream({ "env", "LC_ALL=C", "sudo", "-n", "tcpdump", "-w", "-" },
                                  [](const char*, std::size_t) { return true; }, {});
    EXPECT_EQ(streamed.error.code, RemoteErrorCode::SudoNeedsPassword) << describe(streamed.error);
}

TEST_F(Session, AgentAuth)
{
    // A key that exists only inside the agent: only agent auth can succeed.
    std::string key = m_dir.file("id_agent");
    ASSERT_TRUE(natdoctor::test::generateKey(key));
    writeFile(m_dir.file("authorized_keys"), readFile(key + ".pub"));
    std::string socket = m_dir.file("agent.sock");
    std::string out = shellOutput("ssh-agent -a '" + socket + "' -s");
    auto pidAt = out.find("SSH_AGENT_PID=");
    ASSERT_NE(pidAt, std::string::npos) << out;
    std::string agentPid = out.substr(pidAt + 14, out.find(';', pidAt) - pidAt - 14);
    struct Cleanup
    {
        std::string pid;
        ~Cleanup() { shellOutput("kill " + pid + " 2>/dev/null"); }
    } cleanup { agentPid };
    int status = -1;
    shellOutput("SSH_AUTH_SOCK='" + socket + "' ssh-add -q '" + key + "' 2>&1", &status);
    ASSERT_EQ(status, 0);
    shellOutput("rm -f '" + key + "' '" + key + ".pub'");

    trust(*m_sshd);
    auto o = options();
    o.identityFiles = { m_dir.file("no_such_key") };
    RemoteError error;
    auto session = SshSession::connect(o, error);
    EXPECT_FALSE(session) << "no agent configured, yet it connected";

    ::setenv("SSH_AUTH_SOCK", socket.c_str(), 1);
    o.useAgent = true;
    session = SshSession::connect(o, error);
    ::unsetenv("SSH_AUTH_SOCK");
    ASSERT_TRUE(session) << describe(error);
    EXPECT_EQ(runId(*session), "root\n");
}

TEST_F(Session, ConnectTimeoutAndCancel)
{
    // A stopped sshd: the kernel accepts, nobody answers, so only the
    // deadline or the cancel flag can end the handshake.
    auto o = options();
    o.port = static_cast<uint16_t>(m_sshd->port());
    ::kill(m_sshd->pid(), SIGSTOP); // accepts in the kernel backlog, never answers
    o.timeout = std::chrono::milliseconds(700);
    auto start = std::chrono::steady_clock::now();
    RemoteError error;
    auto session = SshSession::connect(o, error);
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::Timeout) << describe(error);
    EXPECT_LT(elapsed, std::chrono::milliseconds(3000));

    std::atomic_bool cancel { false };
    o.timeout = std::chrono::milliseconds(20000);
    o.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    start = std::chrono::steady_clock::now();
    session = SshSession::connect(o, error);
    elapsed = std::chrono::steady_clock::now() - start;
    canceller.join();
    ::kill(m_sshd->pid(), SIGCONT);
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::Cancelled) << describe(error);
    EXPECT_LT(elapsed, std::chrono::milliseconds(3000));
}

TEST_F(Session, RefusedPortIsConnectionFailed)
{
    auto o = options();
    m_sshd->stop();
    RemoteError error;
    auto session = SshSession::connect(o, error);
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::ConnectionFailed) << describe(error);
}
