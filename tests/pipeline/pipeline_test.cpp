#include "pipeline/pipeline.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>
#include <vector>

#include "capture/import.h"
#include "extract/extract.h"
#include "flag/rules.h"
#include "link/link_case.h"
#include "pipeline/repost.h"
#include "pipeline/structural.h"
#include "store/custody_store.h"
#include "store/selector_in_title.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne::pipeline {
namespace {

// The version a case stores for `stage` (pipeline::Stages(): extractor revisions mixed in).
int StoredVersion(std::string_view stage) {
  for (const StageInfo& info : Stages()) {
    if (stage == info.name) return info.version;
  }
  ADD_FAILURE() << "no stage " << stage;
  return -1;
}

// The summary of the stage called `name` (the stages run in Stages() order; others may be added).
StageSummary StageNamed(const std::vector<StageSummary>& summaries, const std::string& name) {
  for (const StageSummary& summary : summaries) {
    if (summary.stage == name) return summary;
  }
  ADD_FAILURE() << "no stage " << name;
  return {};
}

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::CaseInfo info{"p", "tests", "synthetic", 7, "GB", "", "", 0};
    auto c = store::Case::Create(dir_ / "case", info);
    ASSERT_TRUE(c.ok()) << c.status().message();
    case_ = std::move(c).value();
  }

  void Import(const std::string& name, const std::string& content) {
    auto r = capture::ImportFile(*case_, dir_.Write(name, content), "", {}, {});
    ASSERT_TRUE(r.ok()) << r.status().message();
  }

  int64_t Analyzed() {
    auto r = Analyze(*case_, {});
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r->front().documents : -1;
  }

  // One job ad analysed with `rules`, then again with nothing new (no document flagged): the start
  // of the tests that change one piece of the rules' data alone. `options` keeps the rules.
  void AnalyzeOneJobAdTwice(AnalyzeOptions& options, const flag::RuleSet& rules) {
    Import("a.jsonl", R"({"id": "1", "kind": "labour", "text": "Warehouse job, 40 hours"})"
                      "\n");
    options.rules = std::make_shared<const flag::RuleSet>(rules);
    ASSERT_TRUE(Analyze(*case_, options).ok());
    EXPECT_EQ(StageNamed(*Analyze(*case_, options), "flags").documents, 0);
  }

  testing::TempDir dir_;
  std::unique_ptr<store::Case> case_;
};

// The contributions' JSON is written by hand for ASCII texts: it must be what nlohmann's dump()
// of the same objects writes (stored scores are compared as text), escapes and non-ASCII included.
TEST(ScoreRowTest, ContributionsAreWrittenAsNlohmannDumpsThem) {
  auto nlohmann_dump = [](const flag::ScoreResult& r) {
    nlohmann::json out = nlohmann::json::array();
    for (const flag::Contribution& c : r.contributions) {
      out.push_back({{"id", c.id}, {"points", c.points}, {"note", c.note}});
    }
    return out.dump();
  };
  std::string controls;
  for (int ch = 1; ch < 0x20; ++ch) controls.push_back(static_cast<char>(ch));
  flag::ScoreResult score;
  score.score = 37;
  score.contributions = {{"S-YOUTH", 25, "says \"new\" \\ girl\tin town"},
                         {"T1-cap", -3, controls + "\x7f~ end"},
                         {"", 0, ""}};
  flag::ScoreResult fraud;  // none: "[]"
  flag::ScoreResult foreign;
  foreign.contributions = {{"J-FEE", 12, "Gebühr \"vorab\" — 50 €\n"}};
  const store::StoredScore row = ScoreRow(7, "adult", score, fraud);
  EXPECT_EQ(row.contributions_json, nlohmann_dump(score));
  EXPECT_EQ(row.fraud_contributions_json, "[]");
  EXPECT_EQ(ScoreRow(7, "labour", foreign, score).contributions_json, nlohmann_dump(foreign));
  const std::string start =
      R"([{"id":"S-YOUTH","note":"says \"new\" \\ girl\tin town","points":25},)";
  EXPECT_EQ(row.contributions_json.substr(0, start.size()), start);
}

TEST_F(PipelineTest, StoresSelectorsWithOffsetsIntoTheOriginalTextUsingTheCaseRegion) {
  Import("a.jsonl",
         R"({"id": "1", "text": "Discreet. Call 07700 900123 or mail anna@mail.example"})"
         "\n");
  EXPECT_EQ(Analyzed(), 1);
  auto ids = *case_->store().FindBySourceId("1", "");
  auto selectors = case_->store().SelectorsOf(ids[0]);
  ASSERT_TRUE(selectors.ok());
  bool phone = false;
  for (const auto& s : *selectors) {
    if (s.type == "phone") {
      phone = true;
      EXPECT_EQ(s.value, "+447700900123");  // read as a GB number: the case's region
      EXPECT_EQ(s.raw, "07700 900123");
      EXPECT_EQ(s.start, 15);
      EXPECT_EQ(s.end, 27);
    }
  }
  EXPECT_TRUE(phone);
}

// Issue 5 item 7 (held-out link corpus 8: a network gives its number only in the title of a
// quarter of its ads, "Nina 07700 900412"): the title's contacts are selectors too, with offsets
// into the title and marked as the title's, so the ad joins the network's other ads; the case's
// own check of selector offsets reads them against the title.
TEST_F(PipelineTest, AContactOnlyInTheTitleIsStoredAsTheTitlesAndJoinsTheAd) {
  Import("a.jsonl",
         R"({"id": "1", "title": "Nina 07700 900412", "text": "Sweet and discreet, new in town."})"
         "\n"
         R"({"id": "2", "title": "Nina", "text": "Elegant companion in Leeds. Call 07700 900412"})"
         "\n");
  EXPECT_EQ(Analyzed(), 2);
  const int64_t first = (*case_->store().FindBySourceId("1", ""))[0];
  const int64_t second = (*case_->store().FindBySourceId("2", ""))[0];
  auto selectors = case_->store().SelectorsOf(first);
  ASSERT_TRUE(selectors.ok());
  ASSERT_EQ(selectors->size(), 1u);
  const store::StoredSelector& phone = selectors->front();
  EXPECT_EQ(phone.value, "+447700900412");
  EXPECT_EQ(phone.raw, "07700 900412");
  EXPECT_EQ(phone.start, 5);
  EXPECT_EQ(phone.end, 17);
  EXPECT_TRUE(store::InTitle(phone.details_json)) << phone.details_json;
  auto a = case_->store().ClusterIdOf(first);
  auto b = case_->store().ClusterIdOf(second);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(a->has_value());
  EXPECT_EQ(*a, *b);
  auto custody = store::OpenCustodyStore(dir_ / "case");
  ASSERT_TRUE(custody.ok()) << custody.status().message();
  auto dangling = (*custody)->DanglingReferences();
  ASSERT_TRUE(dangling.ok());
  EXPECT_TRUE(dangling->empty()) << dangling->front();
}

// Issue 5 item 7 (link37; held-out link corpora 10 and 11: clients thanking a woman, looking for
// her, warning of her number, "Re:" replies, in words no cue knows): on a site whose adult
// records state an age, a short post that states none and makes no offer is a post about
// someone: the number it names is hers, quoted, and joins it to nobody. On a site whose records
// carry no age field, the same short text is an ad like any other.
TEST_F(PipelineTest, AShortPostStatingNoAgeOnASiteWhoseAdsStateOneDoesNotJoinTheWomanItNames) {
  std::string ads;
  for (int i = 0; i < 10; ++i) {
    const std::string number = i < 2 ? "07700 900411" : "07700 9004" + std::to_string(20 + i);
    ads += R"({"id": "a)" + std::to_string(i) + R"(", "site": "board.example", "kind": "sex", )" +
           R"("age": )" + std::to_string(21 + i) + R"(, "title": "Isla", "text": "Sweet )" +
           std::to_string(i) + R"(, new in Leeds. Call me on )" + number + "\"}\n";
  }
  const std::string post = "Big thanks to Isla in Leeds, 07700 900411, lovely evening.";
  // The site's footer (its own address, on every record) is nobody's the post names.
  ads += R"({"id": "post", "site": "board.example", "kind": "sex", "title": "Leeds", "text": ")" +
         post + R"(\n\nPosted on board.example. Report: help@board.example"})" + "\n";
  // The same text on a site that gives no ages: an ad's.
  ads += R"({"id": "other", "site": "other.example", "kind": "sex", "text": ")" + post + "\"}\n";
  Import("a.jsonl", ads);
  EXPECT_EQ(Analyzed(), 12);
  auto cluster = [&](const std::string& id) {
    auto c = case_->store().ClusterIdOf((*case_->store().FindBySourceId(id, ""))[0]);
    EXPECT_TRUE(c.ok());
    return c.ok() ? *c : std::nullopt;
  };
  ASSERT_TRUE(cluster("a0").has_value());
  EXPECT_EQ(cluster("a0"), cluster("a1"));
  EXPECT_NE(cluster("post"), cluster("a0"));
  EXPECT_EQ(cluster("other"), cluster("a0"));
  auto selectors = case_->store().SelectorsOf((*case_->store().FindBySourceId("post", ""))[0]);
  ASSERT_TRUE(selectors.ok());
  ASSERT_EQ(selectors->size(), 2u);
  for (const store::StoredSelector& s : *selectors) {
    EXPECT_EQ(s.details_json.find("mentioned in a client's post") != std::string::npos,
              s.type == "phone")
        << s.details_json;
  }
}

