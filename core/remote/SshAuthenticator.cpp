#include "remote/SshAuthenticator.h"

#include "remote/SshHandles.h"
#include "remote/SshSession.h"

#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

namespace natdoctor::remote {

namespace {

// Overwrites a secret before its memory is released.
void wipe(std::string& secret)
{
    volatile char* p = secret.data();
    for (std::size_t i = 0; i < secret.size(); ++i) {
        p[i] = 0;
    }
    secret.clear();
}

bool fileExists(const std::string& path)
{
    struct stat info
    {
    };
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

std::vector<std::string> defaultIdentities()
{
    const char* home = std::getenv("HOME");
    if (home == nullptr || *home == '\0') {
        return {};
    }
    std::string dir = std::string(home) + "/.ssh/";
    return { dir + "id_ed25519", dir + "id_ecdsa", dir + "id_rsa" };
}

struct PassphraseContext
{
    const SshOptions* options;
    const std::string* path;
    bool asked = false;
};

// libssh's C callback for encrypted key files; forwards to the caller's.
int passphraseCallback(const char*, char* buffer, size_t length, int, int, void* userdata)
{
    auto* context = static_cast<PassphraseContext*>(userdata);
    if (!context->options->askPassphrase || length == 0) {
        return -1;
    }
    context->asked = true;
    auto answer = context->options->askPassphrase(*context->path);
    if (!answer || answer->size() >= length) {
        if (answer) {
            wipe(*answer);
        }
        return -1;
    }
    std::memcpy(buffer, answer->c_str(), answer->size() + 1);
    wipe(*answer);
    return 0;
}

} // namespace

std::string SshAuthenticator::userAtHost() const
{
    char* user = nullptr;
    std::string text;
    if (ssh_options_get(m_session.handle(), SSH_OPTIONS_USER, &user) == SSH_OK && user != nullptr) {
        text = std::string(user) + "@";
        ssh_string_free_char(user);
    }
    return text + m_session.host();
}

SshAuthenticator::SshAuthenticator(SshSession& session, const SshOptions& options)
    : m_session(session)
    , m_options(options)
    , m_deadline(options.timeout, options.cancel)
{
}

template <typename Call> int SshAuthenticator::repeat(Call call, RemoteError& error)
{
    for (;;) {
        int rc = call();
        if (rc != SSH_AUTH_AGAIN) {
            return rc;
        }
        if ((error = m_session.waitForIo(m_deadline))) {
            return SSH_AUTH_ERROR;
        }
    }
}

RemoteError SshAuthenticator::failure() const
{
    std::string detail = m_session.host() + (m_tried.empty() ? ": no usable method" : ": tried " + m_tried);
    if (!m_session.isConnected()) {
        // Usually "Too many authentication failures": still an auth problem.
        detail += "; the server closed the connection (" + m_session.lastError() + ")";
    }
    return { RemoteErrorCode::AuthFailed, detail };
}

RemoteError SshAuthenticator::run()
{
    ssh_session s = m_session.handle();
    RemoteError error;
    int rc = repeat([&] { return ssh_userauth_none(s, nullptr); }, error);
    if (error) {
        return error;
    }
    if (rc == SSH_AUTH_SUCCESS) {
        return {};
    }
    if (rc == SSH_AUTH_ERROR) {
        return failure();
    }
    int methods = ssh_userauth_list(s, nullptr);
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (tryAgent(error) || error) {
            return error;
        }
        auto files = m_options.identityFiles.empty() ? defaultIdentities() : m_options.identityFiles;
        for (const auto& file : files) {
            if (tryKeyFile(file, error) || error) {
                return error;
            }
        }
    }
    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        if (tryPassword(error) || error) {
            return error;
        }
    } else if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
        if (tryKeyboardInteractive(error) || error) {
            return error;
        }
    }
    return failure();
}

