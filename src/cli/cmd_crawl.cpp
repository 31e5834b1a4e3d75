// ariadne crawl --case DIR (--recipe FILE | --seed URL) [--max-pages N] [--watch INTERVAL]
// ariadne recipe test FILE URL
#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <memory>

#include "capture/charset.h"
#include "capture/crawl.h"
#include "capture/fetcher.h"
#include "capture/html_text.h"
#include "capture/recipe.h"
#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "core/text.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

constexpr int64_t kMaxPrintedProblems = 50;

std::atomic<bool> g_stop{false};

extern "C" void OnSignal(int) {
  g_stop = true;
}

struct CrawlCliOptions {
  std::string dir;
  std::string recipe;
  std::vector<std::string> seeds;
  int64_t max_pages = 0;
  std::string watch;
  int64_t rounds = 0;
  double delay = 1.0;
  int per_host = 1;
  int64_t max_page_mb = 20;
  int64_t timeout = 60;
  int64_t max_redirects = 5;
  int64_t max_depth = 2;
  bool ignore_robots = false;
  std::string legal_basis;
  bool no_images = false;
  std::string user_agent;
  bool json = false;
  bool quiet = false;
};

// "90", "90s", "15m", "2h", "1d" -> seconds; nothing when malformed.
std::optional<int64_t> ParseInterval(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const long long n = std::strtoll(text.c_str(), &end, 10);
  if (end == text.c_str() || n <= 0) return std::nullopt;
  const std::string unit(end);
  if (unit.empty() || unit == "s") return n;
  if (unit == "m") return n * 60;
  if (unit == "h") return n * 3600;
  if (unit == "d") return n * 86400;
  return std::nullopt;
}

class CrawlProgressPrinter {
 public:
  explicit CrawlProgressPrinter(bool quiet) : quiet_(quiet), tty_(StderrIsTerminal()) {}
  void Update(const capture::CrawlProgress& p) {
    if (quiet_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!tty_ && now - last_ < std::chrono::seconds(5)) return;
    last_ = now;
    const std::string line = fmt::format(
        "round {}: {} pages ({:.1f}/s), {} images, {} new documents, {} errors, {} queued, {} "
        "active",
        p.round, p.pages, p.pages_per_second, p.images, p.documents, p.errors, p.queued, p.active);
    if (tty_) {
      fmt::print(stderr, "\r\033[K{}", line);
      drawn_ = true;
    } else {
      fmt::print(stderr, "{}\n", line);
    }
  }
  void Finish() {
    if (drawn_) fmt::print(stderr, "\r\033[K");
    drawn_ = false;
  }