// Issue 5 item 7 (link41; held-out link corpus 15: a forum of posts only, no record with an age
// field, its replies and reviews quoting women's numbers): a short record titled as a reply or a
// review that states no age and makes no offer is a post about someone on any site; the same text
// under an ad's title there is an ad's.
TEST_F(PipelineTest, AShortReplyOrReviewOnASiteWithoutAgesDoesNotJoinTheWomanItNames) {
  std::string ads;
  for (int i = 0; i < 2; ++i) {
    ads +=
        R"({"id": "a)" + std::to_string(i) +
        R"(", "site": "ads.example", "kind": "sex", "age": 24, "title": "Isla", "text": "Sweet )" +
        std::to_string(i) + R"(, new in Leeds. Call me on 07700 900411"})" + "\n";
  }
  ads += R"({"id": "reply", "site": "board.example", "kind": "sex", "title": "Re: Isla in Leeds", )"
         R"("text": "Went there on Friday after ringing 07700 900411, lovely evening."})"
         "\n";
  ads += R"({"id": "review", "site": "board.example", "kind": "sex", "title": "Review", )"
         R"("text": "Review #12 | Name: Isla | Phone: 07700 900411 | City: Leeds | Score: 8/10"})"
         "\n";
  ads += R"({"id": "other", "site": "board.example", "kind": "sex", "title": "Isla in Leeds", )"
         R"("text": "Went there on Friday after ringing 07700 900411, lovely evening."})"
         "\n";
  Import("a.jsonl", ads);
  EXPECT_EQ(Analyzed(), 5);
  auto cluster = [&](const std::string& id) {
    auto c = case_->store().ClusterIdOf((*case_->store().FindBySourceId(id, ""))[0]);
    EXPECT_TRUE(c.ok());
    return c.ok() ? *c : std::nullopt;
  };
  ASSERT_TRUE(cluster("a0").has_value());
  EXPECT_EQ(cluster("a0"), cluster("a1"));
  EXPECT_NE(cluster("reply"), cluster("a0"));
  EXPECT_NE(cluster("review"), cluster("a0"));
  EXPECT_EQ(cluster("other"), cluster("a0"));
}

// Issue 5 item 7 (held-out link corpus 10: a number only in the title, in circled digits): a
// title is read for contacts when it holds five digits of any style, not only ASCII, mathematical
// or full-width ones.
TEST_F(PipelineTest, ANumberInStyledDigitsOnlyInTheTitleIsLookedFor) {
  Import("a.jsonl", R"({"id": "1", "title": "Nina ⓪⑦⑦⓪⓪ ⑨⓪⓪④①②", "text": "Sweet and discreet."})"
                    "\n"
                    R"({"id": "2", "title": "Mia ➊➋ ➌", "text": "New in town."})"
                    "\n");
  EXPECT_EQ(Analyzed(), 2);
  const int64_t first = (*case_->store().FindBySourceId("1", ""))[0];
  auto selectors = case_->store().SelectorsOf(first);
  ASSERT_TRUE(selectors.ok());
  ASSERT_EQ(selectors->size(), 1u);
  EXPECT_EQ(selectors->front().value, "+447700900412");
  EXPECT_TRUE(store::InTitle(selectors->front().details_json));
  const int64_t second = (*case_->store().FindBySourceId("2", ""))[0];
  auto none = case_->store().SelectorsOf(second);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(PipelineTest, RunsOnlyOnDocumentsItHasNotSeen) {
  Import("a.jsonl", R"({"id": "1", "text": "Call 07700 900123"})"
                    "\n"
                    R"({"id": "2", "text": "Call 07700 900124"})"
                    "\n");
  EXPECT_EQ(Analyzed(), 2);
  EXPECT_EQ(Analyzed(), 0);
  Import("b.jsonl", R"({"id": "3", "text": "Call 07700 900125"})"
                    "\n");
  EXPECT_EQ(Analyzed(), 1);
  auto shared = case_->store().SelectorSummaries("phone", 1, 10);
  ASSERT_TRUE(shared.ok());
  EXPECT_EQ(shared->size(), 3u);
}

std::shared_ptr<const flag::RuleSet> FixtureRules() {
  flag::LoadReport report =
      flag::LoadRules(std::filesystem::path(ARIADNE_SOURCE_DIR) / "tests/flag/testdata/rules");
  for (const flag::LoadError& e : report.errors) ADD_FAILURE() << e.ToString();
  return std::make_shared<const flag::RuleSet>(std::move(report.rules));
}

TEST_F(PipelineTest, FlagStageStoresFlagsWithOriginalSpansAndAScoreAndRerunsWhenRulesChange) {
  const std::string text = "Free accommodation, contract on arrival. Pay the processing fee.";
  Import("a.jsonl", R"({"id": "1", "kind": "labour", "text": ")" + text +
                        R"("})"
                        "\n"
                        R"({"id": "2", "kind": "labour", "text": "Warehouse job, 40 hours"})"
                        "\n");
  AnalyzeOptions options;
  options.rules = FixtureRules();
  auto first = Analyze(*case_, options);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(StageNamed(*first, "flags").documents, 2);
  EXPECT_EQ(StageNamed(*first, "structural").stage, "structural");

  store::CaseStore& s = case_->store();
  const int64_t id = (*s.FindBySourceId("1", ""))[0];
  auto flags = s.FlagsOf(id);
  ASSERT_TRUE(flags.ok()) << flags.status().message();
  std::vector<std::string> ids;
  for (const auto& f : *flags) ids.push_back(f.indicator);
  EXPECT_EQ(ids, (std::vector<std::string>{"J-ACCOM", "J-FEE", "J-LATER"}));
  EXPECT_EQ((*flags)[0].spans_json, "[[0,18]]");  // "Free accommodation" in the original text
  auto score = s.ScoreOf(id);
  ASSERT_TRUE(score.ok() && score->has_value());
  EXPECT_GT((*score)->score, 0);
  EXPECT_GT((*score)->fraud_score, 0);  // the fee is recruitment-fraud risk, scored apart (R11)
  // Each score can be taken apart: its stored contributions add up to it.
  for (const auto& [total, listed] :
       {std::pair{(*score)->score, (*score)->contributions_json},
        std::pair{(*score)->fraud_score, (*score)->fraud_contributions_json}}) {
    int64_t sum = 0;
    for (const auto& c : nlohmann::json::parse(listed)) sum += c["points"].get<int64_t>();
    EXPECT_EQ(sum, total) << listed;
  }
  EXPECT_NE((*score)->fraud_contributions_json.find("J-FEE"), std::string::npos);
  auto rates = s.FlagSummaries();
  ASSERT_TRUE(rates.ok());
  EXPECT_EQ(rates->front().of_documents, 2);

  // Nothing new: up to date. Other rules (here: candidates on): every document is flagged again.
  EXPECT_EQ(StageNamed(*Analyze(*case_, options), "flags").documents, 0);
  options.candidates = true;
  EXPECT_EQ(StageNamed(*Analyze(*case_, options), "flags").documents, 2);
}

// J-PHONEONLY reads the line type of each phone number the selector stage extracted: a landline
// of the case's country (an Ofcom drama number here) is contact a business answers.
TEST_F(PipelineTest, AJobAdWhoseOnlyContactIsALandlineIsNotPhoneOnlyAMobileOneIs) {
  Import("a.jsonl",
         R"({"id": "landline", "kind": "labour", "text": "Packers wanted. Call 020 7946 0321"})"
         "\n"
         R"({"id": "mobile", "kind": "labour", "text": "Packers wanted. Call 07700 900412"})"
         "\n");
  flag::LoadReport report = flag::LoadRules(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
  ASSERT_TRUE(report.errors.empty());
  AnalyzeOptions options;
  options.rules = std::make_shared<const flag::RuleSet>(std::move(report.rules));
  options.candidates = true;  // J-PHONEONLY is a candidate check
  ASSERT_TRUE(Analyze(*case_, options).ok());
  store::CaseStore& s = case_->store();
  auto indicators = [&](const std::string& source_id) {
    std::vector<std::string> ids;
    auto found = s.FindBySourceId(source_id, "");
    EXPECT_TRUE(found.ok() && found->size() == 1) << source_id;
    if (!found.ok() || found->empty()) return ids;
    auto flags = s.FlagsOf(found->front());
    EXPECT_TRUE(flags.ok()) << flags.status().message();
    if (!flags.ok()) return ids;
    for (const auto& f : *flags) ids.push_back(f.indicator);
    return ids;
  };
  const std::vector<std::string> landline = indicators("landline");
  const std::vector<std::string> mobile = indicators("mobile");
  EXPECT_EQ(std::count(landline.begin(), landline.end(), "J-PHONEONLY"), 0)
      << ::testing::PrintToString(landline);
  EXPECT_EQ(std::count(landline.begin(), landline.end(), "J-EMPL"), 1);  // still no employer
  EXPECT_EQ(std::count(mobile.begin(), mobile.end(), "J-PHONEONLY"), 1)
      << ::testing::PrintToString(mobile);
}

// The computed checks read the marker lists (rules/data/markers.toml): a list edited alone, with no
// indicator's revision touched, changes what they raise, so it must re-flag the case too.
TEST_F(PipelineTest, AChangedMarkerListAloneFlagsEveryDocumentAgain) {
  AnalyzeOptions options;
  flag::RuleSet rules = *FixtureRules();
  ASSERT_NO_FATAL_FAILURE(AnalyzeOneJobAdTwice(options, rules));
  flag::MarkerList list;
  list.name = "employer";
  flag::Term term;
  term.lang = "any";
  term.phrase = "ltd";
  list.terms.push_back(term);
  rules.markers.push_back(list);
  options.rules = std::make_shared<const flag::RuleSet>(rules);
  EXPECT_EQ(StageNamed(*Analyze(*case_, options), "flags").documents, 1);
}

// J-SAL reads where the job is from the wage table's country names and converts currencies with
// its exchange rates: either edited alone changes what it raises, so it re-flags the case too.
TEST_F(PipelineTest, AChangedCountryNameOrExchangeRateAloneFlagsEveryDocumentAgain) {
  AnalyzeOptions options;
  flag::RuleSet rules = *FixtureRules();
  ASSERT_NO_FATAL_FAILURE(AnalyzeOneJobAdTwice(options, rules));
  ASSERT_FALSE(rules.wages.wages.empty());
  rules.wages.wages[0].names.push_back("warehouseland");
  options.rules = std::make_shared<const flag::RuleSet>(rules);
  EXPECT_EQ(StageNamed(*Analyze(*case_, options), "flags").documents, 1);
  EXPECT_EQ(StageNamed(*Analyze(*case_, options), "flags").documents, 0);
  rules.wages.rates.push_back(
      {.currency = "USD", .per_eur = 1.04, .date = "2024-12-31", .source = "", .where = {}});
  options.rules = std::make_shared<const flag::RuleSet>(rules);
  EXPECT_EQ(StageNamed(*Analyze(*case_, options), "flags").documents, 1);
}

// A case analysed before the stages kept their progress as watermarks has a done row per document
// and stage. Rule packs changed and changed back: the documents flagged again in between have no
// rows, so the old rows must not count as done at the first rules' version.
TEST_F(PipelineTest, RulesChangedAndChangedBackFlagEveryDocumentAgainOverOldDoneRows) {
  AnalyzeOptions options;
  flag::RuleSet rules = *FixtureRules();
  ASSERT_NO_FATAL_FAILURE(AnalyzeOneJobAdTwice(options, rules));
  store::CaseStore& s = case_->store();
  const int first_version = (*s.GetPassState("stage flags"))->version;
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.MarkStageDone(*s.LastDocumentId(), "flags", first_version).ok());
  ASSERT_TRUE(s.Commit().ok());
  const std::shared_ptr<const flag::RuleSet> first_rules = options.rules;
  rules.wages.wages[0].names.push_back("warehouseland");
  options.rules = std::make_shared<const flag::RuleSet>(rules);
  EXPECT_EQ(StageNamed(*Analyze(*case_, options), "flags").documents, 1);
  options.rules = first_rules;
  EXPECT_EQ(StageNamed(*Analyze(*case_, options), "flags").documents, 1);
  EXPECT_EQ((*s.GetPassState("stage flags"))->version, first_version);
}

