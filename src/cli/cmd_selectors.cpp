// ariadne selectors --case DIR [--type T] [--min-docs N] [--json]
#include <fmt/format.h>

#include <memory>

#include "cli/command.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

struct SelectorsOptions {
  std::string dir;
  std::string type;
  int64_t min_docs = 1;
  int limit = 50;
  bool json = false;
};

int RunSelectors(const SelectorsOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  Result<std::vector<store::SelectorSummary>> rows =
      (*c)->store().SelectorSummaries(o.type, o.min_docs, o.limit);
  if (!rows.ok()) return ReportError(rows.status());
  if (!o.json) {
    fmt::print("{:<7} {:<42} {:>5} {:>5}  {:<10}  {:<10}  documents\n", "type", "value", "docs",
               "times", "first seen", "last seen");
  }
  for (const store::SelectorSummary& s : *rows) {
    if (o.json) {
      PrintJsonLine({{"type", s.type},
                     {"value", s.value},
                     {"documents", s.documents},
                     {"occurrences", s.occurrences},
                     {"first_seen", s.first_seen},
                     {"last_seen", s.last_seen},
                     {"document_ids", s.document_ids}});
      continue;
    }
    std::string ids;
    for (int64_t id : s.document_ids) ids += fmt::format("{}#{}", ids.empty() ? "" : " ", id);
    if (s.documents > static_cast<int64_t>(s.document_ids.size())) ids += " …";
    fmt::print("{:<7} {:<42} {:>5} {:>5}  {:<10}  {:<10}  {}\n", s.type, s.value, s.documents,
               s.occurrences, s.first_seen.substr(0, 10), s.last_seen.substr(0, 10), ids);
  }
  if (rows->empty()) {
    fmt::print(stderr, "no selectors{}: has `ariadne analyze --case {}` run?\n",
               o.type.empty() ? "" : " of type " + o.type, o.dir);
    return kExitNegative;
  }
  return kExitOk;
}

}  // namespace

void AddSelectorsCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<SelectorsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "selectors", "List selector values of a case with counts, documents, first and last seen");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_option(
      "--type", o->type,
      "only this type (phone, email, handle, url, iban, crypto, ip, payment, price, age)");
  cmd->add_option("--min-docs", o->min_docs, "only values found in at least this many documents")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--limit", o->limit, "at most this many values")->check(CLI::Range(1, 1000000));
  cmd->add_flag("--json", o->json, "one JSON line per value");
  cmd->footer(
      "Most shared first. Run `ariadne analyze` first.\n\nExamples:\n"
      "  ariadne selectors --case mycase --type phone --min-docs 3\n"
      "  ariadne selectors --case mycase --json > selectors.jsonl");
  cmd->callback([o, &action] { action = [o] { return RunSelectors(*o); }; });
}

}  // namespace ariadne::cli
