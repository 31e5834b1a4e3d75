#include "store/case_store.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <thread>
#include <tuple>

#include "core/sha256.h"
#include "store/case.h"
#include "store/chat_segment.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"
#include "support/temp_dir.h"

namespace ariadne::store {
namespace {

CaseInfo ExampleInfo() {
  CaseInfo info;
  info.name = "Test case";
  info.purpose = "unit tests";
  info.legal_basis = "synthetic data";
  info.retention_days = 30;
  info.region = "GB";
  return info;
}

class CaseStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<Case>> c = Case::Create(dir_ / "case", ExampleInfo());
    ASSERT_TRUE(c.ok()) << c.status().message();
    case_ = std::move(c).value();
    Result<BlobInfo> blob = case_->blobs().PutBytes("the original file");
    ASSERT_TRUE(blob.ok());
    blob_ = *blob;
    CaseStore& s = case_->store();
    ASSERT_TRUE(s.Begin().ok());
    ASSERT_TRUE(s.RecordBlob(blob_, "").ok());
    ImportRecord r;
    r.blob_sha256 = blob_.sha256;
    r.file_name = "ads.jsonl";
    r.format = "ads-jsonl";
    Result<int64_t> id = s.StartImport(r);
    ASSERT_TRUE(id.ok()) << id.status().message();
    import_id_ = *id;
    ASSERT_TRUE(s.Commit().ok());
  }

  Document Ad(std::string source_id, std::string text, std::string site = "a.example",
              std::string posted = "2026-03-04", std::string lang = "en") {
    Document d;
    d.source_id = std::move(source_id);
    d.text = std::move(text);
    d.site = std::move(site);
    d.posted_at = std::move(posted);
    d.lang = std::move(lang);
    d.provenance = {blob_.sha256, "ads.jsonl", next_line_, next_line_ * 100, next_line_ * 100 + 99};
    ++next_line_;
    return d;
  }

  InsertOutcome Insert(Document d) {
    CaseStore& s = case_->store();
    EXPECT_TRUE(s.Begin().ok());
    Result<InsertOutcome> r = s.InsertDocument(d, import_id_);
    EXPECT_TRUE(r.ok()) << r.status().message();
    EXPECT_TRUE(s.Commit().ok());
    return r.ok() ? *r : InsertOutcome::kDuplicate;
  }

  std::vector<std::string> SearchIds(const std::string& text) {
    Result<SearchQuery> q = ParseSearchQuery(text);
    EXPECT_TRUE(q.ok()) << q.status().message();
    Result<SearchResults> r = case_->store().Search(*q);
    EXPECT_TRUE(r.ok()) << r.status().message();
    std::vector<std::string> ids;
    if (r.ok()) {
      for (const auto& h : r->hits) ids.push_back(h.source_id);
    }
    return ids;
  }

  testing::TempDir dir_;
  std::unique_ptr<Case> case_;
  BlobInfo blob_;
  int64_t import_id_ = 0;
  int64_t next_line_ = 1;
};

TEST_F(CaseStoreTest, CreatesTheCaseFolderWithDatabaseBlobsAndKeys) {
  EXPECT_TRUE(std::filesystem::exists(dir_ / "case/case.db"));
  EXPECT_TRUE(std::filesystem::is_directory(dir_ / "case/blobs"));
  EXPECT_TRUE(std::filesystem::is_directory(dir_ / "case/keys"));
  Result<CaseInfo> info = case_->store().Info();
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(info->purpose, "unit tests");
  EXPECT_EQ(info->legal_basis, "synthetic data");
  EXPECT_EQ(info->retention_days, 30);
  EXPECT_EQ(info->region, "GB");
  EXPECT_GE(info->schema_version, 1);
}

TEST_F(CaseStoreTest, KnowsWhetherAnImportReadAnOriginalOfAGivenSize) {
  // The fixture's import read "the original file" (17 bytes); a blob of another size recorded
  // without an import does not count.
  CaseStore& s = case_->store();
  Result<BlobInfo> loose = case_->blobs().PutBytes("a blob no import read");
  ASSERT_TRUE(loose.ok());
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.RecordBlob(*loose, "").ok());
  ASSERT_TRUE(s.Commit().ok());
  Result<bool> same = s.ImportedAnOriginalOfSize(blob_.size);
  ASSERT_TRUE(same.ok()) << same.status().message();
  EXPECT_TRUE(*same);
  EXPECT_FALSE(*s.ImportedAnOriginalOfSize(blob_.size + 1));
  EXPECT_FALSE(*s.ImportedAnOriginalOfSize(loose->size));
}

TEST_F(CaseStoreTest, RefusesACaseWithoutPurposeOrLegalBasis) {
  CaseInfo info = ExampleInfo();
  info.purpose = " ";
  EXPECT_EQ(Case::Create(dir_ / "other", info).status().kind(), ErrorKind::kInvalidInput);
  info = ExampleInfo();
  info.legal_basis.clear();
  EXPECT_EQ(Case::Create(dir_ / "other", info).status().kind(), ErrorKind::kInvalidInput);
  info = ExampleInfo();
  info.region = "gbr";
  EXPECT_EQ(Case::Create(dir_ / "other", info).status().kind(), ErrorKind::kInvalidInput);
}

TEST_F(CaseStoreTest, NeverOverwritesAnExistingCase) {
  EXPECT_EQ(Case::Create(dir_ / "case", ExampleInfo()).status().kind(), ErrorKind::kConflict);
}

TEST_F(CaseStoreTest, SameSiteSourceIdAndContentIsADuplicate) {
  EXPECT_EQ(Insert(Ad("1", "hello there")), InsertOutcome::kInserted);
  EXPECT_EQ(Insert(Ad("1", "hello there")), InsertOutcome::kDuplicate);
  EXPECT_EQ(Insert(Ad("1", "hello there, edited")), InsertOutcome::kInserted);  // a new version
  EXPECT_EQ(Insert(Ad("1", "hello there", "b.example")), InsertOutcome::kInserted);
  EXPECT_EQ(case_->store().Counts()->documents, 3);
}