// The new documents of an import get their selectors and text flags without a delete first (no
// document above the last one with rows has any); documents analysed again, all of them at or
// below it, get theirs replaced, never doubled. The stages are made to redo every document here by
// dropping their watermarks.
TEST_F(PipelineTest, DocumentsAnalysedAgainKeepOneCopyOfTheirSelectorsAndTextFlags) {
  const std::string fee = "Pay the processing fee. Call 07700 900123";
  Import("a.jsonl", R"({"id": "1", "kind": "labour", "text": ")" + fee +
                        R"("})"
                        "\n");
  AnalyzeOptions options;
  options.rules = FixtureRules();
  ASSERT_TRUE(Analyze(*case_, options).ok());
  Import("b.jsonl",
         R"({"id": "2", "kind": "labour", "text": "Pay the processing fee now. Call 07700 900124"})"
         "\n");
  ASSERT_TRUE(Analyze(*case_, options).ok());
  store::CaseStore& s = case_->store();
  const int64_t first = (*s.FindBySourceId("1", ""))[0];
  const int64_t second = (*s.FindBySourceId("2", ""))[0];
  auto counts = [&] {
    return std::make_tuple(s.SelectorsOf(first)->size(), s.SelectorsOf(second)->size(),
                           s.FlagsOf(first)->size(), s.FlagsOf(second)->size());
  };
  const auto once = counts();
  EXPECT_EQ(std::get<0>(once), 1u);
  EXPECT_EQ(std::get<1>(once), 1u);
  EXPECT_GE(std::get<2>(once), 1u);  // J-FEE at least
  EXPECT_GE(std::get<3>(once), 1u);
  {
    auto db = store::sqlite::OpenCaseDb(dir_ / "case");
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE((*db)
                    ->Exec("DELETE FROM pass_state WHERE pass LIKE 'stage %'; "
                           "DELETE FROM document_stages")
                    .ok());
  }
  auto again = Analyze(*case_, options);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(StageNamed(*again, "selectors").documents, 2);
  EXPECT_EQ(StageNamed(*again, "flags").documents, 2);
  EXPECT_EQ(counts(), once);
}

// The stages write with the whole file mapped and the store's reference checks off (their rows
// are of documents they just read); the analysis leaves the connection as it found it.
TEST_F(PipelineTest, AnAnalysisLeavesTheReferenceChecksOnAndTheMapAsItWas) {
  store::CaseStore& s = case_->store();
  store::sqlite::Db* db = store::sqlite::ConnectionOf(s);
  ASSERT_NE(db, nullptr);
  auto mmap_size = [&] {
    int64_t size = -1;
    auto st = db->Prepare("PRAGMA mmap_size");
    EXPECT_TRUE(st.ok() && st->ForEachRow([&] { size = st->Int(0); }).ok());
    return size;
  };
  const int64_t opened = mmap_size();
  EXPECT_LT(opened, int64_t{2147418112});
  Import("a.jsonl", R"({"id": "1", "text": "Call 07700 900123"})"
                    "\n");
  EXPECT_EQ(mmap_size(), opened);
  EXPECT_EQ(Analyzed(), 1);
  EXPECT_EQ(mmap_size(), opened);
  const int64_t missing = *s.LastDocumentId() + 100;
  ASSERT_TRUE(s.Begin().ok());
  EXPECT_FALSE(s.ReplaceSelectors(missing, {{0, "phone", "+447700900123", 0, 1, "x", "{}"}}).ok());
  s.Rollback();
}

// The case-wide passes need the number of documents (a value on more than a share of them is
// generic). Counting a 1M-ad case's documents read a whole index (0.3 s wall, twice per analysis);
// the count is the last link's plus the documents after the last one it linked.
TEST_F(PipelineTest, TheDocumentCountIsTheLastLinksCountPlusTheDocumentsAfterIt) {
  store::CaseStore& s = case_->store();
  store::sqlite::Db* db = store::sqlite::ConnectionOf(s);
  ASSERT_NE(db, nullptr);
  Import("a.jsonl", R"({"id": "1", "text": "Call 07700 900123"})"
                    "\n"
                    R"({"id": "2", "text": "Call 07700 900124"})"
                    "\n");
  EXPECT_EQ(*s.DocumentCount(), 2);  // never linked: counted
  EXPECT_EQ(Analyzed(), 2);          // links at the end
  Import("b.jsonl", R"({"id": "3", "text": "Call 07700 900125"})"
                    "\n");
  EXPECT_EQ(*s.DocumentCount(), 3);  // linked 2, one after them
  // The link's count is what the documents up to its last one are taken to be: not counted again.
  ASSERT_TRUE(db->Exec("UPDATE link_state SET documents = documents + 1000").ok());
  EXPECT_EQ(*s.DocumentCount(), 1003);
  ASSERT_TRUE(db->Exec("DELETE FROM link_state").ok());  // the next link is full
  EXPECT_EQ(*s.DocumentCount(), 3);
}

TEST_F(PipelineTest, WithoutRulesTheFlagStageSaysWhyItDidNotRun) {
  Import("a.jsonl", R"({"id": "1", "text": "x"})"
                    "\n");
  auto r = Analyze(*case_, {});
  ASSERT_TRUE(r.ok());
  const StageSummary flags = StageNamed(*r, "flags");
  EXPECT_EQ(flags.documents, 0);
  EXPECT_FALSE(flags.note.empty());
  for (const StageSummary& summary : *r) EXPECT_NE(summary.stage, "structural");
}

std::shared_ptr<const flag::RuleSet> RealRules() {
  flag::LoadReport report = flag::LoadRules(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
  for (const flag::LoadError& e : report.errors) ADD_FAILURE() << e.ToString();
  return std::make_shared<const flag::RuleSet>(std::move(report.rules));
}

std::string SexAd(const std::string& id, const std::string& text, const std::string& date) {
  return R"({"id": ")" + id + R"(", "kind": "sex", "posted_at": ")" + date + R"(", "text": ")" +
         text +
         R"("})"
         "\n";
}

