// ariadne clusters --case DIR [--min-size N] [--limit N] [--generic] [--json]
#include <fmt/format.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

struct ClustersOptions {
  std::string dir;
  int64_t min_size = 2;
  int limit = 50;
  bool generic = false;
  bool json = false;
};

// Source ids of documents, looked up once.
class SourceIds {
 public:
  explicit SourceIds(store::CaseStore& s) : store_(s) {}
  Result<std::vector<std::string>> Of(const std::vector<int64_t>& ids) {
    std::vector<int64_t> missing;
    for (int64_t id : ids) {
      if (known_.count(id) == 0) missing.push_back(id);
    }
    if (!missing.empty()) {
      Result<std::vector<store::DocumentHeader>> headers = store_.DocumentHeaders(missing);
      if (!headers.ok()) return headers.status();
      for (const store::DocumentHeader& h : *headers) known_[h.id] = h.source_id;
    }
    std::vector<std::string> out;
    for (int64_t id : ids) out.push_back(known_[id]);
    return out;
  }

 private:
  store::CaseStore& store_;
  std::map<int64_t, std::string> known_;
};

int PrintGeneric(store::CaseStore& s, bool json) {
  Result<std::vector<store::StoredGeneric>> generic = s.GenericValues();
  if (!generic.ok()) return ReportError(generic.status());
  nlohmann::json out = nlohmann::json::array();
  for (const store::StoredGeneric& g : *generic) {
    if (json) {
      out.push_back(
          {{"kind", g.kind}, {"value", g.value}, {"documents", g.documents}, {"why", g.why}});
    } else {
      fmt::print("{:<7} {:<40} {:>6} docs  {}\n", g.kind, g.value, g.documents, g.why);
    }
  }
  if (json) fmt::print("{}\n", out.dump(2));
  if (!json && generic->empty())
    fmt::print("no generic values: nothing is shared by many unrelated documents\n");
  return kExitOk;
}

int RunClusters(const ClustersOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  store::CaseStore& s = (*c)->store();
  if (o.generic) return PrintGeneric(s, o.json);
  Result<std::vector<store::StoredCluster>> clusters = s.Clusters(o.min_size, o.limit);
  if (!clusters.ok()) return ReportError(clusters.status());
  SourceIds source_ids(s);
  nlohmann::json out = nlohmann::json::array();
  for (const store::StoredCluster& cluster : *clusters) {
    Result<std::vector<std::string>> ads = source_ids.Of(cluster.documents);
    if (!ads.ok()) return ReportError(ads.status());
    nlohmann::json reasons = nlohmann::json::parse(cluster.reasons_json, nullptr, false);
    nlohmann::json parts = nlohmann::json::parse(cluster.parts_json, nullptr, false);
    if (o.json) {
      for (nlohmann::json& r : reasons) {
        Result<std::vector<std::string>> reason_ads =
            source_ids.Of(r.value("documents", std::vector<int64_t>{}));
        if (!reason_ads.ok()) return ReportError(reason_ads.status());
        r["ads"] = *reason_ads;
      }
      out.push_back({{"id", fmt::format("C{}", cluster.id)},
                     {"ads", *ads},
                     {"documents", cluster.documents},
                     {"score", cluster.score},
                     {"band", cluster.band},
                     {"parts", parts},
                     {"reasons", reasons}});
      continue;
    }
    fmt::print("C{:<7} {:>4} ads  score {:>3} ({})\n", cluster.id, cluster.size, cluster.score,
               cluster.band);
    for (const char* part : {"network", "control", "inauthentic"}) {
      if (!parts.contains(part)) continue;
      fmt::print("    {:<12} {:.2f}  {}\n", part, parts[part].value("value", 0.0),
                 parts[part].value("why", ""));
    }
    int shown = 0;
    for (const nlohmann::json& r : reasons) {
      if (++shown > 5) {
        fmt::print("    … {} more reasons (--json lists all)\n", reasons.size() - 5);
        break;
      }
      fmt::print("    {:<7} {:<44} {} docs\n", r.value("kind", ""), r.value("value", ""),
                 r.value("documents", nlohmann::json::array()).size());
    }
  }
  if (o.json) fmt::print("{}\n", out.dump(2));
  if (clusters->empty()) {
    fmt::print(stderr,
               "no clusters of {} documents or more: has `ariadne analyze --case {}` run?\n",
               o.min_size, o.dir);
    return kExitNegative;
  }
  return kExitOk;
}

}  // namespace

void AddClustersCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<ClustersOptions>();
  CLI::App* cmd = app.add_subcommand(
      "clusters", "List clusters of linked documents with the reasons that joined them");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_option("--min-size", o->min_size, "only clusters of at least this many documents")
      ->check(CLI::Range(int64_t{2}, int64_t{1} << 40));
  cmd->add_option("--limit", o->limit, "at most this many clusters")
      ->check(CLI::Range(1, 10000000));
  cmd->add_flag("--generic", o->generic,
                "list the values shared by many unrelated documents instead (never linked on)");
  cmd->add_flag("--json", o->json,
                "a JSON array of {\"id\",\"ads\":[source ids],\"score\",\"reasons\":[...]}");
  cmd->footer(
      "Highest triage score first: part of a network x control indicators x inauthentic account,\n"
      "each part shown. A score ranks clusters for review; it is never a verdict on a person.\n"
      "Run `ariadne analyze` first.\n\nExamples:\n"
      "  ariadne clusters --case mycase --min-size 5\n"
      "  ariadne clusters --case mycase --json > clusters.json");
  cmd->callback([o, &action] { action = [o] { return RunClusters(*o); }; });
}

}  // namespace ariadne::cli
