#include "store/blob_lookup.h"

#include <system_error>
#include <utility>

#include "core/file_sha256.h"

namespace ariadne::store {

Result<std::optional<BlobInfo>> FindStoredFile(const BlobStore& blobs,
                                               const std::filesystem::path& path) {
  Result<FileDigest> digest = Sha256OfFile(path);
  if (!digest.ok()) return digest.status();
  BlobInfo info;
  info.sha256 = std::move(digest->sha256);
  info.size = digest->size;
  // The stored size is the blob's file as it lies (whatever zstd level wrote it).
  std::error_code ec;
  const std::uintmax_t stored = std::filesystem::file_size(blobs.PathFor(info.sha256), ec);
  if (ec) return std::optional<BlobInfo>();
  info.stored_size = static_cast<int64_t>(stored);
  return std::optional<BlobInfo>(info);
}

}  // namespace ariadne::store