// An import gives a chat segment's content hash computed on its parse thread
// (store/chat_segment.h): the row and the duplicate key are those InsertDocument writes.
TEST_F(CaseStoreTest, ADocumentInsertedWithItsContentHashIsTheDocumentInsertDocumentStores) {
  CaseStore& s = case_->store();
  Document given = Ad("1", "hello there");
  given.title = "a title";
  const std::string hash = DocumentContentSha256(given);
  EXPECT_EQ(hash, Sha256Hex(std::string("a title\0hello there", 19)));
  ASSERT_TRUE(s.Begin().ok());
  Result<InsertOutcome> r = InsertDocumentWithContentSha256(s, given, import_id_, hash);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(*r, InsertOutcome::kInserted);
  EXPECT_GT(given.id, 0);
  Result<InsertOutcome> again = InsertDocumentWithContentSha256(s, given, import_id_, hash);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, InsertOutcome::kDuplicate);
  ASSERT_TRUE(s.Commit().ok());
  Document same = Ad("1", "hello there");
  same.title = "a title";
  EXPECT_EQ(Insert(same), InsertOutcome::kDuplicate);
  sqlite::Db* db = sqlite::ConnectionOf(s);
  ASSERT_NE(db, nullptr);
  auto st = db->Prepare("SELECT content_sha256 FROM documents WHERE id = ?");
  ASSERT_TRUE(st.ok());
  st->Bind(1, given.id);
  ASSERT_TRUE(*st->Step());
  EXPECT_EQ(st->Text(0), hash);
}

TEST_F(CaseStoreTest, GetDocumentReturnsProvenanceAndImages) {
  Document d = Ad("77", "text with a photo");
  d.images.push_back({"images/a.png", std::string(64, 'b'), "missing"});
  d.images[0].blob_sha256.clear();
  ASSERT_EQ(Insert(d), InsertOutcome::kInserted);
  Result<std::vector<int64_t>> ids = case_->store().FindBySourceId("77", "");
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 1u);
  Result<Document> got = case_->store().GetDocument(ids->front());
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->provenance.blob_sha256, blob_.sha256);
  EXPECT_EQ(got->provenance.file_name, "ads.jsonl");
  EXPECT_EQ(got->provenance.byte_end - got->provenance.byte_start, 99);
  ASSERT_EQ(got->images.size(), 1u);
  EXPECT_EQ(got->images[0].status, "missing");
  EXPECT_EQ(case_->store().GetDocument(99999).status().kind(), ErrorKind::kNotFound);
}

// v15 writes the check on an image's status with OR instead of IN (a faster insert): the same
// three values are allowed, anything else is refused.
TEST_F(CaseStoreTest, AnImageStatusIsStoredMissingOrRemote) {
  Document d = Ad("78", "text with three photos");
  d.images.push_back({"a.png", "", "missing"});
  d.images.push_back({"https://img.example/b.png", "", "remote"});
  d.images.push_back({"c.png", blob_.sha256, "stored"});
  ASSERT_EQ(Insert(d), InsertOutcome::kInserted);
  Result<std::vector<int64_t>> ids = case_->store().FindBySourceId("78", "");
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 1u);
  Result<Document> got = case_->store().GetDocument(ids->front());
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->images.size(), 3u);
  EXPECT_EQ(got->images[2].status, "stored");
  CaseStore& s = case_->store();
  Document bad = Ad("79", "a photo in an unknown state");
  bad.images.push_back({"d.png", "", "lost"});
  ASSERT_TRUE(s.Begin().ok());
  Result<InsertOutcome> r = s.InsertDocument(bad, import_id_);
  EXPECT_FALSE(r.ok());
  s.Rollback();
}

// Images go in multi-row INSERTs of 64, 16, 4 and 1 rows: 87 of them (64 + 16 + 4 + 1 + 1 + 1)
// come back in their order, each with its own fields.
TEST_F(CaseStoreTest, ADocumentsManyImagesComeBackInTheirOrder) {
  Document d = Ad("80", "a chat segment with many attachments");
  const std::vector<std::string> statuses = {"missing", "remote", "stored"};
  for (int i = 0; i < 87; ++i) {
    const std::string& status = statuses[static_cast<size_t>(i) % 3];
    d.images.push_back({fmt::format("IMG-{:03}.jpg", i),
                        status == "stored" ? blob_.sha256 : std::string(), status});
  }
  ASSERT_EQ(Insert(d), InsertOutcome::kInserted);
  Result<std::vector<int64_t>> ids = case_->store().FindBySourceId("80", "");
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 1u);
  Result<Document> got = case_->store().GetDocument(ids->front());
  ASSERT_TRUE(got.ok()) << got.status().message();
  ASSERT_EQ(got->images.size(), 87u);
  for (size_t i = 0; i < 87; ++i) {
    EXPECT_EQ(got->images[i].ref, d.images[i].ref);
    EXPECT_EQ(got->images[i].blob_sha256, d.images[i].blob_sha256);
    EXPECT_EQ(got->images[i].status, d.images[i].status);
  }
}

// RecordProblems writes what RecordProblem one by one would, in the same order, whatever the
// number (multi-row INSERTs of 64, 16, 4 and 1 rows, and problems recorded one by one between).
TEST_F(CaseStoreTest, ProblemsRecordedTogetherComeBackInTheirOrder) {
  CaseStore& s = case_->store();
  std::vector<ImportProblem> problems;
  for (int i = 0; i < 86; ++i)
    problems.push_back({import_id_, i + 1, i * 10, fmt::format("image not found: IMG-{}.jpg", i)});
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.RecordProblem({import_id_, 0, 0, "first, alone"}).ok());
  ASSERT_TRUE(s.RecordProblems(problems).ok());
  ASSERT_TRUE(s.RecordProblems({}).ok());
  ASSERT_TRUE(s.RecordProblem({import_id_, 99, 990, "last, alone"}).ok());
  ASSERT_TRUE(s.Commit().ok());
  Result<std::vector<ImportProblem>> got = s.Problems(import_id_);
  ASSERT_TRUE(got.ok()) << got.status().message();
  ASSERT_EQ(got->size(), 88u);
  EXPECT_EQ(got->front().reason, "first, alone");
  EXPECT_EQ(got->back().reason, "last, alone");
  for (size_t i = 0; i < problems.size(); ++i) {
    const ImportProblem& p = (*got)[i + 1];
    EXPECT_EQ(p.import_id, import_id_);
    EXPECT_EQ(p.line, problems[i].line);
    EXPECT_EQ(p.byte_offset, problems[i].byte_offset);
    EXPECT_EQ(p.reason, problems[i].reason);
  }
}

TEST_F(CaseStoreTest, SearchFoldsAccentsAndCase) {
  Insert(Ad("ro1", "Fată nouă, discretă, în centrul orașului", "a.example", "2026-03-04", "ro"));
  Insert(Ad("en1", "Nothing to see here"));
  EXPECT_EQ(SearchIds("discreta"), std::vector<std::string>{"ro1"});
  EXPECT_EQ(SearchIds("ORASULUI"), std::vector<std::string>{"ro1"});
}

