#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace natdoctor {

// One line of an ssh_config file split into words.
struct SshConfigLine
{
    int number = 0; // 1-based line number
    std::string text; // the raw line (without the newline)
    std::vector<std::string> words; // the keyword first, then its arguments
    bool unbalancedQuotes = false; // a quote was opened and never closed
};

// Splits ssh_config text the way OpenSSH (argv_split/strdelim) and libssh
// read it: blanks and `=` separate words; '...' and "..." group a word and
// are removed (also in the middle of a word: Ex"ec" is the word Exec); a
// backslash escapes \, ', " and a blank; a line whose first non-blank
// character is # is a comment. Keywords are case-insensitive: compare
// words[0] lowercased. Lines without words are left out.
std::vector<SshConfigLine> tokenizeSshConfig(std::string_view configText);

// The word lowercased (keywords, Match criteria).
std::string lowerAscii(std::string_view word);

// The concrete host aliases of an ssh_config text (`Host a b` lines), without
// patterns (*, ?, !), in file order, each once. For offering hosts to pick.
std::vector<std::string> sshConfigHosts(std::string_view configText);

} // namespace natdoctor
