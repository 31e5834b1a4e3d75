// Content-addressed storage of original evidence. Every original file (an import file, a page, an
// image) is stored once, named by the SHA-256 of its original bytes and compressed with zstd:
//   <root>/ab/cd/abcd…ef.zst   where "abcd…ef" is the hex SHA-256 of the original (uncompressed)
//   bytes.
// Originals are immutable: a blob is written to a temporary file, synced, then renamed into place,
// so a killed process leaves either no blob or a whole one (plus, at worst, a stray file under
// <root>/tmp/). Thread-safe for distinct blobs; writing the same blob from two processes at once is
// safe (rename wins).
#pragma once

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>

#include "core/status.h"

namespace ariadne::store {

struct BlobInfo {
  std::string sha256;       // hex SHA-256 of the original bytes
  int64_t size = 0;         // original size in bytes
  int64_t stored_size = 0;  // compressed size on disk
};

class BlobStore {
 public:
  explicit BlobStore(std::filesystem::path root);

  // Streams the file at `path` into the store (bounded memory whatever its size). When a blob with
  // the same content exists already, nothing is written and its info is returned. IoError names the
  // file on failure.
  Result<BlobInfo> PutFile(const std::filesystem::path& path);
  // Stores `bytes` as a blob; same promises as PutFile.
  Result<BlobInfo> PutBytes(std::string_view bytes);

  bool Contains(std::string_view sha256) const;
  // The original bytes of a blob, decompressed. Fails with NotFound when absent, InvalidInput when
  // the original is larger than `max_bytes`, and Corrupt when the stored file is damaged or its
  // bytes no longer hash to its name.
  Result<std::string> Read(std::string_view sha256, int64_t max_bytes = int64_t{1} << 30) const;
  // Streams the original bytes of a blob to `out`, checking the hash at the end.
  Status CopyTo(std::string_view sha256, std::ostream& out) const;
  // Where the blob lives (whether or not it exists).
  std::filesystem::path PathFor(std::string_view sha256) const;
  // Removes temporary files a killed process may have left behind.
  void RemoveStrayTemporaries() const;

  const std::filesystem::path& root() const { return root_; }

 private:
  Result<BlobInfo> Put(std::istream& in, const std::string& what);
  std::filesystem::path root_;
};

}  // namespace ariadne::store