TEST_F(CaseStoreTest, SearchSupportsPrefixPhraseOrAndExclusion) {
  Insert(Ad("1", "Warehouse work, accommodation provided, no experience needed"));
  Insert(Ad("2", "Experienced chef wanted, own accommodation"));
  Insert(Ad("3", "Hotel cleaning staff, no experience"));
  EXPECT_EQ(SearchIds("\"no experience needed\""), std::vector<std::string>{"1"});
  auto prefix = SearchIds("experience*");
  std::sort(prefix.begin(), prefix.end());
  EXPECT_EQ(prefix, (std::vector<std::string>{"1", "2", "3"}));
  auto either = SearchIds("warehouse OR hotel");
  std::sort(either.begin(), either.end());
  EXPECT_EQ(either, (std::vector<std::string>{"1", "3"}));
  EXPECT_EQ(SearchIds("accommodation -chef"), std::vector<std::string>{"1"});
}

TEST_F(CaseStoreTest, SearchFiltersBySiteLanguageKindAndDate) {
  Insert(Ad("1", "cleaner wanted", "jobs.example", "2026-01-10", "en"));
  Insert(Ad("2", "cleaner wanted", "other.example", "2026-02-10", "en"));
  Insert(Ad("3", "cleaner wanted today", "jobs.example", "2026-03-10", "pl"));
  EXPECT_EQ(SearchIds("cleaner site:other.example"), std::vector<std::string>{"2"});
  EXPECT_EQ(SearchIds("cleaner lang:pl"), std::vector<std::string>{"3"});
  EXPECT_EQ(SearchIds("cleaner from:2026-02-01 to:2026-02-28"), std::vector<std::string>{"2"});
  EXPECT_EQ(SearchIds("site:jobs.example").size(), 2u);  // filters alone: newest first
  EXPECT_EQ(SearchIds("site:jobs.example").front(), "3");
}

TEST_F(CaseStoreTest, SearchTextIsNeverReadAsQuerySyntax) {
  Insert(Ad("1", "contact NEAR the station"));
  // FTS5 operators and column filters typed by a user are searched as words, not executed.
  EXPECT_EQ(SearchIds("NEAR(contact station)").size(), 0u);
  EXPECT_EQ(SearchIds("\"text:contact\"").size(), 0u);
  EXPECT_EQ(SearchIds("NEAR"), std::vector<std::string>{"1"});
}

TEST_F(CaseStoreTest, SnippetsMarkTheMatchedWords) {
  Insert(Ad("1", "A long ad about a warehouse job in the north"));
  Result<SearchQuery> q = ParseSearchQuery("warehouse");
  Result<SearchResults> r = case_->store().Search(*q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_NE(r->hits[0].snippet.find(std::string(1, kHighlightOpen) + "warehouse" + kHighlightClose),
            std::string::npos);
}

TEST_F(CaseStoreTest, CountsAndWeeklyAggregates) {
  Insert(Ad("1", "a", "x.example", "2026-03-02"));  // a Monday
  Insert(Ad("2", "b", "x.example", "2026-03-08"));  // the Sunday of the same ISO week
  Insert(Ad("3", "c", "y.example", "2026-03-09"));  // next Monday
  Result<std::vector<WeeklySiteCount>> weekly = case_->store().WeeklyBySite();
  ASSERT_TRUE(weekly.ok());
  ASSERT_EQ(weekly->size(), 2u);
  EXPECT_EQ((*weekly)[0].week_start, "2026-03-02");
  EXPECT_EQ((*weekly)[0].count, 2);
  EXPECT_EQ((*weekly)[1].week_start, "2026-03-09");
  Result<std::vector<NamedCount>> sites = case_->store().CountBy(Facet::kSite, 10);
  ASSERT_TRUE(sites.ok());
  EXPECT_EQ(sites->front().name, "x.example");
  EXPECT_EQ(sites->front().count, 2);
}

TEST_F(CaseStoreTest, PendingStageListsOnlyDocumentsNotDoneAtThisVersion) {
  Insert(Ad("1", "a"));
  Insert(Ad("2", "b"));
  Insert(Ad("3", "c"));
  CaseStore& s = case_->store();
  Result<std::vector<Document>> pending = s.DocumentsPendingStage("selectors", 1, 0, 10);
  ASSERT_TRUE(pending.ok()) << pending.status().message();
  ASSERT_EQ(pending->size(), 3u);
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.MarkStageDone((*pending)[0].id, "selectors", 1).ok());
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(*s.CountPendingStage("selectors", 1), 2);
  EXPECT_EQ(*s.CountPendingStage("selectors", 2), 3);  // a new stage version redoes everything
  EXPECT_EQ(*s.CountPendingStage("other", 1), 3);
  Result<std::vector<Document>> after =
      s.DocumentsPendingStage("selectors", 1, (*pending)[1].id, 10);
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ(after->front().source_id, "3");
}

// A stage marks a whole batch done with one call: each document once, at the version given.
TEST_F(CaseStoreTest, MarkingABatchDoneMarksEachOfItsDocumentsAtThatVersion) {
  for (const char* id : {"1", "2", "3", "4"}) Insert(Ad(id, "a"));
  CaseStore& s = case_->store();
  const std::vector<Document> all = *s.DocumentsPendingStage("flags", 7, 0, 10);
  ASSERT_EQ(all.size(), 4u);
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.MarkStageDone(std::vector<int64_t>{all[0].id, all[2].id}, "flags", 7).ok());
  ASSERT_TRUE(s.MarkStageDone(std::vector<int64_t>{}, "flags", 7).ok());
  ASSERT_TRUE(s.Commit().ok());
  const std::vector<Document> pending = *s.DocumentsPendingStage("flags", 7, 0, 10);
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_EQ(pending[0].id, all[1].id);
  EXPECT_EQ(pending[1].id, all[3].id);
  ASSERT_TRUE(s.Begin().ok());  // again, at another version: replaced, never doubled
  ASSERT_TRUE(s.MarkStageDone(std::vector<int64_t>{all[0].id, all[1].id}, "flags", 8).ok());
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(*s.CountPendingStage("flags", 7), 3);
  EXPECT_EQ(*s.CountPendingStage("flags", 8), 2);
  EXPECT_EQ(*s.CountPendingStage("selectors", 7), 4);
}

