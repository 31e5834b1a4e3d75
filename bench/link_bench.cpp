// Linking benchmark (issue 5, item 8): builds a case of N text-only synthetic ads (the demo's
// generator: planted networks among independents), analyses it as `ariadne analyze` does (the
// shipped rule packs, links at the end), then times linking and clustering the whole case, and
// adding 1% more ads end to end: the import and the whole `analyze` (per-document stages, the
// structural flags, the incremental link, the network flags), each stage's time printed beside
// the total. Prints seconds and peak memory. Goals: link + cluster 1,000,000 ads in 20 s wall
// on 2 cores after import; 10,000 more in 2 s; peak memory under 4 GB.
//
// Usage: link_bench [--ads N] [--keep DIR | --reuse DIR]   (default 1,000,000 ads, temporary
// folder)
//   --keep DIR   build the case in DIR and keep it, with a copy of it before the extra ads (base/)
//   --reuse DIR  start from DIR/base (made by --keep) instead of importing and analysing again
//   --add-only   with --reuse: skip the two full links, time only adding the extra ads
//   --check      after the add, link the whole case and count the clusters, links and generic
//                values that differ (the weights of untouched clusters may: see
//                docs/case-format.md); then compute the network flags over the whole case
//                and count the case-wide flags and scores that differ
//   --relink-base  with --reuse: first analyse (with the rule packs) and link DIR/base fully again
//                  (a base kept by an older build)
//   --keep-added   also keep a copy of the case with the extra ads imported but not yet analysed
//                  (DIR/added/)
//   --analyze-only with --reuse: start from DIR/added (made by --keep-added) and time only the
//                  analysis of the extra ads (for profiling it)
//   --stages-only  with --analyze-only: the analysis stops before the link and the network flags
//                  (for profiling the per-document stages under callgrind)
//   --rules DIR    the rule packs (default: those `ariadne analyze` finds)
//   --recent       the extra ads are a crawl's newest (DIR/more-recent.jsonl, written from
//                  more.jsonl once): each dated after the case's latest ad, spread over the
//                  following week in file order, with a new source id ("n" + the old one), where
//                  more.jsonl's ads are dated over the whole period and reuse the base's ids.
//                  Without it the add is the old, harder mode: both figures are worth printing.
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "capture/import.h"
#include "demo/corpus.h"
#include "flag/rules.h"
#include "link/link_case.h"
#include "pipeline/pipeline.h"

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

double PeakMb() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

bool Check(const ariadne::Status& s, const char* what) {
  if (!s.ok()) fmt::print(stderr, "link_bench: {}: {}\n", what, s.message());
  return s.ok();
}

std::shared_ptr<const ariadne::flag::RuleSet> LoadRules(const std::string& dir) {
  auto found = ariadne::flag::FindRulesDirectory(dir);
  if (!Check(found.status(), "rules")) std::exit(74);
  ariadne::flag::LoadReport report = ariadne::flag::LoadRules(*found);
  if (!report.ok()) {
    fmt::print(stderr, "link_bench: {}\n", report.errors.front().ToString());
    std::exit(65);
  }
  return std::make_shared<const ariadne::flag::RuleSet>(std::move(report.rules));
}

double Import(ariadne::store::Case& c, const fs::path& file) {
  auto start = std::chrono::steady_clock::now();
  auto imported = ariadne::capture::ImportFile(c, file, "", {}, {});
  if (!Check(imported.status(), "import")) std::exit(1);
  return Seconds(start);
}

// Writes every file under `dir` to disk (fsync) and returns the seconds it took. The bench copies
// its case (3.2 GB at 1M) right before the add: without this, the first SQLite checkpoint's sync of
// case.db inside the timed import also wrote out the gigabytes of the copy still in the page
// cache, which a case on disk since its last analysis does not have.
double SyncTree(const fs::path& dir) {
  auto start = std::chrono::steady_clock::now();
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const int fd = ::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) continue;
    ::fsync(fd);
    ::close(fd);
  }
  return Seconds(start);
}

