// The custody library without the command line, as the server and workers will use it: a case,
// its key, events, an import sealed, a checkpoint, verification, a bundle written and checked.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "custody/bundle.h"
#include "custody/canonical.h"
#include "custody/keys.h"
#include "custody/log.h"
#include "custody/verify.h"
#include "custody_case.h"
#include "store/case.h"
#include "support/temp_dir.h"

namespace ariadne::custody {
namespace {

class CustodyLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::CaseInfo info;
    info.name = "log";
    info.purpose = "tests";
    info.legal_basis = "synthetic";
    info.retention_days = 9;
    Result<std::unique_ptr<store::Case>> c = store::Case::Create(dir_ / "case", info);
    ASSERT_TRUE(c.ok()) << c.status().message();
    case_ = std::move(c).value();
    keys_ = GenerateKeyPair();
    ASSERT_TRUE(SaveKeyPair(case_dir(), keys_, "").ok());
    Result<std::unique_ptr<CustodyLog>> log = CustodyLog::Open(case_dir(), "tester", "test");
    ASSERT_TRUE(log.ok());
    log_ = std::move(log).value();
    ASSERT_TRUE(
        log_->Record(
                {kActionInit, "case", {}, {{"key_fingerprint", Fingerprint(keys_.public_key)}}})
            .ok());
    ImportTwoDocuments();
  }

  // What the import runner does, by hand: the file as a blob, an import, two documents.
  void ImportTwoDocuments() {
    store::CaseStore& s = case_->store();
    Result<store::BlobInfo> blob = case_->blobs().PutBytes("{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    ASSERT_TRUE(blob.ok());
    ASSERT_TRUE(s.Begin().ok());
    ASSERT_TRUE(s.RecordBlob(*blob, "application/jsonl").ok());
    store::ImportRecord record;
    record.blob_sha256 = blob->sha256;
    record.file_name = "ads.jsonl";
    record.format = "ads-jsonl";
    record.status = "running";
    record.started_at = "2026-01-01T00:00:00Z";
    Result<int64_t> id = s.StartImport(record);
    ASSERT_TRUE(id.ok());
    record.id = *id;
    for (const char* source : {"a", "b"}) {
      Document d;
      d.source_id = source;
      d.text = std::string("call 07700 900123 for ") + source;
      d.provenance = {blob->sha256, "ads.jsonl", 1, 0, 10};
      d.imported_at = "2026-01-01T00:00:00Z";
      ASSERT_TRUE(s.InsertDocument(d, *id).ok());
    }
    record.status = "complete";
    record.imported = 2;
    ASSERT_TRUE(s.UpdateImport(record).ok());
    ASSERT_TRUE(s.Commit().ok());
    ASSERT_TRUE(log_->Record({kActionImportStart, "import:1", {blob->sha256}, {}}).ok());
    Result<store::CustodyEventRow> done = log_->SealImport(*id, blob->sha256, {});
    ASSERT_TRUE(done.ok()) << done.status().message();
    ASSERT_TRUE(log_->Checkpoint(keys_).ok());
  }

  // Stores a chat export's blob and starts its import, in a transaction left open (`record` gets
  // its id).
  void BeginChatImport(store::BlobInfo* blob, store::ImportRecord* record) {
    store::CaseStore& s = case_->store();
    Result<store::BlobInfo> stored = case_->blobs().PutBytes("chat export");
    ASSERT_TRUE(stored.ok());
    *blob = *stored;
    ASSERT_TRUE(s.Begin().ok());
    ASSERT_TRUE(s.RecordBlob(*blob, "text/plain").ok());
    record->blob_sha256 = blob->sha256;
    record->file_name = "chat.txt";
    record->format = "whatsapp";
    record->status = "running";
    record->started_at = "2026-01-02T00:00:00Z";
    Result<int64_t> id = s.StartImport(*record);
    ASSERT_TRUE(id.ok());
    record->id = *id;
  }

  std::filesystem::path case_dir() const { return dir_ / "case"; }

  testing::TempDir dir_;
  std::unique_ptr<store::Case> case_;
  KeyPair keys_;
  std::unique_ptr<CustodyLog> log_;
};

TEST_F(CustodyLogTest, EventsChainAndTheCaseVerifies) {
  Result<VerifyReport> r = VerifyCase(case_dir());
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->findings.empty()) << r->findings.front();
  EXPECT_EQ(r->events, 4);  // init, import.start, capture, import.complete
  EXPECT_EQ(r->signed_events, 4);
  EXPECT_EQ(r->documents, 2);
  EXPECT_EQ(r->key_fingerprint, Fingerprint(keys_.public_key));
  // Checkpointing twice at the same size signs once.
  ASSERT_TRUE(log_->Checkpoint(keys_).ok());
  EXPECT_EQ(log_->store().Checkpoints()->size(), 1u);
  EXPECT_EQ(*log_->UnsignedEvents(), 0);
  ASSERT_TRUE(log_->RecordDecision("document:1", "relevant", "matches the tip", {}).ok());
  EXPECT_EQ(*log_->UnsignedEvents(), 1);
}