TEST_F(PipelineTest, SharedContactOfThreePersonasWithinAMonthRaisesNPhoneWithItsEvidence) {
  Import("a.jsonl",
         SexAd("1", "Anna, 23 years. Call 07700 900111", "2026-03-01") +
             SexAd("2", "Bella, 31 years. Call 07700 900111", "2026-03-10") +
             SexAd("3", "Carla, 27 years. Call 07700 900111", "2026-03-20") +
             SexAd("4", "Dora, 35 years. Call 07700 900111", "2026-09-01") +  // months later
             // One person touring with one number and one age: never this indicator.
             SexAd("5", "Eva, 25 years, new in town. Call 07700 900222", "2026-03-01") +
             SexAd("6", "Eva, 25 years, on tour. Call 07700 900222", "2026-03-05") +
             SexAd("7", "Eva, 25 years, last days. Call 07700 900222", "2026-03-09"));
  AnalyzeOptions options;
  options.rules = RealRules();
  auto r = Analyze(*case_, options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(StageNamed(*r, "structural").documents, 3);

  store::CaseStore& s = case_->store();
  auto flagged = [&](const std::string& source_id) {
    const auto ids = *s.FindBySourceId(source_id, "");
    const auto flags = *s.FlagsOf(ids[0]);
    return std::any_of(flags.begin(), flags.end(),
                       [](const auto& f) { return f.indicator == "N-PHONE"; });
  };
  for (const char* id : {"1", "2", "3"}) EXPECT_TRUE(flagged(id)) << id;
  for (const char* id : {"4", "5", "6", "7"}) EXPECT_FALSE(flagged(id)) << id;

  const int64_t doc = (*s.FindBySourceId("2", ""))[0];
  const auto flags = *s.FlagsOf(doc);
  const auto it = std::find_if(flags.begin(), flags.end(),
                               [](const auto& f) { return f.indicator == "N-PHONE"; });
  ASSERT_NE(it, flags.end());
  EXPECT_TRUE(it->structural);
  const auto evidence = nlohmann::json::parse(it->evidence_json);
  EXPECT_EQ(evidence["value"], "+447700900111");
  EXPECT_EQ(evidence["stated_ages"], (std::vector<std::string>{"23", "27", "31"}));
  EXPECT_EQ(evidence["documents"].size(), 3u);
  EXPECT_NE(evidence["benign_explanations"].get<std::string>().find("Shared flats"),
            std::string::npos);  // rule R6: the legitimate explanations travel with the flag
  auto score = s.ScoreOf(doc);
  ASSERT_TRUE(score.ok() && score->has_value());
  EXPECT_GT((*score)->score, 0);  // the structural flag counts in the document's priority
  EXPECT_NE((*score)->contributions_json.find("N-PHONE"), std::string::npos);

  // Running again changes nothing; the flags are recomputed, never doubled.
  ASSERT_TRUE(Analyze(*case_, options).ok());
  EXPECT_EQ(s.FlagsOf(doc)->size(), flags.size());
}

std::string Ad(const std::string& id, const std::string& text) {
  return R"({"id": ")" + id + R"(", "kind": "sex", "text": ")" + text +
         R"("})"
         "\n";
}

std::vector<std::string> IndicatorsOf(store::CaseStore& s, const std::string& source_id) {
  const std::vector<int64_t> ids = *s.FindBySourceId(source_id, "");
  const std::vector<store::StoredFlag> flags = *s.FlagsOf(ids.at(0));
  std::vector<std::string> out;
  for (const auto& f : flags) out.push_back(f.indicator);
  return out;
}

bool Has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST_F(PipelineTest, AccountShownWithThreeDifferentPhonesRaisesAMultinumWithItsEvidence) {
  Import("a.jsonl",
         Ad("1", "Book via t.me/rosegarden_bookings or call 07700 900301") +
             Ad("2", "Book via t.me/rosegarden_bookings or call 07700 900302") +
             Ad("3", "Book via t.me/rosegarden_bookings, call 07700 900303 or 07700 900301") +
             // Another account with two numbers only: never this indicator.
             Ad("4", "Write to lily.booking@mail.example or call 07700 900401") +
             Ad("5", "Write to lily.booking@mail.example or call 07700 900402") +
             // The account alone, without a number: not linked.
             Ad("6", "Book via t.me/rosegarden_bookings"));
  AnalyzeOptions options;
  options.rules = RealRules();
  auto r = Analyze(*case_, options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(StageNamed(*r, "structural").found["A-MULTINUM"], 3);

  store::CaseStore& s = case_->store();
  for (const char* id : {"1", "2", "3"}) EXPECT_TRUE(Has(IndicatorsOf(s, id), "A-MULTINUM")) << id;
  for (const char* id : {"4", "5", "6"}) EXPECT_FALSE(Has(IndicatorsOf(s, id), "A-MULTINUM")) << id;

  const int64_t doc = (*s.FindBySourceId("2", ""))[0];
  const auto flags = *s.FlagsOf(doc);
  const auto it = std::find_if(flags.begin(), flags.end(),
                               [](const auto& f) { return f.indicator == "A-MULTINUM"; });
  ASSERT_NE(it, flags.end());
  EXPECT_TRUE(it->structural);
  EXPECT_EQ(it->family, "AUT");
  const auto evidence = nlohmann::json::parse(it->evidence_json);
  EXPECT_EQ(evidence["type"], "handle");
  EXPECT_EQ(evidence["value"], "telegram:rosegarden_bookings");
  EXPECT_EQ(evidence["phones"],
            (std::vector<std::string>{"+447700900301", "+447700900302", "+447700900303"}));
  std::vector<int64_t> expected_docs;
  for (const char* id : {"1", "2", "3"}) expected_docs.push_back((*s.FindBySourceId(id, ""))[0]);
  EXPECT_EQ(evidence["documents"].get<std::vector<int64_t>>(), expected_docs);
  EXPECT_NE(evidence["benign_explanations"].get<std::string>().find("change numbers"),
            std::string::npos);
  EXPECT_NE(it->why.find("3 different phone numbers"), std::string::npos) << it->why;
  EXPECT_NE(it->why.find("telegram:rosegarden_bookings"), std::string::npos) << it->why;
  auto score = s.ScoreOf(doc);
  ASSERT_TRUE(score.ok() && score->has_value());
  EXPECT_NE((*score)->contributions_json.find("A-MULTINUM"), std::string::npos);

  // Running again recomputes, never doubles.
  ASSERT_TRUE(Analyze(*case_, options).ok());
  EXPECT_EQ(s.FlagsOf(doc)->size(), flags.size());
}

TEST_F(PipelineTest, GenericNumbersNeverCountTowardsAMultinum) {
  // A platform's own support number on every ad is generic (StructuralOptions::generic_*): the
  // account shows only two numbers of its own.
  std::string ads;
  for (int i = 0; i < 30; ++i) {
    ads += Ad("x" + std::to_string(i),
              "Listing " + std::to_string(i) + ". Site support: 07700 900999");
  }
  ads += Ad("1", "Ask for Mia: mia.rooms@mail.example, 07700 900501. Site support: 07700 900999");
  ads += Ad("2", "Ask for Mia: mia.rooms@mail.example, 07700 900502. Site support: 07700 900999");
  Import("a.jsonl", ads);
  AnalyzeOptions options;
  options.rules = RealRules();
  auto r = Analyze(*case_, options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  store::CaseStore& s = case_->store();
  EXPECT_FALSE(Has(IndicatorsOf(s, "1"), "A-MULTINUM"));
  EXPECT_FALSE(Has(IndicatorsOf(s, "2"), "A-MULTINUM"));
  StageSummary structural = StageNamed(*r, "structural");
  EXPECT_EQ(structural.found.count("A-MULTINUM"), 0u);
  EXPECT_GE(structural.found["generic values skipped"], 1);
}

// The incremental structural pass reads the numbers of every ad of an account it recomputes (in one
// query), not only of the new ads: an account whose old ads show two numbers and whose new ad shows
// a third raises A-MULTINUM on all three, listing the three numbers.
TEST_F(PipelineTest, AnAccountsOldAdsLendTheirNumbersWhenANewAdShowsAThird) {
  Import("a.jsonl", Ad("1", "Book via t.me/tulip_bookings or call 07700 900311") +
                        Ad("2", "Book via t.me/tulip_bookings or call 07700 900312"));
  AnalyzeOptions options;
  options.rules = RealRules();
  ASSERT_TRUE(Analyze(*case_, options).ok());
  store::CaseStore& s = case_->store();
  EXPECT_FALSE(Has(IndicatorsOf(s, "1"), "A-MULTINUM"));
  Import("b.jsonl", Ad("3", "Book via t.me/tulip_bookings or call 07700 900313"));
  auto r = Analyze(*case_, options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(StageNamed(*r, "structural").found.count("documents recomputed"), 1u);
  for (const char* id : {"1", "2", "3"}) EXPECT_TRUE(Has(IndicatorsOf(s, id), "A-MULTINUM")) << id;
  const auto flags = *s.FlagsOf((*s.FindBySourceId("1", ""))[0]);
  const auto it = std::find_if(flags.begin(), flags.end(),
                               [](const auto& f) { return f.indicator == "A-MULTINUM"; });
  ASSERT_NE(it, flags.end());
  EXPECT_EQ(nlohmann::json::parse(it->evidence_json)["phones"],
            (std::vector<std::string>{"+447700900311", "+447700900312", "+447700900313"}));
}

// A changed extractor (its revision) or a changed stage number gives the selector stage, and the
// text stage that masks its selectors, another stored version: every document is extracted again.
TEST(StageVersionTest, AnExtractorsRevisionReachesTheSelectorAndTextStagesVersions) {
  std::vector<std::pair<std::string_view, int>> revisions = extract::ExtractorRevisions();
  ASSERT_GE(revisions.size(), 9u);
  const int before = SelectorStageVersion(14, revisions);
  EXPECT_EQ(before, SelectorStageVersion(14, revisions));
  EXPECT_NE(before, SelectorStageVersion(15, revisions));
  revisions.back().second += 1;
  const int after = SelectorStageVersion(14, revisions);
  EXPECT_NE(before, after);
  EXPECT_NE(TextStageVersion(14, before), TextStageVersion(14, after));
  EXPECT_GT(after, 0);
  EXPECT_EQ(StoredVersion("selectors"), SelectorStageVersion(19, extract::ExtractorRevisions()));
}

}  // namespace
}  // namespace ariadne::pipeline

namespace ariadne::pipeline {
namespace {

std::string PlacedAd(const std::string& id, const std::string& text, const std::string& date,
                     const std::string& city) {
  return R"({"id": ")" + id + R"(", "kind": "sex", "posted_at": ")" + date + R"(", "location": ")" +
         city + R"(", "text": ")" + text +
         R"("})"
         "\n";
}

