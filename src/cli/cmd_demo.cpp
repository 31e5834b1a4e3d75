// ariadne demo [DIR]: the demo investigation on synthetic data, end to end.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

#include "capture/import.h"
#include "cli/case_report_data.h"
#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "cli/rules_loading.h"
#include "core/exit_code.h"
#include "demo/corpus.h"
#include "pipeline/pipeline.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

namespace fs = std::filesystem;

// A folder holding this file was made by `ariadne demo` and may be replaced by the next run.
constexpr const char* kDemoMarker = ".ariadne-demo";

struct DemoOptions {
  std::string dir = "ariadne-demo";
  int ads = 2400;
  uint64_t seed = 20261123;
  bool images = true;
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

Result<capture::ImportSummary> ImportCorpus(store::Case& c, const fs::path& file) {
  ProgressLine progress("ads");
  capture::ImportCallbacks callbacks;
  callbacks.on_problem = [&](const std::string& m) {
    progress.Finish();
    fmt::print(stderr, "{}\n", m);
  };
  callbacks.on_progress = [&](const capture::ImportProgress& p) {
    progress.Update(p.bytes_done, p.bytes_total, p.records);
  };
  callbacks.on_start = LogImportStart(c.dir(), file.string());
  Result<capture::ImportSummary> s =
      capture::ImportFile(c, file, "ads-jsonl", capture::ImportOptions{}, callbacks);
  if (s.ok()) ARIADNE_RETURN_IF_ERROR(LogImportDone(c.dir(), *s));
  return s;
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

  fmt::print(stderr, "[2/4] Creating the case and importing the ads…\n");
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
  Result<capture::ImportSummary> imported = ImportCorpus(**c, dir / "corpus" / "ads.jsonl");
  if (!imported.ok()) return ReportError(imported.status());

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
  fmt::print("  imported   {} documents, {} skipped, {} duplicated; {} images stored\n",
             imported->imported, imported->skipped, imported->duplicated, imported->images_stored);
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
  return kExitOk;
}

}  // namespace

void AddDemoCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<DemoOptions>();
  CLI::App* cmd = app.add_subcommand(
      "demo", "Run the demo investigation: synthetic corpus -> case -> analysis -> HTML report");
  cmd->add_option("DIR", o->dir, "folder for the demo (replaced if an earlier demo made it)")
      ->capture_default_str();
  cmd->add_option("--ads", o->ads, "number of synthetic ads")
      ->check(CLI::Range(100, 1000000))
      ->capture_default_str();
  cmd->add_option("--seed", o->seed, "random seed (same seed, same corpus)")->capture_default_str();
  cmd->add_flag("!--no-images", o->images, "do not draw photos");
  cmd->footer(
      "Everything in the demo is synthetic: fictional sites, invented names, phone numbers from "
      "Ofcom's\ndrama range (07700 900000-900999) and reserved example domains.\n\nExample:\n  "
      "ariadne demo ariadne-demo && xdg-open ariadne-demo/report.html");
  cmd->callback([o, &action] { action = [o] { return RunDemo(*o); }; });
}

}  // namespace ariadne::cli