// SealImport seals what the import did not seal as it stored, with the images, and only that:
// a document sealed at insert (as chat segments are) keeps its seal, and another import's unsealed
// document is left to its own import. The import's `imported` counts more than its documents (a
// chat import counts messages), so the scan for unsealed documents runs.
TEST_F(CustodyLogTest, SealImportSealsOnlyTheImportsUnsealedDocumentsWithTheirImages) {
  store::CaseStore& s = case_->store();
  store::BlobInfo chat;
  store::ImportRecord record;
  ASSERT_NO_FATAL_FAILURE(BeginChatImport(&chat, &record));
  std::vector<int64_t> ids;
  std::string first_seal;  // the first document's, sealed as it is stored
  const std::vector<std::vector<ImageRef>> images = {
      {{"IMG-1.jpg", "", "missing"}, {"IMG-2.jpg", "", "missing"}},
      {{"IMG-3.jpg", "", "missing"}},
      {}};
  for (size_t i = 0; i < images.size(); ++i) {
    Document d;
    d.source_id = "thread#" + std::to_string(i);
    d.site = "whatsapp";
    d.text = "see you at the hotel " + std::to_string(i);
    d.images = images[i];
    d.provenance = {chat.sha256, "chat.txt", static_cast<int64_t>(i) + 1, 0, 10};
    d.imported_at = "2026-01-02T00:00:00Z";
    ASSERT_TRUE(s.InsertDocument(d, record.id).ok());
    ids.push_back(d.id);
    if (i == 0) first_seal = DocumentSeal(d, record.id);
  }
  record.status = "complete";
  record.imported = 40;  // messages, not documents
  ASSERT_TRUE(s.UpdateImport(record).ok());
  ASSERT_TRUE(s.Commit().ok());
  ASSERT_TRUE(log_->store().PutSeals({{ids[0], record.id, first_seal}}).ok());
  ASSERT_TRUE(log_->Record({kActionImportStart, "import:2", {chat.sha256}, {}}).ok());
  Result<store::CustodyEventRow> done = log_->SealImport(record.id, chat.sha256, {});
  ASSERT_TRUE(done.ok()) << done.status().message();
  for (int64_t doc : ids) EXPECT_TRUE(log_->store().SealOf(doc)->has_value()) << doc;
  EXPECT_EQ((*log_->store().SealOf(ids[0]))->seal, first_seal);
  Result<Document> second = s.GetDocument(ids[1]);
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->images.size(), 1u);
  second->provenance.file_name = "chat.txt";
  EXPECT_EQ((*log_->store().SealOf(ids[1]))->seal, DocumentSeal(*second, record.id));
  ASSERT_TRUE(log_->Checkpoint(keys_).ok());
  Result<VerifyReport> r = VerifyCase(case_dir());
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->findings.empty()) << r->findings.front();
  EXPECT_EQ(r->documents, 5);
}

