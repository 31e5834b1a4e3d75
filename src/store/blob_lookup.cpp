#include "store/blob_lookup.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>
#include <vector>

#include "core/sha256.h"

namespace ariadne::store {

Result<std::optional<BlobInfo>> FindStoredFile(const BlobStore& blobs,
                                               const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(fmt::format("{}: cannot open: {}", path.string(), std::strerror(errno)));
  std::vector<char> buf(size_t{1} << 20);
  Sha256 hasher;
  BlobInfo info;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    if (in.bad()) return IoError(fmt::format("{}: read error", path.string()));
    const auto got = static_cast<size_t>(in.gcount());
    hasher.Update({buf.data(), got});
    info.size += static_cast<int64_t>(got);
  }
  info.sha256 = hasher.HexDigest();
  // The stored size is the blob's file as it lies (whatever zstd level wrote it).
  std::error_code ec;
  const std::uintmax_t stored = std::filesystem::file_size(blobs.PathFor(info.sha256), ec);
  if (ec) return std::optional<BlobInfo>();
  info.stored_size = static_cast<int64_t>(stored);
  return std::optional<BlobInfo>(info);
}

}  // namespace ariadne::store
