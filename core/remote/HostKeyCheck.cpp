#include "remote/HostKeyCheck.h"

#include "remote/SshHandles.h"

#include <fstream>
#include <optional>

namespace natdoctor::remote {

namespace {

std::string optionString(ssh_session session, ssh_options_e option)
{
    char* value = nullptr;
    if (ssh_options_get(session, option, &value) != SSH_OK || value == nullptr) {
        return {};
    }
    SshCharPtr owned(value);
    return std::string(value);
}

struct KnownLine
{
    std::string file;
    int line = 0;
    std::string keyType;
};

// libssh does not say which line matched, so find the first line for this
// host ourselves; ssh_known_hosts_parse_line also understands hashed names.
std::optional<KnownLine> findKnownLine(const std::string& file, const std::string& hostName)
{
    std::ifstream in(file);
    std::string text;
    for (int number = 1; std::getline(in, text); ++number) {
        auto start = text.find_first_not_of(" \t");
        if (start == std::string::npos || text[start] == '#') {
            continue;
        }
        ssh_knownhosts_entry* raw = nullptr;
        if (ssh_known_hosts_parse_line(hostName.c_str(), text.c_str() + start, &raw) != SSH_OK) {
            continue;
        }
        KnownHostsEntryPtr entry(raw);
        const char* type = entry->publickey ? ssh_key_type_to_char(ssh_key_type(entry->publickey)) : nullptr;
        return KnownLine { file, number, type ? type : "unknown" };
    }
    return std::nullopt;
}

std::string fingerprintOf(ssh_key key)
{
    unsigned char* rawHash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &rawHash, &length) != SSH_OK) {
        return {};
    }
    HashPtr hash(rawHash);
    SshCharPtr text(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash.get(), length));
    return text ? std::string(text.get()) : std::string();
}

} // namespace

std::string knownHostsName(ssh_session session)
{
    std::string host = optionString(session, SSH_OPTIONS_HOST);
    unsigned int port = 22;
    ssh_options_get_port(session, &port);
    if (port == 22) {
        return host;
    }
    return "[" + host + "]:" + std::to_string(port);
}

RemoteError verifyHostKey(ssh_session session, const SshOptions& options)
{
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(session, &rawKey) != SSH_OK || rawKey == nullptr) {
        return { RemoteErrorCode::ConnectionFailed, "the server sent no host key" };
    }
    KeyPtr key(rawKey);

    HostKeyInfo info;
    info.host = knownHostsName(session);
    const char* type = ssh_key_type_to_char(ssh_key_type(key.get()));
    info.keyType = type ? type : "unknown";
    info.fingerprint = fingerprintOf(key.get());
    info.knownHostsFile = optionString(session, SSH_OPTIONS_KNOWNHOSTS);
    if (info.knownHostsFile.empty()) {
        info.knownHostsFile = options.knownHostsFile;
    }
    if (info.fingerprint.empty()) {
        return { RemoteErrorCode::ConnectionFailed, "could not hash the host key" };
    }

    switch (ssh_session_is_known_server(session)) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        std::string detail = info.host + " now offers " + info.keyType + " " + info.fingerprint;
        auto known = findKnownLine(info.knownHostsFile, info.host);
        if (!known) {
            known = findKnownLine(optionString(session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS), info.host);
        }
        if (known) {
            detail += "; " + known->file + " line " + std::to_string(known->line) + " holds a "
                + known->keyType
                + " key for it. If the change is expected, remove that line and connect again";
        } else {
            detail += "; known_hosts (" + info.knownHostsFile + ") holds a different key for it";
        }
        return { RemoteErrorCode::HostKeyChanged, detail };
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
    default:
        return { RemoteErrorCode::KnownHostsError, ssh_get_error(session) };
    }

    std::string detail = info.host + " " + info.keyType + " " + info.fingerprint;
    if (!options.confirmHostKey) {
        return { RemoteErrorCode::HostKeyUnknown, detail };
    }
    switch (options.confirmHostKey(info)) {
    case HostKeyDecision::AcceptOnce:
        return {};
    case HostKeyDecision::AcceptAndSave:
        if (ssh_session_update_known_hosts(session) != SSH_OK) {
            return { RemoteErrorCode::KnownHostsError, ssh_get_error(session) };
        }
        return {};
    case HostKeyDecision::Reject:
        break;
    }
    return { RemoteErrorCode::HostKeyRejected, detail };
}

} // namespace natdoctor::remote
