// ariadne flag [--kind sex|labour|auto] [--region CC] [--jsonl] [--candidates] [--rules DIR]: red
// flags and the
// priority-for-review score of ads on stdin, as JSON lines (the contract of ARCHITECTURE.md).
#include <fmt/format.h>

#include <iostream>
#include <iterator>
#include <memory>

#include "capture/line_reader.h"
#include "cli/command.h"
#include "cli/jsonl_input.h"
#include "cli/output.h"
#include "cli/rules_loading.h"
#include "core/exit_code.h"
#include "core/text.h"
#include "flag/flag.h"

namespace ariadne::cli {
namespace {

constexpr size_t kMaxText = size_t{16} << 20;

struct FlagCommandOptions {
  std::string kind = "auto";
  std::string region;  // ISO 3166-1 alpha-2 where the jobs are; a line's "region" wins
  bool jsonl = false;
  bool candidates = false;
  std::string rules;
};

nlohmann::json ContributionsJson(const std::vector<flag::Contribution>& contributions) {
  nlohmann::json list = nlohmann::json::array();
  for (const flag::Contribution& c : contributions) {
    list.push_back({{"id", c.id}, {"points", c.points}, {"note", c.note}});
  }
  return list;
}

nlohmann::json FlagJson(const flag::RaisedFlag& f, const flag::RuleSet& rules) {
  const flag::Indicator& indicator = *f.indicator;
  const flag::Pack& pack = rules.packs[indicator.pack];
  nlohmann::json spans = nlohmann::json::array();
  for (const flag::Span& s : f.spans) spans.push_back({s.start, s.end});
  nlohmann::json sources = nlohmann::json::array();
  for (const std::string& key : indicator.sources) {
    sources.push_back({{"key", key}, {"url", pack.SourceLink(key)}});
  }
  return {{"id", indicator.id},
          {"category", flag::CategoryName(indicator.category)},
          {"weight", f.weight},
          {"spans", spans},
          {"why", f.why},
          {"tier", flag::TierName(indicator.tier)},
          {"family", flag::FamilyName(indicator.family)},
          {"revision", indicator.revision},
          {"lang", f.lang},
          {"matched", f.matched},
          {"candidate", f.from_candidate},
          {"sources", sources}};
}

nlohmann::json AssessmentJson(const nlohmann::json& id, const flag::Assessment& a,
                              const flag::RuleSet& rules) {
  nlohmann::json flags = nlohmann::json::array();
  for (const flag::RaisedFlag& f : a.flags) flags.push_back(FlagJson(f, rules));
  return {{"id", id},
          {"kind", flag::AdKindName(a.kind)},
          {"score", a.score.score},
          {"band", flag::BandName(a.score.band)},
          {"contributions", ContributionsJson(a.score.contributions)},
          {"fraud_risk",
           {{"score", a.fraud_risk.score},
            {"band", flag::BandName(a.fraud_risk.band)},
            {"contributions", ContributionsJson(a.fraud_risk.contributions)}}},
          {"flags", flags}};
}

int RunPlain(const flag::Flagger& flagger, flag::AdKind kind, const std::string& region) {
  std::string text;
  text.reserve(1 << 16);
  char buffer[1 << 16];
  int exit_code = kExitOk;
  while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
    text.append(buffer, static_cast<size_t>(std::cin.gcount()));
    if (text.size() > kMaxText) {
      fmt::print(stderr,
                 "stdin: longer than {} bytes: only the first {} bytes were flagged; use "
                 "--jsonl for many ads\n",
                 kMaxText, kMaxText);
      text.resize(kMaxText);
      exit_code = kExitDataErr;
      break;
    }
  }
  const flag::Assessment a =
      flagger.Assess({.text = text, .kind = kind, .lang = "", .region = region, .phones = {}});
  PrintJsonLine(AssessmentJson("stdin", a, flagger.rules()));
  return exit_code;
}

// The ad of one input line, or the reason it cannot be read.
std::string ReadAd(const nlohmann::json& in, flag::AdKind default_kind,
                   const std::string& default_region, flag::AdInput* ad) {
  if (in.is_discarded() || !in.is_object() || !in.contains("text") || !in["text"].is_string()) {
    return "expected a JSON object with a string \"text\" (and \"id\", \"kind\", \"lang\", "
           "\"region\")";
  }
  ad->text = in["text"].get_ref<const std::string&>();
  ad->kind = default_kind;
  ad->region = default_region;
  if (in.contains("kind")) {
    if (!in["kind"].is_string() ||
        !flag::ParseAdKind(in["kind"].get_ref<const std::string&>(), &ad->kind)) {
      return "\"kind\" must be \"sex\", \"labour\" or \"auto\"";
    }
  }
  if (in.contains("lang")) {
    if (!in["lang"].is_string()) return "\"lang\" must be a string (ISO 639-1)";
    ad->lang = in["lang"].get<std::string>();
  }
  if (in.contains("region")) {
    if (!in["region"].is_string()) return "\"region\" must be a string (ISO 3166-1 alpha-2)";
    ad->region = in["region"].get<std::string>();
  }
  return "";
}

int RunJsonl(const flag::Flagger& flagger, flag::AdKind default_kind,
             const std::string& default_region) {
  return ForEachJsonLine(std::cin, kMaxText, [&](int64_t number, const nlohmann::json& in) {
    flag::AdInput ad;
    if (std::string why = ReadAd(in, default_kind, default_region, &ad); !why.empty()) return why;
    const nlohmann::json id = in.contains("id") ? in["id"] : nlohmann::json(number);
    PrintJsonLine(AssessmentJson(id, flagger.Assess(ad), flagger.rules()));
    return std::string();
  });
}

int RunFlag(const FlagCommandOptions& o) {
  flag::AdKind kind = flag::AdKind::kAuto;
  if (!flag::ParseAdKind(o.kind, &kind)) {
    fmt::print(stderr, "ariadne: usage error: --kind must be sex, labour or auto\n");
    return kExitUsage;
  }
  int exit_code = kExitOk;
  auto rules = LoadRulesOrReport(o.rules, &exit_code);
  if (!rules) return exit_code;
  auto flagger = flag::Flagger::Create(rules, flag::FlagOptions{.candidates = o.candidates});
  if (!flagger.ok()) {
    fmt::print(stderr, "{}\n", flagger.status().message());
    return kExitDataErr;
  }
  std::ios::sync_with_stdio(false);
  return o.jsonl ? RunJsonl(**flagger, kind, o.region) : RunPlain(**flagger, kind, o.region);
}

}  // namespace

void AddFlagCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<FlagCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "flag", "Explained red flags and a priority-for-review score of ads on stdin (JSON lines)");
  cmd->add_option("--kind", o->kind,
                  "sex, labour or auto (default): which packs apply; a line's \"kind\" wins")
      ->check(CLI::IsMember({"sex", "labour", "auto"}));
  cmd->add_option("--region", o->region,
                  "ISO 3166-1 alpha-2 country where the jobs are (e.g. the site's country): stated "
                  "pay is compared with its minimum wage (J-SAL); a line's \"region\" wins");
  cmd->add_flag("--jsonl", o->jsonl,
                "input is JSON lines {\"id\", \"text\", \"kind\"?, \"lang\"?, \"region\"?}, one "
                "result each");
  cmd->add_flag("--candidates", o->candidates,
                "also match candidate phrases (not yet validated by native speakers: rule R15)");
  cmd->add_option("--rules", o->rules, kRulesOptionHelp);
  cmd->footer(
      "Output: {\"id\", \"kind\", \"score\", \"band\", \"contributions\": [{\"id\", \"points\", "
      "\"note\"}],\n  \"fraud_risk\": {\"score\", \"band\", \"contributions\"}, \"flags\": "
      "[{\"id\", "
      "\"category\", \"weight\",\n  \"spans\": [[start, end]], \"why\", \"tier\", \"family\", "
      "\"revision\", \"lang\", \"matched\", \"candidate\",\n  \"sources\"}]}\n"
      "The score (0-100) is the sum of its contributions and orders a review queue: band low, "
      "medium\nor high is a priority for review, never a finding about a person. Spans are UTF-8 "
      "byte offsets\ninto the input text. With --kind auto, the kind whose packs have more "
      "distinct scored\nindicators matched wins; on a tie both apply (kind \"unknown\"). Stated "
      "pay (\"€3,000 per month\")\nis compared with the minimum wage of the country the ad "
      "names as where the job is,\nelse of the region, in any currency of "
      "rules/data/minimum-wages.toml.\n\n"
      "Examples:\n  echo 'No experience needed, processing fee 200 EUR' | ariadne flag\n"
      "  ariadne flag --jsonl --kind labour --region RO < ads.jsonl > flags.jsonl");
  cmd->callback([o, &action] { action = [o] { return RunFlag(*o); }; });
}

}  // namespace ariadne::cli