bool SshAuthenticator::tryAgent(RemoteError& error)
{
    const char* socket = std::getenv("SSH_AUTH_SOCK");
    if (!m_options.useAgent || socket == nullptr || *socket == '\0') {
        return false;
    }
    m_tried += m_tried.empty() ? "agent" : ", agent";
    int rc = repeat([&] { return ssh_userauth_agent(m_session.handle(), nullptr); }, error);
    if (!error && rc == SSH_AUTH_ERROR && !m_session.isConnected()) {
        error = failure();
    }
    return !error && rc == SSH_AUTH_SUCCESS;
}

bool SshAuthenticator::tryKeyFile(const std::string& path, RemoteError& error)
{
    if (!fileExists(path)) {
        return false;
    }
    ssh_session s = m_session.handle();
    // Offer the public half first when it is there: no passphrase prompt for
    // a key the server would refuse anyway.
    ssh_key rawPublic = nullptr;
    if (ssh_pki_import_pubkey_file((path + ".pub").c_str(), &rawPublic) == SSH_OK) {
        KeyPtr publicKey(rawPublic);
        int rc = repeat([&] { return ssh_userauth_try_publickey(s, nullptr, publicKey.get()); }, error);
        if (error) {
            return false;
        }
        if (rc != SSH_AUTH_SUCCESS) {
            m_tried += (m_tried.empty() ? "" : ", ") + path + " (not accepted)";
            if (rc == SSH_AUTH_ERROR && !m_session.isConnected()) {
                error = failure();
            }
            return false;
        }
    }
    PassphraseContext context { &m_options, &path };
    ssh_key rawPrivate = nullptr;
    int imported
        = ssh_pki_import_privkey_file(path.c_str(), nullptr, passphraseCallback, &context, &rawPrivate);
    if (context.asked) {
        restartDeadline();
    }
    if (imported != SSH_OK) {
        m_tried += (m_tried.empty() ? "" : ", ") + path
            + (context.asked ? " (wrong passphrase?)" : " (unreadable)");
        return false;
    }
    KeyPtr privateKey(rawPrivate);
    m_tried += (m_tried.empty() ? "" : ", ") + path;
    int rc = repeat([&] { return ssh_userauth_publickey(s, nullptr, privateKey.get()); }, error);
    if (!error && rc == SSH_AUTH_ERROR && !m_session.isConnected()) {
        error = failure();
    }
    return !error && rc == SSH_AUTH_SUCCESS;
}

bool SshAuthenticator::tryPassword(RemoteError& error)
{
    if (!m_options.askPassword) {
        return false;
    }
    auto password = m_options.askPassword("Password for " + userAtHost());
    restartDeadline();
    if (!password) {
        return false;
    }
    m_tried += m_tried.empty() ? "password" : ", password";
    int rc = repeat([&] { return ssh_userauth_password(m_session.handle(), nullptr, password->c_str()); },
                    error);
    wipe(*password);
    if (!error && rc == SSH_AUTH_ERROR && !m_session.isConnected()) {
        error = failure();
    }
    return !error && rc == SSH_AUTH_SUCCESS;
}

bool SshAuthenticator::tryKeyboardInteractive(RemoteError& error)
{
    if (!m_options.askPassword) {
        return false;
    }
    m_tried += m_tried.empty() ? "keyboard-interactive" : ", keyboard-interactive";
    ssh_session s = m_session.handle();
    // A server may send several rounds (and empty ones); a bound stops loops.
    for (int round = 0; round < 8; ++round) {
        int rc = repeat([&] { return ssh_userauth_kbdint(s, nullptr, nullptr); }, error);
        if (error || rc != SSH_AUTH_INFO) {
            return !error && rc == SSH_AUTH_SUCCESS;
        }
        int prompts = ssh_userauth_kbdint_getnprompts(s);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const char* prompt = ssh_userauth_kbdint_getprompt(s, static_cast<unsigned>(i), &echo);
            auto answer = m_options.askPassword(prompt && *prompt ? prompt : "Password for " + userAtHost());
            restartDeadline();
            if (!answer) {
                return false;
            }
            int set = ssh_userauth_kbdint_setanswer(s, static_cast<unsigned>(i), answer->c_str());
            wipe(*answer);
            if (set < 0) {
                return false;
            }
        }
    }
    return false;
}

} // namespace natdoctor::remote
