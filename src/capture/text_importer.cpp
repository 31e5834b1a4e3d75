#include "capture/text_importer.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "capture/html_file_text.h"
#include "core/sha256.h"
#include "core/text.h"
#include "core/utf8.h"

namespace ariadne::capture {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string FromUtf16(std::string_view b, bool little_endian) {
  std::string out;
  out.reserve(b.size());
  for (size_t i = 0; i + 1 < b.size(); i += 2) {
    auto unit = [&](size_t at) -> uint32_t {
      const auto lo = static_cast<unsigned char>(b[at + (little_endian ? 0 : 1)]);
      const auto hi = static_cast<unsigned char>(b[at + (little_endian ? 1 : 0)]);
      return (uint32_t{hi} << 8) | lo;
    };
    uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < b.size()) {
      const uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    AppendUtf8(cp, &out);
  }
  return out;
}

// Windows-1252: Latin-1 with printable characters in 0x80-0x9F.
std::string FromWindows1252(std::string_view b) {
  static constexpr uint16_t k80[32] = {
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(b.size() + b.size() / 4);
  for (char c : b) {
    const auto u = static_cast<unsigned char>(c);
    AppendUtf8(u >= 0x80 && u < 0xA0 ? k80[u - 0x80] : u, &out);
  }
  return out;
}

// The file's text as UTF-8, and the warning when it was not UTF-8.
std::string DecodeText(std::string bytes, std::string* warning) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  if (bytes.rfind("\xFF\xFE", 0) == 0) {
    *warning = "read as UTF-16 (little-endian byte order mark)";
    return FromUtf16(std::string_view(bytes).substr(2), true);
  }
  if (bytes.rfind("\xFE\xFF", 0) == 0) {
    *warning = "read as UTF-16 (big-endian byte order mark)";
    return FromUtf16(std::string_view(bytes).substr(2), false);
  }
  if (!FindInvalidUtf8(bytes)) return bytes;
  *warning = "not valid UTF-8: read as Windows-1252 (Western European); check the characters";
  return FromWindows1252(bytes);
}

std::string NoControls(std::string s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (s[i] == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') continue;
      out.push_back('\n');
    } else if ((u < 0x20 && s[i] != '\n' && s[i] != '\t') || u == 0x7F) {
      out.push_back(' ');
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

class FileStream final : public RecordStream {
 public:
  FileStream(std::istream& in, std::string name, bool html, int64_t offset,
             const ImportOptions& options)
      : in_(in), name_(std::move(name)), html_(html), options_(options), done_(offset > 0) {}

  bool Next(ParsedRecord* record) override {
    if (done_) return false;
    done_ = true;
    *record = ParsedRecord{};
    record->line = 1;
    const auto cap = static_cast<int64_t>(options_.max_record_bytes);
    std::string bytes;
    char buf[1 << 16];
    int64_t size = 0;
    Sha256 hash;
    while (in_.read(buf, sizeof buf) || in_.gcount() > 0) {
      const std::string_view chunk(buf, static_cast<size_t>(in_.gcount()));
      hash.Update(chunk);
      if (size + in_.gcount() <= cap) bytes.append(chunk);
      size += in_.gcount();
    }
    if (in_.bad()) {
      read_error_ = true;
      return false;
    }
    record->byte_end = size;
    if (size > cap) {
      record->error = fmt::format(
          "file of {} bytes is longer than the limit of {} bytes (--max-line-bytes): skipped", size,
          cap);
      return true;
    }
    Document& d = record->doc.emplace();
    d.site = "file";
    d.source_id = "sha256:" + hash.HexDigest();
    d.title = name_;
    json attributes = {{"file_name", name_}, {"size", size}};
    if (html_) {
      HtmlText t = TextOfHtml(bytes);
      d.text = std::move(t.text);
      if (!t.title.empty()) d.title = NoControls(t.title);
      attributes["media_type"] = "text/html";
    } else {
      std::string warning;
      d.text = DecodeText(std::move(bytes), &warning);
      if (!warning.empty()) record->warnings.push_back(warning);
      attributes["media_type"] = "text/plain";
    }
    d.text = NoControls(std::move(d.text));
    while (!d.text.empty() && (d.text.back() == '\n' || d.text.back() == ' ')) d.text.pop_back();
    d.attributes_json = attributes.dump(-1, ' ', false, json::error_handler_t::replace);
    return true;
  }

  Status status() const override { return read_error_ ? IoError("read error") : Status::Ok(); }

 private:
  std::istream& in_;
  std::string name_;
  bool html_;
  const ImportOptions options_;  // a copy: callers may pass a temporary
  bool done_;
  bool read_error_ = false;
};

std::string Extension(const fs::path& p) {
  return AsciiLower(p.extension().string());
}

class Text final : public Importer {
 public:
  std::string_view name() const override { return "text"; }
  std::string_view description() const override {
    return "a plain text file (.txt, .md, .text), one document per file "
           "(docs/formats/text-and-html.md)";
  }
  bool Sniff(const fs::path& path, std::string_view /*head*/) const override {
    const std::string ext = Extension(path);
    return ext == ".txt" || ext == ".md" || ext == ".text" || ext == ".markdown";
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    return OpenFile({}, in, offset, line, options);
  }
  Result<std::unique_ptr<RecordStream>> OpenFile(const fs::path& path, std::istream& in,
                                                 int64_t offset, int64_t /*line*/,
                                                 const ImportOptions& options) const override {
    std::string warning;  // about the file's name: the name is only a label
    return std::unique_ptr<RecordStream>(std::make_unique<FileStream>(
        in, NoControls(DecodeText(path.filename().string(), &warning)), false, offset, options));
  }
};

class Html final : public Importer {
 public:
  std::string_view name() const override { return "html"; }
  std::string_view description() const override {
    return "an HTML file: its visible text, one document per file (docs/formats/text-and-html.md)";
  }
  bool Sniff(const fs::path& path, std::string_view head) const override {
    const std::string ext = Extension(path);
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return true;
    const std::string start = AsciiLower(Trim(head.substr(0, 64)));
    return start.rfind("<!doctype html", 0) == 0 || start.rfind("<html", 0) == 0;
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    return OpenFile({}, in, offset, line, options);
  }
  Result<std::unique_ptr<RecordStream>> OpenFile(const fs::path& path, std::istream& in,
                                                 int64_t offset, int64_t /*line*/,
                                                 const ImportOptions& options) const override {
    std::string warning;
    return std::unique_ptr<RecordStream>(std::make_unique<FileStream>(
        in, NoControls(DecodeText(path.filename().string(), &warning)), true, offset, options));
  }
};

}  // namespace

const Importer& TextImporter() {
  static const Text importer;
  return importer;
}

const Importer& HtmlImporter() {
  static const Html importer;
  return importer;
}

}  // namespace ariadne::capture
