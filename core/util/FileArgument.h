#pragma once

#include <string>

namespace natdoctor {

// Checks of file names given on the command line or in the wizard, made
// before anything is opened or anything remote starts. Each returns an error
// message naming the file, or an empty string.

// A file natdoctor reads (--known-hosts, --identity, --ssh-config, a capture):
// it must be a regular file (symlinks to one are fine); a FIFO, device,
// socket or directory is refused, so nothing ever blocks opening it or reads
// forever. `mayBeMissing`: a file that does not exist yet is fine.
std::string checkInputFile(const std::string& path, bool mayBeMissing = false);

// A file natdoctor writes (--save, --capture-file, --report): if it exists it
// must be a regular file and not a symlink (never written through one); its
// folder must exist. Written with writeFileAtomically() or a rename.
std::string checkOutputFile(const std::string& path);

} // namespace natdoctor
