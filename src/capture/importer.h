// The importer interface: one file per input format (STYLE.md rule 1), listed in one table in
// registry.cpp. An importer only parses; the import runner (import.h) does storage, provenance,
// resume, batching and progress, so a new format is one file, one table row and one test.
#pragma once

#include <cstdint>
#include <filesystem>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace ariadne::capture {

struct ImportOptions {
  // CSV: source column name -> ad field name (id, text, site, ...); unmapped columns keep their
  // name.
  std::vector<std::pair<std::string, std::string>> column_map;
  // Records (lines) longer than this are reported and skipped, never buffered.
  size_t max_record_bytes = size_t{16} << 20;
  // Documents per transaction: the unit that a killed import loses and redoes.
  int64_t batch_size = 2000;
  // Images larger than this are not stored (reported as missing).
  int64_t max_image_bytes = int64_t{64} << 20;
};

// One record read from the input: a document, or the reason it was skipped.
struct ParsedRecord {
  int64_t line = 0;        // first line of the record, 1-based
  int64_t byte_start = 0;  // [byte_start, byte_end) in the original file
  int64_t byte_end = 0;
  std::optional<Document> doc;        // empty when skipped
  std::string error;                  // why it was skipped
  std::vector<std::string> warnings;  // problems that did not stop the import of the record
};

// Records of one file, in order. Not thread-safe.
class RecordStream {
 public:
  virtual ~RecordStream() = default;
  // The next record; false at the end of the input or on a read error (then status() says which).
  virtual bool Next(ParsedRecord* record) = 0;
  virtual Status status() const = 0;
};

class Importer {
 public:
  virtual ~Importer() = default;
  // Stable format name used by --format and stored with each import ("ads-jsonl").
  virtual std::string_view name() const = 0;
  // One line for --help and docs.
  virtual std::string_view description() const = 0;
  // Whether a file with this name and these first bytes is in this format.
  virtual bool Sniff(const std::filesystem::path& path, std::string_view head) const = 0;
  // The options that change what this importer produces, as canonical text ("" when none): the same
  // file imported with other options is another import.
  virtual std::string OptionsKey(const ImportOptions& /*options*/) const { return ""; }
  // Starts reading `in` at byte `offset`, line `line` (both from a previous, interrupted import, or
  // 0 and 1). InvalidInput when the file cannot be read in this format at all (e.g. a CSV without a
  // header).
  virtual Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                                     const ImportOptions& options) const = 0;
};

}  // namespace ariadne::capture
