// The SHA-256 of a file, read once in large pieces: a blob's name found before it is stored, a
// custody record's fingerprint of a file written by a command.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/status.h"

namespace ariadne {

struct FileDigest {
  std::string sha256;  // 64 lower-case hex digits
  int64_t size = 0;    // bytes read
};

// The hex SHA-256 and size of the file at `path`; IoError names the file when it cannot be opened
// or read.
Result<FileDigest> Sha256OfFile(const std::filesystem::path& path);

}  // namespace ariadne
