#include "core/file_sha256.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

#include "core/sha256.h"

namespace ariadne {

Result<FileDigest> Sha256OfFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(fmt::format("{}: cannot open: {}", path.string(), std::strerror(errno)));
  std::vector<char> buf(size_t{1} << 20);
  Sha256 hasher;
  FileDigest digest;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    if (in.bad()) return IoError(fmt::format("{}: read error", path.string()));
    const auto got = static_cast<size_t>(in.gcount());
    hasher.Update({buf.data(), got});
    digest.size += static_cast<int64_t>(got);
  }
  digest.sha256 = hasher.HexDigest();
  return digest;
}

}  // namespace ariadne
