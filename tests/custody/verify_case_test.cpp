// `ariadne verify` on a real case: intact, it passes; each kind of tampering (a blob byte, a blob
// file removed or added, a document row changed, removed or added, a custody log row changed,
// removed or rewritten, a checkpoint signature, the seal table, the key, a derived row, a public
// tip altered, removed or never logged) is found
// and named, and the exit code is 65.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>

#include "core/sha256.h"
#include "custody/canonical.h"
#include "custody/keys.h"
#include "custody/log.h"
#include "custody_case.h"
#include "store/case.h"

namespace ariadne {
namespace {

using testing::RunAriadne;
using testing::Sql;
using testing::SqlColumn;

class VerifyCaseTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    golden_ = new testing::TempDir();
    testing::MakeSyntheticCase(*golden_);
  }
  static void TearDownTestSuite() {
    delete golden_;
    golden_ = nullptr;
  }
  void SetUp() override {
    ASSERT_FALSE(HasFatalFailure());
    testing::CopyTree(golden_->path() / "case", case_dir());
  }
  std::filesystem::path case_dir() const { return dir_ / "case"; }
  testing::CommandResult Verify() { return RunAriadne(dir_.path(), {"verify", "--case", "case"}); }
  // The hex hash of the imported file (the blob of import 1).
  std::string ImportBlob() {
    return SqlColumn(case_dir(), "SELECT blob_sha256 FROM imports WHERE id = 1").at(0);
  }
  std::filesystem::path BlobPath(const std::string& sha) {
    return case_dir() / "blobs" / sha.substr(0, 2) / sha.substr(2, 2) / (sha + ".zst");
  }
  void ExpectFinding(const testing::CommandResult& r, const std::string& finding) {
    EXPECT_EQ(r.exit_code, 65) << r.out << r.err;
    EXPECT_NE(r.out.find(finding), std::string::npos) << "want: " << finding << "\ngot:\n" << r.out;
  }

  static testing::TempDir* golden_;
  testing::TempDir dir_;
};

testing::TempDir* VerifyCaseTest::golden_ = nullptr;

