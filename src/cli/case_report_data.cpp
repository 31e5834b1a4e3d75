#include "cli/case_report_data.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "link/case_graph.h"
#include "network/analysis.h"
#include "report/graph_svg.h"

namespace ariadne::cli {

namespace {

Result<std::vector<report::NamedCount>> Counted(store::CaseStore& s, store::Facet facet,
                                                int limit) {
  Result<std::vector<store::NamedCount>> rows = s.CountBy(facet, limit);
  if (!rows.ok()) return rows.status();
  std::vector<report::NamedCount> out;
  for (const auto& r : *rows) out.push_back({r.name, r.count});
  return out;
}

// The selectors shared by several documents: the first leads to networks (a contact reused across
// ads).
Result<std::string> SharedSelectorsSection(store::CaseStore& s) {
  Result<std::vector<store::SelectorSummary>> rows = s.SelectorSummaries("", 2, 25);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::string();
  std::string html =
      "<p>Contact selectors found in more than one document, most shared first. A shared contact "
      "is "
      "a lead to check, not a finding: sites, agencies and platforms share contacts too.</p>"
      "<table><thead><tr><th>Type</th><th>Value</th><th>Documents</th><th>First seen</th>"
      "<th>Last seen</th><th>Document ids</th></tr></thead><tbody>";
  for (const store::SelectorSummary& r : *rows) {
    std::string ids;
    for (int64_t id : r.document_ids) ids += fmt::format("{}#{}", ids.empty() ? "" : " ", id);
    html += fmt::format(
        "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        HtmlEscape(r.type), HtmlEscape(r.value), r.documents,
        HtmlEscape(r.first_seen.substr(0, 10)), HtmlEscape(r.last_seen.substr(0, 10)),
        HtmlEscape(ids));
  }
  return html + "</tbody></table>";
}

// Each indicator's base rate drawn as a bar (how common it is here: rule R3), then the documents
// with the highest priority for review.
Result<std::string> FlagsSection(store::CaseStore& s) {
  Result<std::vector<store::FlagSummary>> rows = s.FlagSummaries();
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::string();
  constexpr int kBarHeight = 18, kLabelWidth = 110, kBarWidth = 420;
  const int height = kBarHeight * static_cast<int>(rows->size()) + 4;
  std::string html =
      "<p>Red flags raised by the rule packs, with the share of analysed ads that carry each one. "
      "A flag is a reason to look, never a verdict; a flag on most ads says little.</p>";
  html += fmt::format(
      "<svg role=\"img\" aria-label=\"Base rate of each red flag\" width=\"{}\" height=\"{}\" "
      "viewBox=\"0 0 {} {}\">",
      kLabelWidth + kBarWidth + 60, height, kLabelWidth + kBarWidth + 60, height);
  int y = 2;
  for (const store::FlagSummary& f : *rows) {
    const double rate = f.of_documents == 0 ? 0.0
                                            : static_cast<double>(f.documents) /
                                                  static_cast<double>(f.of_documents);
    const int width = std::max(1, static_cast<int>(rate * kBarWidth));
    html += fmt::format(
        "<text x=\"0\" y=\"{}\" font-size=\"12\">{} {}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#7a4f9a\"/>"
        "<text x=\"{}\" y=\"{}\" font-size=\"12\">{:.1f}% ({})</text>",
        y + 13, HtmlEscape(f.indicator), HtmlEscape(f.tier), kLabelWidth, y + 3, width,
        kBarHeight - 6, kLabelWidth + width + 4, y + 13, rate * 100.0, f.documents);
    y += kBarHeight;
  }
  html += "</svg>";
  Result<std::vector<store::StoredScore>> top = s.TopScores(10);
  if (!top.ok()) return top.status();
  html +=
      "<p>Highest priority for review (a ranking for an analyst's time):</p><table><thead><tr>"
      "<th>Document</th><th>Score</th><th>Band</th><th>Fraud risk</th><th>Kind</th></tr></thead>"
      "<tbody>";
  for (const store::StoredScore& sc : *top) {
    html += fmt::format("<tr><td>#{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                        sc.document_id, sc.score, HtmlEscape(sc.band), sc.fraud_score,
                        HtmlEscape(sc.kind));
  }
  return html + "</tbody></table>";
}

}  // namespace

// The clusters with the highest triage score, each drawn as a network with its parts and reasons.
Result<std::string> ClustersSection(store::CaseStore& s) {
  constexpr int kDrawn = 5;
  Result<std::vector<store::StoredCluster>> clusters = s.Clusters(3, kDrawn);
  if (!clusters.ok()) return clusters.status();
  if (clusters->empty()) return std::string();
  std::string html =
      "<p>Ads joined into clusters by shared contacts, near-identical text and reused photos, "
      "ranked for review the way the UK ranks ads: part of a network, control indicators, an "
      "inauthentic account. Each part is shown; values shared by many unrelated ads (a site's own "
      "address, a stock photo) are never used to join. A cluster is a lead for a person to check, "
      "not a finding. <code>ariadne clusters</code> lists them all; <code>ariadne export</code> "
      "opens them in Gephi, i2 or Maltego.</p>";
  for (const store::StoredCluster& cluster : *clusters) {
    Result<network::Graph> graph = link::BuildGraph(s, cluster.documents);
    if (!graph.ok()) return graph.status();
    Result<std::vector<network::Point>> points = network::Layout(*graph);
    if (!points.ok()) return points.status();
    report::DrawnGraph drawn;
    drawn.caption = fmt::format("Network of cluster C{}: {} ads", cluster.id, cluster.size);
    for (size_t i = 0; i < graph->node_count(); ++i) {
      const network::Node& n = graph->nodes()[i];
      drawn.nodes.push_back({(*points)[i].x, (*points)[i].y, n.kind, n.label});
    }
    for (const network::Edge& e : graph->edges()) drawn.edges.push_back({e.from, e.to, e.kind});
    html += fmt::format("<h3>C{}: {} ads, triage score {} ({})</h3>", cluster.id, cluster.size,
                        cluster.score, HtmlEscape(cluster.band));
    html += report::RenderGraphSvg(drawn);
    const nlohmann::json parts = nlohmann::json::parse(cluster.parts_json, nullptr, false);
    html += "<ul>";
    for (const char* part : {"network", "control", "inauthentic"}) {
      if (!parts.is_object() || !parts.contains(part)) continue;
      html += fmt::format("<li><b>{}</b> {:.2f}: {}</li>", part, parts[part].value("value", 0.0),
                          HtmlEscape(parts[part].value("why", "")));
    }
    const nlohmann::json reasons = nlohmann::json::parse(cluster.reasons_json, nullptr, false);
    int shown = 0;
    for (const nlohmann::json& r : reasons) {
      if (++shown > 6) break;
      html += fmt::format("<li>{} <code>{}</code> on {} ads</li>", HtmlEscape(r.value("kind", "")),
                          HtmlEscape(r.value("value", "")),
                          r.value("documents", nlohmann::json::array()).size());
    }
    html += "</ul>";
  }
  return html;
}

Result<report::ReportData> CollectReportData(store::Case& c) {
  store::CaseStore& s = c.store();
  report::ReportData d;
  Result<store::CaseInfo> info = s.Info();
  if (!info.ok()) return info.status();
  d.case_name = info->name;
  d.purpose = info->purpose;
  d.legal_basis = info->legal_basis;
  d.retention_days = info->retention_days;
  d.region = info->region;
  d.created_at = info->created_at;
  d.generated_at = UtcNowIso8601();
  d.tool_version = ARIADNE_VERSION;
  Result<store::CaseCounts> n = s.Counts();
  if (!n.ok()) return n.status();
  d.documents = n->documents;
  d.blobs = n->blobs;
  d.images = n->images;
  const std::pair<store::Facet, std::vector<report::NamedCount>*> facets[] = {
      {store::Facet::kSite, &d.by_site},
      {store::Facet::kLang, &d.by_language},
      {store::Facet::kKind, &d.by_kind},
      {store::Facet::kLocation, &d.by_location}};
  for (const auto& [facet, out] : facets) {
    auto rows = Counted(s, facet, 50);
    if (!rows.ok()) return rows.status();
    *out = std::move(rows).value();
  }
  Result<std::vector<store::WeeklySiteCount>> weekly = s.WeeklyBySite();
  if (!weekly.ok()) return weekly.status();
  for (const auto& w : *weekly) d.weekly.push_back({w.week_start, w.site, w.count});
  Result<std::vector<store::ImportRecord>> imports = s.Imports();
  if (!imports.ok()) return imports.status();
  for (const auto& i : *imports) {
    d.imports.push_back({i.file_name, i.blob_sha256, i.format, i.status, i.imported, i.skipped,
                         i.duplicated, i.finished_at});
  }
  Result<std::string> shared = SharedSelectorsSection(s);
  if (!shared.ok()) return shared.status();
  if (!shared->empty()) d.extra_sections.emplace_back("Shared contact selectors", *shared);
  Result<std::string> flags = FlagsSection(s);
  if (!flags.ok()) return flags.status();
  if (!flags->empty()) d.extra_sections.emplace_back("Red flags", *flags);
  Result<std::string> clusters = ClustersSection(s);
  if (!clusters.ok()) return clusters.status();
  if (!clusters->empty())
    d.extra_sections.emplace_back("Networks: the clusters to review first", *clusters);
  Result<std::vector<Document>> sample = s.Sample(12);
  if (!sample.ok()) return sample.status();
  for (const Document& doc : *sample) {
    d.samples.push_back({doc.id, doc.source_id, doc.site, doc.title, doc.posted_at, doc.lang,
                         doc.kind, Ellipsize(doc.text, 220)});
  }
  return d;
}

Status WriteCaseReport(store::Case& c, const std::string& path) {
  Result<report::ReportData> data = CollectReportData(c);
  if (!data.ok()) return data.status();
  const std::string html = report::RenderCaseReport(*data);
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << html;
    if (!out) return IoError(fmt::format("{}: cannot write", tmp));
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return IoError(fmt::format("{}: cannot write: {}", path, ec.message()));
  return Status::Ok();
}

}  // namespace ariadne::cli
