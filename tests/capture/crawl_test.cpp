// The crawler against the fixture ad site on loopback: real HTTP, real case, real WARC files.
#include "capture/crawl.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "capture/import.h"
#include "capture/warc_reader.h"
#include "demo/corpus.h"
#include "demo/fixture_site.h"
#include "store/crawl_state.h"
#include "store/sqlite/sqlite_db.h"
#include "support/run_command.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne::capture {
namespace {

namespace fs = std::filesystem;

class CrawlTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
    Result<std::unique_ptr<store::Case>> c = store::Case::Create(dir_ / "case", info);
    ASSERT_TRUE(c.ok()) << c.status().message();
    case_ = std::move(c).value();
  }

  void StartCorpusSite(int ads) {
    demo::CorpusOptions o;
    o.ads = ads;
    ASSERT_TRUE(demo::GenerateCorpus(dir_ / "corpus", o).ok());
    Result<std::unique_ptr<demo::FixtureSite>> s = demo::FixtureSite::FromCorpus(dir_ / "corpus");
    ASSERT_TRUE(s.ok()) << s.status().message();
    site_ = std::move(*s);
    Result<std::string> base = site_->Start();
    ASSERT_TRUE(base.ok()) << base.status().message();
    base_ = *base;
  }

  void StartAdsSite(std::vector<demo::FixtureAd> ads) {
    site_ = demo::FixtureSite::FromAds(std::move(ads));
    Result<std::string> base = site_->Start();
    ASSERT_TRUE(base.ok());
    base_ = *base;
  }

  CrawlOptions RecipeOptions() {
    Result<Recipe> r = LoadRecipe(std::string(ARIADNE_SOURCE_DIR) + "/recipes/fixture-site.toml");
    EXPECT_TRUE(r.ok()) << r.status().message();
    CrawlOptions o;
    o.recipe = std::make_shared<const Recipe>(std::move(*r));
    o.seeds = {base_ + "/"};
    o.fetch.delay_ms = 0;
    o.fetch.per_host = 2;
    o.on_problem = [this](const std::string& m) { problems_.push_back(m); };
    return o;
  }

  CrawlOptions HostileOptions() {
    CrawlOptions o;
    o.seeds = {base_ + "/nasty/"};
    o.max_depth = 1;
    o.fetch.delay_ms = 0;
    o.fetch.per_host = 4;
    o.fetch.max_bytes = 1 << 20;
    o.fetch.timeout_ms = 8000;
    o.fetch.low_speed_bytes = 100;
    o.fetch.low_speed_seconds = 2;
    o.max_redirects = 4;
    o.on_problem = [this](const std::string& m) { problems_.push_back(m); };
    return o;
  }

  bool HasProblem(const std::string& needle) const {
    for (const auto& p : problems_)
      if (p.find(needle) != std::string::npos) return true;
    return false;
  }

  // One column of one row per URL path suffix, from the crawl's visits.
  std::map<std::string, std::string> Outcomes() {
    auto db = store::sqlite::Db::Open((dir_ / "case" / "case.db").string(), false);
    EXPECT_TRUE(db.ok());
    auto st = (*db)->Prepare("SELECT url, outcome || ' ' || coalesce(error, '') FROM crawl_visits");
    EXPECT_TRUE(st.ok());
    std::map<std::string, std::string> out;
    EXPECT_TRUE(st->ForEachRow([&] { out[st->Text(0).substr(base_.size())] = st->Text(1); }).ok());
    return out;
  }

  std::string DocText(int64_t id) {
    Result<Document> d = case_->store().GetDocument(id);
    return d.ok() ? d->text : "";
  }

  std::string FindDocText(const std::string& url_suffix) {
    Result<std::vector<int64_t>> ids = case_->store().DocumentIds();
    for (int64_t id : *ids) {
      Result<Document> d = case_->store().GetDocument(id);
      if (d.ok() && d->url == base_ + url_suffix) return d->text;
    }
    return "";
  }

  testing::TempDir dir_;
  std::unique_ptr<store::Case> case_;
  std::unique_ptr<demo::FixtureSite> site_;
  std::string base_;
  std::vector<std::string> problems_;
};