bool HasFlag(store::CaseStore& s, const std::string& source_id, const std::string& indicator) {
  const auto ids = *s.FindBySourceId(source_id, "");
  const auto flags = *s.FlagsOf(ids[0]);
  return std::any_of(flags.begin(), flags.end(),
                     [&](const auto& f) { return f.indicator == indicator; });
}

// Whether the document's stored score counts the indicator (its contributions list it).
bool ScoreCounts(store::CaseStore& s, const std::string& source_id, const std::string& indicator) {
  const auto ids = *s.FindBySourceId(source_id, "");
  const auto score = *s.ScoreOf(ids[0]);
  return score.has_value() &&
         score->contributions_json.find(fmt::format("\"{}\"", indicator)) != std::string::npos;
}

// The triage parts of the stored cluster holding the ad `source_id` (empty: in none).
std::string ClusterPartsOf(store::CaseStore& s, const std::string& source_id) {
  const int64_t id = (*s.FindBySourceId(source_id, ""))[0];
  const std::vector<store::StoredCluster> clusters = *s.Clusters(2, 1000000);
  for (const store::StoredCluster& c : clusters) {
    if (std::find(c.documents.begin(), c.documents.end(), id) != c.documents.end())
      return fmt::format("{} {} {}", c.score, c.band, c.parts_json);
  }
  return "";
}

// The structural flags are computed beside the link and written after it: the link's triage
// still counts the N-PHONE flags the same run raises, whether it links the whole case (the first
// analysis) or only the new ads, as when they were written before it.
TEST_F(PipelineTest, TheLinkCountsTheSharedContactFlagsRaisedInTheSameRun) {
  AnalyzeOptions options;
  options.rules = RealRules();
  std::string first = SexAd("a1", "Anna, 23 years. Call 07700 900311", "2026-03-01") +
                      SexAd("a2", "Bella, 31 years. Call 07700 900311", "2026-03-10") +
                      SexAd("a3", "Carla, 27 years. Call 07700 900311", "2026-03-20") +
                      SexAd("b1", "Dora, 24 years. Call 07700 900322", "2026-03-01") +
                      SexAd("b2", "Eva, 33 years. Call 07700 900322", "2026-03-12");
  for (int i = 0; i < 40; ++i) {
    first += SexAd(fmt::format("solo{}", i), fmt::format("Lady {}, mail solo{}@solo.example", i, i),
                   "2026-04-01");
  }
  Import("a.jsonl", first);
  auto linked = Analyze(*case_, options);
  ASSERT_TRUE(linked.ok()) << linked.status().message();
  EXPECT_EQ(StageNamed(*linked, "link").found.count("new documents linked incrementally"), 0u);
  store::CaseStore& s = case_->store();
  EXPECT_TRUE(HasFlag(s, "a1", "N-PHONE"));
  EXPECT_NE(ClusterPartsOf(s, "a1").find("3 ads show several personas on one contact (N-PHONE)"),
            std::string::npos)
      << ClusterPartsOf(s, "a1");
  // Two personas: no N-PHONE, until a third arrives with the next import.
  EXPECT_FALSE(HasFlag(s, "b1", "N-PHONE"));
  EXPECT_EQ(ClusterPartsOf(s, "b1").find("N-PHONE"), std::string::npos);
  const std::string second = SexAd("b3", "Fay, 28 years. Call 07700 900322", "2026-03-20");
  Import("b.jsonl", second);
  auto added = Analyze(*case_, options);
  ASSERT_TRUE(added.ok()) << added.status().message();
  EXPECT_EQ(StageNamed(*added, "link").found.count("new documents linked incrementally"), 1u);
  EXPECT_TRUE(HasFlag(s, "b1", "N-PHONE"));
  EXPECT_NE(ClusterPartsOf(s, "b1").find("3 ads show several personas on one contact (N-PHONE)"),
            std::string::npos)
      << ClusterPartsOf(s, "b1");

  // The same ads analysed at once give the same clusters.
  testing::TempDir other;
  store::CaseInfo info{"p", "tests", "synthetic", 7, "GB", "", "", 0};
  auto whole = store::Case::Create(other / "case", info);
  ASSERT_TRUE(whole.ok()) << whole.status().message();
  ASSERT_TRUE(
      capture::ImportFile(**whole, other.Write("all.jsonl", first + second), "", {}, {}).ok());
  ASSERT_TRUE(Analyze(**whole, options).ok());
  for (const char* id : {"a1", "b1", "b3"})
    EXPECT_EQ(ClusterPartsOf(s, id), ClusterPartsOf((*whole)->store(), id)) << id;
}

const std::string kTemplate =
    "Sweet new girl in the city centre, discreet apartment with parking, real photos and no "
    "rush, open every day from noon until late at night, just send a message and come";

