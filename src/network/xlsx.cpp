// XLSX through libxlsxwriter: a 'clusters' summary sheet for the analyst, the link table
// ('links', the same columns as the CSV) and the node list ('nodes'). Cells are typed strings or
// numbers; libxlsxwriter never writes a string as a formula, so the CSV's formula guard is not
// needed here. Limits are Excel's ("Excel specifications and limits"): 1,048,576 rows per sheet,
// 32,767 characters per cell.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <cmath>

#include "network/analysis.h"
#include "network/export.h"
#include "network/export_util.h"

namespace ariadne::network {

namespace {

constexpr size_t kMaxCellChars = 32767;

// CleanText, then cut to Excel's cell limit on a character boundary.
std::string Cell(std::string_view s) {
  std::string text = detail::CleanText(s);
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (++chars > kMaxCellChars) {
      text.resize(i);
      break;
    }
  }
  return text;
}

double Number(double x) {
  return std::isfinite(x) ? x : 0.0;
}

// Writes cells and remembers the first libxlsxwriter error.
class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* sheet, lxw_format* header) : sheet_(sheet), header_(header) {}

  void Header(const std::vector<std::string>& names) {
    for (size_t c = 0; c < names.size(); ++c) {
      Check(
          worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), names[c].c_str(), header_));
    }
    worksheet_freeze_panes(sheet_, 1, 0);
    if (!names.empty()) {
      Check(worksheet_set_column(sheet_, 0, static_cast<lxw_col_t>(names.size() - 1), 18, nullptr));
    }
  }
  void Text(lxw_row_t row, size_t col, std::string_view value) {
    if (value.empty()) return;
    const std::string cell = Cell(value);
    Check(worksheet_write_string(sheet_, row, static_cast<lxw_col_t>(col), cell.c_str(), nullptr));
  }
  void Num(lxw_row_t row, size_t col, double value) {
    Check(worksheet_write_number(sheet_, row, static_cast<lxw_col_t>(col), Number(value), nullptr));
  }
  void Filter(lxw_row_t last_row, size_t columns) {
    if (columns > 0) {
      Check(worksheet_autofilter(sheet_, 0, 0, last_row, static_cast<lxw_col_t>(columns - 1)));
    }
  }
  lxw_error error() const { return error_; }

 private:
  void Check(lxw_error e) {
    if (error_ == LXW_NO_ERROR) error_ = e;
  }
  lxw_worksheet* sheet_;
  lxw_format* header_;
  lxw_error error_ = LXW_NO_ERROR;
};

}  // namespace

Status WriteXlsx(const Graph& graph, std::span<const ClusterRow> clusters,
                 const std::string& path) {
  const size_t max_rows = LXW_ROW_MAX - 1;  // one row is the header
  for (const auto& [sheet, rows] : {std::pair<const char*, size_t>{"clusters", clusters.size()},
                                    {"links", graph.edge_count()},
                                    {"nodes", graph.node_count()}}) {
    if (rows > max_rows) {
      return InvalidInput(
          fmt::format("XLSX export to {}: the '{}' sheet would need {} rows, Excel holds at most "
                      "{}; export with --format csv instead",
                      path, sheet, rows, max_rows));
    }
  }

  detail::TempPath temp(path);
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;  // rows stream to temporary files, memory stays flat
  lxw_workbook* workbook = workbook_new_opt(temp.temp().c_str(), &options);
  if (workbook == nullptr) {
    return IoError(fmt::format("cannot start XLSX workbook {}: out of memory", path));
  }
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_error error = LXW_NO_ERROR;

  {
    SheetWriter sheet(workbook_add_worksheet(workbook, "clusters"), bold);
    sheet.Header({"id", "documents", "score", "reasons", "top_values"});
    lxw_row_t row = 1;
    for (const ClusterRow& cluster : clusters) {
      sheet.Text(row, 0, cluster.id);
      sheet.Num(row, 1, static_cast<double>(cluster.documents));
      sheet.Num(row, 2, cluster.score);
      sheet.Text(row, 3, cluster.reasons);
      sheet.Text(row, 4, cluster.top_values);
      ++row;
    }
    sheet.Filter(row - 1, 5);
    error = sheet.error();
  }
  if (error == LXW_NO_ERROR) {
    SheetWriter sheet(workbook_add_worksheet(workbook, "links"), bold);
    sheet.Header(
        std::vector<std::string>(std::begin(kLinkTableColumns), std::end(kLinkTableColumns)));
    constexpr size_t kWeightColumn = 5;
    lxw_row_t row = 1;
    for (const Edge& edge : graph.edges()) {
      const auto cells = detail::LinkTableRow(graph, edge);
      for (size_t c = 0; c < cells.size(); ++c) {
        if (c == kWeightColumn) {
          sheet.Num(row, c, edge.weight);
        } else {
          sheet.Text(row, c, cells[c]);
        }
      }
      ++row;
    }
    sheet.Filter(row - 1, std::size(kLinkTableColumns));
    error = sheet.error();
  }
  if (error == LXW_NO_ERROR) {
    SheetWriter sheet(workbook_add_worksheet(workbook, "nodes"), bold);
    const detail::AttributeColumns attributes =
        detail::CollectAttributeColumns(graph, {"key", "kind", "label", "degree"});
    std::vector<std::string> header = {"key", "kind", "label", "degree"};
    header.insert(header.end(), attributes.names.begin(), attributes.names.end());
    sheet.Header(header);
    const std::vector<int> degree = Degree(graph);
    for (size_t v = 0; v < graph.node_count(); ++v) {
      const Node& node = graph.nodes()[v];
      const auto row = static_cast<lxw_row_t>(v + 1);
      sheet.Text(row, 0, node.key);
      sheet.Text(row, 1, node.kind);
      sheet.Text(row, 2, detail::NodeLabel(node));
      sheet.Num(row, 3, degree[v]);
      for (size_t a = 0; a < node.attributes.size(); ++a) {
        const int column = attributes.column[v][a];
        if (column >= 0) sheet.Text(row, 4 + column, node.attributes[a].second);
      }
    }
    sheet.Filter(static_cast<lxw_row_t>(graph.node_count()), header.size());
    error = sheet.error();
  }

  // workbook_close writes the zip and frees the workbook, also after an error above.
  const lxw_error close_error = workbook_close(workbook);
  if (error == LXW_NO_ERROR) error = close_error;
  if (error != LXW_NO_ERROR) {
    return IoError(fmt::format("cannot write XLSX {}: {}; check free disk space and permissions",
                               path, lxw_strerror(error)));
  }
  return temp.Commit();
}

extern const ExporterInfo kXlsxExporter = {
    "xlsx",
    "Excel workbook with a cluster summary sheet, the link table and the node list",
    1,
    "xlsx",
    "Office Open XML (ECMA-376) via libxlsxwriter",
    WriteXlsx,
};

}  // namespace ariadne::network
