// Internal helpers shared by the exporters (not part of the module's public interface; tests
// include it to pin the escaping rules).
#pragma once

#include <array>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "network/export.h"
#include "network/graph.h"

namespace ariadne::network::detail {

// `s` as valid UTF-8 holding only characters XML 1.0 allows (§2.2 Char: #x9 | #xA | #xD |
// [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]): each invalid UTF-8 sequence becomes
// U+FFFD, disallowed characters are removed. Used by every exporter, not only XML ones.
std::string CleanText(std::string_view s);

// Appends CleanText(s) escaped for XML character data or an attribute value. & < > " ' are
// escaped everywhere; tab, LF and CR become character references so that attribute-value and
// line-end normalisation (XML 1.0 §3.3.3, §2.11) give back the same text.
void AppendXmlEscaped(std::string& out, std::string_view s);

// One CSV field (RFC 4180): CleanText, the formula-injection guard when `text` (a leading '
// before = + - @ tab CR), then quoted with doubled quotes when it holds , " CR or LF.
std::string CsvField(std::string_view s, bool text = true);

// The label charts show: the node's label, or its key when the label is empty.
inline std::string_view NodeLabel(const Node& node) {
  return node.label.empty() ? std::string_view(node.key) : std::string_view(node.label);
}

// A weight as the shortest decimal that reads back exactly; non-finite weights are written as 0.
std::string FormatWeight(double w);
// Evidence document ids joined by ';'.
std::string JoinEvidence(const std::vector<int64_t>& ids);

// The link-table cells of one edge, in kLinkTableColumns order, before CSV or XLSX encoding
// (cells not yet cleaned).
std::array<std::string, std::size(kLinkTableColumns)> LinkTableRow(const Graph& graph,
                                                                   const Edge& edge);

// Node attribute names in first-appearance order, cleaned and de-duplicated; names that clash
// with `reserved` (the fixed columns of a format) get the prefix "attr_". `column` maps each
// (node, attribute position) to the index in the returned list, or -1 for a repeated name on
// the same node (the first value wins).
struct AttributeColumns {
  std::vector<std::string> names;
  std::vector<std::vector<int>> column;  // per node, per attribute
};
AttributeColumns CollectAttributeColumns(const Graph& graph,
                                         std::initializer_list<std::string_view> reserved);

// A file written through "<path>.tmp" and renamed over `path` by Commit(). Dropping it without a
// successful Commit() removes the temporary file. Buffered; write errors are remembered and
// reported by Commit().
class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  Status Open(const std::string& path);
  void Write(std::string_view s);
  Status Commit();

 private:
  std::string path_;
  std::string temp_;
  std::FILE* file_ = nullptr;
  bool failed_ = false;
  int error_ = 0;
};

// For writers that produce the file themselves (libxlsxwriter): the temporary name to write, then
// Commit() renames it, or the destructor removes it.
class TempPath {
 public:
  explicit TempPath(std::string path) : path_(std::move(path)), temp_(path_ + ".tmp") {}
  ~TempPath();
  TempPath(const TempPath&) = delete;
  TempPath& operator=(const TempPath&) = delete;
  const std::string& temp() const { return temp_; }
  Status Commit();

 private:
  std::string path_;
  std::string temp_;
  bool committed_ = false;
};

}  // namespace ariadne::network::detail
