// Crawl benchmark (issue 6, item 6). Two figures:
//   1. recipe extraction: ad pages of the fixture site (generated from the demo corpus) parsed
//      with libxml2 and read with recipes/fixture-site.toml, on one thread: pages/s per core.
//      Goal: >= 2,000 ad pages/s through a recipe.
//   2. end to end: the fixture site served on loopback and crawled into a fresh case (no delay,
//      robots.txt obeyed, WARC written, blobs and documents stored): pages/s wall and per CPU
//      second (client and server share the process).
//
// Usage: crawl_bench [--ads N] [--crawl-ads M]   (default 3,000 pages parsed, 1,000 ads crawled)
#include <fmt/format.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "capture/crawl.h"
#include "capture/html_text.h"
#include "capture/recipe.h"
#include "demo/corpus.h"
#include "demo/fixture_site.h"
#include "store/case.h"

namespace {

namespace fs = std::filesystem;

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double CpuSeconds() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

int Fail(const std::string& what) {
  fmt::print(stderr, "crawl_bench: {}\n", what);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  int ads = 3000;
  int crawl_ads = 1000;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--ads") == 0) ads = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--crawl-ads") == 0) crawl_ads = std::atoi(argv[i + 1]);
  }
  const fs::path tmp = fs::temp_directory_path() / fmt::format("ariadne-crawl-bench-{}", getpid());
  fs::create_directories(tmp);
  auto recipe_or =
      ariadne::capture::LoadRecipe(fs::path(ARIADNE_SOURCE_DIR) / "recipes" / "fixture-site.toml");
  if (!recipe_or.ok()) return Fail(recipe_or.status().message());
  auto recipe = std::make_shared<const ariadne::capture::Recipe>(std::move(*recipe_or));

  // 1. Recipe extraction on one thread.
  ariadne::demo::CorpusOptions co;
  co.ads = ads;
  co.write_images = false;
  if (auto s = ariadne::demo::GenerateCorpus(tmp / "corpus", co); !s.ok())
    return Fail(s.status().message());
  auto site = ariadne::demo::FixtureSite::FromCorpus(tmp / "corpus");
  if (!site.ok()) return Fail(site.status().message());
  std::vector<std::string> pages;
  std::vector<std::string> urls;
  {
    auto again = ariadne::demo::FixtureSite::FromCorpus(tmp / "corpus");
    // The pages as served: rebuild them from the corpus ads.
    std::ifstream in(tmp / "corpus" / "ads.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line);
      ariadne::demo::FixtureAd a;
      a.id = j["id"].get<std::string>();
      a.site = j.value("site", "");
      a.kind = j.value("kind", "");
      a.lang = j.value("lang", "");
      a.region = j.value("region", "");
      a.posted_at = j.value("posted_at", "");
      a.location = j.value("location", "");
      a.title = j.value("title", "");
      a.text = j.value("text", "");
      pages.push_back((*again)->AdPage(a));
      urls.push_back("http://127.0.0.1:1/ad/" + a.id + ".html");
    }
  }
  size_t bytes = 0;
  for (const std::string& p : pages) bytes += p.size();
  int ok = 0;
  const double cpu0 = CpuSeconds();
  const auto t0 = std::chrono::steady_clock::now();
  for (size_t i = 0; i < pages.size(); ++i) {
    ariadne::capture::HtmlPage page = ariadne::capture::HtmlPage::Parse(pages[i], urls[i]);
    auto ad = ariadne::capture::ExtractAd(*recipe, page);
    ok += ad.ok() ? 1 : 0;
  }
  const double wall = Seconds(t0);
  const double cpu = CpuSeconds() - cpu0;
  fmt::print(
      "recipe extraction: {} ad pages ({:.1f} MB) in {:.3f} s: {:.0f} pages/s per core "
      "({:.0f} pages/s wall), {} read (goal >= 2,000 pages/s)\n",
      pages.size(), static_cast<double>(bytes) / 1e6, wall, static_cast<double>(pages.size()) / cpu,
      static_cast<double>(pages.size()) / wall, ok);

  // 2. End to end on loopback.
  co.ads = crawl_ads;
  co.write_images = false;
  if (auto s = ariadne::demo::GenerateCorpus(tmp / "corpus2", co); !s.ok())
    return Fail(s.status().message());
  auto served = ariadne::demo::FixtureSite::FromCorpus(tmp / "corpus2");
  if (!served.ok()) return Fail(served.status().message());
  auto base = (*served)->Start();
  if (!base.ok()) return Fail(base.status().message());
  ariadne::store::CaseInfo info{"bench", "benchmark", "synthetic data", 1, "GB", "", "", 0};
  auto c = ariadne::store::Case::Create(tmp / "case", info);
  if (!c.ok()) return Fail(c.status().message());
  ariadne::capture::CrawlOptions o;
  o.recipe = recipe;
  o.seeds = {*base + "/"};
  o.fetch.delay_ms = 0;
  o.fetch.per_host = 4;
  const double cpu1 = CpuSeconds();
  const auto t1 = std::chrono::steady_clock::now();
  auto summary = ariadne::capture::Crawl(**c, o);
  const double wall2 = Seconds(t1);
  const double cpu2 = CpuSeconds() - cpu1;
  if (!summary.ok()) return Fail(summary.status().message());
  fmt::print(
      "end to end: {} pages ({} documents) crawled on loopback in {:.2f} s: {:.0f} pages/s "
      "wall, {:.0f} pages per CPU second (client and server in one process)\n",
      summary->pages, summary->documents, wall2, static_cast<double>(summary->pages) / wall2,
      static_cast<double>(summary->pages) / cpu2);
  (*served)->Stop();
  std::error_code ec;
  fs::remove_all(tmp, ec);
  return 0;
}
