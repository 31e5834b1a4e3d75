// ariadne flags --case DIR [--json] [--top N]: the red flags of a case, each with its base rate
// (rule R3: an analyst must see which indicators are commonplace here), and the documents with the
// highest priority for review. A priority orders work for a human; it is never a verdict (R1).
#include <fmt/format.h>

#include <memory>

#include "cli/command.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

struct FlagsOptions {
  std::string dir;
  int top = 10;
  bool json = false;
};

double Rate(const store::FlagSummary& f) {
  return f.of_documents == 0
             ? 0.0
             : 100.0 * static_cast<double>(f.documents) / static_cast<double>(f.of_documents);
}

void PrintIndicators(const std::vector<store::FlagSummary>& rows, bool json) {
  if (!json)
    fmt::print("{:<12} {:<6} {:<4} {:>6}  base rate\n", "indicator", "family", "tier", "docs");
  for (const store::FlagSummary& f : rows) {
    if (json) {
      PrintJsonLine({{"indicator", f.indicator},
                     {"family", f.family},
                     {"tier", f.tier},
                     {"documents", f.documents},
                     {"of_documents", f.of_documents},
                     {"base_rate", Rate(f) / 100.0}});
    } else {
      fmt::print("{:<12} {:<6} {:<4} {:>6}  appears in {:.0f}% of ads here\n", f.indicator,
                 f.family, f.tier, f.documents, Rate(f));
    }
  }
}

Status PrintTop(store::CaseStore& s, int top, bool json) {
  Result<std::vector<store::StoredScore>> scores = s.TopScores(top);
  if (!scores.ok()) return scores.status();
  if (!json && !scores->empty()) {
    fmt::print("\nHighest priority for review (a ranking for a human, never a verdict):\n");
  }
  for (const store::StoredScore& sc : *scores) {
    Result<Document> doc = s.GetDocument(sc.document_id);
    if (!doc.ok()) return doc.status();
    Result<std::vector<store::StoredFlag>> flags = s.FlagsOf(sc.document_id);
    if (!flags.ok()) return flags.status();
    std::vector<std::string> ids;
    for (const store::StoredFlag& f : *flags) {
      // One entry per indicator: a structural flag may be raised by several shared contacts.
      if (ids.empty() || ids.back() != f.indicator) ids.push_back(f.indicator);
    }
    if (json) {
      PrintJsonLine(
          {{"document", sc.document_id},
           {"source_id", doc->source_id},
           {"site", doc->site},
           {"kind", sc.kind},
           {"score", sc.score},
           {"band", sc.band},
           {"fraud_score", sc.fraud_score},
           {"fraud_band", sc.fraud_band},
           {"flags", ids},
           {"contributions", nlohmann::json::parse(sc.contributions_json, nullptr, false)},
           {"fraud_contributions",
            nlohmann::json::parse(sc.fraud_contributions_json, nullptr, false)}});
      continue;
    }
    std::string list;
    for (const std::string& id : ids) list += (list.empty() ? "" : " ") + id;
    fmt::print("  #{:<6} {:>3} {:<6} fraud {:>3}  {} {}  {}\n", sc.document_id, sc.score, sc.band,
               sc.fraud_score, doc->site, doc->source_id, list);
  }
  return Status::Ok();
}

int RunFlags(const FlagsOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  store::CaseStore& s = (*c)->store();
  Result<std::vector<store::FlagSummary>> rows = s.FlagSummaries();
  if (!rows.ok()) return ReportError(rows.status());
  if (rows->empty()) {
    fmt::print(stderr, "no flags: has `ariadne analyze --case {}` run?\n", o.dir);
    return kExitNegative;
  }
  PrintIndicators(*rows, o.json);
  if (o.top > 0) {
    if (Status st = PrintTop(s, o.top, o.json); !st.ok()) return ReportError(st);
  }
  return kExitOk;
}

}  // namespace

void AddFlagsCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<FlagsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "flags", "List the red flags of a case with their base rates, and the top priorities");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_option("--top", o->top, "also list this many documents by priority (0: none)")
      ->check(CLI::Range(0, 100000));
  cmd->add_flag("--json", o->json, "JSON lines: one per indicator, then one per document");
  cmd->footer(
      "The base rate says how common an indicator is in this case: a flag on most ads tells you "
      "little. Run `ariadne analyze` first.\n\nExamples:\n"
      "  ariadne flags --case mycase\n"
      "  ariadne flags --case mycase --top 50 --json > priorities.jsonl");
  cmd->callback([o, &action] { action = [o] { return RunFlags(*o); }; });
}

}  // namespace ariadne::cli