// The pipeline drops a stage's rows of other versions when the stage's version changes.
TEST_F(CaseStoreTest, ForgettingAStagesOtherVersionsKeepsItsRowsAtThisVersionAndOtherStages) {
  for (const char* id : {"1", "2", "3"}) Insert(Ad(id, "a"));
  CaseStore& s = case_->store();
  const std::vector<Document> all = *s.DocumentsPendingStage("flags", 7, 0, 10);
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.MarkStageDone(std::vector<int64_t>{all[0].id}, "flags", 7).ok());
  ASSERT_TRUE(s.MarkStageDone(std::vector<int64_t>{all[1].id}, "flags", 8).ok());
  ASSERT_TRUE(s.MarkStageDone(std::vector<int64_t>{all[2].id}, "text", 8).ok());
  ASSERT_TRUE(s.ForgetStageDoneExcept("flags", 8).ok());
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(*s.CountPendingStage("flags", 7), 3);
  EXPECT_EQ(*s.CountPendingStage("flags", 8), 2);
  EXPECT_EQ(*s.CountPendingStage("text", 8), 2);
}

// An import adds documents after those analysed: the pending ones are found without walking the
// rest, but only when every document before them is done at that version.
TEST_F(CaseStoreTest, DoneThroughIsTheLastDocumentOfADonePrefixElseZero) {
  for (const char* id : {"1", "2", "3", "4"}) Insert(Ad(id, "a"));
  CaseStore& s = case_->store();
  const std::vector<Document> all = *s.DocumentsPendingStage("selectors", 1, 0, 10);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(*s.DoneThrough("selectors", 1), 0);  // nothing done
  auto mark = [&](size_t i, int version) {
    ASSERT_TRUE(s.Begin().ok());
    ASSERT_TRUE(s.MarkStageDone(all[i].id, "selectors", version).ok());
    ASSERT_TRUE(s.Commit().ok());
  };
  mark(0, 1);
  mark(1, 1);
  EXPECT_EQ(*s.DoneThrough("selectors", 1), all[1].id);
  EXPECT_EQ(*s.CountPendingStage("selectors", 1, all[1].id), 2);
  mark(3, 1);  // a gap: the third is pending, before the last done one
  EXPECT_EQ(*s.DoneThrough("selectors", 1), 0);
  mark(2, 2);  // done, but at another version
  EXPECT_EQ(*s.DoneThrough("selectors", 1), 0);
  mark(2, 1);
  EXPECT_EQ(*s.DoneThrough("selectors", 1), all[3].id);
  EXPECT_EQ(*s.DoneThrough("other", 1), 0);
}

// A document above the last one with selectors or flags has none to delete: the store skips the
// delete for it, knowing that last one from the start of each transaction. Rows another connection
// wrote between two transactions are replaced all the same, never doubled.
TEST_F(CaseStoreTest, RowsAnotherConnectionWroteBetweenTransactionsAreReplacedNotDoubled) {
  for (const char* id : {"1", "2", "3"}) Insert(Ad(id, "a"));
  CaseStore& s = case_->store();
  const int64_t first = (*s.FindBySourceId("1", ""))[0];
  const int64_t third = (*s.FindBySourceId("3", ""))[0];
  const StoredSelector phone{0, "phone", "+447700900123", 0, 12, "07700 900123", "{}"};
  StoredFlag fee;
  fee.indicator = "J-FEE";
  fee.revision = 1;
  fee.family = "JOB";
  fee.tier = "medium";
  fee.category = "deception";
  fee.why = "asks the job seeker to pay a fee";
  fee.weight = 25;
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.ReplaceSelectors(first, {phone}).ok());  // the last with rows is now `first`
  ASSERT_TRUE(s.Commit().ok());
  Result<std::unique_ptr<Case>> other = Case::Open(dir_ / "case");
  ASSERT_TRUE(other.ok()) << other.status().message();
  CaseStore& o = (*other)->store();
  ASSERT_TRUE(o.Begin().ok());
  ASSERT_TRUE(o.ReplaceSelectors(third, {phone}).ok());
  ASSERT_TRUE(o.ReplaceTextFlags(third, {fee}).ok());
  ASSERT_TRUE(o.Commit().ok());
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.ReplaceSelectors(third, {phone}).ok());
  ASSERT_TRUE(s.ReplaceTextFlags(third, {fee}).ok());
  ASSERT_TRUE(s.ReplaceSelectors(third, {phone}).ok());  // twice in one transaction
  ASSERT_TRUE(s.ReplaceTextFlags(third, {fee}).ok());
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(s.SelectorsOf(third)->size(), 1u);
  EXPECT_EQ(s.FlagsOf(third)->size(), 1u);
  EXPECT_EQ(s.SelectorsOf(first)->size(), 1u);
}

TEST_F(CaseStoreTest, ReplacingSelectorsNeverDoublesThemAndSummariesCountDocuments) {
  Insert(Ad("1", "call 07700 900123", "a.example", "2026-01-05"));
  Insert(Ad("2", "call 07700 900123 now", "a.example", "2026-02-07"));
  CaseStore& s = case_->store();
  auto ids1 = *s.FindBySourceId("1", "");
  auto ids2 = *s.FindBySourceId("2", "");
  const StoredSelector phone{0, "phone", "+447700900123", 5, 17, "07700 900123", "{}"};
  ASSERT_TRUE(s.Begin().ok());
  for (int run = 0; run < 2; ++run) {  // the same stage run twice gives the same rows
    ASSERT_TRUE(s.ReplaceSelectors(ids1[0], {phone}).ok());
    ASSERT_TRUE(
        s.ReplaceSelectors(ids2[0], {phone, {0, "email", "a@b.example", 0, 1, "x", "{}"}}).ok());
  }
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(s.SelectorsOf(ids2[0])->size(), 2u);
  // A range of documents: by document, each document's in SelectorsOf's order.
  Result<std::vector<StoredSelector>> both = s.SelectorsOfDocuments(ids1[0], ids2[0]);
  ASSERT_TRUE(both.ok()) << both.status().message();
  ASSERT_EQ(both->size(), 3u);
  EXPECT_EQ((*both)[0].document_id, ids1[0]);
  const std::vector<StoredSelector> second = *s.SelectorsOf(ids2[0]);
  for (size_t i = 0; i < second.size(); ++i) {
    EXPECT_EQ((*both)[1 + i].document_id, ids2[0]);
    EXPECT_EQ((*both)[1 + i].type, second[i].type);
    EXPECT_EQ((*both)[1 + i].start, second[i].start);
  }
  EXPECT_EQ(s.SelectorsOfDocuments(ids2[0], ids2[0])->size(), 2u);
  EXPECT_TRUE(s.SelectorsOfDocuments(ids2[0] + 1, ids2[0] + 5)->empty());
  Result<std::vector<SelectorSummary>> shared = s.SelectorSummaries("phone", 2, 10);
  ASSERT_TRUE(shared.ok()) << shared.status().message();
  ASSERT_EQ(shared->size(), 1u);
  EXPECT_EQ((*shared)[0].documents, 2);
  EXPECT_EQ((*shared)[0].first_seen, "2026-01-05");
  EXPECT_EQ((*shared)[0].last_seen, "2026-02-07");
  EXPECT_EQ((*shared)[0].document_ids, (std::vector<int64_t>{ids1[0], ids2[0]}));
  EXPECT_EQ(s.SelectorSummaries("", 1, 10)->size(), 2u);
  EXPECT_EQ(s.SelectorCountsByType()->front().name, "phone");
}