TEST_F(CrawlTest, RecipeCrawlStoresEveryAdWithProvenanceImagesAndWarc) {
  StartCorpusSite(100);
  Result<CrawlSummary> s = Crawl(*case_, RecipeOptions());
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(s->complete);
  EXPECT_EQ(s->documents, 100);
  EXPECT_EQ(s->listings, 3);
  EXPECT_EQ(s->errors, 0) << (problems_.empty() ? "" : problems_[0]);
  EXPECT_EQ(s->new_ads, 100);
  EXPECT_GT(s->images, 0);
  // Many pages per import: the crawl's documents are one import of the run, not one per page.
  Result<std::vector<store::ImportRecord>> imports = case_->store().Imports();
  ASSERT_TRUE(imports.ok());
  ASSERT_EQ(imports->size(), 1u);
  EXPECT_EQ((*imports)[0].format, "web-crawl");
  EXPECT_EQ((*imports)[0].options, fmt::format("run={};part=1", s->run_id));
  EXPECT_EQ((*imports)[0].status, "complete");
  EXPECT_EQ((*imports)[0].imported, 100);

  // Fields as the corpus has them.
  std::ifstream corpus(dir_ / "corpus" / "ads.jsonl");
  std::string line;
  std::getline(corpus, line);
  nlohmann::json first = nlohmann::json::parse(line);
  Result<std::vector<int64_t>> ids = case_->store().FindBySourceId(
      first["id"].get<std::string>(), first["site"].get<std::string>());
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 1u);
  Result<Document> d = case_->store().GetDocument(ids->front());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->posted_at, first["posted_at"].get<std::string>());
  EXPECT_EQ(d->kind, first["kind"].get<std::string>());
  EXPECT_EQ(d->region, first["region"].get<std::string>());
  EXPECT_EQ(d->title, first["title"].get<std::string>());
  EXPECT_EQ(d->location, first["location"].get<std::string>());
  // The page is the evidence: its blob holds the bytes the document was read from.
  Result<std::string> page = case_->blobs().Read(d->provenance.blob_sha256);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(static_cast<int64_t>(page->size()), d->provenance.byte_end);
  EXPECT_NE(page->find("<div class=\"ad-text\">"), std::string::npos);
  for (const ImageRef& im : d->images) {
    EXPECT_EQ(im.status, "stored") << im.ref;
    EXPECT_TRUE(case_->blobs().Contains(im.blob_sha256));
  }

  // Every fetch is a request and a response record in the WARC file.
  ASSERT_EQ(s->warc_files.size(), 1u);
  std::ifstream warc(s->warc_files[0], std::ios::binary);
  WarcReader reader(warc, true, 0, 1 << 20);
  WarcRecord r;
  std::map<std::string, int> types;
  std::set<std::string> request_ids;
  int linked = 0;
  while (reader.Next(&r)) {
    ASSERT_TRUE(r.problem.empty()) << r.problem;
    ++types[r.Get("WARC-Type")];
    if (r.Get("WARC-Type") == "request") request_ids.insert(r.Get("WARC-Record-ID"));
    if (r.Get("WARC-Type") == "response") {
      linked += request_ids.count(r.Get("WARC-Concurrent-To")) > 0 ? 1 : 0;
      EXPECT_EQ(r.Get("WARC-Payload-Digest").rfind("sha1:", 0), 0u);
    }
  }
  EXPECT_EQ(types["warcinfo"], 1);
  const int fetches = static_cast<int>(s->pages + s->images) + 1;  // + robots.txt
  EXPECT_EQ(types["request"], fetches);
  EXPECT_EQ(types["response"], fetches);
  EXPECT_EQ(linked, fetches);
}

TEST_F(CrawlTest, AKilledOrLimitedCrawlResumesWhereItStopped) {
  StartCorpusSite(90);
  CrawlOptions o = RecipeOptions();
  o.max_pages = 10;
  o.fetch_images = false;
  Result<CrawlSummary> first = Crawl(*case_, o);
  ASSERT_TRUE(first.ok());
  EXPECT_FALSE(first->complete);
  EXPECT_EQ(first->pages, 10);
  o.max_pages = 0;
  Result<CrawlSummary> second = Crawl(*case_, o);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second->resumed);
  EXPECT_TRUE(second->complete);
  EXPECT_EQ(second->run_id, first->run_id);
  EXPECT_EQ(first->documents + second->documents, 90);
  // Nothing was fetched twice.
  EXPECT_EQ(site_->Hits("/ads/page/1"), 1);
  EXPECT_EQ(first->pages + second->pages, 90 + 3);
  // Each process's part of the run is an import of its own.
  Result<std::vector<store::ImportRecord>> imports = case_->store().Imports();
  ASSERT_TRUE(imports.ok());
  ASSERT_EQ(imports->size(), 2u);
  EXPECT_EQ((*imports)[1].options, fmt::format("run={};part=2", first->run_id));
  EXPECT_EQ((*imports)[0].imported + (*imports)[1].imported, 90);
}

