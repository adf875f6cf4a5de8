#pragma once

#include <libssh/libssh.h>
#include <memory>

namespace natdoctor::remote {

// unique_ptr owners for libssh's C handles: one deleter each, nothing else.
struct SshSessionDeleter
{
    void operator()(ssh_session session) const { ssh_free(session); }
};
struct SshChannelDeleter
{
    void operator()(ssh_channel channel) const { ssh_channel_free(channel); }
};
struct SshKeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
struct SshEventDeleter
{
    void operator()(ssh_event event) const { ssh_event_free(event); }
};
struct SshConnectorDeleter
{
    void operator()(ssh_connector connector) const { ssh_connector_free(connector); }
};
struct SshStringDeleter
{
    void operator()(char* text) const { ssh_string_free_char(text); }
};
struct SshHashDeleter
{
    void operator()(unsigned char* hash) const { ssh_clean_pubkey_hash(&hash); }
};
struct SshKnownHostsEntryDeleter
{
    void operator()(ssh_knownhosts_entry* entry) const { ssh_knownhosts_entry_free(entry); }
};

using SessionPtr = std::unique_ptr<ssh_session_struct, SshSessionDeleter>;
using ChannelPtr = std::unique_ptr<ssh_channel_struct, SshChannelDeleter>;
using KeyPtr = std::unique_ptr<ssh_key_struct, SshKeyDeleter>;
using EventPtr = std::unique_ptr<ssh_event_struct, SshEventDeleter>;
using ConnectorPtr = std::unique_ptr<ssh_connector_struct, SshConnectorDeleter>;
using SshCharPtr = std::unique_ptr<char, SshStringDeleter>;
using HashPtr = std::unique_ptr<unsigned char, SshHashDeleter>;
using KnownHostsEntryPtr = std::unique_ptr<ssh_knownhosts_entry, SshKnownHostsEntryDeleter>;

} // namespace natdoctor::remote
