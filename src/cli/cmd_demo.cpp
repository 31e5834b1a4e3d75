// ariadne demo [DIR]: the demo investigation on synthetic data, end to end.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

#include "capture/crawl.h"
#include "capture/recipe.h"
#include "cli/case_report_data.h"
#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "cli/rules_loading.h"
#include "cli/serve_run.h"
#include "core/exit_code.h"
#include "core/shipped_data.h"
#include "demo/corpus.h"
#include "demo/fixture_site.h"
#include "pipeline/pipeline.h"
#include "privacy/accounts.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

namespace fs = std::filesystem;

// A folder holding this file was made by `ariadne demo` and may be replaced by the next run.
constexpr const char* kDemoMarker = ".ariadne-demo";

struct DemoOptions {
  std::string dir = "ariadne-demo";
  std::string recipe;  // default: the shipped recipes/fixture-site.toml
  int ads = 2400;
  uint64_t seed = 20261123;
  bool images = true;
  bool serve = true;
  int port = 8080;
};

Status PrepareFolder(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
    if (!fs::exists(dir / kDemoMarker, ec)) {
      return Conflict(fmt::format(
          "{} exists and was not made by `ariadne demo`: choose another folder", dir.string()));
    }
    fs::remove_all(dir, ec);
    if (ec)
      return IoError(
          fmt::format("{}: cannot replace the old demo: {}", dir.string(), ec.message()));
  }
  fs::create_directories(dir, ec);
  if (ec) return IoError(fmt::format("{}: cannot create: {}", dir.string(), ec.message()));
  std::ofstream(dir / kDemoMarker) << "made by `ariadne demo`; safe to delete\n";
  return Status::Ok();
}

// The shipped fixture-site recipe: $ARIADNE_RECIPES, <prefix>/share/ariadne/recipes next to the
// binary, else the source tree's recipes/.
Result<fs::path> FindFixtureRecipe(const std::string& explicit_file) {
  if (!explicit_file.empty()) return fs::path(explicit_file);
  Result<fs::path> found = FindShippedData({.env = "ARIADNE_RECIPES",
                                            .installed = "recipes",
                                            .source_tree = ARIADNE_SOURCE_RECIPES_DIR,
                                            .file = "fixture-site.toml"},
                                           "pass --recipe FILE");
  if (!found.ok()) return NotFound("the fixture-site recipe: " + found.status().message());
  return found;
}

// Serves the corpus as the fixture site on loopback and crawls it with the recipe: the demo runs
// the real capture path (fetching, robots.txt, WARC, blobs, recipe extraction, images).
Result<capture::CrawlSummary> CrawlCorpus(store::Case& c, const fs::path& corpus_dir,
                                          const fs::path& recipe_file, std::string* site_url) {
  Result<capture::Recipe> recipe = capture::LoadRecipe(recipe_file);
  if (!recipe.ok()) return recipe.status();
  Result<std::unique_ptr<demo::FixtureSite>> site = demo::FixtureSite::FromCorpus(corpus_dir);
  if (!site.ok()) return site.status();
  Result<std::string> base = (*site)->Start();
  if (!base.ok()) return base.status();
  *site_url = *base;
  capture::CrawlOptions options;
  options.recipe = std::make_shared<const capture::Recipe>(std::move(*recipe));
  options.seeds = {*base + "/"};
  // A loopback site of our own: no delay is needed (recorded with the run's options).
  options.fetch.delay_ms = 0;
  options.fetch.per_host = 8;
  ProgressLine progress("pages");
  int64_t problems = 0;
  options.on_problem = [&](const std::string& m) {
    if (problems++ < 20) {
      progress.Finish();
      fmt::print(stderr, "{}\n", m);
    }
  };
  const int64_t expected = static_cast<int64_t>((*site)->ad_count()) + (*site)->listing_pages();
  options.on_progress = [&](const capture::CrawlProgress& p) {
    progress.Update(p.pages, expected, p.pages);
  };
  Result<capture::CrawlSummary> summary = capture::Crawl(c, options);
  progress.Finish();
  (*site)->Stop();
  return summary;
}

Result<std::vector<pipeline::StageSummary>> AnalyzeCase(
    store::Case& c, std::shared_ptr<const flag::RuleSet> rules) {
  ProgressLine progress("documents");
  pipeline::AnalyzeOptions options;
  options.rules = std::move(rules);
  options.on_progress = [&](const pipeline::StageProgress& p) {
    progress.Update(p.done, p.total, p.done);
  };
  return pipeline::Analyze(c, options);
}

void PrintTop(const char* label, const Result<std::vector<store::NamedCount>>& rows) {
  if (!rows.ok()) return;
  std::string line;
  for (const auto& r : *rows)
    line += fmt::format("{}{} ({})", line.empty() ? "" : ", ", r.name, r.count);
  fmt::print("  {:<11}{}\n", label, line);
}