TEST_F(CrawlTest, RobotsTxtIsObeyedAndIgnoringItNeedsARecordedLegalBasis) {
  StartAdsSite({});
  Result<CrawlSummary> s = Crawl(*case_, HostileOptions());
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(site_->Hits("/nasty/disallowed"), 0);
  EXPECT_GE(s->robots_blocked, 1);
  EXPECT_TRUE(HasProblem("robots.txt disallows it"));

  CrawlOptions ignore = HostileOptions();
  ignore.seeds = {base_ + "/nasty/disallowed"};
  ignore.obey_robots = false;
  Result<CrawlSummary> refused = Crawl(*case_, ignore);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("legal basis"), std::string::npos);
  ignore.legal_basis = "Test warrant 42";
  Result<CrawlSummary> allowed = Crawl(*case_, ignore);
  ASSERT_TRUE(allowed.ok()) << allowed.status().message();
  EXPECT_EQ(site_->Hits("/nasty/disallowed"), 1);
  auto state = store::CrawlState::Open(*case_);
  ASSERT_TRUE(state.ok());
  Result<std::vector<store::CrawlRun>> runs = (*state)->Runs();
  ASSERT_TRUE(runs.ok());
  EXPECT_EQ(runs->back().robots, "ignored");
  EXPECT_EQ(runs->back().legal_basis, "Test warrant 42");
}

TEST_F(CrawlTest, HostilePagesAreRecordedAndTheCrawlGoesOn) {
  StartAdsSite({});
  Result<CrawlSummary> s = Crawl(*case_, HostileOptions());
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(s->complete);
  std::map<std::string, std::string> out = Outcomes();
  std::string all;
  for (const auto& [k, v] : out) all += k + " -> " + v + "\n";
  SCOPED_TRACE(all);
  // Endless and bomb: stopped at the cap.
  EXPECT_NE(out["/nasty/endless"].find("larger than"), std::string::npos) << out["/nasty/endless"];
  EXPECT_NE(out["/nasty/bomb"].find("larger than"), std::string::npos) << out["/nasty/bomb"];
  // Drip: stopped by the low-speed limit.
  EXPECT_EQ(out["/nasty/drip"].rfind("error", 0), 0u) << out["/nasty/drip"];
  // Redirect loops end: a cycle is fetched once per URL, a chain stops at the limit.
  EXPECT_EQ(site_->Hits("/nasty/loop/a"), 1);
  EXPECT_EQ(site_->Hits("/nasty/loop/b"), 1);
  EXPECT_NE(out["/nasty/redirect/5"].find("more than 4 redirects"), std::string::npos);
  EXPECT_EQ(site_->Hits("/nasty/redirect/6"), 0);
  EXPECT_EQ(out["/nasty/gone"], "http-error HTTP 404");
  EXPECT_EQ(out["/nasty/error"], "http-error HTTP 500");
  // Broken markup and wrong charsets still give readable documents.
  EXPECT_NE(FindDocText("/nasty/malformed").find("07700 900789"), std::string::npos);
  EXPECT_NE(FindDocText("/nasty/cp1251-noheader").find("Москве"), std::string::npos);
  EXPECT_NE(FindDocText("/nasty/cp1251-wrongheader").find("Москве"), std::string::npos);
  EXPECT_NE(FindDocText("/nasty/latin1-meta").find("café"), std::string::npos);
  EXPECT_TRUE(HasProblem("text reads as"));
}

