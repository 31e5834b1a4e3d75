#include "capture/ads_csv_importer.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "capture/ad_record.h"
#include "capture/csv.h"
#include "capture/line_reader.h"
#include "core/text.h"

namespace ariadne::capture {

namespace {

// A quoted field may hold newlines, but an unclosed quote must not swallow the rest of the file:
// after this many lines the record is reported and reading resumes on the line after its start.
constexpr int kMaxLinesPerRecord = 1000;

struct RawRecord {
  std::string text;
  int64_t line = 0;
  int64_t start = 0;
  int64_t end = 0;
  std::string error;
};

class AdsCsvStream final : public RecordStream {
 public:
  AdsCsvStream(std::istream& in, const ImportOptions& options)
      : reader_(in, options.max_record_bytes), options_(options) {}

  // Reads the header and prepares the column map, then moves to `offset`.
  Status Init(int64_t offset, int64_t line) {
    RawRecord header;
    if (!ReadRaw(&header)) return InvalidInput("empty file: a CSV needs a header row");
    if (!header.error.empty()) return InvalidInput("header: " + header.error);
    std::string_view h = header.text;
    if (h.substr(0, 3) == "\xEF\xBB\xBF") h.remove_prefix(3);  // byte order mark
    delimiter_ = GuessCsvDelimiter(h);
    Result<std::vector<std::string>> columns = ParseCsvRecord(h, delimiter_);
    if (!columns.ok()) return InvalidInput("header: " + columns.status().message());
    for (const std::string& c : *columns) columns_.push_back(std::string(Trim(c)));
    for (const auto& [from, to] : options_.column_map) {
      if (std::find(columns_.begin(), columns_.end(), from) == columns_.end()) {
        std::string all;
        for (const std::string& c : columns_) all += (all.empty() ? "" : ", ") + c;
        return InvalidInput(
            fmt::format("--map names the column \"{}\" but the header has only: {}", from, all));
      }
    }
    for (const std::string& c : columns_) fields_.push_back(FieldFor(c));
    if (std::find(fields_.begin(), fields_.end(), "id") == fields_.end() ||
        std::find(fields_.begin(), fields_.end(), "text") == fields_.end()) {
      return InvalidInput(
          "the CSV needs an id and a text column: name them so, or map them with --map "
          "'ad_number=id,body=text'");
    }
    if (offset > reader_.offset()) reader_.Seek(offset, line);
    return Status::Ok();
  }

  bool Next(ParsedRecord* record) override {
    RawRecord raw;
    do {
      if (!ReadRaw(&raw)) return false;
    } while (raw.error.empty() && Trim(raw.text).empty());
    *record = ParsedRecord{};
    record->line = raw.line;
    record->byte_start = raw.start;
    record->byte_end = raw.end;
    if (!raw.error.empty()) {
      record->error = raw.error;
      return true;
    }
    if (auto bad = FindInvalidUtf8(raw.text)) {
      record->error = fmt::format("invalid UTF-8 at byte {} of the record", *bad + 1);
      return true;
    }
    Result<std::vector<std::string>> values = ParseCsvRecord(raw.text, delimiter_);
    if (!values.ok()) {
      record->error = values.status().message();
      return true;
    }
    if (values->size() != columns_.size()) {
      record->error =
          fmt::format("{} fields where the header has {}", values->size(), columns_.size());
      return true;
    }
    FillRecordFromAd(ToObject(*values), record);
    return true;
  }

  Status status() const override {
    return reader_.read_error() ? IoError("read error") : Status::Ok();
  }

 private:
  std::string FieldFor(const std::string& column) const {
    for (const auto& [from, to] : options_.column_map) {
      if (from == column) return to;
    }
    return AsciiLower(column);
  }

  nlohmann::json ToObject(const std::vector<std::string>& values) const {
    nlohmann::json object = nlohmann::json::object();
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].empty()) continue;
      if (fields_[i] == "images") {
        nlohmann::json images = nlohmann::json::array();
        for (std::string_view part :
             Split(values[i], values[i].find('|') != std::string::npos ? '|' : ';')) {
          if (!Trim(part).empty()) images.push_back(std::string(Trim(part)));
        }
        object["images"] = images;
      } else {
        object[fields_[i]] = values[i];
      }
    }
    return object;
  }

  // Reads one record's raw text, following quoted newlines. False at the end of input.
  bool ReadRaw(RawRecord* raw) {
    Line line;
    if (!reader_.Next(&line)) return false;
    *raw = RawRecord{};
    raw->line = line.number;
    raw->start = line.start;
    raw->end = line.end;
    if (line.too_long) {
      raw->error = fmt::format("line of {} bytes is longer than the limit of {} bytes", line.length,
                               options_.max_record_bytes);
      return true;
    }
    raw->text.assign(line.text);
    const int64_t after_first_line = line.end;
    int lines = 1;
    while (CsvQuoteOpen(raw->text)) {
      if (lines >= kMaxLinesPerRecord || raw->text.size() > options_.max_record_bytes ||
          !reader_.Next(&line) || line.too_long) {
        raw->error = "a quoted field is never closed (a stray quote?): record skipped";
        raw->end = after_first_line;
        reader_.Seek(after_first_line, raw->line + 1);
        return true;
      }
      raw->text += '\n';
      raw->text.append(line.text);
      raw->end = line.end;
      ++lines;
    }
    return true;
  }

  LineReader reader_;
  ImportOptions options_;
  char delimiter_ = ',';
  std::vector<std::string> columns_;
  std::vector<std::string> fields_;
};

class AdsCsv final : public Importer {
 public:
  std::string_view name() const override { return "ads-csv"; }
  std::string_view description() const override {
    return "ads as CSV with a header row; columns named like the ad fields or mapped with --map";
  }
  bool Sniff(const std::filesystem::path& path, std::string_view /*head*/) const override {
    const std::string ext = AsciiLower(path.extension().string());
    return ext == ".csv" || ext == ".tsv";
  }
  std::string OptionsKey(const ImportOptions& options) const override {
    auto map = options.column_map;
    std::sort(map.begin(), map.end());
    std::string key;
    for (const auto& [from, to] : map) key += (key.empty() ? "" : ",") + from + "=" + to;
    return key.empty() ? "" : "map:" + key;
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    auto stream = std::make_unique<AdsCsvStream>(in, options);
    ARIADNE_RETURN_IF_ERROR(stream->Init(offset, line));
    return std::unique_ptr<RecordStream>(std::move(stream));
  }
};

}  // namespace

const Importer& AdsCsvImporter() {
  static const AdsCsv importer;
  return importer;
}

}  // namespace ariadne::capture
