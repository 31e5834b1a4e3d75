#include "store/blob_store.h"

#include <gtest/gtest.h>
#include <zstd.h>

#include <fstream>
#include <sstream>

#include "core/sha256.h"
#include "store/blob_lookup.h"
#include "support/temp_dir.h"

namespace ariadne::store {
namespace {

TEST(BlobStore, NamesBlobsBySha256OfTheOriginalAndRoundTrips) {
  testing::TempDir dir;
  BlobStore blobs(dir / "blobs");
  const std::string content(100000, 'x');
  Result<BlobInfo> info = blobs.PutBytes(content);
  ASSERT_TRUE(info.ok()) << info.status().message();
  EXPECT_EQ(info->sha256, Sha256Hex(content));
  EXPECT_EQ(info->size, 100000);
  EXPECT_LT(info->stored_size, 1000);  // zstd on disk
  EXPECT_TRUE(
      std::filesystem::exists(dir / ("blobs/" + info->sha256.substr(0, 2) + "/" +
                                     info->sha256.substr(2, 2) + "/" + info->sha256 + ".zst")));
  Result<std::string> back = blobs.Read(info->sha256);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, content);
}

// Blobs are written at zstd level 1 since session 22; cases made before hold level-3 frames, which
// must read as before (and a blob stored again is found, not rewritten).
TEST(BlobStore, ReadsBlobsWrittenAtAnotherCompressionLevel) {
  testing::TempDir dir;
  BlobStore blobs(dir / "blobs");
  std::string content;
  for (int i = 0; i < 20000; ++i)
    content += "message " + std::to_string(i % 97) + " of an old case\n";
  const std::string sha = Sha256Hex(content);
  std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> cctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
  ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, 3);
  ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
  std::string frame(ZSTD_compressBound(content.size()), '\0');
  const size_t n =
      ZSTD_compress2(cctx.get(), frame.data(), frame.size(), content.data(), content.size());
  ASSERT_FALSE(ZSTD_isError(n));
  frame.resize(n);
  std::filesystem::create_directories(blobs.PathFor(sha).parent_path());
  std::ofstream(blobs.PathFor(sha), std::ios::binary) << frame;

  Result<std::string> back = blobs.Read(sha);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(*back, content);
  Result<BlobInfo> again = blobs.PutBytes(content);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->sha256, sha);
  std::ifstream kept(blobs.PathFor(sha), std::ios::binary);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(kept), {}), frame);
}

TEST(BlobStore, StoringTheSameContentTwiceKeepsOneBlob) {
  testing::TempDir dir;
  BlobStore blobs(dir / "blobs");
  const auto file = dir.Write("a.txt", "same bytes");
  ASSERT_TRUE(blobs.PutFile(file).ok());
  Result<BlobInfo> again = blobs.PutBytes("same bytes");
  ASSERT_TRUE(again.ok());
  size_t files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir / "blobs")) {
    files += e.is_regular_file() ? 1 : 0;
  }
  EXPECT_EQ(files, 1u);
}

TEST(BlobStore, AStoredFileIsFoundByItsHashWithoutCompressingItAgain) {
  testing::TempDir dir;
  BlobStore blobs(dir / "blobs");
  std::string content;
  for (int i = 0; i < 300000; ++i) content += "line " + std::to_string(i) + "\n";  // > 1 chunk
  const auto file = dir.Write("chat.txt", content);
  Result<std::optional<BlobInfo>> before = FindStoredFile(blobs, file);
  ASSERT_TRUE(before.ok()) << before.status().message();
  EXPECT_FALSE(before->has_value());

  const int64_t compressions = BlobCompressionsInProcess();
  Result<BlobInfo> put = blobs.PutFile(file);
  ASSERT_TRUE(put.ok());
  EXPECT_EQ(BlobCompressionsInProcess(), compressions + 1);
  Result<std::optional<BlobInfo>> found = FindStoredFile(blobs, file);
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->sha256, Sha256Hex(content));
  EXPECT_EQ((*found)->sha256, put->sha256);
  EXPECT_EQ((*found)->size, put->size);
  EXPECT_EQ((*found)->stored_size, put->stored_size);
  EXPECT_EQ(BlobCompressionsInProcess(), compressions + 1);  // found, not compressed

  EXPECT_EQ(FindStoredFile(blobs, dir / "absent.txt").status().kind(), ErrorKind::kIo);
}

