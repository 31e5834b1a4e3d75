#include "network/export_util.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "core/utf8.h"

namespace ariadne::network::detail {

namespace {

bool XmlChar(uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

constexpr uint32_t kReplacement = 0xFFFD;

// Decodes one code point at s[i]; advances i. Invalid sequences (bad lead or continuation
// bytes, overlong forms, surrogates, > U+10FFFF) consume one byte and give U+FFFD.
uint32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  int length = 0;
  uint32_t c = 0;
  uint32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, c = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, c = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, c = lead & 0x07, min = 0x10000;
  } else {
    ++i;
    return kReplacement;
  }
  if (i + length > s.size()) {
    ++i;
    return kReplacement;
  }
  for (int k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    ++i;
    return kReplacement;
  }
  i += length;
  return c;
}

}  // namespace

std::string CleanText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b >= 0x20 && b < 0x80) {  // fast path: printable ASCII
      out.push_back(static_cast<char>(b));
      ++i;
      continue;
    }
    const uint32_t c = NextCodePoint(s, i);
    if (XmlChar(c)) AppendUtf8(c, &out);
  }
  return out;
}

void AppendXmlEscaped(std::string& out, std::string_view s) {
  for (char ch : CleanText(s)) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        out.push_back(ch);
    }
  }
}

std::string CsvField(std::string_view s, bool text) {
  std::string cell = CleanText(s);
  if (text && !cell.empty()) {
    const char first = cell.front();
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
        first == '\r') {
      cell.insert(cell.begin(), '\'');
    }
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char ch : cell) {
    if (ch == '"') quoted.push_back('"');
    quoted.push_back(ch);
  }
  quoted.push_back('"');
  return quoted;
}

std::string FormatWeight(double w) {
  if (!std::isfinite(w)) return "0";
  return fmt::format("{}", w);
}

std::string JoinEvidence(const std::vector<int64_t>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out.push_back(';');
    out += fmt::format("{}", ids[i]);
  }
  return out;
}

std::array<std::string, std::size(kLinkTableColumns)> LinkTableRow(const Graph& graph,
                                                                   const Edge& edge) {
  const Node& a = graph.nodes()[edge.from];
  const Node& b = graph.nodes()[edge.to];
  return {a.kind,          a.key,          std::string(NodeLabel(a)),
          edge.kind,       edge.label,     FormatWeight(edge.weight),
          edge.first_seen, edge.last_seen, JoinEvidence(edge.evidence_documents),
          b.kind,          b.key,          std::string(NodeLabel(b))};
}

AttributeColumns CollectAttributeColumns(const Graph& graph,
                                         std::initializer_list<std::string_view> reserved) {
  AttributeColumns out;
  std::unordered_map<std::string, int> by_name;
  out.column.resize(graph.node_count());
  for (size_t v = 0; v < graph.node_count(); ++v) {
    const auto& attributes = graph.nodes()[v].attributes;
    auto& columns = out.column[v];
    columns.reserve(attributes.size());
    for (const auto& [raw_name, value] : attributes) {
      std::string name = CleanText(raw_name);
      for (std::string_view r : reserved) {
        if (name == r) {
          name = "attr_" + name;
          break;
        }
      }
      auto [it, added] = by_name.emplace(name, static_cast<int>(out.names.size()));
      if (added) out.names.push_back(name);
      const int column = it->second;
      const bool repeated = std::find(columns.begin(), columns.end(), column) != columns.end();
      columns.push_back(repeated ? -1 : column);
    }
  }
  return out;
}

OutputFile::~OutputFile() {
  if (file_ != nullptr) {
    std::fclose(file_);
    std::remove(temp_.c_str());
  }
}

Status OutputFile::Open(const std::string& path) {
  path_ = path;
  temp_ = path + ".tmp";
  file_ = std::fopen(temp_.c_str(), "wb");
  if (file_ == nullptr) {
    return IoError(fmt::format("cannot create {}: {}; check that the folder exists and is writable",
                               temp_, std::strerror(errno)));
  }
  return Status::Ok();
}

void OutputFile::Write(std::string_view s) {
  if (failed_ || file_ == nullptr || s.empty()) return;
  if (std::fwrite(s.data(), 1, s.size(), file_) != s.size()) {
    failed_ = true;
    error_ = errno;
  }
}

Status OutputFile::Commit() {
  if (file_ == nullptr) return Internal(fmt::format("export to {}: file not open", path_));
  if (!failed_ && std::fflush(file_) != 0) {
    failed_ = true;
    error_ = errno;
  }
  const int close_rc = std::fclose(file_);
  file_ = nullptr;
  if (!failed_ && close_rc != 0) {
    failed_ = true;
    error_ = errno;
  }
  if (failed_) {
    std::remove(temp_.c_str());
    return IoError(fmt::format("cannot write {}: {}; check free disk space and permissions", temp_,
                               std::strerror(error_)));
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int e = errno;
    std::remove(temp_.c_str());
    return IoError(fmt::format("cannot rename {} to {}: {}", temp_, path_, std::strerror(e)));
  }
  return Status::Ok();
}

TempPath::~TempPath() {
  if (!committed_) std::remove(temp_.c_str());
}

Status TempPath::Commit() {
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int e = errno;
    return IoError(fmt::format("cannot rename {} to {}: {}", temp_, path_, std::strerror(e)));
  }
  committed_ = true;
  return Status::Ok();
}

}  // namespace ariadne::network::detail
