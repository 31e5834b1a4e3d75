// The link table as CSV for i2 Analyst's Notebook (import specification over a CSV) and
// Maltego ("Import a 3rd Party Table"): one row per link with both entities and the evidence,
// linking.md §3.4. Quoting per RFC 4180 §2; the leading-quote guard against formula injection
// follows OWASP's "CSV Injection" page, since analysts open these files in spreadsheets.
#include "network/export.h"
#include "network/export_util.h"

namespace ariadne::network {

Status WriteLinkTableCsv(const Graph& graph, const std::string& path) {
  detail::OutputFile file;
  ARIADNE_RETURN_IF_ERROR(file.Open(path));
  std::string out;
  for (size_t c = 0; c < std::size(kLinkTableColumns); ++c) {
    if (c > 0) out.push_back(',');
    out += kLinkTableColumns[c];
  }
  out += "\r\n";
  constexpr size_t kWeightColumn = 5;
  for (const Edge& edge : graph.edges()) {
    const auto row = detail::LinkTableRow(graph, edge);
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out.push_back(',');
      out += detail::CsvField(row[c], /*text=*/c != kWeightColumn);
    }
    out += "\r\n";
    if (out.size() > (1 << 20)) {
      file.Write(out);
      out.clear();
    }
  }
  file.Write(out);
  return file.Commit();
}

extern const ExporterInfo kLinkTableCsvExporter = {
    "csv",
    "Link table CSV, one row per link with both entities and evidence, for i2 Analyst's "
    "Notebook and Maltego",
    1,
    "csv",
    "RFC 4180; OWASP CSV Injection",
    [](const Graph& graph, std::span<const ClusterRow>, const std::string& path) {
      return WriteLinkTableCsv(graph, path);
    },
};

}  // namespace ariadne::network