// The most frequent flags with their base rates, and how many ads are in each priority band.
void PrintFlags(store::CaseStore& st) {
  Result<std::vector<store::FlagSummary>> flags = st.FlagSummaries();
  if (!flags.ok() || flags->empty()) return;
  std::string line;
  for (size_t i = 0; i < flags->size() && i < 6; ++i) {
    const store::FlagSummary& f = (*flags)[i];
    line += fmt::format("{}{} ({}%)", line.empty() ? "" : ", ", f.indicator,
                        f.of_documents == 0 ? 0 : 100 * f.documents / f.of_documents);
  }
  fmt::print("  {:<11}{}\n", "flags", line);
  Result<std::vector<store::NamedCount>> counts = st.ScoreBands();
  if (!counts.ok()) return;
  std::map<std::string, int64_t> bands;
  for (const store::NamedCount& b : *counts) bands[b.name] = b.count;
  fmt::print("  {:<11}{} high, {} medium, {} low (a ranking for review, never a verdict)\n",
             "priority", bands["high"], bands["medium"], bands["low"]);
}

// How many clusters linking found and the ones to review first.
void PrintClusters(store::CaseStore& st) {
  Result<std::vector<store::StoredCluster>> top = st.Clusters(2, 3);
  if (!top.ok() || top->empty()) return;
  Result<std::vector<store::StoredCluster>> all = st.Clusters(2, 10000000);
  if (!all.ok()) return;
  int64_t linked = 0;
  for (const store::StoredCluster& c : *all) linked += c.size;
  std::string first;
  for (const store::StoredCluster& c : *top) {
    first +=
        fmt::format("{}C{} ({} ads, score {})", first.empty() ? "" : ", ", c.id, c.size, c.score);
  }
  fmt::print("  {:<11}{} clusters linking {} ads; review first: {}\n", "clusters", all->size(),
             linked, first);
}

// Serves the demo case with the web UI until interrupted, with a demo login (role analyst) whose
// random password is printed with the address: the accounts live in DIR/server.
int ServeDemo(const DemoOptions& o, const fs::path& case_dir) {
  const fs::path home = fs::path(o.dir) / "server";
  Result<std::unique_ptr<privacy::Accounts>> accounts = privacy::Accounts::Open(home);
  if (!accounts.ok()) return ReportError(accounts.status());
  const std::string password = privacy::RandomToken().substr(0, 20);
  if (Status s = (*accounts)->AddUser("demo", privacy::Role::kAnalyst, password,
                                      {server::CaseIdOf(case_dir)});
      !s.ok()) {
    return ReportError(s);
  }
  accounts->reset();
  server::ServerOptions options;
  options.cases = {case_dir};
  options.home = home;
  options.port = o.port;
  options.tool_version = ARIADNE_VERSION;
  return ServeUntilInterrupted(
      std::move(options),
      [&](int port) {
        fmt::print(
            "\nThe web UI: http://127.0.0.1:{}/  (user demo, password {})\nCtrl-C stops the "
            "server.\n",
            port, password);
      },
      /*any_port_if_taken=*/true);
}

