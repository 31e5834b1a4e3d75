// ariadne show --case DIR ID [--json]
#include <fmt/format.h>

#include <memory>
#include <optional>

#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "store/case.h"
#include "store/selector_in_title.h"

namespace ariadne::cli {

namespace {

struct ShowOptions {
  std::string dir;
  std::string id;
  std::string site;
  bool json = false;
};

bool AllDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos && s.size() < 19;
}

// The case id a user meant: a number is a case id; anything else a source id (narrowed by --site).
Result<int64_t> ResolveId(store::CaseStore& s, const ShowOptions& o) {
  if (AllDigits(o.id) && o.site.empty()) return std::stoll(o.id);
  Result<std::vector<int64_t>> ids = s.FindBySourceId(o.id, o.site);
  if (!ids.ok()) return ids.status();
  if (ids->empty()) return NotFound(fmt::format("no document with source id \"{}\"", o.id));
  if (ids->size() > 1) {
    std::string list;
    for (int64_t id : *ids) list += fmt::format(" #{}", id);
    return InvalidInput(
        fmt::format("source id \"{}\" names {} documents:{}; give the case id or --site", o.id,
                    ids->size(), list));
  }
  return ids->front();
}

// What analysis said about the document: its red flags and priority score.
struct Analysis {
  std::vector<store::StoredSelector> selectors;
  std::vector<store::StoredFlag> flags;
  std::optional<store::StoredScore> score;
  std::optional<store::StoredCluster> cluster;  // the cluster the document is linked into
};

void PrintFlags(const Analysis& a) {
  if (a.score) {
    fmt::print("Priority:  {} ({}) for review; recruitment-fraud risk {} ({})\n", a.score->score,
               a.score->band, a.score->fraud_score, a.score->fraud_band);
  }
  for (const store::StoredFlag& f : a.flags) {
    fmt::print("Flag:      {:<10} {} {} {:>3} pts  {}{}\n", f.indicator, f.family, f.tier, f.weight,
               f.why, f.from_candidate ? "  [candidate term]" : "");
    if (!f.structural) continue;
    const nlohmann::json evidence = nlohmann::json::parse(f.evidence_json, nullptr, false);
    if (evidence.is_object() && evidence.contains("benign_explanations")) {
      fmt::print("           could also be: {}\n",
                 evidence["benign_explanations"].get<std::string>());
    }
    fmt::print("           evidence {}\n", f.evidence_json);
  }
}

nlohmann::json FlagsJson(const Analysis& a) {
  nlohmann::json flags = nlohmann::json::array();
  for (const store::StoredFlag& f : a.flags) {
    flags.push_back({{"id", f.indicator},
                     {"revision", f.revision},
                     {"family", f.family},
                     {"tier", f.tier},
                     {"category", f.category},
                     {"lang", f.lang},
                     {"weight", f.weight},
                     {"spans", nlohmann::json::parse(f.spans_json, nullptr, false)},
                     {"matched", nlohmann::json::parse(f.matched_json, nullptr, false)},
                     {"evidence", nlohmann::json::parse(f.evidence_json, nullptr, false)},
                     {"why", f.why},
                     {"candidate", f.from_candidate},
                     {"structural", f.structural}});
  }
  return flags;
}

void PrintHuman(const Document& d, const Analysis& a) {
  const std::vector<store::StoredSelector>& selectors = a.selectors;
  fmt::print("Document #{}  ({} / {})\n", d.id, d.site.empty() ? "(no site)" : d.site, d.source_id);
  if (!d.title.empty()) fmt::print("Title:     {}\n", d.title);
  if (!d.url.empty()) fmt::print("URL:       {}\n", d.url);
  if (!d.posted_at.empty()) fmt::print("Posted:    {}\n", d.posted_at);
  if (!d.location.empty()) fmt::print("Location:  {}\n", d.location);
  fmt::print("Language:  {}   Region: {}   Kind: {}\n", d.lang.empty() ? "-" : d.lang,
             d.region.empty() ? "-" : d.region, d.kind.empty() ? "-" : d.kind);
  if (d.attributes_json != "{}") fmt::print("Other:     {}\n", d.attributes_json);
  fmt::print("\n{}\n\n", d.text);
  for (const ImageRef& im : d.images) {
    fmt::print("Image:     {}  [{}{}]\n", im.ref, im.status,
               im.blob_sha256.empty() ? "" : " sha256:" + im.blob_sha256.substr(0, 16) + "…");
  }
  for (const store::StoredSelector& sel : selectors) {
    fmt::print("Selector:  {:<7} {:<36} at {}-{}{} \"{}\"\n", sel.type, sel.value, sel.start,
               sel.end, store::InTitle(sel.details_json) ? " of the title" : "", sel.raw);
  }
  PrintFlags(a);
  if (a.cluster) {
    fmt::print(
        "Cluster:   C{}, {} ads, triage score {} ({}); its links: ariadne network --doc {}\n",
        a.cluster->id, a.cluster->size, a.cluster->score, a.cluster->band, d.id);
  }
  fmt::print("Provenance: {} line {}, bytes {}-{}\n", d.provenance.file_name, d.provenance.line,
             d.provenance.byte_start, d.provenance.byte_end);
  fmt::print("            original sha256:{}\n", d.provenance.blob_sha256);
  fmt::print("            imported {}\n", d.imported_at);
}

int RunShow(const ShowOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  Result<int64_t> id = ResolveId((*c)->store(), o);
  if (!id.ok()) return ReportError(id.status());
  Result<Document> d = (*c)->store().GetDocument(*id);
  if (!d.ok()) return ReportError(d.status());
  // A person is about to see an original: logged first, so an unlogged view cannot happen.
  if (Status st = LogEvent(o.dir, {custody::kActionView,
                                   fmt::format("document:{}", *id),
                                   {d->provenance.blob_sha256},
                                   {{"command", "show"}, {"format", o.json ? "json" : "text"}}});
      !st.ok()) {
    return ReportError(st);
  }
  store::CaseStore& s = (*c)->store();
  Analysis a;
  Result<std::vector<store::StoredSelector>> selectors = s.SelectorsOf(*id);
  if (!selectors.ok()) return ReportError(selectors.status());
  a.selectors = std::move(selectors).value();
  Result<std::vector<store::StoredFlag>> flags = s.FlagsOf(*id);
  if (!flags.ok()) return ReportError(flags.status());
  a.flags = std::move(flags).value();
  Result<std::optional<store::StoredScore>> score = s.ScoreOf(*id);
  if (!score.ok()) return ReportError(score.status());
  a.score = std::move(score).value();
  Result<std::optional<int64_t>> cluster_id = s.ClusterIdOf(*id);
  if (!cluster_id.ok()) return ReportError(cluster_id.status());
  if (*cluster_id) {
    Result<std::optional<store::StoredCluster>> cluster = s.ClusterById(**cluster_id);
    if (!cluster.ok()) return ReportError(cluster.status());
    a.cluster = std::move(cluster).value();
  }
  if (o.json) {
    nlohmann::json j = DocumentToJson(*d);
    j["selectors"] = nlohmann::json::array();
    for (const store::StoredSelector& sel : a.selectors) {
      j["selectors"].push_back(
          {{"type", sel.type},
           {"value", sel.value},
           {"start", sel.start},
           {"end", sel.end},
           {"raw", sel.raw},
           {"details", nlohmann::json::parse(sel.details_json, nullptr, false)}});
    }
    j["flags"] = FlagsJson(a);
    if (a.score) {
      j["priority"] = {
          {"score", a.score->score},
          {"band", a.score->band},
          {"fraud_score", a.score->fraud_score},
          {"fraud_band", a.score->fraud_band},
          {"contributions", nlohmann::json::parse(a.score->contributions_json, nullptr, false)},
          {"fraud_contributions",
           nlohmann::json::parse(a.score->fraud_contributions_json, nullptr, false)}};
    }
    if (a.cluster) {
      j["cluster"] = {{"id", fmt::format("C{}", a.cluster->id)},
                      {"size", a.cluster->size},
                      {"score", a.cluster->score},
                      {"band", a.cluster->band},
                      {"reasons", nlohmann::json::parse(a.cluster->reasons_json, nullptr, false)}};
    }
    PrintJsonLine(j);
  } else {
    PrintHuman(*d, a);
  }
  return kExitOk;
}

}  // namespace

void AddShowCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand("show", "Print one document with its provenance");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_option("ID", o->id, "the case id (a number, as search prints it) or the source's id")
      ->required();
  cmd->add_option("--site", o->site, "with a source id: the site it came from");
  cmd->add_flag("--json", o->json, "print one JSON object with provenance and images");
  cmd->footer(
      "Examples:\n  ariadne show --case mycase 42\n  ariadne show --case mycase sn-00017 --site "
      "sweetnights.example --json");
  cmd->callback([o, &action] { action = [o] { return RunShow(*o); }; });
}

}  // namespace ariadne::cli
