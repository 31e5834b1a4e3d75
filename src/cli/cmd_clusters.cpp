// ariadne clusters --case DIR [--min-size N] [--limit N] [--generic] [--json]
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "cli/command.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "link/persona.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

struct ClustersOptions {
  std::string dir;
  int64_t min_size = 2;
  // Unset: every cluster in JSON (a script must never miss clusters silently), the 50 highest
  // scored in the text listing, which then says that more exist.
  std::optional<int> limit;
  bool generic = false;
  bool json = false;
};

// Document headers, looked up once.
class Headers {
 public:
  explicit Headers(store::CaseStore& s) : store_(s) {}
  Result<std::vector<store::DocumentHeader>> Of(const std::vector<int64_t>& ids) {
    std::vector<int64_t> missing;
    for (int64_t id : ids) {
      if (known_.count(id) == 0) missing.push_back(id);
    }
    if (!missing.empty()) {
      Result<std::vector<store::DocumentHeader>> headers = store_.DocumentHeaders(missing);
      if (!headers.ok()) return headers.status();
      for (const store::DocumentHeader& h : *headers) known_[h.id] = h;
    }
    std::vector<store::DocumentHeader> out;
    for (int64_t id : ids) out.push_back(known_[id]);
    return out;
  }
  Result<std::vector<std::string>> SourceIds(const std::vector<int64_t>& ids) {
    Result<std::vector<store::DocumentHeader>> headers = Of(ids);
    if (!headers.ok()) return headers.status();
    std::vector<std::string> out;
    for (const store::DocumentHeader& h : *headers) out.push_back(h.source_id);
    return out;
  }

 private:
  store::CaseStore& store_;
  std::map<int64_t, store::DocumentHeader> known_;
};