int RunDemo(const DemoOptions& o) {
  const fs::path dir = o.dir;
  Status s = PrepareFolder(dir);
  if (!s.ok()) return ReportError(s);

  fmt::print(stderr, "[1/4] Generating a synthetic corpus ({} ads, seed {})…\n", o.ads, o.seed);
  demo::CorpusOptions corpus_options;
  corpus_options.ads = o.ads;
  corpus_options.seed = o.seed;
  corpus_options.write_images = o.images;
  Result<demo::CorpusStats> corpus = demo::GenerateCorpus(dir / "corpus", corpus_options);
  if (!corpus.ok()) return ReportError(corpus.status());

  Result<fs::path> recipe = FindFixtureRecipe(o.recipe);
  if (!recipe.ok()) return ReportError(recipe.status());
  fmt::print(stderr,
             "[2/4] Creating the case and crawling the corpus served as a local ad site…\n");
  store::CaseInfo info;
  info.name = "Ariadne demo (synthetic data)";
  info.purpose = "Demonstrate Ariadne on a synthetic corpus of fictional ads";
  info.legal_basis = "None needed: synthetic data only, no real person is described";
  info.retention_days = 30;
  info.region = "GB";
  info.tool_version = ARIADNE_VERSION;
  Result<std::unique_ptr<store::Case>> c = store::Case::Create(dir / "case", info);
  if (!c.ok()) return ReportError(c.status());
  // A demo key is not sealed with a passphrase: the demo holds synthetic data only.
  Result<std::string> fingerprint = StartCaseCustody(dir / "case", info, "");
  if (!fingerprint.ok()) return ReportError(fingerprint.status());
  std::string site_url;
  Result<capture::CrawlSummary> crawled = CrawlCorpus(**c, dir / "corpus", *recipe, &site_url);
  if (!crawled.ok()) return ReportError(crawled.status());
  if (Status logged = LogCrawl(dir / "case", *crawled); !logged.ok()) return ReportError(logged);

  fmt::print(stderr, "[3/4] Analysing: languages, selectors, red flags and links between ads…\n");
  int rules_exit = kExitOk;
  std::shared_ptr<const flag::RuleSet> rules = LoadRulesOrReport("", &rules_exit);
  if (rules == nullptr) return rules_exit;
  Result<std::vector<pipeline::StageSummary>> analysed = AnalyzeCase(**c, rules);
  if (!analysed.ok()) return ReportError(analysed.status());
  if (Status st = LogAnalysis(dir / "case", StagesJson(*analysed)); !st.ok()) {
    return ReportError(st);
  }

  fmt::print(stderr, "[4/4] Writing the report…\n");
  const fs::path report = dir / "report.html";
  s = WriteCaseReport(**c, report.string());
  if (!s.ok()) return ReportError(s);
  s = LogEvent(dir / "case", {custody::kActionReport,
                              "file:" + report.filename().string(),
                              {FileSha256(report)},
                              {{"path", report.string()}, {"format", "html"}}});
  if (s.ok()) s = SignLogHead(dir / "case", /*required=*/true);
  if (!s.ok()) return ReportError(s);

  store::CaseStore& st = (*c)->store();
  fmt::print("\nAriadne demo: a synthetic investigation (fictional sites, people and numbers)\n");
  fmt::print(
      "  corpus     {} ads ({} adult-services, {} job) on {} sites in {} languages; "
      "{} planted networks, {} independents, {} photos\n",
      corpus->ads, corpus->sex_ads, corpus->labour_ads, corpus->sites.size(),
      corpus->languages.size(), corpus->networks, corpus->independents, corpus->images);
  fmt::print(
      "  crawled    {} pages of the fixture site at {} with {}: {} documents, {} images, {} "
      "errors; WARC in {}\n",
      crawled->pages, site_url, recipe->filename().string(), crawled->documents, crawled->images,
      crawled->errors, (dir / "case" / "warc").string());
  PrintTop("sites", st.CountBy(store::Facet::kSite, 8));
  PrintTop("selectors", st.SelectorCountsByType());
  PrintTop("languages", st.CountBy(store::Facet::kLang, 12));
  PrintFlags(st);
  PrintClusters(st);
  const fs::path case_dir = dir / "case";
  fmt::print("\n  case       {}\n  report     {}\n", case_dir.string(), report.string());
  fmt::print(
      "\nTry:\n  ariadne info --case {0}\n  ariadne search --case {0} \"no experience\" "
      "kind:labour\n  ariadne show --case {0} 1\n  ariadne selectors --case {0} --type phone "
      "--min-docs 3\n  ariadne flags --case {0} --top 10\n  ariadne clusters --case {0} --limit 5\n"
      "  ariadne network --case {0} --doc 1 --hops 2\n",
      case_dir.string());
  if (!o.serve) return kExitOk;
  c->reset();  // the server opens the case itself, once per thread
  return ServeDemo(o, case_dir);
}

}  // namespace

void AddDemoCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<DemoOptions>();
  CLI::App* cmd = app.add_subcommand("demo",
                                     "Run the demo investigation: synthetic corpus -> local ad "
                                     "site -> crawl -> case -> analysis -> HTML report");
  cmd->add_option("DIR", o->dir, "folder for the demo (replaced if an earlier demo made it)")
      ->capture_default_str();
  cmd->add_option("--ads", o->ads, "number of synthetic ads")
      ->check(CLI::Range(100, 1000000))
      ->capture_default_str();
  cmd->add_option("--seed", o->seed, "random seed (same seed, same corpus)")->capture_default_str();
  cmd->add_flag("!--no-images", o->images, "do not draw photos");
  cmd->add_flag("!--no-serve", o->serve,
                "end after the report instead of serving the case with the web UI");
  cmd->add_option("--port", o->port, "port of the web UI (a free one if it is taken)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--recipe", o->recipe,
                  "the recipe for the fixture site (default: the shipped fixture-site.toml)");
  cmd->footer(
      "Everything in the demo is synthetic: fictional sites, invented names, phone numbers from "
      "Ofcom's\ndrama range (07700 900000-900999) and reserved example domains.\nAt the end the "
      "case "
      "is served with the web UI (a demo login is printed) until Ctrl-C; --no-serve\nends after "
      "the report.\n\nExample:\n  ariadne demo ariadne-demo --no-serve && xdg-open "
      "ariadne-demo/report.html");
  cmd->callback([o, &action] { action = [o] { return RunDemo(*o); }; });
}

}  // namespace ariadne::cli
