// ariadne network --case DIR (--selector VALUE | --doc ID) [--hops N] [--json]
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "link/case_graph.h"
#include "network/analysis.h"
#include "store/case.h"
#include "store/contact_kinds.h"

namespace ariadne::cli {

namespace {

struct NetworkOptions {
  std::string dir;
  std::string selector;
  std::string type;
  int64_t doc = 0;
  int hops = 2;
  size_t max_nodes = 5000;
  bool include_generic = false;
  bool json = false;
};

std::vector<std::string> ContactKindNames() {
  std::vector<std::string> out;
  for (const store::ContactKind& kind : store::kContactKinds) out.emplace_back(kind.type);
  return out;
}

int RunNetwork(const NetworkOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  store::CaseStore& s = (*c)->store();
  link::GraphOptions graph_options;
  graph_options.max_nodes = o.max_nodes;
  graph_options.include_generic = o.include_generic;
  Result<link::EgoGraph> ego =
      o.doc > 0 ? link::EgoNetworkOfDocument(s, o.doc, o.hops, graph_options)
                : link::EgoNetworkOfContact(
                      s, o.type.empty() ? std::string(store::GuessContactKind(o.selector)) : o.type,
                      o.selector, o.hops, graph_options);
  if (!ego.ok()) return ReportError(ego.status());
  const network::Graph& g = ego->graph;
  // Distances from the start, and who holds the network together.
  Result<network::Subgraph> rings = network::EgoNetwork(g, ego->seeds, o.hops);
  if (!rings.ok()) return ReportError(rings.status());
  std::vector<int> hops(g.node_count(), -1);
  for (size_t i = 0; i < rings->original.size(); ++i) hops[rings->original[i]] = rings->hops[i];
  Result<network::Betweenness> betweenness = network::BetweennessOn(g, {});
  if (!betweenness.ok()) return ReportError(betweenness.status());
  const std::vector<int> degree = network::Degree(g);
  std::vector<double> between(g.node_count(), 0);
  for (size_t i = 0; i < betweenness->nodes.size(); ++i) {
    between[betweenness->nodes[i]] = betweenness->values[i];
  }
  if (o.json) {
    nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
    for (size_t i = 0; i < g.node_count(); ++i) {
      const network::Node& n = g.nodes()[i];
      nlohmann::json attributes = nlohmann::json::object();
      for (const auto& [k, v] : n.attributes) attributes[k] = v;
      nodes.push_back({{"key", n.key},
                       {"kind", n.kind},
                       {"label", n.label},
                       {"hops", hops[i]},
                       {"degree", degree[i]},
                       {"betweenness", between[i]},
                       {"attributes", attributes}});
    }
    for (const network::Edge& e : g.edges()) {
      edges.push_back({{"from", g.nodes()[e.from].key},
                       {"to", g.nodes()[e.to].key},
                       {"kind", e.kind},
                       {"weight", e.weight},
                       {"evidence_documents", e.evidence_documents}});
    }
    fmt::print("{}\n", nlohmann::json{{"hops_reached", ego->hops_reached},
                                      {"truncated", ego->truncated},
                                      {"betweenness", betweenness->method},
                                      {"nodes", nodes},
                                      {"edges", edges}}
                           .dump(2));
    return kExitOk;
  }
  std::vector<int> order(g.node_count());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return hops[a] != hops[b] ? hops[a] < hops[b] : between[a] > between[b];
  });
  fmt::print("{} nodes, {} links within {} hops{}\n", g.node_count(), g.edge_count(),
             ego->hops_reached,
             ego->truncated ? fmt::format(" (stopped: the next ring passes {} nodes; "
                                          "raise --max-nodes)",
                                          o.max_nodes)
                            : "");
  fmt::print("{:>4}  {:<8} {:<46} {:>6} {:>11}\n", "hops", "kind", "node", "degree", "betweenness");
  for (int i : order) {
    const network::Node& n = g.nodes()[i];
    fmt::print("{:>4}  {:<8} {:<46} {:>6} {:>11.1f}\n", hops[i], n.kind, n.label.substr(0, 46),
               degree[i], between[i]);
  }
  fmt::print("betweenness: {}\n", betweenness->method);
  return kExitOk;
}

}  // namespace

void AddNetworkCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<NetworkOptions>();
  CLI::App* cmd = app.add_subcommand(
      "network", "Show the ego network of an ad or a contact: who is linked, how, how closely");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  auto* selector = cmd->add_option("--selector", o->selector,
                                   "start from a contact value (E.164 phone, e-mail, "
                                   "platform:handle, IBAN, btc:/eth:/trx: wallet, a payment "
                                   "app's tag such as revolut:name or vipps:84440, IP address)");
  auto* doc = cmd->add_option("--doc", o->doc, "start from a document (case id)")
                  ->check(CLI::PositiveNumber);
  selector->excludes(doc);
  cmd->add_option("--type", o->type, "the selector's type when it cannot be guessed")
      ->check(CLI::IsMember(ContactKindNames()));
  cmd->add_option("--hops", o->hops, "steps from the start (ad -> contact -> ad ...)")
      ->check(CLI::Range(0, 10));
  cmd->add_option("--max-nodes", o->max_nodes, "stop before a ring would pass this many nodes")
      ->check(CLI::Range(1, 10000000));
  cmd->add_flag("--include-generic", o->include_generic,
                "also go through values shared by many unrelated ads (see clusters --generic)");
  cmd->add_flag("--json", o->json, "nodes and edges as one JSON object");
  cmd->footer(
      "Generic values (a site's own address) are not followed. Betweenness shows who connects\n"
      "the rest: a broker, or simply a shared number; read the evidence before concluding.\n\n"
      "Examples:\n"
      "  ariadne network --case mycase --selector +447700900123 --hops 3\n"
      "  ariadne network --case mycase --doc 42 --json > ego.json");
  cmd->callback([o, &action, selector, doc] {
    action = [o, selector, doc] {
      if (selector->count() == 0 && doc->count() == 0) {
        fmt::print(stderr, "network: give --selector VALUE or --doc ID\n");
        return static_cast<int>(kExitUsage);
      }
      return RunNetwork(*o);
    };
  });
}

}  // namespace ariadne::cli