TEST_F(CaseStoreTest, TextFlagsAreReplacedStructuralOnesKeptAndBaseRatesCounted) {
  Insert(Ad("1", "pay the processing fee"));
  Insert(Ad("2", "nothing here"));
  CaseStore& s = case_->store();
  const int64_t id1 = (*s.FindBySourceId("1", ""))[0];
  const int64_t id2 = (*s.FindBySourceId("2", ""))[0];
  StoredFlag fee;
  fee.indicator = "J-FEE";
  fee.revision = 1;
  fee.family = "EXP";
  fee.tier = "T3";
  fee.category = "fraud";
  fee.lang = "en";
  fee.spans_json = "[[8,22]]";
  fee.why = "asks the job seeker to pay a fee";
  fee.weight = 25;
  StoredFlag shared = fee;
  shared.indicator = "N-PHONE";
  shared.family = "NET";
  shared.document_id = id1;
  shared.evidence_json = R"({"value":"+447700900123","documents":[1,2]})";
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.ReplaceStructuralFlags({shared}).ok());
  for (int run = 0; run < 2; ++run) ASSERT_TRUE(s.ReplaceTextFlags(id1, {fee}).ok());
  ASSERT_TRUE(s.SetScore({id1, "labour", 25, "medium", 25, "medium", "[]"}).ok());
  ASSERT_TRUE(s.SetScore({id2, "labour", 0, "low", 0, "low", "[]"}).ok());
  ASSERT_TRUE(s.Commit().ok());

  Result<std::vector<StoredFlag>> flags = s.FlagsOf(id1);
  ASSERT_TRUE(flags.ok()) << flags.status().message();
  ASSERT_EQ(flags->size(), 2u);
  EXPECT_EQ((*flags)[0].indicator, "J-FEE");
  EXPECT_FALSE((*flags)[0].structural);
  EXPECT_EQ((*flags)[0].spans_json, "[[8,22]]");
  EXPECT_TRUE((*flags)[1].structural);
  EXPECT_EQ((*flags)[1].evidence_json, shared.evidence_json);

  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.ReplaceTextFlags(id1, {}).ok());  // text flags go, the structural one stays
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(s.FlagsOf(id1)->size(), 1u);

  Result<std::vector<FlagSummary>> rates = s.FlagSummaries();
  ASSERT_TRUE(rates.ok()) << rates.status().message();
  ASSERT_EQ(rates->size(), 1u);
  EXPECT_EQ((*rates)[0].indicator, "N-PHONE");
  EXPECT_EQ((*rates)[0].documents, 1);
  EXPECT_EQ((*rates)[0].of_documents, 2);
  EXPECT_EQ(s.ScoreOf(id1)->value().band, "medium");
  EXPECT_FALSE(s.ScoreOf(9999)->has_value());
  EXPECT_EQ(s.TopScores(1)->front().document_id, id1);
  EXPECT_EQ(s.ScoreBands()->size(), 2u);
}

// What re-scoring and J-REPOST read of many documents at once: each document's flag indicators
// (text before structural), the stored scores, and the job ads with their attributes.
TEST_F(CaseStoreTest, BatchedReadsOfFlagsScoresAndJobAdsCoverEveryDocumentAsked) {
  Document job = Ad("1", "warehouse work, pay the fee");
  job.kind = "labour";
  job.attributes_json = R"({"employer":"Acme Staffing"})";
  Document guessed = Ad("2", "farm work");  // no kind: the flag stage's score says labour
  Document sex = Ad("3", "new in town");
  sex.kind = "sex";
  Document unscored = Ad("4", "nothing");
  for (Document* d : {&job, &guessed, &sex, &unscored}) Insert(*d);
  CaseStore& s = case_->store();
  std::vector<int64_t> ids;
  for (const char* id : {"1", "2", "3", "4"}) ids.push_back((*s.FindBySourceId(id, ""))[0]);
  StoredFlag text;
  text.indicator = "N-PHONE";
  text.from_candidate = true;
  StoredFlag structural = text;
  structural.from_candidate = false;
  structural.document_id = ids[0];
  StoredFlag fee = structural;
  fee.indicator = "J-FEE";
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.ReplaceStructuralFlags({structural}).ok());
  ASSERT_TRUE(s.ReplaceTextFlags(ids[0], {fee, text}).ok());
  ASSERT_TRUE(s.SetScore({ids[0], "labour", 25, "medium", 25, "medium", "[1]", "[2]"}).ok());
  ASSERT_TRUE(s.SetScore({ids[1], "labour", 0, "low", 0, "low", "[]", "[]"}).ok());
  ASSERT_TRUE(s.SetScore({ids[2], "sex", 0, "low", 0, "low", "[]", "[]"}).ok());
  ASSERT_TRUE(s.Commit().ok());

  std::vector<std::string> seen;
  ASSERT_TRUE(s.ForEachFlagIndicatorOf(ids, [&](int64_t id, std::string_view indicator,
                                                bool from_candidate) {
                 seen.push_back(fmt::format("{} {} {}", id, indicator, from_candidate));
                 return Status::Ok();
               }).ok());
  EXPECT_EQ(seen, (std::vector<std::string>{fmt::format("{} J-FEE false", ids[0]),
                                            fmt::format("{} N-PHONE true", ids[0]),
                                            fmt::format("{} N-PHONE false", ids[0])}));

  Result<std::vector<StoredScore>> scores = s.ScoresOf({ids[3], ids[2], ids[0]});
  ASSERT_TRUE(scores.ok()) << scores.status().message();
  ASSERT_EQ(scores->size(), 2u);  // the fourth has none
  EXPECT_EQ((*scores)[0].document_id, ids[0]);
  EXPECT_EQ((*scores)[0].fraud_contributions_json, "[2]");
  EXPECT_EQ((*scores)[1].document_id, ids[2]);

  std::map<int64_t, std::string> job_ads;
  ASSERT_TRUE(s.ForEachJobAdOf(ids, [&](int64_t id, std::string_view attributes) {
                 job_ads[id] = std::string(attributes);
                 return Status::Ok();
               }).ok());
  EXPECT_EQ(job_ads,
            (std::map<int64_t, std::string>{{ids[0], job.attributes_json}, {ids[1], "{}"}}));

  // A second score of a document replaces the first, every column of it (an update in place).
  ASSERT_TRUE(s.SetScore({ids[2], "labour", 40, "high", 5, "low", "[3]", "[4]"}).ok());
  Result<std::optional<StoredScore>> again = s.ScoreOf(ids[2]);
  ASSERT_TRUE(again.ok() && again->has_value());
  EXPECT_EQ(std::tie((*again)->kind, (*again)->score, (*again)->band, (*again)->fraud_score,
                     (*again)->fraud_band, (*again)->contributions_json,
                     (*again)->fraud_contributions_json),
            std::make_tuple(std::string("labour"), 40, std::string("high"), 5, std::string("low"),
                            std::string("[3]"), std::string("[4]")));
  Result<std::vector<StoredScore>> top = s.TopScores(10);
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(top->front().document_id, ids[2]);  // the score index follows
  EXPECT_EQ(top->size(), 3u);
}

