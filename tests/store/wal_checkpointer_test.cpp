#include "store/wal_checkpointer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "store/case.h"
#include "support/temp_dir.h"

namespace ariadne::store {
namespace {

namespace fs = std::filesystem;

CaseInfo ExampleInfo() {
  CaseInfo info;
  info.name = "Checkpoints";
  info.purpose = "unit tests";
  info.legal_basis = "synthetic data";
  info.retention_days = 30;
  return info;
}

// Stores one document of `bytes` of text in one transaction: its pages go to case.db's log.
void AddLargeDocument(Case& c, size_t bytes) {
  CaseStore& s = c.store();
  Result<BlobInfo> blob = c.blobs().PutBytes("the original file");
  ASSERT_TRUE(blob.ok());
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.RecordBlob(*blob, "").ok());
  ImportRecord r;
  r.blob_sha256 = blob->sha256;
  r.file_name = "chat.txt";
  r.format = "whatsapp";
  Result<int64_t> id = s.StartImport(r);
  ASSERT_TRUE(id.ok()) << id.status().message();
  Document d;
  d.source_id = "thread#1";
  d.site = "whatsapp";
  d.text = std::string(bytes, 'w');
  d.provenance = {blob->sha256, "chat.txt", 1, 0, static_cast<int64_t>(bytes)};
  Result<InsertOutcome> out = s.InsertDocument(d, *id);
  ASSERT_TRUE(out.ok()) << out.status().message();
  ASSERT_TRUE(s.Commit().ok());
}

// What an import commits is copied into case.db by the checkpointer's thread, not left in the log
// for the storing thread to copy as it closes the case.
TEST(WalCheckpointer, CopiesCommittedPagesIntoTheDatabaseFile) {
  testing::TempDir dir;
  Result<std::unique_ptr<Case>> c = Case::Create(dir / "case", ExampleInfo());
  ASSERT_TRUE(c.ok()) << c.status().message();
  Result<std::unique_ptr<WalCheckpointer>> checkpointer = WalCheckpointer::Start(dir / "case");
  ASSERT_TRUE(checkpointer.ok()) << checkpointer.status().message();
  const fs::path db = dir / "case" / "case.db";
  AddLargeDocument(**c, 4 << 20);
  const auto before = fs::file_size(db);
  EXPECT_LT(before, uintmax_t{4} << 20) << "the document's pages should still be in the log";
  (*checkpointer)->Poke();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while ((*checkpointer)->checkpoints() == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  (*checkpointer)->Stop();
  EXPECT_EQ((*checkpointer)->checkpoints(), 1);
  EXPECT_GE(fs::file_size(db), before + (uintmax_t{4} << 20));
  // The case reads as before.
  EXPECT_EQ((*c)->store().Counts()->documents, 1);
}

}  // namespace
}  // namespace ariadne::store