 private:
  bool quiet_;
  bool tty_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

int RunCrawl(const CrawlCliOptions& o) {
  if (o.recipe.empty() && o.seeds.empty()) {
    return ReportError(InvalidInput("crawl needs --recipe FILE or --seed URL"));
  }
  if (o.ignore_robots && Trim(o.legal_basis).empty()) {
    return ReportError(InvalidInput(
        "--ignore-robots needs --legal-basis TEXT: the law, warrant or mandate that allows it "
        "(recorded in the case)"));
  }
  capture::CrawlOptions options;
  if (!o.recipe.empty()) {
    Result<capture::Recipe> recipe = capture::LoadRecipe(o.recipe);
    if (!recipe.ok()) return ReportError(recipe.status());
    options.recipe = std::make_shared<const capture::Recipe>(std::move(*recipe));
  }
  if (!o.watch.empty()) {
    std::optional<int64_t> s = ParseInterval(o.watch);
    if (!s) {
      return ReportError(InvalidInput(
          fmt::format("--watch {}: not an interval (e.g. 90s, 15m, 6h, 1d)", o.watch)));
    }
    options.watch_interval_seconds = *s;
  }
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  options.seeds = o.seeds;
  options.max_pages = o.max_pages;
  options.rounds = o.rounds;
  options.fetch.delay_ms = static_cast<int64_t>(o.delay * 1000);
  options.fetch.per_host = o.per_host;
  options.fetch.max_bytes = o.max_page_mb << 20;
  options.fetch.timeout_ms = o.timeout * 1000;
  if (!o.user_agent.empty()) options.fetch.user_agent = o.user_agent;
  options.max_redirects = o.max_redirects;
  options.max_depth = o.max_depth;
  options.obey_robots = !o.ignore_robots;
  options.legal_basis = o.legal_basis;
  options.fetch_images = !o.no_images;
  options.stop = &g_stop;
  CrawlProgressPrinter progress(o.quiet);
  int64_t printed = 0, hidden = 0;
  options.on_progress = [&](const capture::CrawlProgress& p) { progress.Update(p); };
  options.on_problem = [&](const std::string& m) {
    if (o.quiet) return;
    if (printed++ < kMaxPrintedProblems) {
      progress.Finish();
      fmt::print(stderr, "{}\n", m);
    } else {
      ++hidden;
    }
  };
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  Result<capture::CrawlSummary> s = capture::Crawl(**c, options);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  progress.Finish();
  if (hidden > 0) fmt::print(stderr, "… and {} more problems, all recorded in the case\n", hidden);
  if (!s.ok()) return ReportError(s.status());
  if (Status logged = LogCrawl(o.dir, *s); !logged.ok()) return ReportError(logged);
  if (Status signed_head = SignLogHead(o.dir, /*required=*/false); !signed_head.ok()) {
    return ReportError(signed_head);
  }
  if (o.json) {
    PrintJsonLine({{"run_id", s->run_id},
                   {"rounds", s->rounds},
                   {"resumed", s->resumed},
                   {"complete", s->complete},
                   {"pages", s->pages},
                   {"listings", s->listings},
                   {"ads", s->ads},
                   {"documents", s->documents},
                   {"duplicates", s->duplicates},
                   {"images", s->images},
                   {"errors", s->errors},
                   {"robots_blocked", s->robots_blocked},
                   {"redirects", s->redirects},
                   {"new_ads", s->new_ads},
                   {"changed_ads", s->changed_ads},
                   {"removed_ads", s->removed_ads},
                   {"returned_ads", s->returned_ads},
                   {"warc_files", s->warc_files}});
  } else {
    fmt::print(
        "Crawl run #{}{}: {} pages ({} listings, {} ads or pages read), {} new documents, "
        "{} unchanged, {} images, {} errors, {} blocked by robots.txt\n",
        s->run_id, s->resumed ? " (resumed)" : "", s->pages, s->listings, s->ads, s->documents,
        s->duplicates, s->images, s->errors, s->robots_blocked);
    if (s->new_ads + s->changed_ads + s->removed_ads + s->returned_ads > 0) {
      fmt::print("Ads: {} new, {} changed, {} removed, {} back\n", s->new_ads, s->changed_ads,
                 s->removed_ads, s->returned_ads);
    }
    if (!s->complete) {
      fmt::print("Not finished: URLs are still queued; run the same command again to continue\n");
    }
    for (const std::string& w : s->warc_files) fmt::print("WARC: {}\n", w);
  }
  if (g_stop) return 130;
  return kExitOk;
}

struct RecipeTestOptions {
  std::string file;
  std::string url;
  bool json = false;
  double timeout = 30;
};

// Fetches one page through the crawler's fetcher (same caps), without a case.
Result<capture::FetchResult> FetchOne(const std::string& url, double timeout) {
  capture::FetchOptions fo;
  fo.delay_ms = 0;
  fo.timeout_ms = static_cast<int64_t>(timeout * 1000);
  capture::Fetcher f(fo);
  f.Add(url, "one", 1);
  std::optional<capture::FetchResult> out;
  while (!out) f.Poll(200, [&](capture::FetchResult&& r) { out = std::move(r); });
  if (!out->error.empty()) return IoError(fmt::format("{}: {}", url, out->error));
  return std::move(*out);
}

int RunRecipeTest(const RecipeTestOptions& o) {
  Result<capture::Recipe> recipe = capture::LoadRecipe(o.file);
  if (!recipe.ok()) return ReportError(recipe.status());
  Result<capture::FetchResult> page = FetchOne(o.url, o.timeout);
  if (!page.ok()) return ReportError(page.status());
  if (page->head.status < 200 || page->head.status >= 300) {
    return ReportError(NotFound(fmt::format(
        "{}: HTTP {}{}", o.url, page->head.status,
        page->head.Get("Location").empty() ? "" : " to " + page->head.Get("Location"))));
  }
  capture::DecodedText text = capture::DecodeToUtf8(page->body, page->head.Get("Content-Type"));
  capture::HtmlPage html = capture::HtmlPage::Parse(text.utf8, o.url);
  capture::ListingLinks links = capture::ExtractListing(*recipe, html);
  const bool is_ad = recipe->ad_url ? std::regex_search(o.url, *recipe->ad_url)
                                    : links.ads.empty() && links.next.empty();
  nlohmann::json out = {{"url", o.url},
                        {"charset", text.charset},
                        {"charset_source", text.source},
                        {"page", is_ad ? "ad" : "listing"}};
  if (!text.warning.empty()) out["charset_warning"] = text.warning;
  if (!links.next.empty() || !links.ads.empty() || !is_ad) {
    out["next"] = links.next;
    out["ads"] = links.ads;
  }
  int exit_code = kExitOk;
  if (is_ad) {
    Result<capture::ExtractedAd> ad = capture::ExtractAd(*recipe, html);
    if (!ad.ok()) {
      out["error"] = ad.status().message();
      exit_code = kExitNegative;
    } else {
      const Document& d = ad->doc;
      nlohmann::json images = nlohmann::json::array();
      for (const ImageRef& i : d.images) images.push_back(i.ref);
      out["ad"] = {{"source_id", d.source_id},
                   {"site", d.site},
                   {"title", d.title},
                   {"text", d.text},
                   {"posted_at", d.posted_at},
                   {"location", d.location},
                   {"kind", d.kind},
                   {"lang", d.lang},
                   {"region", d.region},
                   {"images", images},
                   {"attributes", nlohmann::json::parse(d.attributes_json, nullptr, false)}};
      out["warnings"] = ad->warnings;
      // What the recipe's `exclude` removed before reading the fields (each node's text).
      if (!ad->excluded.empty()) out["excluded"] = ad->excluded;
    }
  } else if (links.ads.empty()) {
    exit_code = kExitNegative;
  }
  if (o.json) {
    PrintJsonLine(out);
  } else {
    fmt::print("{}\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  return exit_code;
}

}  // namespace

void AddCrawlCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<CrawlCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "crawl",
      "Crawl a site into a case: every request and response to WARC, pages to the blob store, ads "
      "(with a recipe) or pages' main text to documents");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_option("--recipe", o->recipe, "a site recipe (recipes/*.toml, docs/formats/recipes.md)");
  cmd->add_option("--seed", o->seeds,
                  "start URL (repeatable); with a recipe, the base for its relative start paths");
  cmd->add_option("--max-pages", o->max_pages,
                  "stop after fetching this many pages; the rest stays queued for the next run")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--watch", o->watch,
                  "crawl again every INTERVAL (90s, 15m, 6h, 1d) and record new, changed and "
                  "removed ads, until interrupted");
  cmd->add_option("--rounds", o->rounds, "with --watch: stop after this many rounds")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--delay", o->delay,
                  "seconds between requests to one host (robots.txt "
                  "Crawl-delay may ask for more)")
      ->check(CLI::Range(0.0, 3600.0))
      ->capture_default_str();
  cmd->add_option("--per-host", o->per_host, "concurrent requests per host")
      ->check(CLI::Range(1, 4))
      ->capture_default_str();
  cmd->add_option("--max-page-mb", o->max_page_mb,
                  "largest response kept, before and after decompression (MB)")
      ->check(CLI::Range(1, 4096))
      ->capture_default_str();
  cmd->add_option("--timeout", o->timeout, "seconds one request may take in all")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  cmd->add_option("--max-redirects", o->max_redirects, "redirects followed per URL")
      ->check(CLI::Range(0, 50))
      ->capture_default_str();
  cmd->add_option("--max-depth", o->max_depth, "without a recipe: link hops followed from a seed")
      ->check(CLI::Range(0, 100))
      ->capture_default_str();
  cmd->add_flag("--ignore-robots", o->ignore_robots,
                "do not obey robots.txt (needs --legal-basis; recorded with the run)");
  cmd->add_option("--legal-basis", o->legal_basis,
                  "the law, warrant or mandate that allows ignoring robots.txt");
  cmd->add_flag("--no-images", o->no_images, "do not fetch the images ads show");
  cmd->add_option("--user-agent", o->user_agent, "the User-Agent header");
  cmd->add_flag("--json", o->json, "print the summary as one JSON line");
  cmd->add_flag("--quiet", o->quiet, "no progress or problem lines on stderr");
  cmd->footer(
      "Interrupt with Ctrl-C: the frontier is kept in the case and the same command continues.\n"
      "WARC files go to CASE/warc/; `ariadne import --case DIR FILE.warc.gz` reads any WARC.\n\n"
      "Example:\n  ariadne crawl --case mycase --recipe recipes/fixture-site.toml --seed "
      "http://127.0.0.1:8080/");
  cmd->callback([o, &action] { action = [o] { return RunCrawl(*o); }; });
}

void AddRecipeCommand(CLI::App& app, Action& action) {
  CLI::App* recipe = app.add_subcommand("recipe", "Work with site recipes");
  recipe->require_subcommand(1);
  auto o = std::make_shared<RecipeTestOptions>();
  CLI::App* test = recipe->add_subcommand(
      "test",
      "Fetch one page and print what the recipe extracts from it (listing links or ad "
      "fields)");
  test->add_option("FILE", o->file, "the recipe")->required();
  test->add_option("URL", o->url, "a listing or ad page")->required();
  test->add_option("--timeout", o->timeout, "seconds")->capture_default_str();
  test->add_flag("--json", o->json, "one JSON line instead of indented JSON");
  test->callback([o, &action] { action = [o] { return RunRecipeTest(*o); }; });
}

}  // namespace ariadne::cli