// The case-wide passes read a contact's uses and a document's sighting with its first stated age
// (the first age selector by position, then by value), read for all the documents at once; each
// use carries its document's date and kind (J-REPOST counts the job ads).
TEST_F(CaseStoreTest, ContactUsesAndSightingsCarryEachDocumentsFirstStatedAge) {
  Document job = Ad("1", "call 07700 900123", "a.example", "2026-01-05");
  job.kind = "labour";
  Insert(job);
  Document escort = Ad("2", "call 07700 900123", "a.example", "2026-01-07");
  escort.kind = "sex";
  Insert(escort);
  Insert(Ad("3", "call 07700 900123", "a.example", "2026-01-06"));
  CaseStore& s = case_->store();
  std::vector<int64_t> ids;
  for (const char* id : {"1", "2", "3"}) ids.push_back((*s.FindBySourceId(id, ""))[0]);
  const StoredSelector phone{0, "phone", "+447700900123", 5, 17, "07700 900123", "{}"};
  auto age = [](std::string value, int64_t start) {
    return StoredSelector{0, "age", std::move(value), start, start + 2, "x", "{}"};
  };
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.ReplaceSelectors(ids[0], {phone, age("25", 30), age("31", 10)}).ok());
  ASSERT_TRUE(s.ReplaceSelectors(ids[1], {phone}).ok());  // states none
  ASSERT_TRUE(s.ReplaceSelectors(ids[2], {phone, age("24", 8), age("22", 8)}).ok());
  ASSERT_TRUE(s.Commit().ok());
  const std::map<int64_t, std::string> first_ages = {{ids[0], "31"}, {ids[1], ""}, {ids[2], "22"}};

  auto uses_of = [&](auto&& walk) {
    std::vector<ContactUse> uses;
    EXPECT_TRUE(walk([&](const SharedContact& contact) {
                  uses.insert(uses.end(), contact.uses.begin(), contact.uses.end());
                  return Status::Ok();
                }).ok());
    return uses;
  };
  const std::vector<ContactUse> of_value = uses_of([&](const auto& visit) {
    return s.ForEachContactOf({{"phone", "+447700900123"}}, visit);
  });
  const std::vector<ContactUse> shared =
      uses_of([&](const auto& visit) { return s.ForEachSharedContact(2, visit); });
  for (const std::vector<ContactUse>* uses : {&of_value, &shared}) {
    ASSERT_EQ(uses->size(), 3u);
    // By date: 1, 3, 2.
    EXPECT_EQ((*uses)[0].document_id, ids[0]);
    EXPECT_EQ((*uses)[1].document_id, ids[2]);
    EXPECT_EQ((*uses)[2].document_id, ids[1]);
    for (const ContactUse& use : *uses) {
      EXPECT_EQ(use.stated_age, first_ages.at(use.document_id)) << use.document_id;
    }
    EXPECT_EQ((*uses)[0].posted_at, "2026-01-05");
    EXPECT_EQ((*uses)[2].posted_at, "2026-01-07");
    EXPECT_EQ((*uses)[0].kind, "labour");
    EXPECT_EQ((*uses)[1].kind, "");
    EXPECT_EQ((*uses)[2].kind, "sex");
  }
  std::map<int64_t, std::string> sighted;
  ASSERT_TRUE(
      s.ForEachSightingOf({ids[2], ids[0], ids[1], 9999}, [&](int64_t id, std::string_view posted,
                                                              std::string_view,
                                                              std::string_view stated_age) {
         EXPECT_FALSE(posted.empty());
         sighted[id] = std::string(stated_age);
         return Status::Ok();
       }).ok());
  EXPECT_EQ(sighted, first_ages);
}