TEST_F(PipelineTest, NearIdenticalTextForThreePersonasRaisesNTextWithoutAnySharedContact) {
  Import("a.jsonl",
         PlacedAd("1", "Anna, 23 years. " + kTemplate + ". 07700 900111", "2026-03-01", "") +
             PlacedAd("2", "Bella, 31 years. " + kTemplate + ". 07700 900222", "2026-03-08", "") +
             PlacedAd("3", "Carla, 27 years. " + kTemplate + ". 07700 900333", "2026-03-15", "") +
             PlacedAd("4", "Dana, 29 years. Quiet flat near the park, call 07700 900444",
                      "2026-03-15", ""));
  AnalyzeOptions options;
  options.rules = RealRules();
  auto r = Analyze(*case_, options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  store::CaseStore& s = case_->store();
  for (const char* id : {"1", "2", "3"}) EXPECT_TRUE(HasFlag(s, id, "N-TEXT")) << id;
  EXPECT_FALSE(HasFlag(s, "4", "N-TEXT"));
  EXPECT_EQ(StageNamed(*r, "network flags").found["N-TEXT"], 3);
}

TEST_F(PipelineTest, PersonasArrivingInTheSameCitiesTogetherRaiseNGeoButOneTouringPersonaDoesNot) {
  std::string ads;
  const char* cities[] = {"Leeds", "York", "Hull"};
  int n = 0;
  for (int week = 0; week < 3; ++week) {
    const std::string date = "2026-03-0" + std::to_string(1 + week * 3);
    // Two personas of one network (one number), arriving together in each city.
    ads += PlacedAd(std::to_string(++n), "Anna, 23 years. Call 07700 900111", date, cities[week]);
    ads += PlacedAd(std::to_string(++n), "Bella, 31 years. Call 07700 900111", date, cities[week]);
    // One independent touring alone.
    ads += PlacedAd(std::to_string(++n), "Eva, 25 years, on tour. Call 07700 900555", date,
                    cities[week]);
  }
  Import("a.jsonl", ads);
  AnalyzeOptions options;
  options.rules = RealRules();
  auto r = Analyze(*case_, options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  store::CaseStore& s = case_->store();
  for (int i = 1; i <= 9; ++i) {
    const bool network = i % 3 != 0;
    EXPECT_EQ(HasFlag(s, std::to_string(i), "N-GEO"), network) << i;
  }
}

std::string JobAd(const std::string& id, const std::string& employer, const std::string& text) {
  nlohmann::json ad = {{"id", id},
                       {"text", text},
                       {"kind", "labour"},
                       {"site", "jobs.example"},
                       {"posted_at", "2026-03-01"}};
  if (!employer.empty()) ad["employer"] = employer;
  return ad.dump() + "\n";
}

TEST_F(PipelineTest,
       OneContactForJobAdsOfThreeEmployersRaisesJRepostButOneAgencysManyRolesDoesNot) {
  Import("jobs.jsonl",
         // A recruiter fronting for three "companies" with one number.
         JobAd("1", "Euro Work Agency", "Warehouse staff wanted in Rotterdam. Call 07700 900111") +
             JobAd("2", "Global Staff Solutions", "Drivers needed now, apply on 07700 900111") +
             JobAd("3", "EURO-WORK agency.", "Cleaners for hotels, ring 07700 900111 today") +
             JobAd("4", "Prime Recruit", "Pickers for a farm in Spain. Phone 07700 900111") +
             // A staffing agency: one name, many roles, one number.
             JobAd("5", "Northfield Staffing", "Forklift drivers, call 07700 900222") +
             JobAd("6", "Northfield Staffing", "Care assistants, call 07700 900222") +
             JobAd("7", "Northfield Staffing", "Chefs and kitchen porters, call 07700 900222") +
             JobAd("8", "Northfield Staffing", "Office cleaners, call 07700 900222") +
             // Ads that name no employer never count towards the employers.
             JobAd("9", "", "Fruit pickers wanted, call 07700 900333") +
             JobAd("10", "", "Packers wanted, call 07700 900333") +
             JobAd("11", "Sunrise Farms", "Harvest helpers, call 07700 900333"));
  AnalyzeOptions options;
  options.rules = RealRules();
  auto r = Analyze(*case_, options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  store::CaseStore& s = case_->store();
  for (int i = 1; i <= 11; ++i) {
    EXPECT_EQ(HasFlag(s, std::to_string(i), "J-REPOST"), i <= 4) << i;
  }
  const auto ids = *s.FindBySourceId("1", "");
  const std::vector<store::StoredFlag> flags = *s.FlagsOf(ids[0]);
  int checked = 0;
  for (const auto& f : flags) {
    if (f.indicator != "J-REPOST") continue;
    ++checked;
    const auto evidence = nlohmann::json::parse(f.evidence_json);
    EXPECT_EQ(evidence["value"], "+447700900111");
    EXPECT_EQ(evidence["documents"].size(), 4u);
    // "Euro Work Agency" and "EURO-WORK agency." are one employer.
    EXPECT_EQ(evidence["employers"].size(), 3u);
    EXPECT_NE(f.why.find("3 different employers"), std::string::npos) << f.why;
  }
  EXPECT_EQ(checked, 1);
  EXPECT_EQ(StageNamed(*r, "network flags").found["J-REPOST"], 4);
}

// Ads of a few planted networks: numbers and accounts shared by several personas (stated ages)
// within a month, accounts shown with several numbers, and ads that copy one template. `first` is
// the first ad's number in the stream: a second part adds personas to the first part's numbers and
// numbers to its accounts.
std::string NetworkAds(int first, int count) {
  const std::vector<std::string> names = {"Anna", "Bella", "Carla", "Dora", "Eva", "Fay"};
  std::string out;
  for (int i = first; i < first + count; ++i) {
    const int age = 21 + (i * 7) % 13;
    const std::string day = fmt::format("2026-03-{:02d}", 1 + (i * 5) % 28);
    std::string text = fmt::format("{}, {} years. Call 07700 900{:03d}", names[i % names.size()],
                                   age, 100 + i % 23);
    if (i % 4 == 0) text += fmt::format(" or t.me/booking_{}", i % 5);
    if (i % 5 == 0) text += fmt::format(", mail desk{}@mail.example", i % 3);
    if (i % 6 == 0) text += ". " + std::string(kTemplate);
    out += PlacedAd(std::to_string(i), text, day, i % 2 == 0 ? "Leeds" : "York");
  }
  return out;
}

// Every flag and score of the case, one line per document (by source id), in a stable order.
std::map<std::string, std::string> FlagsAndScores(store::CaseStore& s) {
  std::map<std::string, std::string> out;
  const std::vector<int64_t> ids = *s.DocumentIds();
  for (int64_t id : ids) {
    const Document doc = *s.GetDocument(id);
    std::vector<std::string> lines;
    const std::vector<store::StoredFlag> flags = *s.FlagsOf(id);
    for (const store::StoredFlag& f : flags) {
      lines.push_back(fmt::format("{} {} {} {} | {} | {} | {}", f.indicator, f.structural, f.weight,
                                  f.spans_json, f.why, f.evidence_json, f.matched_json));
    }
    std::sort(lines.begin(), lines.end());
    const auto score = *s.ScoreOf(id);
    std::string line = fmt::format("#{}:", id);
    for (const std::string& l : lines) line += "\n  " + l;
    if (score.has_value()) {
      line += fmt::format("\n  score {} {} {} {} {} {}", score->score, score->band,
                          score->fraud_score, score->fraud_band, score->contributions_json,
                          score->fraud_contributions_json);
    }
    out[doc.source_id] = line;
  }
  return out;
}

// A text of made-up words that shares no shingle with another's (a job ad of its own).
std::string UnlikeAnyOther(int seed) {
  uint32_t x = 2654435761u * static_cast<uint32_t>(seed + 1);
  std::string out;
  for (int word = 0; word < 6; ++word) {
    if (word > 0) out += ' ';
    for (int letter = 0; letter < 5; ++letter) {
      x = x * 1103515245u + 12345u;
      out += static_cast<char>('a' + (x >> 16) % 26);
    }
  }
  return out;
}

// A job ad on a number that 40 job ads of the two imports show (one ad in 20 of the second, 744
// ads: generic), 30 of them in the first (of 718 ads: under one in 20, not generic).
std::string CommonNumberJobAd(int i) {
  return JobAd(fmt::format("common{}", i), fmt::format("Firm {}", i % 4),
               UnlikeAnyOther(i) + ", call 07700 900777");
}

// A second template, for three ads of three personas (N-TEXT) and no other evidence.
const std::string kOtherTemplate =
    "Elegant companion visiting for a few days only, hotel visits and dinner dates, book ahead "
    "by text message to";

// The two imports of the incremental tests. Beside the planted networks (NetworkAds), each
// network flag's scoped path has a case: the second part
// - reposts an old job ad's number for a third employer (J-REPOST on the old ads too),
// - adds job ads to a number on 30 job ads, which makes it generic (its J-REPOST flags go),
// - brings two personas of one number to a second city together (N-GEO on their old ads),
// - adds a third persona's ad to a text two ads shared (N-TEXT on the old ads). Independent ads
// with their own addresses keep the part the new ads touch small enough for an incremental link.
std::string AddedCorpus(int part) {
  std::string out = part == 0 ? NetworkAds(0, 80) : NetworkAds(80, 12);
  if (part == 0) {
    for (int i = 0; i < 600; ++i) {
      out += SexAd(fmt::format("solo{}", i), fmt::format("Lady {}, mail solo{}@solo.example", i, i),
                   "2026-04-01");
    }
    out +=
        JobAd("repost1", "Euro Work Agency", "Warehouse staff wanted in Rotterdam, 07700 900501") +
        JobAd("repost2", "Global Staff Solutions", "Drivers needed now, call 07700 900501");
    for (int i = 0; i < 30; ++i) out += CommonNumberJobAd(i);
    out +=
        PlacedAd("text-a", "Mia, 22 years. " + kOtherTemplate + " 07700 900650", "2026-06-01", "") +
        PlacedAd("text-b", "Nina, 28 years. " + kOtherTemplate + " 07700 900651", "2026-06-03", "");
  } else {
    out +=
        JobAd("repost3", "Prime Recruit", "Pickers for a farm in Spain, phone 07700 900501") +
        PlacedAd("text-c", "Olga, 35 years. " + kOtherTemplate + " 07700 900652", "2026-06-05", "");
  }
  if (part == 1) {
    for (int i = 30; i < 40; ++i) out += CommonNumberJobAd(i);
  }
  // Two personas of one number: Leeds, then York together (one shared arrival); then Hull.
  const std::vector<std::tuple<std::string, std::string, std::string>> stops =
      part == 0 ? std::vector<std::tuple<std::string, std::string, std::string>>{{"a", "2026-05-01",
                                                                                  "Leeds"},
                                                                                 {"b", "2026-05-05",
                                                                                  "York"}}
                : std::vector<std::tuple<std::string, std::string, std::string>>{
                      {"c", "2026-05-10", "Hull"}};
  for (const auto& [stop, date, city] : stops) {
    out += PlacedAd("geo-x-" + stop, "Xena, 24 years. Call 07700 900600", date, city) +
           PlacedAd("geo-y-" + stop, "Yola, 33 years. Call 07700 900600", date, city);
  }
  return out;
}

// Adding ads to an analysed case and analysing again writes only the documents whose flags
// changed; the case must then hold exactly what analysing it from scratch gives.
TEST_F(PipelineTest, AnAddedImportAnalysedGivesTheFlagsAndScoresOfAnalysingEverythingAtOnce) {
  AnalyzeOptions options;
  options.rules = RealRules();
  Import("a.jsonl", AddedCorpus(0));
  auto first = Analyze(*case_, options);
  ASSERT_TRUE(first.ok()) << first.status().message();
  store::CaseStore& s = case_->store();
  EXPECT_FALSE(HasFlag(s, "repost1", "J-REPOST"));
  EXPECT_TRUE(HasFlag(s, "common0", "J-REPOST"));
  EXPECT_TRUE(ScoreCounts(s, "common0", "J-REPOST"));
  EXPECT_FALSE(HasFlag(s, "geo-x-a", "N-GEO"));
  EXPECT_FALSE(HasFlag(s, "text-a", "N-TEXT"));
  Import("b.jsonl", AddedCorpus(1));
  auto added = Analyze(*case_, options);
  ASSERT_TRUE(added.ok()) << added.status().message();
  // Documents analysed before were recomputed too (they share numbers with the new ones), and
  // some were rewritten.
  const StageSummary structural = StageNamed(*added, "structural");
  EXPECT_GT(structural.rescored, 0);
  EXPECT_GT(structural.found.at("documents recomputed"), 12);
  // The link was incremental, and the network flags were recomputed for its region only.
  EXPECT_EQ(StageNamed(*added, "link").found.count("new documents linked incrementally"), 1u);
  const StageSummary network = StageNamed(*added, "network flags");
  ASSERT_EQ(network.found.count("documents recomputed"), 1u);
  EXPECT_LT(network.found.at("documents recomputed"), 200);
  EXPECT_GT(network.rescored, 0);
  // Each network flag's case changed old ads.
  EXPECT_TRUE(HasFlag(s, "repost1", "J-REPOST"));
  EXPECT_FALSE(HasFlag(s, "common0", "J-REPOST"));
  // Their scores follow (re-scoring writes only the scores that differ: never one that changed).
  EXPECT_TRUE(ScoreCounts(s, "repost1", "J-REPOST"));
  EXPECT_FALSE(ScoreCounts(s, "common0", "J-REPOST"));
  EXPECT_TRUE(HasFlag(s, "geo-x-a", "N-GEO"));
  EXPECT_TRUE(HasFlag(s, "geo-y-b", "N-GEO"));
  EXPECT_TRUE(HasFlag(s, "text-a", "N-TEXT"));
  EXPECT_TRUE(HasFlag(s, "text-b", "N-TEXT"));

  testing::TempDir other;
  store::CaseInfo info{"p", "tests", "synthetic", 7, "GB", "", "", 0};
  auto whole = store::Case::Create(other / "case", info);
  ASSERT_TRUE(whole.ok()) << whole.status().message();
  for (const auto& [name, ads] :
       {std::pair{"a.jsonl", AddedCorpus(0)}, std::pair{"b.jsonl", AddedCorpus(1)}}) {
    ASSERT_TRUE(capture::ImportFile(**whole, other.Write(name, ads), "", {}, {}).ok());
  }
  auto at_once = Analyze(**whole, options);
  ASSERT_TRUE(at_once.ok()) << at_once.status().message();
  // Not every flagged document was rewritten.
  EXPECT_LT(structural.rescored, StageNamed(*at_once, "structural").documents);

  const auto incremental = FlagsAndScores(case_->store());
  const auto scratch = FlagsAndScores((*whole)->store());
  ASSERT_EQ(incremental.size(), scratch.size());
  int structural_flags = 0;
  for (const auto& [source_id, line] : scratch) {
    EXPECT_EQ(incremental.at(source_id), line) << "ad " << source_id;
    structural_flags += line.find(" 1 ") != std::string::npos;
  }
  EXPECT_GT(structural_flags, 10);  // the corpus does raise case-wide flags
}

// A case-wide pass run again over the whole case writes only documents whose flags differ from
// the stored ones: on an unchanged case, none (each document's flags are compared field by field
// with what it holds; neither a flag rewritten nor a score computed again).
TEST_F(PipelineTest, PassesRunAgainOverAnUnchangedCaseRewriteNoDocument) {
  AnalyzeOptions options;
  options.rules = RealRules();
  Import("a.jsonl", AddedCorpus(0));
  Import("b.jsonl", AddedCorpus(1));
  auto first = Analyze(*case_, options);
  ASSERT_TRUE(first.ok()) << first.status().message();
  const auto analysed = FlagsAndScores(case_->store());
  PassChanges whole;
  whole.contacts_version = -1;  // not the selector stage's: the structural pass redoes the case
  auto structural = RunStructuralFlags(*case_, *options.rules, whole);
  ASSERT_TRUE(structural.ok()) << structural.status().message();
  EXPECT_EQ(structural->found.count("documents recomputed"), 0u);  // the whole case
  EXPECT_GT(structural->documents, 5);
  EXPECT_EQ(structural->rescored, 0);
  auto network = RunNetworkFlags(*case_, *options.rules, {});  // no incremental link: whole
  ASSERT_TRUE(network.ok()) << network.status().message();
  EXPECT_EQ(network->found.count("documents recomputed"), 0u);
  EXPECT_GT(network->documents, 5);
  EXPECT_EQ(network->rescored, 0);
  EXPECT_EQ(FlagsAndScores(case_->store()), analysed);
}

// Each stage keeps a watermark (every document up to it done at the stage's version), so that
// the next run finds the pending documents after it without counting the done ones; a watermark
// of another version is not trusted.
TEST_F(PipelineTest, EachStageStartsAfterItsWatermarkAndMovesItWithEveryBatch) {
  std::string ads;
  for (int i = 0; i < 5; ++i) {
    ads += fmt::format(R"({{"id": "{}", "text": "Call 07700 900{:03d}"}})"
                       "\n",
                       i, 100 + i);
  }
  Import("a.jsonl", ads);
  AnalyzeOptions options;
  options.batch_size = 2;
  int64_t progress = 0;
  options.on_progress = [&](const StageProgress& p) {
    if (p.stage == "selectors") progress = p.done;
  };
  auto first = Analyze(*case_, options);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(StageNamed(*first, "selectors").documents, 5);
  EXPECT_EQ(progress, 5);
  const int64_t last = *case_->store().LastDocumentId();
  for (const auto& [stage, version] : {std::pair{"stage selectors", StoredVersion("selectors")},
                                       std::pair{"stage text", StoredVersion("text")}}) {
    auto mark = case_->store().GetPassState(stage);
    ASSERT_TRUE(mark.ok() && mark->has_value()) << stage;
    EXPECT_EQ((*mark)->last_document, last) << stage;
    // selectors 7: the title's contacts too; text 7: look-alike and styled letters read as plain
    EXPECT_EQ((*mark)->version, version) << stage;
  }
  // The documents the watermarks cover have no done rows of their own.
  EXPECT_EQ(*case_->store().CountPendingStage("selectors", StoredVersion("selectors")), 5);
  EXPECT_EQ(*case_->store().CountPendingStage("text", StoredVersion("text")), 5);
  // A watermark of another version (the stage last ran at another version): every document is
  // done again, and the watermark moves back to this version.
  ASSERT_TRUE(case_->store().Begin().ok());
  ASSERT_TRUE(case_->store().PutPassState({"stage selectors", 99, 1, {}}).ok());
  ASSERT_TRUE(case_->store().Commit().ok());
  EXPECT_EQ(Analyzed(), 5);
  auto mark = case_->store().GetPassState("stage selectors");
  ASSERT_TRUE(mark.ok() && mark->has_value());
  EXPECT_EQ((*mark)->version, StoredVersion("selectors"));
  EXPECT_EQ((*mark)->last_document, last);
  Import("b.jsonl", R"({"id": "9", "text": "Call 07700 900999"})"
                    "\n");
  EXPECT_EQ(Analyzed(), 1);
  EXPECT_EQ((*case_->store().GetPassState("stage selectors"))->last_document, last + 1);
}

// The stages compute each batch on a worker thread while the last one is stored: what they store
// is what one thread computing and storing each document in turn stores.
TEST_F(PipelineTest, ComputingOnTheWorkerThreadStoresWhatOneThreadStores) {
  AnalyzeOptions options;
  options.rules = RealRules();
  options.batch_size = 7;  // many batches: the worker computes one while the next is read
  Import("a.jsonl", NetworkAds(0, 80));
  auto threaded = Analyze(*case_, options);
  ASSERT_TRUE(threaded.ok()) << threaded.status().message();

  testing::TempDir other;
  store::CaseInfo info{"p", "tests", "synthetic", 7, "GB", "", "", 0};
  auto single = store::Case::Create(other / "case", info);
  ASSERT_TRUE(single.ok()) << single.status().message();
  ASSERT_TRUE(
      capture::ImportFile(**single, other.Write("a.jsonl", NetworkAds(0, 80)), "", {}, {}).ok());
  ::setenv("ARIADNE_ANALYZE_THREADS", "1", 1);
  options.batch_size = 500;
  auto one_thread = Analyze(**single, options);
  ::unsetenv("ARIADNE_ANALYZE_THREADS");
  ASSERT_TRUE(one_thread.ok()) << one_thread.status().message();

  for (const char* stage : {"selectors", "text", "flags"}) {
    EXPECT_EQ(StageNamed(*threaded, stage).documents, 80) << stage;
    EXPECT_EQ(StageNamed(*threaded, stage).found, StageNamed(*one_thread, stage).found) << stage;
  }
  EXPECT_EQ(FlagsAndScores(case_->store()), FlagsAndScores((*single)->store()));
  const std::vector<int64_t> ids = *case_->store().DocumentIds();
  for (int64_t id : ids) {
    const auto a = *case_->store().SelectorsOf(id);
    const auto b = *(*single)->store().SelectorsOf(id);
    ASSERT_EQ(a.size(), b.size()) << "document " << id;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(std::tie(a[i].type, a[i].value, a[i].start, a[i].end, a[i].details_json),
                std::tie(b[i].type, b[i].value, b[i].start, b[i].end, b[i].details_json));
    }
  }
}

// Each document's detected language and stored text signature (shingles, signature bytes), one
// line each in id order.
std::vector<std::string> LanguagesAndSignatures(const std::filesystem::path& case_dir) {
  std::vector<std::string> out;
  auto db = store::sqlite::OpenCaseDb(case_dir);
  EXPECT_TRUE(db.ok()) << db.status().message();
  if (!db.ok()) return out;
  auto st = (*db)->Prepare(
      "SELECT d.id, coalesce(l.lang, '-'), t.shingles, hex(t.signature) FROM documents d "
      "JOIN text_signatures t ON t.document_id = d.id LEFT JOIN document_langs l ON "
      "l.document_id = d.id ORDER BY 1");
  EXPECT_TRUE(st.ok()) << st.status().message();
  if (!st.ok()) return out;
  EXPECT_TRUE(st->ForEachRow([&] {
                  out.push_back(
                      fmt::format("{} {} {} {}", st->Int(0), st->Text(1), st->Int(2), st->Text(3)));
                }).ok());
  return out;
}

// After an import the selector, text and flag stages run at once (each document read once, one
// transaction per batch for the three): what they store, and the counts they report, are what the
// three stages store run one after the other (forced here by a text watermark behind the others).
TEST_F(PipelineTest, TheThreeStagesRunTogetherStoreWhatEachStoresRunAlone) {
  AnalyzeOptions options;
  options.rules = RealRules();
  options.batch_size = 7;
  std::map<std::string, int64_t> progress;
  options.on_progress = [&](const StageProgress& p) { progress[p.stage] = p.done; };
  Import("a.jsonl", NetworkAds(0, 40));
  ASSERT_TRUE(Analyze(*case_, options).ok());
  Import("b.jsonl", NetworkAds(40, 40));
  progress.clear();
  auto together = Analyze(*case_, options);
  ASSERT_TRUE(together.ok()) << together.status().message();
  EXPECT_EQ(progress["selectors"], 40);
  EXPECT_EQ(progress.count("text"), 0u);  // done with the selectors
  EXPECT_EQ(progress.count("flags"), 0u);

  testing::TempDir other;
  store::CaseInfo info{"p", "tests", "synthetic", 7, "GB", "", "", 0};
  auto alone_case = store::Case::Create(other / "case", info);
  ASSERT_TRUE(alone_case.ok()) << alone_case.status().message();
  store::Case& c = **alone_case;
  ASSERT_TRUE(capture::ImportFile(c, other.Write("a.jsonl", NetworkAds(0, 40)), "", {}, {}).ok());
  ASSERT_TRUE(Analyze(c, options).ok());
  const int64_t first_last = *c.store().LastDocumentId();
  ASSERT_TRUE(capture::ImportFile(c, other.Write("b.jsonl", NetworkAds(40, 40)), "", {}, {}).ok());
  // The text watermark one document behind, that document done by a row of its own.
  ASSERT_TRUE(c.store().Begin().ok());
  ASSERT_TRUE(
      c.store().PutPassState({"stage text", StoredVersion("text"), first_last - 1, {}}).ok());
  ASSERT_TRUE(c.store().MarkStageDone(first_last, "text", StoredVersion("text")).ok());
  ASSERT_TRUE(c.store().Commit().ok());
  progress.clear();
  auto alone = Analyze(c, options);
  ASSERT_TRUE(alone.ok()) << alone.status().message();
  EXPECT_EQ(progress["text"], 40);
  EXPECT_EQ(progress["flags"], 40);

  for (const char* stage : {"selectors", "text", "flags"}) {
    EXPECT_EQ(StageNamed(*together, stage).documents, 40) << stage;
    EXPECT_EQ(StageNamed(*together, stage).found, StageNamed(*alone, stage).found) << stage;
  }
  EXPECT_EQ(FlagsAndScores(case_->store()), FlagsAndScores(c.store()));
  EXPECT_EQ(LanguagesAndSignatures(dir_ / "case"), LanguagesAndSignatures(other / "case"));
  EXPECT_EQ(LanguagesAndSignatures(dir_ / "case").size(), 80u);
  const auto ids = case_->store().DocumentIds();  // a range-for would not keep the Result alive
  ASSERT_TRUE(ids.ok());
  for (int64_t id : *ids) {
    const auto a = *case_->store().SelectorsOf(id);
    const auto b = *c.store().SelectorsOf(id);
    ASSERT_EQ(a.size(), b.size()) << "document " << id;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(std::tie(a[i].type, a[i].value, a[i].start, a[i].end, a[i].details_json),
                std::tie(b[i].type, b[i].value, b[i].start, b[i].end, b[i].details_json));
    }
  }
  // Every stage's watermark is at the last document, and nothing is left to do.
  const int64_t last = *case_->store().LastDocumentId();
  for (const char* stage : {"stage selectors", "stage text"}) {
    auto mark = case_->store().GetPassState(stage);
    ASSERT_TRUE(mark.ok() && mark->has_value()) << stage;
    EXPECT_EQ((*mark)->last_document, last) << stage;
  }
  auto again = Analyze(*case_, options);
  ASSERT_TRUE(again.ok());
  for (const char* stage : {"selectors", "text", "flags"}) {
    EXPECT_EQ(StageNamed(*again, stage).documents, 0) << stage;
  }
}

// Rules changed alone (here: candidates on) make the flag stage score every document again from its
// text flags: the case-wide passes must put their flags back into those scores, as a whole run.
TEST_F(PipelineTest, TextFlagsScoredAgainKeepTheCaseWideFlagsInEveryScore) {
  AnalyzeOptions options;
  options.rules = RealRules();
  Import("a.jsonl", NetworkAds(0, 40));
  ASSERT_TRUE(Analyze(*case_, options).ok());
  options.candidates = true;
  auto again = Analyze(*case_, options);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(StageNamed(*again, "flags").documents, 40);

  testing::TempDir other;
  store::CaseInfo info{"p", "tests", "synthetic", 7, "GB", "", "", 0};
  auto whole = store::Case::Create(other / "case", info);
  ASSERT_TRUE(whole.ok()) << whole.status().message();
  ASSERT_TRUE(
      capture::ImportFile(**whole, other.Write("a.jsonl", NetworkAds(0, 40)), "", {}, {}).ok());
  ASSERT_TRUE(Analyze(**whole, options).ok());
  const auto scratch = FlagsAndScores((*whole)->store());
  const auto rerun = FlagsAndScores(case_->store());
  int case_wide = 0;
  for (const auto& [source_id, line] : scratch) {
    EXPECT_EQ(rerun.at(source_id), line) << "ad " << source_id;
    case_wide += line.find("N-PHONE true") != std::string::npos;
  }
  EXPECT_GT(case_wide, 5);
}

// J-REPOST's generic threshold grows with the case too: job ads on a number generic before an
// import are flagged after it although no new ad shows the number and the link leaves them alone.
TEST_F(PipelineTest, JobAdsOnANumberThatStopsBeingGenericAfterAnImportRaiseJRepost) {
  StructuralOptions o;
  o.generic_share = 0.22;  // 20 ads: generic at 4; 23 ads: at 5
  o.generic_min_documents = 3;
  auto rules = RealRules();
  std::string ads = JobAd("1", "Euro Work Agency", "Warehouse staff wanted. Call 07700 900555") +
                    JobAd("2", "Global Staff Solutions", "Drivers needed, call 07700 900555") +
                    JobAd("3", "Prime Recruit", "Pickers for a farm, phone 07700 900555") +
                    JobAd("4", "Sunrise Farms", "Harvest helpers, ring 07700 900555");
  auto solo = [](int i) {
    return SexAd(std::to_string(i), UnlikeAnyOther(i) + fmt::format(". Call 07700 900{}", 600 + i),
                 "2026-03-01");
  };
  for (int i = 5; i <= 20; ++i) ads += solo(i);
  Import("a.jsonl", ads);
  AnalyzeOptions selectors_only;  // the link and the network flags run below with `o`
  selectors_only.link = false;
  auto link_and_flag = [&]() -> StageSummary {
    auto linked = link::LinkNewDocuments(*case_);
    EXPECT_TRUE(linked.ok()) << linked.status().message();
    if (!linked.ok()) return {};
    PassChanges changes;
    changes.link = {linked->incremental,    linked->linked_after,    linked->last_document,
                    linked->region,         linked->region_contacts, linked->region_links,
                    linked->region_clusters};
    auto r = RunNetworkFlags(*case_, *rules, changes, o);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : StageSummary{};
  };
  ASSERT_TRUE(Analyze(*case_, selectors_only).ok());
  link_and_flag();  // the whole case: the number is on 4 of 20 ads, generic
  EXPECT_FALSE(HasFlag(case_->store(), "1", "J-REPOST"));
  std::string more;
  for (int i = 21; i <= 23; ++i) more += solo(i);
  Import("b.jsonl", more);
  ASSERT_TRUE(Analyze(*case_, selectors_only).ok());
  const StageSummary added = link_and_flag();                // 4 of 23 ads: no longer generic
  ASSERT_EQ(added.found.count("documents recomputed"), 1u);  // incremental
  EXPECT_EQ(added.found.at("documents recomputed"), 7);      // 3 new ads and the number's 4
  for (int i = 1; i <= 4; ++i) EXPECT_TRUE(HasFlag(case_->store(), std::to_string(i), "J-REPOST"));
}

// The generic threshold grows with the case: a number generic before an import can stop being
// generic although no new ad shows it, and its ads are then flagged as a whole run would flag them.
TEST_F(PipelineTest, ANumberThatStopsBeingGenericAfterAnImportIsFlaggedAsInAWholeRun) {
  StructuralOptions o;
  o.generic_share = 0.3;  // 10 ads: generic at 3; 20 ads: at 6
  o.generic_min_documents = 3;
  auto rules = RealRules();
  std::string ads;
  for (int i = 0; i < 4; ++i) {  // one number, four personas within a month
    ads += SexAd(std::to_string(i), fmt::format("Girl {} years. Call 07700 900555", 21 + i),
                 fmt::format("2026-03-{:02d}", 1 + i));
  }
  for (int i = 4; i < 10; ++i) {
    ads += SexAd(std::to_string(i), fmt::format("Lady {}. Call 07700 900{:03d}", i, 600 + i),
                 "2026-03-01");
  }
  Import("a.jsonl", ads);
  AnalyzeOptions options;  // selectors only: the structural pass runs below with `o`
  ASSERT_TRUE(Analyze(*case_, options).ok());
  auto run = [&](store::Case& c) {
    auto r = RunStructuralFlags(c, *rules, {}, o);
    EXPECT_TRUE(r.ok()) << r.status().message();
  };
  run(*case_);  // complete: the number is on 4 of 10 ads, generic
  EXPECT_FALSE(HasFlag(case_->store(), "0", "N-PHONE"));
  std::string more;
  for (int i = 10; i < 20; ++i) {
    more += SexAd(std::to_string(i), fmt::format("Lady {}. Call 07700 900{:03d}", i, 600 + i),
                  "2026-03-01");
  }
  Import("b.jsonl", more);
  ASSERT_TRUE(Analyze(*case_, options).ok());
  run(*case_);  // incremental (no new ad shows the number): 4 of 20 ads, no longer generic
  for (int i = 0; i < 4; ++i) EXPECT_TRUE(HasFlag(case_->store(), std::to_string(i), "N-PHONE"));
}

TEST(EmployerTest, NamesFromTheEmployerOrCompanyFieldCompareWithoutCaseOrPunctuation) {
  EXPECT_EQ(EmployerOf(R"({"employer":"Euro Work Agency"})"), "Euro Work Agency");
  EXPECT_EQ(EmployerOf(R"({"company":"Prime Recruit"})"), "Prime Recruit");
  EXPECT_EQ(EmployerOf(R"({"employer":42})"), "");
  EXPECT_EQ(EmployerOf("not json"), "");
  EXPECT_EQ(EmployerKey("EURO-WORK  agency."), EmployerKey("Euro Work Agency"));
  EXPECT_EQ(EmployerKey("Фирма «Ромашка»"), EmployerKey("фирма ромашка"));
  EXPECT_NE(EmployerKey("Euro Work Ltd"), EmployerKey("Euro Work"));
}

}  // namespace
}  // namespace ariadne::pipeline