TEST(BlobStore, DetectsAnAlteredBlob) {
  testing::TempDir dir;
  BlobStore blobs(dir / "blobs");
  Result<BlobInfo> info = blobs.PutBytes("original evidence");
  ASSERT_TRUE(info.ok());
  // Replace the stored file with a valid zstd blob of other content: decompression succeeds, hash
  // fails.
  Result<BlobInfo> other = blobs.PutBytes("tampered evidence");
  ASSERT_TRUE(other.ok());
  std::filesystem::copy_file(blobs.PathFor(other->sha256), blobs.PathFor(info->sha256),
                             std::filesystem::copy_options::overwrite_existing);
  Result<std::string> read = blobs.Read(info->sha256);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().kind(), ErrorKind::kCorrupt);
}

TEST(BlobStore, DetectsATruncatedBlob) {
  testing::TempDir dir;
  BlobStore blobs(dir / "blobs");
  Result<BlobInfo> info = blobs.PutBytes(std::string(50000, 'y') + "tail");
  ASSERT_TRUE(info.ok());
  std::filesystem::resize_file(blobs.PathFor(info->sha256),
                               static_cast<uintmax_t>(info->stored_size / 2));
  EXPECT_EQ(blobs.Read(info->sha256).status().kind(), ErrorKind::kCorrupt);
}

TEST(BlobStore, MissingBlobIsNotFound) {
  testing::TempDir dir;
  BlobStore blobs(dir / "blobs");
  EXPECT_EQ(blobs.Read(std::string(64, 'a')).status().kind(), ErrorKind::kNotFound);
  EXPECT_FALSE(blobs.Contains("not-a-hash"));
}

TEST(BlobStore, ReadRefusesBlobsOverTheLimit) {
  testing::TempDir dir;
  BlobStore blobs(dir / "blobs");
  Result<BlobInfo> info = blobs.PutBytes(std::string(5000, 'z'));
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(blobs.Read(info->sha256, 100).status().kind(), ErrorKind::kInvalidInput);
}

TEST(BlobStore, RemovesTemporariesOfDeadProcessesOnly) {
  testing::TempDir dir;
  BlobStore blobs(dir / "blobs");
  const auto dead = dir.Write("blobs/tmp/put-999999999-0", "half");
  const auto mine = dir.Write("blobs/tmp/put-" + std::to_string(::getpid()) + "-0", "in progress");
  blobs.RemoveStrayTemporaries();
  EXPECT_FALSE(std::filesystem::exists(dead));
  EXPECT_TRUE(std::filesystem::exists(mine));
}

// A batch's blobs are named only once SyncPending() made them durable; a batch whose rows were
// rolled back leaves nothing behind.
TEST(BlobStore, DeferredBlobsAppearOnlyAfterTheirSyncAndVanishWhenDiscarded) {
  testing::TempDir dir;
  BlobStore blobs(dir / "blobs");
  std::string kept_sha, dropped_sha;
  {
    BlobStore::DeferredSyncScope scope(blobs);
    Result<BlobInfo> kept = blobs.PutBytes("kept page");
    ASSERT_TRUE(kept.ok()) << kept.status().message();
    kept_sha = kept->sha256;
    EXPECT_FALSE(blobs.Contains(kept_sha));
    ASSERT_TRUE(blobs.SyncPending().ok());
    EXPECT_TRUE(blobs.Contains(kept_sha));
    Result<BlobInfo> dropped = blobs.PutBytes("rolled back page");
    ASSERT_TRUE(dropped.ok()) << dropped.status().message();
    dropped_sha = dropped->sha256;
  }
  EXPECT_TRUE(blobs.Contains(kept_sha));
  EXPECT_FALSE(blobs.Contains(dropped_sha));
  EXPECT_TRUE(std::filesystem::is_empty(dir / "blobs/tmp"));
  Result<BlobInfo> later = blobs.PutBytes("after the batch");  // syncs at once again
  ASSERT_TRUE(later.ok());
  EXPECT_TRUE(blobs.Contains(later->sha256));
}

}  // namespace
}  // namespace ariadne::store