TEST_F(VerifyCaseTest, IntactCasePassesAndEveryStepIsLogged) {
  testing::CommandResult r = Verify();
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("verified:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("nothing altered, added or removed"), std::string::npos);
  const std::vector<std::string> actions =
      SqlColumn(case_dir(), "SELECT action FROM custody_events ORDER BY seq");
  ASSERT_GE(actions.size(), 6u);
  EXPECT_EQ(actions.front(), "case.init");
  EXPECT_EQ(actions[1], "import.start");
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "capture"), 2);  // the file and the photo
  EXPECT_NE(std::find(actions.begin(), actions.end(), "import.complete"), actions.end());
  EXPECT_EQ(actions.back(), "analysis.run");
  EXPECT_EQ(SqlColumn(case_dir(), "SELECT actor FROM custody_events WHERE seq = 2").at(0), "alice");
  EXPECT_EQ(SqlColumn(case_dir(), "SELECT count(*) FROM document_seals").at(0), "4");
  // A view of an original is logged before it is shown.
  r = RunAriadne(dir_.path(), {"show", "--case", "case", "2", "--actor", "bob"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(SqlColumn(case_dir(),
                      "SELECT actor || ' ' || object FROM custody_events WHERE action = 'view'")
                .at(0),
            "bob document:2");
  EXPECT_EQ(Verify().exit_code, 0);
}

TEST_F(VerifyCaseTest, AlteredBlobByteIsFound) {
  const std::string sha = ImportBlob();
  std::fstream f(BlobPath(sha), std::ios::in | std::ios::out | std::ios::binary);
  f.seekg(20);
  char c = 0;
  f.get(c);
  f.seekp(20);
  f.put(static_cast<char>(c ^ 0x01));
  f.close();
  ExpectFinding(Verify(), "blob " + sha.substr(0, 12) + "…: content hash mismatch (altered)");
}

TEST_F(VerifyCaseTest, MissingBlobFileIsFound) {
  const std::string sha = ImportBlob();
  std::filesystem::remove(BlobPath(sha));
  ExpectFinding(Verify(), "blob " + sha.substr(0, 12) + "…: file missing (removed)");
}

TEST_F(VerifyCaseTest, AddedBlobFileIsFound) {
  const std::string sha = Sha256Hex("planted");
  std::filesystem::create_directories(BlobPath(sha).parent_path());
  std::ofstream(BlobPath(sha)) << "planted";
  ExpectFinding(Verify(), "blob file blobs/" + sha.substr(0, 2) + "/" + sha.substr(2, 2) + "/" +
                              sha + ".zst: not recorded in the case (added)");
}

TEST_F(VerifyCaseTest, ChangedDocumentRowIsFound) {
  Sql(case_dir(), "UPDATE documents SET text = replace(text, 'noon', 'nine') WHERE id = 2");
  ExpectFinding(Verify(), "document 2: changed since import");
}

TEST_F(VerifyCaseTest, ChangedDocumentFieldOtherThanTextIsFound) {
  Sql(case_dir(), "UPDATE documents SET posted_at = '2020-01-01' WHERE id = 4");
  ExpectFinding(Verify(), "document 4: changed since import");
}

TEST_F(VerifyCaseTest, RemovedDocumentIsFound) {
  Sql(case_dir(),
      "DELETE FROM selectors WHERE document_id = 4; DELETE FROM flags WHERE document_id = 4; "
      "DELETE FROM document_scores WHERE document_id = 4; DELETE FROM document_stages WHERE "
      "document_id = 4; DELETE FROM text_signatures WHERE document_id = 4; DELETE FROM "
      "cluster_members WHERE document_id = 4; DELETE FROM documents WHERE id = 4");
  ExpectFinding(Verify(), "document 4: sealed at import 1 but no longer in the case (removed)");
}

TEST_F(VerifyCaseTest, AddedDocumentIsFound) {
  Sql(case_dir(),
      "INSERT INTO documents (source_id, site, text, attributes, content_sha256, blob_sha256, "
      "import_id, line, byte_start, byte_end, imported_at) SELECT 'x9', site, 'planted', "
      "attributes, content_sha256, blob_sha256, import_id, 99, 0, 1, imported_at FROM documents "
      "WHERE id = 1");
  ExpectFinding(Verify(), "document 5: not sealed at import (added outside Ariadne)");
}

TEST_F(VerifyCaseTest, ChangedLogRowIsFound) {
  Sql(case_dir(), "UPDATE custody_events SET actor = 'mallory' WHERE seq = 2");
  ExpectFinding(Verify(), "event 2 (import.start): content altered (hash mismatch)");
}

TEST_F(VerifyCaseTest, ChangedLogRowWithItsHashRecomputedBreaksTheChain) {
  // The attacker fixes the event's own hash; the next event still points at the old one.
  Sql(case_dir(), "UPDATE custody_events SET actor = 'mallory' WHERE seq = 2");
  Result<std::unique_ptr<store::CustodyStore>> s = store::OpenCustodyStore(case_dir());
  ASSERT_TRUE(s.ok());
  std::string fixed;
  ASSERT_TRUE((*s)->ForEachEvent(2,
                                 [&](const store::CustodyEventRow& e) {
                                   if (e.seq == 2) fixed = custody::EventHash(e);
                                   return Status::Ok();
                                 })
                  .ok());
  s->reset();
  Sql(case_dir(), "UPDATE custody_events SET hash = '" + fixed + "' WHERE seq = 2");
  testing::CommandResult r = Verify();
  ExpectFinding(r, "event 3 (");
  ExpectFinding(r, "hash chain broken (event 2 was altered or removed)");
  ExpectFinding(r, "no longer match the signed root");
}

TEST_F(VerifyCaseTest, RemovedLogRowIsFound) {
  Sql(case_dir(), "DELETE FROM custody_events WHERE seq = 3");
  ExpectFinding(Verify(), "event 3: missing from the log (removed)");
}

TEST_F(VerifyCaseTest, LogRewrittenWithoutAnEventIsCaughtByTheSignedCheckpoint) {
  // Remove event 2, renumber and re-chain every later event: the chain is whole again, but the
  // signed tree heads no longer match.
  Result<std::unique_ptr<store::CustodyStore>> s = store::OpenCustodyStore(case_dir());
  ASSERT_TRUE(s.ok());
  std::vector<store::CustodyEventRow> events;
  ASSERT_TRUE((*s)->ForEachEvent(1,
                                 [&](const store::CustodyEventRow& e) {
                                   if (e.seq != 2) events.push_back(e);
                                   return Status::Ok();
                                 })
                  .ok());
  s->reset();
  std::string sql = "DELETE FROM custody_events;";
  std::string prev(64, '0');
  for (size_t i = 0; i < events.size(); ++i) {
    store::CustodyEventRow& e = events[i];
    e.seq = static_cast<int64_t>(i + 1);
    e.prev_hash = prev;
    e.hash = custody::EventHash(e);
    prev = e.hash;
    char* q = sqlite3_mprintf(
        "INSERT INTO custody_events VALUES (%lld, %Q, %Q, %Q, %Q, %Q, %Q, %Q, %Q, %Q);",
        static_cast<long long>(e.seq), e.time.c_str(), e.actor.c_str(), e.action.c_str(),
        e.object.c_str(), e.hashes.c_str(), e.details.c_str(), e.tool_version.c_str(),
        e.prev_hash.c_str(), e.hash.c_str());
    sql += q;
    sqlite3_free(q);
  }
  Sql(case_dir(), sql);
  testing::CommandResult r = Verify();
  ExpectFinding(r, "no longer match the signed root (an event was altered, removed or inserted)");
  EXPECT_EQ(r.out.find("hash chain broken"), std::string::npos) << r.out;
}

TEST_F(VerifyCaseTest, AlteredCheckpointSignatureIsFound) {
  const std::string size =
      SqlColumn(case_dir(), "SELECT max(tree_size) FROM custody_checkpoints").at(0);
  Sql(case_dir(),
      "UPDATE custody_checkpoints SET signature = replace(signature, substr(signature, 5, 1), "
      "CASE substr(signature, 5, 1) WHEN 'A' THEN 'B' ELSE 'A' END) WHERE tree_size = " +
          size);
  ExpectFinding(Verify(), "checkpoint at event " + size +
                              ": signature invalid (checkpoint or signature altered)");
}

TEST_F(VerifyCaseTest, AlteredSealIsFound) {
  Sql(case_dir(),
      "UPDATE document_seals SET seal = '" + Sha256Hex("forged") + "' WHERE document_id = 3");
  testing::CommandResult r = Verify();
  ExpectFinding(r, "document 3: changed since import");
  ExpectFinding(r, "import 1: its document seals no longer match the root logged at event");
}

TEST_F(VerifyCaseTest, ReplacedPublicKeyIsFound) {
  const custody::KeyPair other = custody::GenerateKeyPair();
  std::ofstream(case_dir() / "keys" / "case.pub") << custody::PublicKeyFileText(other.public_key);
  testing::CommandResult r = Verify();
  ExpectFinding(r, "keys/case.pub: not the key recorded when the case was created");
  ExpectFinding(r, "signature invalid");
}

TEST_F(VerifyCaseTest, DerivedRowPointingNowhereIsFound) {
  const std::string id = SqlColumn(case_dir(), "SELECT min(id) FROM selectors").at(0);
  Sql(case_dir(), "UPDATE selectors SET document_id = 999 WHERE id = " + id);
  ExpectFinding(Verify(), "selector " + id + ": document 999 does not exist");
}

TEST_F(VerifyCaseTest, SelectorNoLongerMatchingItsTextIsFound) {
  const std::string id =
      SqlColumn(case_dir(), "SELECT min(id) FROM selectors WHERE type = 'phone'").at(0);
  Sql(case_dir(), "UPDATE selectors SET raw = '07700 900999' WHERE id = " + id);
  ExpectFinding(Verify(), "selector " + id + " of document");
}

TEST_F(VerifyCaseTest, PurgedBlobIsExpectedToBeAbsent) {
  // The purge API issue 8 calls: a logged purge makes the absence legitimate.
  const std::string photo =
      SqlColumn(case_dir(), "SELECT blob_sha256 FROM document_images WHERE status = 'stored'")
          .at(0);
  {
    Result<std::unique_ptr<custody::CustodyLog>> log =
        custody::CustodyLog::Open(case_dir(), "carol", "test");
    ASSERT_TRUE(log.ok());
    ASSERT_TRUE((*log)->RecordPurge("blob:" + photo, {photo}, "retention period ended").ok());
    ASSERT_TRUE((*log)
                    ->RecordDecision("document:1", "not relevant", "duplicate of an earlier ad", {})
                    .ok());
  }
  std::filesystem::remove(BlobPath(photo));
  testing::CommandResult r = Verify();
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  // Without the purge event the same absence is a finding (checked in MissingBlobFileIsFound).
}

TEST_F(VerifyCaseTest, SealedKeyCaseSignsOnlyWithThePassphrase) {
  testing::TempDir d;
  d.Write("ads.jsonl", testing::SyntheticAds());
  d.Write("p1.jpg", "not really a photo");
  d.Write("pass.txt", "a long synthetic passphrase\n");
  testing::CommandResult r = RunAriadne(
      d.path(), {"init", "case", "--name", "sealed", "--purpose", "tests", "--legal-basis",
                 "synthetic", "--retention-days", "9", "--passphrase-file", "pass.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("NOT protected"), std::string::npos) << r.err;
  EXPECT_NE(testing::ReadFile(d / "case" / "keys" / "case.key").find("argon2id13"),
            std::string::npos);
  // Without the passphrase the import is logged but its head is not signed yet.
  r = RunAriadne(d.path(), {"import", "--case", "case", "ads.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("not signed now"), std::string::npos) << r.err;
  r = RunAriadne(d.path(), {"verify", "--case", "case"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("not covered by a signed checkpoint"), std::string::npos) << r.err;
  // A bundle needs the key.
  r = RunAriadne(d.path(),
                 {"export", "--case", "case", "--format", "bundle", "--docs", "1", "-o", "b.zip"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("sealed with a passphrase"), std::string::npos) << r.err;
  r = RunAriadne(d.path(), {"export", "--case", "case", "--format", "bundle", "--docs", "1", "-o",
                            "b.zip", "--passphrase-file", "pass.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunAriadne(d.path(), {"verify", "--case", "case"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.err.find("not covered"), std::string::npos) << r.err;
}

// A public tip as the tip desk stores it: the row, then its `tip.received` event with the hash of
// the text (only with `logged`).
void AddTip(const std::filesystem::path& dir, int64_t id, const std::string& text, bool logged) {
  testing::Sql(dir, fmt::format("INSERT INTO tips (id, receipt_hash, lang, text, received_at, "
                                "consent_version) VALUES ({}, randomblob(32), 'en', '{}', "
                                "'2026-11-29T10:00:00Z', 'en-1')",
                                id, text));
  if (!logged) return;
  auto log = custody::CustodyLog::Open(dir, "public", "test");
  ASSERT_TRUE(log.ok()) << log.status().message();
  auto event = (*log)->Record(
      {custody::kActionTipReceived, fmt::format("tip:{}", id), {Sha256Hex(text)}, {}});
  ASSERT_TRUE(event.ok()) << event.status().message();
}

TEST_F(VerifyCaseTest, TipsMustKeepTheTextTheirEventHashedAndLeaveOnlyByAPurge) {
  AddTip(case_dir(), 1, "the flat above the bakery", true);
  AddTip(case_dir(), 2, "a van every night", true);
  testing::CommandResult r = Verify();
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  // A purged tip is expected to be gone.
  auto log = custody::CustodyLog::Open(case_dir(), "admin", "test");
  ASSERT_TRUE(log.ok());
  ASSERT_TRUE((*log)->RecordPurge("tip:2", {Sha256Hex("a van every night")}, "retention").ok());
  testing::Sql(case_dir(), "DELETE FROM tips WHERE id = 2");
  r = Verify();
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  // Altered, removed without a purge, or never logged: each is named.
  testing::Sql(case_dir(), "UPDATE tips SET text = 'the flat above the bank' WHERE id = 1");
  ExpectFinding(Verify(), "tip 1: text altered after it was received");
  testing::Sql(case_dir(), "DELETE FROM tips WHERE id = 1");
  ExpectFinding(Verify(), "tip 1: received at event");
  AddTip(case_dir(), 3, "nobody logged this one", false);
  ExpectFinding(Verify(), "tip 3: not in the custody log");
}

}  // namespace
}  // namespace ariadne
