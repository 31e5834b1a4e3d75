// Content-addressed storage of original evidence. Every original file (an import file, a page, an
// image) is stored once, named by the SHA-256 of its original bytes and compressed with zstd:
//   <root>/ab/cd/abcd…ef.zst   where "abcd…ef" is the hex SHA-256 of the original (uncompressed)
//   bytes.
// Originals are immutable: a blob is written to a temporary file, synced, then renamed into place,
// so a killed process leaves either no blob or a whole one (plus, at worst, a stray file under
// <root>/tmp/). Thread-safe for distinct blobs; writing the same blob from two processes at once is
// safe (rename wins).
//
// Batches (a crawl, an import with attachments) defer the syncs: with DeferSync(true), each new
// blob waits complete in <root>/tmp/ and SyncPending() makes all of them durable with one file
// system sync, then renames them into place; call it before committing the rows that name them.
// Until then Contains() does not see them (a killed process leaves only temporaries, which
// RemoveStrayTemporaries() clears).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
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

  // Defers the sync of new blobs to SyncPending() (see above). Not thread-safe while on.
  void DeferSync(bool on) { defer_sync_ = on; }
  // Syncs the deferred blobs (one syncfs) and renames them into place. IoError when a blob cannot
  // be moved (the caller must not commit rows naming it).
  Status SyncPending();
  // Forgets the deferred blobs and removes their temporaries (their rows were rolled back).
  void DiscardPending();
  // Defers syncs for its lifetime; at its end, whatever was not synced is discarded.
  class DeferredSyncScope {
   public:
    explicit DeferredSyncScope(BlobStore& blobs) : blobs_(blobs) { blobs_.DeferSync(true); }
    ~DeferredSyncScope() {
      blobs_.DiscardPending();
      blobs_.DeferSync(false);
    }
    DeferredSyncScope(const DeferredSyncScope&) = delete;
    DeferredSyncScope& operator=(const DeferredSyncScope&) = delete;

   private:
    BlobStore& blobs_;
  };

  const std::filesystem::path& root() const { return root_; }

 private:
  Result<BlobInfo> Put(std::istream& in, const std::string& what);
  std::filesystem::path root_;
  bool defer_sync_ = false;
  // Deferred blobs: SHA-256 -> their complete temporary file.
  std::map<std::string, std::filesystem::path> pending_;
};

}  // namespace ariadne::store