// Where and when a cluster's ads were posted: one stop per place, in order of first appearance,
// with its first and last date and its number of ads (the movement of an entity).
nlohmann::json Timeline(const std::vector<store::DocumentHeader>& headers) {
  struct Stop {
    std::string first, last;
    int64_t ads = 0;
  };
  std::map<std::string, Stop> stops;
  for (const store::DocumentHeader& h : headers) {
    if (h.location.empty() || h.posted_at.empty()) continue;
    const std::string day = h.posted_at.substr(0, 10);
    Stop& stop = stops[h.location];
    if (stop.first.empty() || day < stop.first) stop.first = day;
    if (day > stop.last) stop.last = day;
    ++stop.ads;
  }
  std::vector<std::pair<std::string, Stop>> ordered(stops.begin(), stops.end());
  std::sort(ordered.begin(), ordered.end(),
            [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [place, stop] : ordered) {
    out.push_back({{"location", place},
                   {"first_seen", stop.first},
                   {"last_seen", stop.last},
                   {"ads", stop.ads}});
  }
  return out;
}

// The personas a cluster's ads present, by name (ages a year apart are one persona: ads run for
// months), with how many ads show each: several personas behind one contact is what N-PHONE looks
// for. Ads without a name count under their stated age.
Result<nlohmann::json> Personas(store::CaseStore& s, const std::vector<int64_t>& documents) {
  struct Seen {
    std::string name;
    int min_age = 1000, max_age = -1;
    int64_t ads = 0;
  };
  std::map<std::string, Seen> by_key;
  for (int64_t id : documents) {
    Result<Document> d = s.GetDocument(id);
    if (!d.ok()) return d.status();
    Result<std::vector<store::StoredSelector>> selectors = s.SelectorsOf(id);
    if (!selectors.ok()) return selectors.status();
    std::string age;
    for (const store::StoredSelector& sel : *selectors) {
      if (sel.type == "age") {
        age = sel.value;
        break;
      }
    }
    const link::Persona p = link::PersonaOf(d->title, d->text, age);
    if (p.empty()) continue;
    Seen& seen = by_key[p.name.empty() ? "age " + p.age : p.name];
    seen.name = p.name;
    if (!p.age.empty()) {
      const int a = std::atoi(p.age.c_str());
      seen.min_age = std::min(seen.min_age, a);
      seen.max_age = std::max(seen.max_age, a);
    }
    ++seen.ads;
  }
  std::vector<Seen> sorted;
  for (auto& [key, seen] : by_key) sorted.push_back(seen);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Seen& a, const Seen& b) { return a.ads > b.ads; });
  nlohmann::json out = nlohmann::json::array();
  for (const Seen& p : sorted) {
    std::string ages;
    if (p.max_age >= 0) {
      ages = p.min_age == p.max_age ? std::to_string(p.min_age)
                                    : fmt::format("{}-{}", p.min_age, p.max_age);
    }
    out.push_back({{"name", p.name}, {"age", ages}, {"ads", p.ads}});
  }
  return out;
}

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
  constexpr int kTextListingClusters = 50;
  const int limit =
      o.limit.value_or(o.json ? std::numeric_limits<int>::max() : kTextListingClusters);
  // One more than shown, to know whether the listing was cut.
  const int asked = limit == std::numeric_limits<int>::max() ? limit : limit + 1;
  Result<std::vector<store::StoredCluster>> clusters = s.Clusters(o.min_size, asked);
  if (!clusters.ok()) return ReportError(clusters.status());
  const bool cut = static_cast<int64_t>(clusters->size()) > limit;
  if (cut) clusters->resize(static_cast<size_t>(limit));
  Headers headers(s);
  nlohmann::json out = nlohmann::json::array();
  for (const store::StoredCluster& cluster : *clusters) {
    Result<std::vector<std::string>> ads = headers.SourceIds(cluster.documents);
    if (!ads.ok()) return ReportError(ads.status());
    Result<std::vector<store::DocumentHeader>> cluster_headers = headers.Of(cluster.documents);
    if (!cluster_headers.ok()) return ReportError(cluster_headers.status());
    const nlohmann::json timeline = Timeline(*cluster_headers);
    Result<nlohmann::json> personas = Personas(s, cluster.documents);
    if (!personas.ok()) return ReportError(personas.status());
    nlohmann::json reasons = nlohmann::json::parse(cluster.reasons_json, nullptr, false);
    nlohmann::json parts = nlohmann::json::parse(cluster.parts_json, nullptr, false);
    if (o.json) {
      for (nlohmann::json& r : reasons) {
        Result<std::vector<std::string>> reason_ads =
            headers.SourceIds(r.value("documents", std::vector<int64_t>{}));
        if (!reason_ads.ok()) return ReportError(reason_ads.status());
        r["ads"] = *reason_ads;
      }
      out.push_back({{"id", fmt::format("C{}", cluster.id)},
                     {"ads", *ads},
                     {"documents", cluster.documents},
                     {"score", cluster.score},
                     {"band", cluster.band},
                     {"parts", parts},
                     {"reasons", reasons},
                     {"timeline", timeline},
                     {"personas", *personas}});
      continue;
    }
    fmt::print("C{:<7} {:>4} ads  score {:>3} ({})\n", cluster.id, cluster.size, cluster.score,
               cluster.band);
    for (const char* part : {"network", "control", "inauthentic"}) {
      if (!parts.contains(part)) continue;
      fmt::print("    {:<12} {:.2f}  {}\n", part, parts[part].value("value", 0.0),
                 parts[part].value("why", ""));
    }
    if (!personas->empty()) {
      std::string line;
      int shown = 0;
      for (const nlohmann::json& p : *personas) {
        if (++shown > 8) {
          line += fmt::format(" and {} more", personas->size() - 8);
          break;
        }
        const link::Persona persona{p["name"], p["age"]};
        line += fmt::format("{}{} ({})", line.empty() ? "" : " · ", persona.Label(),
                            p["ads"].get<int64_t>());
      }
      fmt::print("    personas     {}\n", line);
    }
    if (!timeline.empty()) {
      std::string trail;
      for (const nlohmann::json& stop : timeline) {
        trail += fmt::format(
            "{}{} {}..{} ({})", trail.empty() ? "" : " -> ", stop["location"].get<std::string>(),
            stop["first_seen"].get<std::string>().substr(5),
            stop["last_seen"].get<std::string>().substr(5), stop["ads"].get<int64_t>());
      }
      fmt::print("    where/when   {}\n", trail);
    }
    int shown = 0;
    for (const nlohmann::json& r : reasons) {
      if (++shown > 5) {
        fmt::print("    … {} more reasons (--json lists all)\n", reasons.size() - 5);
        break;
      }
      fmt::print("    {:<7} {:<44} {} docs\n", r.value("kind", ""), r.value("value", ""),
                 r.value("documents", nlohmann::json::array()).size());
      // Documents that quote the value from another ad (link/quoted.h): shown, not joined.
      if (const size_t quoted = r.value("quoted_on", nlohmann::json::array()).size(); quoted > 0) {
        fmt::print("            also quoted on {} other doc(s), not joined: {}\n", quoted,
                   r.value("quoted_why", ""));
      }
    }
  }
  if (o.json) fmt::print("{}\n", out.dump(2));
  if (cut) {
    fmt::print(stderr,
               "the {} highest-scored clusters are shown; more exist: --limit N shows more\n",
               limit);
  }
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
  cmd->add_option("--limit", o->limit,
                  "at most this many clusters (default: all with --json, else the first 50)")
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