// `--recent`: more.jsonl's ads as a crawl's newest (see the header), written once to
// more-recent.jsonl beside it. The dates follow `after` (the case's latest, "YYYY-MM-DDThh:mm:ssZ")
// by an hour to seven days, rising through the file.
fs::path RecentExtraAds(const fs::path& dir, const std::string& after) {
  const fs::path out_path = dir / "more-recent.jsonl";
  if (fs::exists(out_path)) return out_path;
  std::ifstream in(dir / "more.jsonl");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(std::move(line));
  std::tm base{};
  if (after.size() < 19 || !strptime(after.substr(0, 19).c_str(), "%Y-%m-%dT%H:%M:%S", &base)) {
    fmt::print(stderr, "link_bench: cannot read the case's latest date \"{}\"\n", after);
    std::exit(65);
  }
  const time_t start = timegm(&base) + 3600;
  const fs::path tmp_path = dir / "more-recent.jsonl.tmp";
  {
    std::ofstream out(tmp_path);
    for (size_t i = 0; i < lines.size(); ++i) {
      auto ad = nlohmann::json::parse(lines[i]);
      const time_t at = start + static_cast<time_t>(i * (7 * 86400 - 3600) / lines.size());
      std::tm when{};
      gmtime_r(&at, &when);
      char date[32];
      std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &when);
      ad["posted_at"] = date;
      ad["id"] = "n" + ad["id"].get<std::string>();
      out << ad.dump() << '\n';
    }
  }
  fs::rename(tmp_path, out_path);
  return out_path;
}

// Runs `ariadne analyze`'s stages (with the rule packs, linking at the end) and prints each
// stage's time and what it rewrote; returns the wall seconds.
double Analyse(ariadne::store::Case& c, std::shared_ptr<const ariadne::flag::RuleSet> rules,
               bool link = true) {
  auto start = std::chrono::steady_clock::now();
  ariadne::pipeline::AnalyzeOptions options;
  options.rules = std::move(rules);
  options.link = link;
  std::vector<ariadne::link::Phase> outside;
  options.outside_stages = &outside;
  auto analysed = ariadne::pipeline::Analyze(c, options);
  if (!Check(analysed.status(), "analyze")) std::exit(1);
  const double seconds = Seconds(start);
  double in_stages = 0;
  for (const ariadne::pipeline::StageSummary& stage : *analysed) {
    in_stages += stage.seconds - stage.beside;
    std::string extra;
    if (stage.stage == "link") {
      const auto& f = stage.found;
      auto count = [&](const char* key) { return f.count(key) ? f.at(key) : int64_t{0}; };
      extra = f.count("new documents linked incrementally") > 0
                  ? fmt::format(" ({} new, {} re-resolved)",
                                count("new documents linked incrementally"),
                                count("documents re-resolved"))
              : stage.whole_because.empty() ? std::string(" (whole case)")
                                            : fmt::format(" (whole case: {})", stage.whole_because);
    } else if (stage.stage == "structural" || stage.stage == "network flags") {
      extra = fmt::format(" ({} documents flagged, flags or score of {} rewritten)",
                          stage.documents, stage.rescored);
    } else if (stage.documents > 0) {
      extra = fmt::format(" ({} documents)", stage.documents);
    }
    if (stage.beside > 0) extra += fmt::format(" ({:.2f} s of it beside the link)", stage.beside);
    fmt::print("  {:<16} {:6.2f} s wall{}\n", stage.stage, stage.seconds, extra);
    for (const ariadne::link::Phase& p : stage.phases) {
      fmt::print("    {:<44} {:6.2f} s wall {:6.2f} s CPU {:6.2f} s this thread\n", p.name, p.wall,
                 p.process_cpu, p.thread_cpu);
    }
  }
  // Opening what the stages need (the extractor, the flagger's databases), pass bookkeeping.
  fmt::print("  {:<16} {:6.2f} s wall\n", "(between stages)", seconds - in_stages);
  for (const ariadne::link::Phase& p : outside) {
    fmt::print("    {:<44} {:6.2f} s wall {:6.2f} s CPU {:6.2f} s this thread\n", p.name, p.wall,
               p.process_cpu, p.thread_cpu);
  }
  return seconds;
}

// The stored clusters (id, size, members), links and generic values (kind, value, documents), one
// line each.
std::set<std::string> StoredLinkage(ariadne::store::CaseStore& s) {
  std::set<std::string> out;
  auto clusters = s.Clusters(2, 100000000);
  if (clusters.ok()) {
    for (const auto& c : *clusters) {
      std::string line = fmt::format("cluster {} {}:", c.id, c.size);
      for (int64_t d : c.documents) line += fmt::format(" {}", d);
      out.insert(line);
    }
  }
  auto links = s.DocumentLinks({});
  if (links.ok()) {
    for (const auto& l : *links)
      out.insert(fmt::format("link {} {} {} {}", l.a, l.b, l.kind, l.similarity));
  }
  auto generic = s.GenericValues();
  if (generic.ok()) {
    for (const auto& g : *generic)
      out.insert(fmt::format("generic {} {} {}", g.kind, g.value, g.documents));
  }
  return out;
}

