// The workbench's search (store/workbench_store.h) and `ariadne search` (CaseStore::Search) on
// real SQLite: one filter for both, calendar-checked dates, and the bounded work of a search on a
// large case (candidates, "more than" totals, paging past the ranked candidates).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "store/case.h"
#include "store/workbench_store.h"
#include "support/temp_dir.h"

namespace ariadne::store {
namespace {

class WorkbenchSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    CaseInfo info{"Test case", "unit tests", "synthetic data", 30, "GB", "", "", 0};
    Result<std::unique_ptr<Case>> c = Case::Create(dir_ / "case", info);
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

  // Inserts an ad and returns its id.
  int64_t Add(const std::string& source_id, const std::string& text, const std::string& posted,
              const std::string& location = "London", const std::string& lang = "en") {
    Document d;
    d.source_id = source_id;
    d.text = text;
    d.site = "a.example";
    d.posted_at = posted;
    d.location = location;
    d.lang = lang;
    d.provenance = {blob_.sha256, "ads.jsonl", next_line_, next_line_ * 100, next_line_ * 100 + 99};
    ++next_line_;
    CaseStore& s = case_->store();
    EXPECT_TRUE(s.Begin().ok());
    EXPECT_TRUE(s.InsertDocument(d, import_id_).ok());
    EXPECT_TRUE(s.Commit().ok());
    Result<std::vector<int64_t>> ids = s.FindBySourceId(source_id, "");
    return ids.ok() && !ids->empty() ? ids->back() : 0;
  }

  std::unique_ptr<WorkbenchStore> Workbench() {
    Result<std::unique_ptr<WorkbenchStore>> wb = WorkbenchStore::Open(dir_ / "case");
    EXPECT_TRUE(wb.ok()) << wb.status().message();
    return wb.ok() ? std::move(*wb) : nullptr;
  }

  static WorkbenchQuery Query(const std::string& text) {
    Result<SearchQuery> q = ParseSearchQuery(text);
    EXPECT_TRUE(q.ok()) << q.status().message();
    WorkbenchQuery wq;
    if (q.ok()) wq.query = *q;
    return wq;
  }

  std::set<std::string> CliIds(const SearchQuery& q) {
    Result<SearchResults> r = case_->store().Search(q);
    EXPECT_TRUE(r.ok()) << r.status().message();
    std::set<std::string> ids;
    if (r.ok()) {
      for (const SearchHit& h : r->hits) ids.insert(h.source_id);
    }
    return ids;
  }

  static std::set<std::string> WorkbenchIds(WorkbenchStore& wb, const WorkbenchQuery& q) {
    Result<WorkbenchResults> r = wb.Search(q, WorkbenchSearchLimits{});
    EXPECT_TRUE(r.ok()) << r.status().message();
    std::set<std::string> ids;
    if (r.ok()) {
      for (const WorkbenchHit& h : r->hits) ids.insert(h.source_id);
    }
    return ids;
  }

  testing::TempDir dir_;
  std::unique_ptr<Case> case_;
  BlobInfo blob_;
  int64_t import_id_ = 0;
  int64_t next_line_ = 1;
};

TEST_F(WorkbenchSearchTest, CliAndWorkbenchAgreeOnDatesAndDetectedLanguage) {
  Add("late", "cleaner wanted", "2026-02-28T23:30:00Z");
  Add("next", "cleaner wanted today", "2026-03-01T00:10:00Z");
  const int64_t ro = Add("ro", "cleaner wanted now", "2026-02-10", "London", "");
  ASSERT_TRUE(case_->store().SetDetectedLanguage(ro, "ro").ok());
  auto wb = Workbench();
  ASSERT_TRUE(wb);
  for (const char* text : {"cleaner to:2026-02-28", "cleaner from:2026-03-01", "cleaner lang:ro",
                           "cleaner lang:en", "lang:RO"}) {
    WorkbenchQuery q = Query(text);
    EXPECT_EQ(CliIds(q.query), WorkbenchIds(*wb, q)) << text;
  }
  // `to` takes the whole day, whatever time follows the date.
  EXPECT_EQ(CliIds(Query("cleaner to:2026-02-28").query), (std::set<std::string>{"late", "ro"}));
  EXPECT_EQ(CliIds(Query("cleaner lang:ro").query), std::set<std::string>{"ro"});
}

TEST_F(WorkbenchSearchTest, ImpossibleDatesAreRefusedByBoth) {
  Add("a", "cleaner wanted", "2024-02-28");
  auto wb = Workbench();
  ASSERT_TRUE(wb);
  for (const char* bad : {"2024-02-30", "2023-02-29", "2024-13-01", "24-01-01", "2024-01-01T10"}) {
    WorkbenchQuery q = Query("cleaner");
    q.query.to = bad;
    Result<WorkbenchResults> r = wb->Search(q, WorkbenchSearchLimits{});
    EXPECT_EQ(r.status().kind(), ErrorKind::kInvalidInput) << bad;
    EXPECT_NE(r.status().message().find(bad), std::string::npos) << r.status().message();
    EXPECT_EQ(case_->store().Search(q.query).status().kind(), ErrorKind::kInvalidInput) << bad;
  }
  WorkbenchQuery leap = Query("cleaner");
  leap.query.from = "2024-02-29";
  leap.query.to = "2024-02-29";
  Result<WorkbenchResults> r = wb->Search(leap, WorkbenchSearchLimits{});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->total, 0);
}