TEST_F(CrawlTest, WatchingRecordsNewChangedAndRemovedAds) {
  std::vector<demo::FixtureAd> ads;
  for (const char* id : {"a1", "a2", "a3"}) {
    demo::FixtureAd a;
    a.id = id;
    a.site = "w.example";
    a.title = std::string("Ad ") + id;
    a.text = std::string("Text of ") + id + ", call 07700 900111";
    a.posted_at = "2026-01-02T03:04:00Z";
    ads.push_back(a);
  }
  StartAdsSite(ads);
  CrawlOptions o = RecipeOptions();
  Result<CrawlSummary> first = Crawl(*case_, o);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->new_ads, 3);
  site_->RemoveAd("a2");
  site_->ChangeAdText("a3", "New text of a3, call 07700 900222");
  o.watch_interval_seconds = 1;
  o.rounds = 2;  // two more rounds: the second sees nothing new
  Result<CrawlSummary> later = Crawl(*case_, o);
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->rounds, 2);
  EXPECT_EQ(later->removed_ads, 1);
  EXPECT_EQ(later->changed_ads, 1);
  EXPECT_EQ(later->new_ads, 0);
  EXPECT_EQ(later->documents, 1);  // the changed text; the rest was seen before
  auto state = store::CrawlState::Open(*case_);
  ASSERT_TRUE(state.ok());
  auto events = [&](const char* id) {
    std::string out;
    Result<std::vector<store::AdEvent>> e = (*state)->Events("w.example", id);
    for (const store::AdEvent& ev : *e) out += (out.empty() ? "" : ",") + ev.event;
    return out;
  };
  EXPECT_EQ(events("a1"), "new");
  EXPECT_EQ(events("a2"), "new,removed");
  EXPECT_EQ(events("a3"), "new,changed");
}