// The case-wide flags (structural and network) and every score, one line each: what the passes
// of an incremental analysis must leave as a whole analysis would.
std::set<std::string> StoredFlagsAndScores(ariadne::store::CaseStore& s) {
  std::set<std::string> out;
  auto flags =
      s.StructuralFlagsOf({"N-PHONE", "A-MULTINUM", "N-TEXT", "N-IMG", "N-GEO", "J-REPOST"});
  if (flags.ok()) {
    for (const auto& f : *flags) {
      out.insert(fmt::format("flag #{} {} {} | {} | {}", f.document_id, f.indicator, f.weight,
                             f.why, f.evidence_json));
    }
  }
  auto scores = s.TopScores(100000000);
  if (scores.ok()) {
    for (const auto& sc : *scores) {
      out.insert(fmt::format("score #{} {} {} {} {} {}", sc.document_id, sc.kind, sc.score,
                             sc.fraud_score, sc.contributions_json, sc.fraud_contributions_json));
    }
  }
  return out;
}

// Prints the lines only one of two sets holds (at most five each way); returns how many differ.
size_t Compare(const std::set<std::string>& incremental, const std::set<std::string>& full) {
  size_t differ = 0;
  for (const std::string& line : incremental) {
    if (full.count(line) == 0 && ++differ <= 5)
      fmt::print("  only incremental: {}\n", line.substr(0, 200));
  }
  const size_t first = differ;
  for (const std::string& line : full) {
    if (incremental.count(line) == 0 && ++differ <= first + 5)
      fmt::print("  only full: {}\n", line.substr(0, 200));
  }
  return differ;
}

// Each phase of a link: wall and CPU seconds, and how much of the CPU the calling thread
// spent (the rest ran on other threads).
void PrintPhases(const ariadne::link::LinkSummary& summary) {
  for (const ariadne::link::Phase& p : summary.phases) {
    fmt::print("  {:<40} {:6.2f} s wall {:6.2f} s CPU ({:5.2f} s on the calling thread)\n", p.name,
               p.wall, p.process_cpu, p.thread_cpu);
  }
}

// A full link drops the network flags' record (link_case.h): analyses once more, as the next
// `ariadne analyze` would (nothing new; the network flags of the whole case), so that the add that
// follows times what a case analysed to the end gives.
void NetworkFlagsAfterFullLink(ariadne::store::Case& c,
                               std::shared_ptr<const ariadne::flag::RuleSet> rules) {
  const double cpu = CpuSeconds();
  fmt::print("analyse again after the full link:\n");
  const double seconds = Analyse(c, std::move(rules));
  fmt::print("analysed again after the full link: {:.2f} s wall, {:.2f} s CPU\n", seconds,
             CpuSeconds() - cpu);
}

}  // namespace