// Finding an import's unsealed documents reads no sealed document: at the end of a chat import
// every segment is sealed, and the search read every row's first page and, to compare the
// segments' import ids (stored after the text), their overflow pages (0.15 s per 50 MB export
// with both cores idle). The documents' pages but the table's root are zeroed on disk here, so
// reading any row of the table fails as corrupt.
TEST_F(CustodyLogTest, FindingUnsealedDocumentsReadsNoSealedDocumentsText) {
  store::CaseStore& s = case_->store();
  store::BlobInfo chat;
  store::ImportRecord record;
  ASSERT_NO_FATAL_FAILURE(BeginChatImport(&chat, &record));
  std::vector<store::DocumentSealRow> seals;
  for (int i = 0; i < 3; ++i) {
    Document d;
    d.source_id = "thread#" + std::to_string(i);
    d.site = "whatsapp";
    // A segment's text, on overflow pages.
    d.text = std::string(100000, static_cast<char>('a' + i));
    d.provenance = {chat.sha256, "chat.txt", i + 1, 0, 10};
    d.imported_at = "2026-01-02T00:00:00Z";
    ASSERT_TRUE(s.InsertDocument(d, record.id).ok());
    seals.push_back({d.id, record.id, DocumentSeal(d, record.id)});
  }
  record.status = "complete";
  record.imported = 3000;  // messages, not documents: the count cannot skip the search
  ASSERT_TRUE(s.UpdateImport(record).ok());
  ASSERT_TRUE(s.Commit().ok());
  ASSERT_TRUE(log_->store().PutSeals(seals).ok());
  const std::vector<std::string> pages = testing::SqlColumn(
      case_dir(),
      "SELECT pageno FROM dbstat WHERE name = 'documents' AND pagetype IN ('leaf', 'overflow') AND "
      "path != '/'");
  const std::vector<std::string> page_size = testing::SqlColumn(case_dir(), "PRAGMA page_size");
  ASSERT_GE(pages.size(), 3u);
  ASSERT_EQ(page_size.size(), 1u);
  log_.reset();
  case_.reset();  // the last connection copies the log into case.db as it closes
  {
    std::fstream db(case_dir() / "case.db", std::ios::in | std::ios::out | std::ios::binary);
    ASSERT_TRUE(db);
    const int64_t size = std::stoll(page_size[0]);
    const std::string zeros(static_cast<size_t>(size), '\0');
    for (const std::string& page : pages) {
      db.seekp((std::stoll(page) - 1) * size);
      db.write(zeros.data(), size);
    }
    ASSERT_TRUE(db);
  }
  Result<std::unique_ptr<CustodyLog>> reopened = CustodyLog::Open(case_dir(), "tester", "test");
  ASSERT_TRUE(reopened.ok()) << reopened.status().message();
  int unsealed = 0;
  Status found = (*reopened)->store().ForEachUnsealedInput(record.id, [&](const store::SealInput&) {
    ++unsealed;
    return Status::Ok();
  });
  EXPECT_TRUE(found.ok()) << found.message();
  EXPECT_EQ(unsealed, 0);
  // The damage is real: reading the documents themselves fails.
  EXPECT_FALSE(
      (*reopened)
          ->store()
          .ForEachSealInput(record.id, [](const store::SealInput&) { return Status::Ok(); })
          .ok());
}

TEST_F(CustodyLogTest, ChangedDocumentIsFoundByTheLibrary) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((case_dir() / "case.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE documents SET text = 'call 07700 900999' WHERE id = 2",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Result<VerifyReport> r = VerifyCase(case_dir());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->findings.size(), 1u);
  EXPECT_EQ(r->findings[0].rfind("document 2: changed since import", 0), 0u) << r->findings[0];
}

TEST_F(CustodyLogTest, BundleWrittenByTheLibraryVerifies) {
  BundleOptions o;
  o.documents = {1, 2};
  o.selection = "documents 1,2";
  o.output = dir_ / "b.zip";
  o.actor = "tester";
  o.tool_version = "test";
  Result<BundleSummary> s = WriteBundle(*case_, keys_, o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->documents, 2);
  EXPECT_EQ(s->originals, 1);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "b.zip.partial"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "b.zip.work"));
  Result<BundleReport> r = VerifyBundle(dir_ / "b.zip", case_dir() / "keys" / "case.pub");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->findings.empty()) << r->findings.front();
  EXPECT_EQ(r->documents, 2);
  EXPECT_EQ(r->events, 5);  // init, import.start, capture, import.complete, export.bundle
  // A document that does not exist is refused before anything is written.
  o.documents = {1, 99};
  o.output = dir_ / "c.zip";
  EXPECT_FALSE(WriteBundle(*case_, keys_, o).ok());
  EXPECT_FALSE(std::filesystem::exists(dir_ / "c.zip"));
  // Not a zip: a clear error, not a crash.
  std::ofstream(dir_ / "junk.zip") << "not a zip";
  Result<BundleReport> junk = VerifyBundle(dir_ / "junk.zip", "");
  ASSERT_FALSE(junk.ok());
  EXPECT_NE(junk.status().message().find("not a readable bundle"), std::string::npos);
}

}  // namespace
}  // namespace ariadne::custody