// A walk of several values gives each once, in value order, with each document once however
// often it shows the value; a document's contact values come sorted and once each, its other
// selectors left out (the walks and the values are put in order in C++, not by SQLite).
TEST_F(CaseStoreTest, ContactWalksAndValuesComeInOrderAndOnceEach) {
  Insert(Ad("1", "call 07700 900123", "a.example", "2026-01-05"));
  Insert(Ad("2", "call 07700 900124", "a.example", "2026-01-04"));
  Insert(Ad("3", "call 07700 900123", "a.example", "2026-01-05"));
  CaseStore& s = case_->store();
  std::vector<int64_t> ids;
  for (const char* id : {"1", "2", "3"}) ids.push_back((*s.FindBySourceId(id, ""))[0]);
  auto sel = [](std::string type, std::string value, int64_t start) {
    return StoredSelector{0, std::move(type), std::move(value), start, start + 5, "x", "{}"};
  };
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.ReplaceSelectors(
                   ids[0], {sel("phone", "+447700900123", 40), sel("email", "b@a.example", 20),
                            sel("phone", "+447700900123", 5), sel("age", "25", 60)})
                  .ok());
  ASSERT_TRUE(s.ReplaceSelectors(
                   ids[1], {sel("phone", "+447700900124", 5), sel("phone", "+447700900123", 30)})
                  .ok());
  ASSERT_TRUE(s.ReplaceSelectors(
                   ids[2], {sel("phone", "+447700900123", 5), sel("email", "b@a.example", 20)})
                  .ok());
  ASSERT_TRUE(s.Commit().ok());

  std::vector<std::string> walked;
  ASSERT_TRUE(
      s.ForEachContactOf(
           {{"phone", "+447700900123"}, {"email", "b@a.example"}, {"phone", "+447700900123"}},
           [&](const SharedContact& contact) {
             std::string uses;
             for (const ContactUse& use : contact.uses) {
               uses += fmt::format(" {}", use.document_id);
             }
             walked.push_back(contact.type + " " + contact.value + ":" + uses);
             return Status::Ok();
           })
          .ok());
  // The phone's uses by date (2 first), then by document within a day (1 before 3).
  EXPECT_EQ(walked, (std::vector<std::string>{
                        fmt::format("email b@a.example: {} {}", ids[0], ids[2]),
                        fmt::format("phone +447700900123: {} {} {}", ids[1], ids[0], ids[2])}));

  Result<std::vector<ContactValue>> values = s.ContactValuesOf({ids[2], ids[0], ids[0]});
  ASSERT_TRUE(values.ok()) << values.status().message();
  EXPECT_EQ(*values,
            (std::vector<ContactValue>{{"email", "b@a.example"}, {"phone", "+447700900123"}}));
}

// The flags a pass compares before writing come by document, then in the order they were stored
// (not by indicator, as the index by document holds them).
TEST_F(CaseStoreTest, StructuralFlagsOnComeByDocumentThenAsStored) {
  Insert(Ad("1", "one"));
  Insert(Ad("2", "two"));
  CaseStore& s = case_->store();
  const int64_t id1 = (*s.FindBySourceId("1", ""))[0];
  const int64_t id2 = (*s.FindBySourceId("2", ""))[0];
  auto flag = [](int64_t document, std::string indicator) {
    StoredFlag f;
    f.document_id = document;
    f.indicator = std::move(indicator);
    f.why = "test";
    return f;
  };
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(
      s.ReplaceStructuralFlags({flag(id2, "N-TEXT"), flag(id1, "N-GEO"), flag(id1, "J-REPOST"),
                                flag(id2, "N-IMG"), flag(id1, "N-PHONE")})
          .ok());
  ASSERT_TRUE(s.Commit().ok());
  Result<std::vector<StoredFlag>> on =
      s.StructuralFlagsOn({id2, id1}, {"N-TEXT", "N-IMG", "N-GEO", "J-REPOST"});
  ASSERT_TRUE(on.ok()) << on.status().message();
  std::vector<std::string> seen;
  for (const StoredFlag& f : *on) seen.push_back(fmt::format("{} {}", f.document_id, f.indicator));
  EXPECT_EQ(seen, (std::vector<std::string>{
                      fmt::format("{} N-GEO", id1), fmt::format("{} J-REPOST", id1),
                      fmt::format("{} N-TEXT", id2), fmt::format("{} N-IMG", id2)}));
}

TEST_F(CaseStoreTest, RefusesACaseFromANewerAriadne) {
  case_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ / "case/case.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "INSERT INTO schema_version VALUES (999, 'future')", nullptr, nullptr,
                         nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Result<std::unique_ptr<Case>> c = Case::Open(dir_ / "case");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("upgrade Ariadne"), std::string::npos);
}

// v17 drops the index by source id alone: a v16 case migrates, and a source id is still found
// on every site that uses it (each site sought in the unique index), or on the one site named.
TEST_F(CaseStoreTest, AV16CaseMigratesAndFindsSourceIdsOnEverySite) {
  Insert(Ad("42", "on the first site", "a.example"));
  Insert(Ad("42", "on the third site", "c.example"));
  Insert(Ad("42", "on the third site, edited", "c.example"));
  Insert(Ad("43", "another ad", "b.example"));
  Insert(Ad("42", "no site", ""));
  case_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ / "case/case.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE INDEX documents_by_source_id ON documents(source_id);"
                         "DROP TABLE document_langs;"
                         "ALTER TABLE text_signatures DROP COLUMN skeleton;"
                         "DROP TABLE link_skeleton_pairs;"
                         "DELETE FROM schema_version WHERE version >= 17;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Result<std::unique_ptr<Case>> c = Case::Open(dir_ / "case");
  ASSERT_TRUE(c.ok()) << c.status().message();
  CaseStore& s = (*c)->store();
  Result<sqlite::Statement> left = sqlite::ConnectionOf(s)->Prepare(
      "SELECT count(*) FROM sqlite_schema WHERE name = 'documents_by_source_id'");
  ASSERT_TRUE(left.ok());
  ASSERT_TRUE(*left->Step());
  EXPECT_EQ(left->Int(0), 0);
  Result<std::vector<int64_t>> all = s.FindBySourceId("42", "");
  ASSERT_TRUE(all.ok()) << all.status().message();
  ASSERT_EQ(all->size(), 4u);
  EXPECT_TRUE(std::is_sorted(all->begin(), all->end()));
  std::vector<std::string> texts;
  for (int64_t id : *all) texts.push_back(s.GetDocument(id)->text);
  EXPECT_EQ(texts, (std::vector<std::string>{"on the first site", "on the third site",
                                             "on the third site, edited", "no site"}));
  Result<std::vector<int64_t>> third = s.FindBySourceId("42", "c.example");
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(*third, (std::vector<int64_t>{(*all)[1], (*all)[2]}));
  EXPECT_TRUE(s.FindBySourceId("42", "b.example")->empty());
  EXPECT_TRUE(s.FindBySourceId("44", "")->empty());
}