TEST_F(WorkbenchSearchTest, ManyMatchesAreRankedAmongTheRecentAndPagedWithoutGapsOrRepeats) {
  // Ten matches; the limits allow ranking four: the four most recently stored are ranked, then
  // the older ones follow, most recent first.
  std::vector<int64_t> ids;
  for (int i = 0; i < 10; ++i) {
    const std::string text =
        i == 2 ? "hotel hotel hotel hotel job" : "hotel job number " + std::to_string(i);
    ids.push_back(Add("h" + std::to_string(i), text, "2026-01-1" + std::to_string(i % 10)));
  }
  Add("other", "nothing to see", "2026-01-01");
  auto wb = Workbench();
  ASSERT_TRUE(wb);
  WorkbenchSearchLimits limits;
  limits.rank_cap = 4;
  limits.facet_sample = 4;
  limits.count_cap = 6;
  WorkbenchQuery q = Query("hotel");
  q.query.limit = 3;
  std::vector<int64_t> seen;
  for (int offset = 0; offset < 12; offset += 3) {
    q.query.offset = offset;
    Result<WorkbenchResults> r = wb->Search(q, limits);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->order, "recent_relevance");
    EXPECT_EQ(r->total, 6);  // words alone: counted up to the cap
    EXPECT_TRUE(r->total_capped);
    EXPECT_EQ(r->facets.counted, 4);
    EXPECT_TRUE(r->facets.sampled);
    for (const WorkbenchHit& h : r->hits) seen.push_back(h.id);
  }
  ASSERT_EQ(seen.size(), 10u);
  EXPECT_EQ(std::set<int64_t>(seen.begin(), seen.end()).size(), 10u);
  // The ranked four are the four newest; the page after them goes on with id 6, 5, 4...
  EXPECT_EQ(std::set<int64_t>(seen.begin(), seen.begin() + 4),
            std::set<int64_t>(ids.begin() + 6, ids.end()));
  EXPECT_EQ(std::vector<int64_t>(seen.begin() + 4, seen.end()),
            (std::vector<int64_t>{ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]}));

  // With a filter the total is not counted past the candidates: "more than 4".
  q = Query("hotel");
  q.locations = {"London"};
  Result<WorkbenchResults> filtered = wb->Search(q, limits);
  ASSERT_TRUE(filtered.ok()) << filtered.status().message();
  EXPECT_EQ(filtered->total, 4);
  EXPECT_TRUE(filtered->total_capped);

  // Few matches: every one ranked, the most relevant first, exact total.
  limits.rank_cap = 20;
  limits.facet_sample = 20;
  q = Query("hotel");
  Result<WorkbenchResults> all = wb->Search(q, limits);
  ASSERT_TRUE(all.ok()) << all.status().message();
  EXPECT_EQ(all->order, "relevance");
  EXPECT_EQ(all->total, 10);
  EXPECT_FALSE(all->total_capped);
  ASSERT_FALSE(all->hits.empty());
  EXPECT_EQ(all->hits[0].id, ids[2]);
  EXPECT_EQ(all->facets.city.size(), 1u);
  EXPECT_EQ(all->facets.city[0].count, 10);
}

