#include "capture/warc_importer.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "capture/charset.h"
#include "capture/html_text.h"
#include "capture/http_body.h"
#include "capture/recipe.h"
#include "capture/warc_reader.h"
#include "core/text.h"

namespace ariadne::capture {

namespace {

bool IsHtml(const std::string& content_type, std::string_view body) {
  const std::string t = AsciiLower(Trim(content_type.substr(0, content_type.find(';'))));
  if (t == "text/html" || t == "application/xhtml+xml") return true;
  if (!t.empty()) return false;
  const std::string head = AsciiLower(body.substr(0, 512));
  return head.find("<html") != std::string::npos ||
         head.find("<!doctype html") != std::string::npos;
}

class WarcStream final : public RecordStream {
 public:
  WarcStream(std::istream& in, bool gzip, int64_t offset, int64_t record,
             const ImportOptions& options)
      : reader_(in, gzip, offset, options.max_record_bytes),
        record_(record),
        max_bytes_(options.max_record_bytes) {}

  bool Next(ParsedRecord* out) override {
    WarcRecord r;
    while (reader_.Next(&r)) {
      const int64_t number = record_++;
      *out = ParsedRecord();
      out->line = number;
      out->byte_start = r.offset;
      out->byte_end = std::max(r.end, r.offset);
      if (!r.problem.empty()) {
        out->error = r.problem;
        return true;
      }
      if (AsciiLower(r.Get("WARC-Type")) != "response") continue;
      std::optional<HttpHead> head = ParseHttpResponseHead(r.block);
      if (!head) continue;  // not an HTTP response (dns:, whois: ...)
      if (head->status < 200 || head->status >= 300) continue;
      const std::string content_type = head->Get("Content-Type");
      const std::string_view raw_body = std::string_view(r.block).substr(head->length);
      if (!IsHtml(content_type, raw_body)) continue;
      BodyDecoder decoder(head->Get("Transfer-Encoding"), head->Get("Content-Encoding"),
                          max_bytes_);
      decoder.Feed(raw_body);
      decoder.Finish();
      if (r.block_truncated) {
        out->warnings.push_back(
            fmt::format("record larger than {} bytes: only its start is read", max_bytes_));
      }
      if (!decoder.problem().empty()) out->warnings.push_back(decoder.problem());
      DecodedText text = DecodeToUtf8(decoder.decoded(), content_type);
      if (!text.warning.empty()) out->warnings.push_back(text.warning);
      const std::string url = r.Get("WARC-Target-URI");
      HtmlPage page = HtmlPage::Parse(text.utf8, url);
      Document doc = DocumentFromPage(page);
      if (doc.source_id.empty()) doc.source_id = r.Get("WARC-Record-ID");
      if (Trim(doc.text).empty()) {
        out->error = fmt::format("{}: the page has no text", url);
        return true;
      }
      nlohmann::json attrs = {{"warc_record_id", r.Get("WARC-Record-ID")},
                              {"warc_date", r.Get("WARC-Date")},
                              {"http_status", head->status},
                              {"charset", text.charset}};
      doc.attributes_json = attrs.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      out->doc = std::move(doc);
      return true;
    }
    return false;
  }

  Status status() const override { return reader_.status(); }

 private:
  WarcReader reader_;
  int64_t record_;
  size_t max_bytes_;
};

class Warc final : public Importer {
 public:
  std::string_view name() const override { return "warc"; }
  std::string_view description() const override {
    return "WARC web archives (.warc, .warc.gz; WARC 1.0 and 1.1): HTML responses become "
           "documents (docs/formats/warc.md)";
  }
  bool Sniff(const std::filesystem::path& path, std::string_view head) const override {
    const std::string name = AsciiLower(path.filename().string());
    auto ends = [&](std::string_view s) {
      return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
    };
    if (ends(".warc") || ends(".warc.gz")) return true;
    return head.substr(0, 7) == "WARC/1.";
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    char magic[2] = {0, 0};
    in.read(magic, 2);
    const bool gzip = in.gcount() == 2 && LooksLikeGzip(std::string_view(magic, 2));
    in.clear();
    in.seekg(offset);
    if (!in) return IoError("cannot seek to the resume offset");
    return std::unique_ptr<RecordStream>(
        std::make_unique<WarcStream>(in, gzip, offset, line, options));
  }
};

}  // namespace

const Importer& WarcImporter() {
  static const Warc importer;
  return importer;
}

}  // namespace ariadne::capture