// v19 stores each document's sentences beside its text signature (link/skeleton.h) and the
// skeleton pairs a link found: a v18 case migrates, its signatures kept with empty skeletons (the
// text stage, whose version rose, fills them) and no pairs.
TEST_F(CaseStoreTest, AV18CaseMigratesWithEmptySkeletonsBesideItsSignatures) {
  Insert(Ad("1", "cleaner wanted", "a.example", "2026-03-01", ""));
  const int64_t id = (*case_->store().FindBySourceId("1", ""))[0];
  ASSERT_TRUE(case_->store().PutTextSignature({id, 12, std::string(256, '\x01')}).ok());
  // Made a v18 case by undoing v19 behind the store's back, then opened (migrated) again.
  case_.reset();
  {
    Result<std::unique_ptr<sqlite::Db>> db =
        sqlite::Db::Open((dir_ / "case/case.db").string(), false);
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE((*db)
                    ->Exec("ALTER TABLE text_signatures DROP COLUMN skeleton; DROP TABLE "
                           "link_skeleton_pairs; DELETE FROM schema_version WHERE version = 19;")
                    .ok());
  }
  Result<std::unique_ptr<Case>> c = Case::Open(dir_ / "case");
  ASSERT_TRUE(c.ok()) << c.status().message();
  case_ = std::move(c).value();
  std::vector<std::string> rows;
  Result<sqlite::Statement> st =
      sqlite::ConnectionOf(case_->store())
          ->Prepare(
              "SELECT shingles || ' ' || length(signature) || ' ' || length(skeleton) FROM "
              "text_signatures UNION ALL SELECT count(*) FROM link_skeleton_pairs");
  ASSERT_TRUE(st.ok()) << st.status().message();
  ASSERT_TRUE(st->ForEachRow([&] { rows.push_back(st->Text(0)); }).ok());
  EXPECT_EQ(rows, (std::vector<std::string>{"12 256 0", "0"}));
}

// v18 moves each document's detected language from documents.detected_lang to document_langs: a
// v17 case migrates and keeps the languages it detected (search still filters and shows them),
// until a document is analysed again, which writes document_langs alone.
TEST_F(CaseStoreTest, AV17CaseMigratesAndKeepsItsDetectedLanguages) {
  Insert(Ad("1", "cleaner wanted", "a.example", "2026-03-01", ""));
  Insert(Ad("2", "cleaner wanted today", "a.example", "2026-03-02", ""));
  Insert(Ad("3", "cleaner wanted now", "a.example", "2026-03-03", "pl"));
  Insert(Ad("4", "cleaner wanted soon", "a.example", "2026-03-04", ""));
  case_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ / "case/case.db").c_str(), &db), SQLITE_OK);
  // A v17 case: the detected languages in the documents' rows (the fourth one never detected).
  ASSERT_EQ(sqlite3_exec(db,
                         "DROP TABLE document_langs;"
                         "UPDATE documents SET detected_lang = 'ro' WHERE source_id = '1';"
                         "UPDATE documents SET detected_lang = 'de' WHERE source_id = '2';"
                         "UPDATE documents SET detected_lang = 'en' WHERE source_id = '3';"
                         "UPDATE documents SET detected_lang = '' WHERE source_id = '4';"
                         "ALTER TABLE text_signatures DROP COLUMN skeleton;"
                         "DROP TABLE link_skeleton_pairs;"
                         "DELETE FROM schema_version WHERE version >= 18;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Result<std::unique_ptr<Case>> c = Case::Open(dir_ / "case");
  ASSERT_TRUE(c.ok()) << c.status().message();
  case_ = std::move(c).value();
  CaseStore& s = case_->store();
  auto langs = [&] {
    std::vector<std::string> out;
    Result<sqlite::Statement> st = sqlite::ConnectionOf(s)->Prepare(
        "SELECT d.source_id || ' ' || l.lang FROM document_langs l JOIN documents d ON d.id = "
        "l.document_id ORDER BY d.source_id");
    EXPECT_TRUE(st.ok()) << st.status().message();
    if (st.ok()) {
      EXPECT_TRUE(st->ForEachRow([&] { out.push_back(st->Text(0)); }).ok());
    }
    return out;
  };
  EXPECT_EQ(langs(), (std::vector<std::string>{"1 ro", "2 de", "3 en"}));
  // Search reads them: the declared language first (3 is pl though detected en).
  EXPECT_EQ(SearchIds("cleaner lang:ro"), std::vector<std::string>{"1"});
  EXPECT_EQ(SearchIds("cleaner lang:de"), std::vector<std::string>{"2"});
  EXPECT_EQ(SearchIds("cleaner lang:pl"), std::vector<std::string>{"3"});
  EXPECT_TRUE(SearchIds("cleaner lang:en").empty());
  Result<SearchQuery> q = ParseSearchQuery("lang:ro");
  ASSERT_TRUE(q.ok());
  Result<SearchResults> r = s.Search(*q);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].lang, "ro");
  // Analysed again: the new language replaces the old one, an empty one removes it.
  const int64_t id1 = (*s.FindBySourceId("1", ""))[0];
  const int64_t id2 = (*s.FindBySourceId("2", ""))[0];
  const int64_t id4 = (*s.FindBySourceId("4", ""))[0];
  ASSERT_TRUE(s.SetDetectedLanguage(id1, "it").ok());
  ASSERT_TRUE(s.SetDetectedLanguage(id2, "").ok());
  ASSERT_TRUE(s.SetDetectedLanguage(id4, "es").ok());
  EXPECT_EQ(langs(), (std::vector<std::string>{"1 it", "3 en", "4 es"}));
  EXPECT_TRUE(SearchIds("cleaner lang:ro").empty());
  EXPECT_TRUE(SearchIds("cleaner lang:de").empty());
  EXPECT_EQ(SearchIds("cleaner lang:it"), std::vector<std::string>{"1"});
  EXPECT_EQ(SearchIds("cleaner lang:es"), std::vector<std::string>{"4"});
}

// A server that stops interrupts its warm-up thread's scan instead of waiting for it.
TEST_F(CaseStoreTest, InterruptFromAnotherThreadEndsTheRunningQuery) {
  CaseStore& s = case_->store();
  std::atomic<bool> done{false};
  Status endless;
  std::thread scan([&] {
    endless = sqlite::ConnectionOf(s)->Exec(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n");
    done = true;
  });
  // An interrupt while no statement runs is a no-op in SQLite, so repeat it until the scan ends.
  while (!done) {
    s.Interrupt();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  scan.join();
  ASSERT_FALSE(endless.ok());
  EXPECT_NE(endless.message().find("interrupt"), std::string::npos) << endless.message();
  // The connection works on afterwards.
  EXPECT_TRUE(s.Counts().ok());
}

TEST_F(CaseStoreTest, OpeningAMissingCaseSaysHowToCreateOne) {
  Result<std::unique_ptr<Case>> c = Case::Open(dir_ / "nowhere");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("ariadne init"), std::string::npos);
}

}  // namespace
}  // namespace ariadne::store
