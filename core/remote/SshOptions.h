#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace natdoctor::remote {

// What the user is shown for a host key natdoctor has not seen before.
struct HostKeyInfo
{
    std::string host; // as looked up in known_hosts: "name" or "[name]:port"
    std::string keyType; // "ssh-ed25519", "ecdsa-sha2-nistp256", ...
    std::string fingerprint; // "SHA256:..." exactly as `ssh-keygen -lf` prints it
    std::string knownHostsFile; // where AcceptAndSave writes
};

enum class HostKeyDecision {
    Reject,
    AcceptOnce, // this connection only, nothing written
    AcceptAndSave, // append to the user's known_hosts
};

struct SshOptions
{
    std::string host; // validated with validateHost(); may be an ssh_config alias
    uint16_t port = 0; // 0: ssh_config's Port, else 22
    std::string user; // empty: ssh_config's User, else the local user

    std::string knownHostsFile; // empty: ~/.ssh/known_hosts
    std::string globalKnownHostsFile = "/etc/ssh/ssh_known_hosts";
    bool readSshConfig = true; // ssh_config is read, but can never weaken host key checks
    std::string sshConfigFile; // empty: ~/.ssh/config then /etc/ssh/ssh_config

    bool useAgent = true; // only tried when SSH_AUTH_SOCK is set
    std::vector<std::string> identityFiles; // empty: ~/.ssh/id_ed25519, id_ecdsa, id_rsa

    std::chrono::milliseconds timeout { 20000 }; // connect, key exchange and auth together
    const std::atomic_bool* cancel = nullptr; // owned by the caller, may be null

    // Called for an unknown host key; without it unknown keys are refused.
    std::function<HostKeyDecision(const HostKeyInfo&)> confirmHostKey;
    // Called for an encrypted key file; nullopt skips that key. Answers are
    // used once and never stored.
    std::function<std::optional<std::string>(const std::string& keyFile)> askPassphrase;
    // Called for password or keyboard-interactive prompts; nullopt gives up.
    std::function<std::optional<std::string>(const std::string& prompt)> askPassword;
};

} // namespace natdoctor::remote