int main(int argc, char** argv) {
  int64_t ads = 1000000;
  std::string keep, reuse, rules_dir;
  bool add_only = false;
  bool relink_base = false;
  bool check = false;
  bool keep_added = false;
  bool analyze_only = false;
  bool stages_only = false;
  bool recent = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--ads") == 0 && i + 1 < argc) {
      ads = std::atoll(argv[++i]);
    } else if (std::strcmp(argv[i], "--keep") == 0 && i + 1 < argc) {
      keep = argv[++i];
    } else if (std::strcmp(argv[i], "--reuse") == 0 && i + 1 < argc) {
      reuse = argv[++i];
    } else if (std::strcmp(argv[i], "--rules") == 0 && i + 1 < argc) {
      rules_dir = argv[++i];
    } else if (std::strcmp(argv[i], "--add-only") == 0) {
      add_only = true;
    } else if (std::strcmp(argv[i], "--check") == 0) {
      check = true;
    } else if (std::strcmp(argv[i], "--relink-base") == 0) {
      relink_base = true;
    } else if (std::strcmp(argv[i], "--keep-added") == 0) {
      keep_added = true;
    } else if (std::strcmp(argv[i], "--analyze-only") == 0) {
      analyze_only = true;
    } else if (std::strcmp(argv[i], "--stages-only") == 0) {
      stages_only = true;
    } else if (std::strcmp(argv[i], "--recent") == 0) {
      recent = true;
    } else {
      fmt::print(
          "usage: link_bench [--ads N] [--keep DIR | --reuse DIR [--add-only | --analyze-only] "
          "[--relink-base]] [--keep-added] [--recent] [--check] [--stages-only] [--rules DIR]\n");
      return 2;
    }
  }
  const auto rules = LoadRules(rules_dir);
  const fs::path dir =
      !reuse.empty() ? fs::path(reuse)
      : keep.empty() ? fs::temp_directory_path() / fmt::format("ariadne-link-bench-{}", getpid())
                     : fs::path(keep);
  // The case with the extra ads imported, not analysed (each mode its own).
  const std::string added_name = recent ? "added-recent" : "added";
  std::unique_ptr<ariadne::store::Case> c;
  if (!reuse.empty()) {
    if (!fs::exists(dir / "base")) {
      fmt::print(stderr, "link_bench: {} has no base/: make it with --keep {}\n", dir.string(),
                 dir.string());
      return 2;
    }
    if (analyze_only && !fs::exists(dir / added_name)) {
      fmt::print(stderr, "link_bench: {} has no {}/: make it with --reuse {} --keep-added{}\n",
                 dir.string(), added_name, dir.string(), recent ? " --recent" : "");
      return 2;
    }
    if (relink_base) {
      // A base kept by an older build: analyse it with the rule packs and link it fully once
      // more, so that it holds what this build stores (flags, the band index).
      auto base = ariadne::store::Case::Open(dir / "base");
      if (!Check(base.status(), "open base")) return 1;
      fmt::print("analysed base again: {:.2f} s wall\n", Analyse(**base, rules));
      auto start = std::chrono::steady_clock::now();
      auto linked = ariadne::link::LinkCase(**base);
      if (!Check(linked.status(), "link base")) return 1;
      fmt::print("relinked base: {:.2f} s wall\n", Seconds(start));
      NetworkFlagsAfterFullLink(**base, rules);
    }
    fs::remove_all(dir / "case");
    fs::copy(dir / (analyze_only ? added_name : "base"), dir / "case", fs::copy_options::recursive);
    fmt::print("copied the case and wrote it to disk ({:.2f} s, not timed below)\n",
               SyncTree(dir / "case"));
    auto opened = ariadne::store::Case::Open(dir / "case");
    if (!Check(opened.status(), "open")) return 1;
    c = std::move(opened).value();
    auto ids = c->store().DocumentIds();
    if (!Check(ids.status(), "count")) return 1;
    fmt::print("ads {} (reused case {})\n", ids->size(),
               (dir / (analyze_only ? added_name : "base")).string());
  } else {
    fs::remove_all(dir);
    fs::create_directories(dir);
    const int64_t extra = std::max<int64_t>(1, ads / 100);
    {
      std::ofstream main_file(dir / "ads.jsonl");
      ariadne::demo::WriteTextOnlyAds(main_file, ads, 20261129);
      std::ofstream extra_file(dir / "more.jsonl");
      ariadne::demo::WriteTextOnlyAds(extra_file, extra, 99);
    }
    ariadne::store::CaseInfo info{"link bench", "benchmark", "synthetic data", 1, "GB", "", "", 0};
    auto created = ariadne::store::Case::Create(dir / "case", info);
    if (!Check(created.status(), "create")) return 1;
    c = std::move(created).value();
    // Analyze links at its end; the full link is timed on its own below by linking again.
    const double import_seconds = Import(*c, dir / "ads.jsonl");
    fmt::print("ads {}: import {:.1f} s; analyse (stages, first link, network flags):\n", ads,
               import_seconds);
    fmt::print("analysed in {:.1f} s\n", Analyse(*c, rules));
    if (!keep.empty()) {
      c.reset();
      fs::remove_all(dir / "base");
      fs::copy(dir / "case", dir / "base", fs::copy_options::recursive);
      auto opened = ariadne::store::Case::Open(dir / "case");
      if (!Check(opened.status(), "open")) return 1;
      c = std::move(opened).value();
    }
  }
  auto start = std::chrono::steady_clock::now();
  double cpu = CpuSeconds();
  if ((!add_only && !analyze_only) || reuse.empty()) {
    auto linked = ariadne::link::LinkCase(*c);
    if (!Check(linked.status(), "link")) return 1;
    const double link_seconds = Seconds(start);
    fmt::print(
        "link + cluster the whole case: {:.2f} s wall, {:.2f} s CPU ({} clusters, largest {}, {} "
        "confirmed text pairs, {} text links stored, {} generic values)\n",
        link_seconds, CpuSeconds() - cpu, linked->clusters, linked->largest_cluster,
        linked->text_pairs, linked->text_links, linked->generic_values);
    PrintPhases(*linked);
    start = std::chrono::steady_clock::now();
    cpu = CpuSeconds();
    linked = ariadne::link::LinkCase(*c);
    if (!Check(linked.status(), "link")) return 1;
    fmt::print("link again, nothing new: {:.2f} s wall, {:.2f} s CPU\n", Seconds(start),
               CpuSeconds() - cpu);
    NetworkFlagsAfterFullLink(*c, rules);
  }
  double extra_import = 0;
  double import_cpu = 0;
  auto documents = c->store().Counts();
  if (!Check(documents.status(), "count")) return 1;
  const int64_t documents_before = documents->documents;
  fs::path extra_file = dir / "more.jsonl";
  if (recent && !analyze_only) {
    auto latest = c->store().Sample(1);
    if (!Check(latest.status(), "latest ad") || latest->empty()) return 1;
    extra_file = RecentExtraAds(dir, latest->front().posted_at);
  }
  cpu = CpuSeconds();
  if (!analyze_only) {
    extra_import = Import(*c, extra_file);
    import_cpu = CpuSeconds() - cpu;
    if (keep_added) {
      c.reset();
      fs::remove_all(dir / added_name);
      fs::copy(dir / "case", dir / added_name, fs::copy_options::recursive);
      auto opened = ariadne::store::Case::Open(dir / "case");
      if (!Check(opened.status(), "open")) return 1;
      c = std::move(opened).value();
    }
  }
  fmt::print("add the ads of {} (import, then analyze as `ariadne analyze` does):\n",
             extra_file.filename().string());
  if (!analyze_only)
    fmt::print("  {:<16} {:6.2f} s wall {:6.2f} s CPU\n", "import", extra_import, import_cpu);
  // `ariadne analyze` reads and checks the rule packs at every run: part of the add.
  const double analyse_cpu_start = CpuSeconds();
  const auto rules_start = std::chrono::steady_clock::now();
  const auto add_rules = LoadRules(rules_dir);
  const double rules_seconds = Seconds(rules_start);
  fmt::print("  {:<16} {:6.2f} s wall {:6.2f} s CPU\n", "rule packs", rules_seconds,
             CpuSeconds() - analyse_cpu_start);
  const double analyse_extra = rules_seconds + Analyse(*c, add_rules, !stages_only);
  const double analyse_cpu = CpuSeconds() - analyse_cpu_start;
  const double add_cpu = import_cpu + analyse_cpu;
  documents = c->store().Counts();
  if (!Check(documents.status(), "count")) return 1;
  const int64_t added = documents->documents - documents_before;
  if (analyze_only) {
    fmt::print("analyse the added ads: {:.2f} s wall, {:.2f} s CPU\n", analyse_extra, add_cpu);
  } else {
    fmt::print(
        "add {} ads end to end: {:.2f} s wall (import {:.2f} s + analyze {:.2f} s), {:.2f} s "
        "CPU (import {:.2f} s + analyze {:.2f} s)\n",
        added, extra_import + analyse_extra, extra_import, analyse_extra, add_cpu, import_cpu,
        analyse_cpu);
  }
  fmt::print("peak memory {:.0f} MB\n", PeakMb());
  if (check) {
    auto before = StoredLinkage(c->store());
    auto flags_before = StoredFlagsAndScores(c->store());
    auto linked = ariadne::link::LinkCase(*c);
    if (!Check(linked.status(), "link")) return 1;
    auto after = StoredLinkage(c->store());
    fmt::print("incremental vs full link: {} of {} rows differ\n", Compare(before, after),
               after.size());
    // The full link dropped the network flags' record: this analysis recomputes them over the
    // whole case (and re-scores the documents whose flags that changes).
    ariadne::pipeline::AnalyzeOptions options;
    options.rules = rules;
    auto whole = ariadne::pipeline::Analyze(*c, options);
    if (!Check(whole.status(), "analyze after the full link")) return 1;
    auto flags_after = StoredFlagsAndScores(c->store());
    fmt::print("incremental vs whole-case flags and scores: {} of {} rows differ\n",
               Compare(flags_before, flags_after), flags_after.size());
  }
  if (keep.empty() && reuse.empty()) fs::remove_all(dir);
  return 0;
}
