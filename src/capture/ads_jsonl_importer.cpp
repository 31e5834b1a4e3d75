#include "capture/ads_jsonl_importer.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "capture/ad_record.h"
#include "capture/line_reader.h"
#include "core/text.h"

namespace ariadne::capture {

namespace {

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, column 7:
// "; keep the column and the reason.
std::string ShortJsonError(const std::string& what) {
  const size_t at = what.find("column ");
  return at == std::string::npos ? what : what.substr(at);
}

class AdsJsonlStream final : public RecordStream {
 public:
  AdsJsonlStream(std::istream& in, int64_t offset, int64_t line, const ImportOptions& options)
      : reader_(in, options.max_record_bytes, offset, line), max_bytes_(options.max_record_bytes) {}

  bool Next(ParsedRecord* record) override {
    Line line;
    do {
      if (!reader_.Next(&line)) return false;
    } while (!line.too_long && Trim(line.text).empty());  // blank lines are not records
    *record = ParsedRecord{};
    record->line = line.number;
    record->byte_start = line.start;
    record->byte_end = line.end;
    if (line.too_long) {
      record->error = fmt::format("line of {} bytes is longer than the limit of {} bytes",
                                  line.length, max_bytes_);
      return true;
    }
    if (auto bad = FindInvalidUtf8(line.text)) {
      record->error = fmt::format("invalid UTF-8 at byte {} of the line", *bad + 1);
      return true;
    }
    nlohmann::json object;
    try {
      object = nlohmann::json::parse(line.text);
    } catch (const nlohmann::json::exception& e) {
      record->error = "not valid JSON: " + ShortJsonError(e.what());
      return true;
    }
    FillRecordFromAd(object, record);
    return true;
  }

  Status status() const override {
    return reader_.read_error() ? IoError("read error") : Status::Ok();
  }

 private:
  LineReader reader_;
  size_t max_bytes_;
};

class AdsJsonl final : public Importer {
 public:
  std::string_view name() const override { return "ads-jsonl"; }
  std::string_view description() const override {
    return "ads as JSON lines, one object per line with id and text (docs/formats/ads-jsonl.md)";
  }
  bool Sniff(const std::filesystem::path& path, std::string_view head) const override {
    const std::string ext = path.extension().string();
    if (ext == ".jsonl" || ext == ".ndjson") return true;
    const std::string_view t = Trim(head);
    return ext == ".json" && !t.empty() && t.front() == '{';
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    return std::unique_ptr<RecordStream>(
        std::make_unique<AdsJsonlStream>(in, offset, line, options));
  }
};

}  // namespace

const Importer& AdsJsonlImporter() {
  static const AdsJsonl importer;
  return importer;
}

}  // namespace ariadne::capture
