// The importer interface: one file per input format (STYLE.md rule 1), listed in one table in
// registry.cpp. An importer only parses; the import runner (import.h) does storage, provenance,
// resume, batching and progress, so a new format is one file, one table row and one test.
#pragma once

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <istream>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <span>
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
  int64_t batch_size = 20000;
  // Images, and files carried inside an input (e-mail attachments, zip entries), larger than this
  // are not stored (reported as missing).
  int64_t max_image_bytes = int64_t{64} << 20;
  // PDF: pages beyond this many, and pages after this much time on one file, are not read (a
  // hostile PDF can declare millions of pages or make each one slow); the text read so far is
  // imported with a problem recorded.
  int64_t pdf_max_pages = 20000;
  double pdf_max_seconds = 300;
};

// A file carried inside the input (an e-mail attachment, a media file in a zip) that the runner
// stores as a blob of its own. An ImageRef of the same record whose `ref` equals `ref` is linked
// to it.
struct EmbeddedFile {
  std::string ref;         // the name the document uses for it, unique within the record
  std::string media_type;  // "image/jpeg", ... ("" when unknown)
  std::string bytes;
};

// One record read from the input: a document, or the reason it was skipped.
struct ParsedRecord {
  int64_t line = 0;        // first line of the record, 1-based
  int64_t byte_start = 0;  // [byte_start, byte_end) in the original file
  int64_t byte_end = 0;
  std::optional<Document> doc;        // empty when skipped
  std::string error;                  // why it was skipped
  std::vector<std::string> warnings;  // problems that did not stop the import of the record
  std::vector<EmbeddedFile> files;    // stored as blobs before the document
  // When not empty, the byte range is in this blob (the SHA-256 of one of `files` of this or an
  // earlier record, e.g. the chat text inside a zip) rather than in the imported file itself;
  // `inner_name` names it ("_chat.txt").
  std::string inner_sha256;
  std::string inner_name;
  // A chat message (WhatsApp, Telegram) names its thread here: the runner stores consecutive
  // messages of one thread and day as a chat segment (store/chat_segment.h) rather than one
  // document each. The document's source id must start with "THREAD#".
  std::string thread;
  // For a chat message: what its segment keeps of the attributes. `message_attributes_json` is
  // the message's own (a JSON object without the thread-wide ones and without empty defaults: no
  // attachments, not edited), `thread_attributes_json` the JSON object of those every message of
  // the thread in this file shares (thread_name, zip_entry, ...; "" when none). Empty message
  // attributes: the document's are kept whole.
  std::string message_attributes_json;
  std::string thread_attributes_json;
};

// The attributes a chat segment keeps for one message: `attributes` without `thread` and the
// `thread_keys`, and without empty defaults (`attachments: []`, `edited: false/null`), compact.
std::string CompactChatAttributes(const nlohmann::json& attributes,
                                  std::initializer_list<std::string_view> thread_keys);

// Records of one file, in order. Not thread-safe.
class RecordStream {
 public:
  virtual ~RecordStream() = default;
  // The next record; false at the end of the input or on a read error (then status() says which).
  // `record` may hold an earlier record (the runner reuses them, so that a stream may keep their
  // strings' memory): every field must be set or cleared, e.g. by `*record = ParsedRecord{}`.
  virtual bool Next(ParsedRecord* record) = 0;
  virtual Status status() const = 0;

  // The next records into `slots` (each as Next() would set it), in order, until the slots are
  // full, the records hold `max_bytes` of the input (byte ranges and carried files), or the input
  // ends (then `more` is false). The import runner reads a batch at a time this way, so that a
  // stream may parse a batch on two threads (WhatsApp); by default it calls Next().
  struct Batch {
    size_t filled = 0;
    bool more = true;
  };
  virtual Batch NextBatch(std::span<ParsedRecord* const> slots, int64_t max_bytes);
};

// The input bytes a record stands for, as NextBatch() counts them.
int64_t RecordBytes(const ParsedRecord& record);

// Empties a record the runner hands back for reuse (RecordStream::Next) but keeps its strings'
// memory (up to a few KB each, so that the records in flight do not each keep the size of the
// longest message they once held): allocating and freeing a message's dozen strings was about a
// third of a chat parse thread. A document it held stays, emptied, with attributes "{}": a stream
// that yields no document must reset `doc`.
void ClearForReuse(ParsedRecord* record);
// Empties `s` the same way.
void ClearKeepingSmall(std::string* s);

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
  // Whether its records are chat messages (ParsedRecord::thread set), which the runner stores a
  // thousand to a row (chat segments): such an import appends few, large rows, and takes a
  // smaller page cache of case.db (import.cpp).
  virtual bool StoresChatSegments() const { return false; }
  // Starts reading `in` at byte `offset`, line `line` (both from a previous, interrupted import, or
  // 0 and 1). InvalidInput when the file cannot be read in this format at all (e.g. a CSV without a
  // header).
  virtual Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                                     const ImportOptions& options) const = 0;
  // The runner calls this one: the same as Open() with the file's path too, for importers that
  // read a container by path (zip) or name documents after the file. `path` may be empty (fuzz
  // targets, tests reading from memory): then it must behave as Open().
  virtual Result<std::unique_ptr<RecordStream>> OpenFile(const std::filesystem::path& /*path*/,
                                                         std::istream& in, int64_t offset,
                                                         int64_t line,
                                                         const ImportOptions& options) const {
    return Open(in, offset, line, options);
  }
};

}  // namespace ariadne::capture