TEST_F(CrawlTest, TheCrawlsWarcImportsAsDocuments) {
  StartCorpusSite(30);
  CrawlOptions o = RecipeOptions();
  o.fetch_images = false;
  Result<CrawlSummary> s = Crawl(*case_, o);
  ASSERT_TRUE(s.ok());
  testing::TempDir other;
  store::CaseInfo info{"t2", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c2 = store::Case::Create(other / "case", info);
  ASSERT_TRUE(c2.ok());
  Result<ImportSummary> imp = ImportFile(**c2, s->warc_files[0], "", {}, {});
  ASSERT_TRUE(imp.ok()) << imp.status().message();
  EXPECT_EQ(imp->format, "warc");
  EXPECT_EQ(imp->imported, 30 + 1);  // the ads and the listing page (robots.txt is not HTML)
  Result<std::vector<int64_t>> ids = (*c2)->store().DocumentIds();
  Result<Document> d = (*c2)->store().GetDocument(ids->front());
  ASSERT_TRUE(d.ok());
  EXPECT_GT(d->provenance.byte_end, d->provenance.byte_start);
}

TEST_F(CrawlTest, AWarcWrittenByWgetImports) {
  if (std::system("command -v wget >/dev/null 2>&1") != 0) GTEST_SKIP() << "wget is not installed";
  StartCorpusSite(5);
  for (const char* compression : {"", " --no-warc-compression"}) {
    const fs::path out = dir_ / (std::string("wget") + (*compression ? "-plain" : ""));
    const std::string cmd = "cd " + dir_.path().string() +
                            " && wget -q --warc-file=" + out.filename().string() + compression +
                            " " + base_ + "/ads/page/1 -O /dev/null";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    const fs::path file = out.string() + (*compression ? ".warc" : ".warc.gz");
    ASSERT_TRUE(fs::exists(file)) << file;
    Result<ImportSummary> imp = ImportFile(*case_, file, "", {}, {});
    ASSERT_TRUE(imp.ok()) << imp.status().message();
    EXPECT_EQ(imp->format, "warc");
    EXPECT_EQ(imp->imported + imp->duplicated, 1) << file;
    EXPECT_EQ(imp->skipped, 0);
  }
  Result<std::vector<int64_t>> ids = case_->store().DocumentIds();
  ASSERT_FALSE(ids->empty());
  EXPECT_NE(DocText(ids->front()).find("Latest ads"), std::string::npos);
}

TEST_F(CrawlTest, AKilledCrawlProcessLeavesAResumableCase) {
  StartCorpusSite(60);
  const std::string recipe = std::string(ARIADNE_SOURCE_DIR) + "/recipes/fixture-site.toml";
  const std::string case_dir = (dir_ / "case").string();
  // SIGKILL mid-crawl: nothing can be flushed or rolled back by the process itself.
  const std::string cmd = "timeout -s KILL 1 " + testing::ShellQuote(ARIADNE_BINARY) +
                          " crawl --quiet --no-images --delay 0.03 --case " +
                          testing::ShellQuote(case_dir) + " --recipe " +
                          testing::ShellQuote(recipe) + " --seed " + base_ + "/ >/dev/null 2>&1";
  (void)std::system(cmd.c_str());
  Result<std::vector<int64_t>> before = case_->store().DocumentIds();
  ASSERT_TRUE(before.ok());
  ASSERT_LT(before->size(), 60u) << "the crawl finished before it was killed";
  testing::CommandResult again =
      testing::RunAriadne(dir_.path(), {"crawl", "--case", case_dir, "--recipe", recipe, "--seed",
                                        base_ + "/", "--delay", "0", "--no-images", "--json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  nlohmann::json j = nlohmann::json::parse(again.out);
  if (!before->empty()) {
    EXPECT_EQ(j["resumed"], true);
  }
  EXPECT_EQ(j["complete"], true);
  Result<std::vector<int64_t>> after = case_->store().DocumentIds();
  EXPECT_EQ(after->size(), 60u);  // every ad once: none lost, none doubled
}

TEST_F(CrawlTest, CommandLineCrawlsResumesAndTestsRecipes) {
  StartCorpusSite(50);
  const std::string recipe = std::string(ARIADNE_SOURCE_DIR) + "/recipes/fixture-site.toml";
  const std::string case_dir = (dir_ / "case").string();
  testing::CommandResult refused = testing::RunAriadne(
      dir_.path(), {"crawl", "--case", case_dir, "--seed", base_ + "/", "--ignore-robots"});
  EXPECT_EQ(refused.exit_code, 65) << refused.err;
  EXPECT_NE(refused.err.find("--legal-basis"), std::string::npos);

  testing::CommandResult first = testing::RunAriadne(
      dir_.path(), {"crawl", "--case", case_dir, "--recipe", recipe, "--seed", base_ + "/",
                    "--delay", "0", "--max-pages", "20", "--no-images", "--json"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  nlohmann::json a = nlohmann::json::parse(first.out);
  EXPECT_EQ(a["pages"], 20);
  EXPECT_EQ(a["complete"], false);
  testing::CommandResult second =
      testing::RunAriadne(dir_.path(), {"crawl", "--case", case_dir, "--recipe", recipe, "--seed",
                                        base_ + "/", "--delay", "0", "--no-images", "--json"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  nlohmann::json b = nlohmann::json::parse(second.out);
  EXPECT_EQ(b["resumed"], true);
  EXPECT_EQ(b["complete"], true);
  EXPECT_EQ(a["documents"].get<int>() + b["documents"].get<int>(), 50);
  testing::CommandResult info =
      testing::RunAriadne(dir_.path(), {"info", "--case", case_dir, "--json"});
  ASSERT_EQ(info.exit_code, 0) << info.err;
  nlohmann::json groups = nlohmann::json::parse(info.out)["counts"]["import_groups"];
  EXPECT_EQ(groups["crawl_runs"], 1);
  EXPECT_EQ(groups["crawl_imports"], 2);
  EXPECT_EQ(groups["crawled_documents"], 50);
  testing::CommandResult info_text = testing::RunAriadne(dir_.path(), {"info", "--case", case_dir});
  EXPECT_NE(info_text.out.find("1 crawl run (2 imports)"), std::string::npos) << info_text.out;

  testing::CommandResult listing =
      testing::RunAriadne(dir_.path(), {"recipe", "test", recipe, base_ + "/ads/page/1", "--json"});
  ASSERT_EQ(listing.exit_code, 0) << listing.err;
  nlohmann::json l = nlohmann::json::parse(listing.out);
  EXPECT_EQ(l["page"], "listing");
  EXPECT_EQ(l["ads"].size(), static_cast<size_t>(demo::kAdsPerPage));
  const std::string ad_url = l["ads"][0].get<std::string>();
  testing::CommandResult ad =
      testing::RunAriadne(dir_.path(), {"recipe", "test", recipe, ad_url, "--json"});
  ASSERT_EQ(ad.exit_code, 0) << ad.err;
  nlohmann::json d = nlohmann::json::parse(ad.out);
  EXPECT_EQ(d["page"], "ad");
  EXPECT_FALSE(d["ad"]["text"].get<std::string>().empty());
  EXPECT_EQ(d["ad"]["posted_at"].get<std::string>().size(), 20u);
  testing::CommandResult missing =
      testing::RunAriadne(dir_.path(), {"recipe", "test", recipe, base_ + "/ad/no-such-ad.html"});
  EXPECT_EQ(missing.exit_code, 1);

  // The case analyses as any imported case does.
  testing::CommandResult analyzed =
      testing::RunAriadne(dir_.path(), {"analyze", "--case", case_dir});
  EXPECT_EQ(analyzed.exit_code, 0) << analyzed.err;
}

}  // namespace
}  // namespace ariadne::capture