TEST_F(WorkbenchSearchTest, FiltersAloneAreNewestFirstWithExactTotalUnderTheSample) {
  Add("old", "a", "2025-05-01", "Leeds");
  Add("new", "b", "2026-05-01", "Leeds");
  Add("mid", "c", "2025-09-01", "Leeds");
  Add("elsewhere", "d", "2026-06-01", "York");
  auto wb = Workbench();
  ASSERT_TRUE(wb);
  WorkbenchQuery q;
  q.locations = {"Leeds"};
  Result<WorkbenchResults> r = wb->Search(q, WorkbenchSearchLimits{});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->order, "newest");
  EXPECT_EQ(r->total, 3);
  EXPECT_FALSE(r->total_capped);
  ASSERT_EQ(r->hits.size(), 3u);
  EXPECT_EQ(r->hits[0].source_id, "new");
  EXPECT_EQ(r->hits[2].source_id, "old");
}

}  // namespace
}  // namespace ariadne::store

namespace ariadne::store {
namespace {

class WorkbenchWeeklyTest : public WorkbenchSearchTest {
 protected:
  void Flag(int64_t document_id, const std::string& indicator, int spans) {
    std::vector<StoredFlag> flags;
    for (int i = 0; i < spans; ++i) {
      StoredFlag f;
      f.document_id = document_id;
      f.indicator = indicator;
      f.revision = 1;
      f.family = "CTL";
      f.tier = "T2";
      f.category = "trafficking";
      f.spans_json = fmt::format("[[{}, {}]]", i, i + 1);
      f.why = "test";
      f.weight = 10;
      flags.push_back(f);
    }
    CaseStore& s = case_->store();
    ASSERT_TRUE(s.Begin().ok());
    ASSERT_TRUE(s.ReplaceTextFlags(document_id, flags).ok());
    ASSERT_TRUE(s.Commit().ok());
  }

  static std::vector<std::string> Rows(const std::vector<WeeklyCount>& rows) {
    std::vector<std::string> out;
    for (const WeeklyCount& w : rows)
      out.push_back(fmt::format("{} {} {}", w.week, w.name, w.count));
    return out;
  }
};

// Weeks start on Monday: a Sunday belongs to the week before; a document flagged twice for one
// indicator counts once; documents without a date are left out of the weeks.
TEST_F(WorkbenchWeeklyTest, WeeksStartOnMondayAndCountDocumentsOncePerIndicator) {
  const int64_t sunday = Add("a1", "one", "2026-05-10T23:00:00Z", "London");
  const int64_t monday = Add("a2", "two", "2026-05-11T08:00:00Z", "Leeds");
  const int64_t later = Add("a3", "three", "2026-05-13", "London");
  const int64_t undated = Add("a4", "four", "", "London");
  Flag(sunday, "S-3P", 3);
  Flag(monday, "S-3P", 1);
  Flag(later, "S-3P", 2);
  Flag(undated, "J-FEE", 1);
  std::unique_ptr<WorkbenchStore> wb = Workbench();
  ASSERT_TRUE(wb);
  Result<std::vector<WeeklyCount>> cities = wb->Weekly(WeeklyBy::kLocation, 8);
  ASSERT_TRUE(cities.ok()) << cities.status().message();
  EXPECT_EQ(Rows(*cities), (std::vector<std::string>{"2026-05-04 London 1", "2026-05-11 Leeds 1",
                                                     "2026-05-11 London 1"}));
  Result<std::vector<WeeklyCount>> indicators = wb->Weekly(WeeklyBy::kIndicator, 8);
  ASSERT_TRUE(indicators.ok()) << indicators.status().message();
  EXPECT_EQ(Rows(*indicators),
            (std::vector<std::string>{"2026-05-04 S-3P 1", "2026-05-11 S-3P 2"}));
  // Only the most frequent: S-3P (3 documents) before J-FEE (1).
  Result<std::vector<WeeklyCount>> top = wb->Weekly(WeeklyBy::kIndicator, 1);
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(Rows(*top), (std::vector<std::string>{"2026-05-04 S-3P 1", "2026-05-11 S-3P 2"}));
}

TEST_F(WorkbenchWeeklyTest, TheChangeMarkMovesWhenDocumentsOrFlagsAreAdded) {
  std::unique_ptr<WorkbenchStore> wb = Workbench();
  ASSERT_TRUE(wb);
  Result<std::string> empty = wb->ChangeMark();
  ASSERT_TRUE(empty.ok()) << empty.status().message();
  EXPECT_EQ(*wb->ChangeMark(), *empty);
  const int64_t id = Add("a1", "one", "2026-05-10");
  Result<std::string> added = wb->ChangeMark();
  ASSERT_TRUE(added.ok());
  EXPECT_NE(*added, *empty);
  Flag(id, "S-3P", 1);
  EXPECT_NE(*wb->ChangeMark(), *added);
}

}  // namespace
}  // namespace ariadne::store
