#include "capture/import.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <future>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "capture/folder_names.h"
#include "capture/registry.h"
#include "core/text.h"
#include "store/blob_lookup.h"
#include "store/chat_segment.h"
#include "store/custody_store.h"
#include "store/search_index.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::capture {

namespace fs = std::filesystem;

namespace {

// Images shared by many ads are stored once per run; this bounds the memory of that cache.
constexpr size_t kImageCacheLimit = 100000;

struct FileStamp {
  int64_t size = -1;
  int64_t mtime_ns = -1;
  bool operator==(const FileStamp&) const = default;
};

FileStamp StampOf(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return {};
  return {static_cast<int64_t>(st.st_size),
          static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

bool IsUrl(std::string_view ref) {
  const std::string lower = AsciiLower(ref.substr(0, 8));
  return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
}

std::string MediaTypeOf(const fs::path& p) {
  const std::string ext = AsciiLower(p.extension().string());
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".webp") return "image/webp";
  if (ext == ".gif") return "image/gif";
  // An imported page keeps its type, so that the workbench shows it as a page, not a download.
  if (ext == ".html" || ext == ".htm") return "text/html";
  if (ext == ".txt") return "text/plain";
  return "";
}

// A chat segment's bounds (docs/case-format.md, "Chat segments"): one thread, one calendar day, at
// most this many messages and about this much text. Big enough that a segment costs one row, one
// full-text entry and one seal instead of hundreds; small enough to read as one page and to seal
// and index quickly.
constexpr int64_t kSegmentMessages = 1000;
constexpr size_t kSegmentTextBytes = 64 * 1024;
const std::string kEmptyObject = "{}";

// An import's case.db log is checkpointed in the background every 8 MiB (2,048 pages) rather than
// every 64 MiB (store::sqlite::kWalCheckpointPages): the close, which the import waits for,
// copies back at most that much instead of up to 64 MiB and syncs it, and the thread copies the
// rest beside the parse and the storing.
constexpr int kImportCheckpointPages = 2048;

// A chat import's page cache of case.db (store::sqlite::BulkWriteOptions::cache_kib): 16 MiB, some
// batches' pages, instead of the connection's 128 MiB. It appends a row per thousand messages and
// reads back little of what it wrote, and each page buffer the cache adds is a page fault when
// first written: with 16 MiB the 50 MB bench export's import took 13,500-16,300 minor faults
// instead of 23,400 and peaked at 69-99 MB instead of 108-128 MB. Other imports keep the large
// cache: a row per ad, whose index entries land at random places of a large case's indexes.
constexpr int64_t kChatImportCacheKib = 16384;

// A chat segment, closed: its document (text, attributes with the message index, provenance)
// and how many messages it holds. Built on the parse side, its images are left to the storing
// side, which resolves them message by message (SegmentBuilder).
struct FinishedSegment {
  Document doc;
  std::string thread;
  int64_t messages = 0;
  // For a segment built on the parse side: its place among the documents the storing side inserts
  // (IdForecast) and, when the forecast gave the row id it would get, that id and the seal's hash
  // of every field but the images, computed there beside the parse (hashing the text for the seal
  // was a third of the storing thread's instructions). -1 and 0 for one built on the storing side.
  int64_t number = -1;
  int64_t sealed_as_id = 0;
  Sha256 seal_before_images;
  // Its content hash (store::DocumentContentSha256), computed on the parse side too, for every
  // segment built there ("" for one built on the storing side): no row id in it, so never missed.
  std::string content_sha256;
};

// The row ids the storing side's documents get, as the parse side forecasts them to seal chat
// segments ahead: the n-th document the storing side inserts in this run gets the id of the
// document it inserted last plus the number between them (SQLite gives a new row the highest id
// plus one). Documents the parse side does not see (segments of threads built on the storing
// side, duplicates, another writer's rows between transactions) make the forecast miss until the
// storing side tells the next id; a missed forecast only costs the seal's hashing on the storing
// side, as the id is checked before the seal is used.
class IdForecast {
 public:
  // The id expected for the document numbered `number`, or 0 when unknown (nothing stored yet).
  int64_t Expected(int64_t number) const {
    const int64_t offset = offset_.load(std::memory_order_relaxed);
    return offset == kUnknown ? 0 : number + offset;
  }
  // The document numbered `number` got the id `id`.
  void Stored(int64_t number, int64_t id) { offset_.store(id - number, std::memory_order_relaxed); }

 private:
  static constexpr int64_t kUnknown = INT64_MIN;
  std::atomic<int64_t> offset_{kUnknown};
};

// Whether an image reference is one plain name: not empty, no '/' or NUL (a system call reads
// the name up to it), not "." or "..". Such a name is its own lexically normal form and a path
// inside the folder.
bool IsPlainName(std::string_view ref) {
  return !ref.empty() && ref != "." && ref != ".." &&
         ref.find_first_of(std::string_view("/\0", 2)) == std::string_view::npos;
}

// What `folder / NAME` writes before a plain NAME: operator/ adds a separator after a folder that
// is not empty and does not end with one, whatever the name (the name is relative).
std::string PathPrefixOfNamesIn(const fs::path& folder) {
  std::string prefix = (folder / "x").native();
  prefix.pop_back();
  return prefix;
}

// The blob a record's byte range is in: the imported file's, or an inner file's (a zip entry).
const std::string& ProvenanceBlobOf(const ParsedRecord& rec, const std::string& file_blob) {
  return rec.inner_sha256.empty() ? file_blob : rec.inner_sha256;
}

Provenance ProvenanceOf(const ParsedRecord& rec, const std::string& file_blob,
                        const std::string& file_name) {
  if (rec.inner_sha256.empty())
    return {file_blob, file_name, rec.line, rec.byte_start, rec.byte_end};
  return {rec.inner_sha256, file_name + "/" + rec.inner_name, rec.line, rec.byte_start,
          rec.byte_end};
}

// The members of the record's thread attributes (the JSON object without its braces).
std::string_view ThreadMembers(const ParsedRecord& rec) {
  std::string_view t = rec.thread_attributes_json;
  if (t.size() < 2 || t.front() != '{' || t.back() != '}') return {};
  return t.substr(1, t.size() - 2);
}

// Fills chat segments with consecutive messages of one thread, day and blob (docs/case-format.md,
// "Chat segments"). The parse side builds one for every thread the case holds no messages of yet
// (SegmentsAhead); the storing side builds its own for a thread it holds messages of, leaving
// those out. Both close segments at the same places, so an import stores the same documents
// whichever side built them.
class SegmentBuilder {
 public:
  SegmentBuilder(std::string file_blob, std::string file_name)
      : file_blob_(std::move(file_blob)), file_name_(std::move(file_name)) {}

  bool open() const { return open_; }

  // Whether the chat message `rec` belongs in the open segment.
  bool Fits(const ParsedRecord& rec) const {
    const Document& doc = *rec.doc;
    // The blob's SHA-256 compared only when one of them is an inner file's (a zip entry).
    return open_ && seg_.thread == rec.thread &&
           seg_.doc.posted_at.compare(0, 10, doc.posted_at, 0, 10) == 0 &&
           ((!inner_blob_ && rec.inner_sha256.empty()) ||
            seg_.doc.provenance.blob_sha256 == ProvenanceBlobOf(rec, file_blob_)) &&
           seg_.messages < kSegmentMessages &&
           seg_.doc.text.size() + doc.text.size() <= kSegmentTextBytes &&
           seg_.doc.site == doc.site && thread_attributes_ == ThreadMembers(rec);
  }

  // Adds the chat message `rec` to the open segment, or opens one with it (the caller closes a
  // segment it does not fit first). `take_images`: its images (resolved) go with it; otherwise the
  // storing side gives the segment its messages' images when it stores it.
  void Add(ParsedRecord& rec, bool take_images) {
    Document& doc = *rec.doc;
    if (!open_) {
      open_ = true;
      seg_.thread = rec.thread;
      seg_.messages = 0;
      thread_attributes_ = std::string(ThreadMembers(rec));
      index_.Clear();
      seg_.doc = Document{};
      seg_.doc.source_id = doc.source_id;
      seg_.doc.site = doc.site;
      seg_.doc.posted_at = doc.posted_at;
      seg_.doc.lang = doc.lang;
      seg_.doc.region = doc.region;
      seg_.doc.kind = doc.kind;
      seg_.doc.provenance = ProvenanceOf(rec, file_blob_, file_name_);
      inner_blob_ = !rec.inner_sha256.empty();
      seg_.doc.text.reserve(kSegmentTextBytes + 4096);
    } else {
      seg_.doc.text.append(store::kChatMessageSeparator);
    }
    const size_t start = seg_.doc.text.size();
    seg_.doc.text.append(doc.text);
    seg_.doc.provenance.byte_end = rec.byte_end;
    if (take_images) {
      for (ImageRef& image : doc.images) seg_.doc.images.push_back(std::move(image));
    }
    // The id is the source id after "THREAD#".
    std::string_view id = doc.source_id;
    if (id.size() > rec.thread.size() && id.substr(0, rec.thread.size()) == rec.thread &&
        id[rec.thread.size()] == '#')
      id.remove_prefix(rec.thread.size() + 1);
    const std::string& attributes = !rec.message_attributes_json.empty()
                                        ? rec.message_attributes_json
                                    : !doc.attributes_json.empty() ? doc.attributes_json
                                                                   : kEmptyObject;
    index_.Add(id, doc.posted_at, static_cast<int64_t>(seg_.doc.text.size() - start),
               rec.byte_start, rec.byte_end, rec.line, attributes);
    ++seg_.messages;
  }

  // Closes the open segment (nullptr when none is open).
  std::unique_ptr<FinishedSegment> Finish() {
    if (!open_) return nullptr;
    open_ = false;
    seg_.doc.attributes_json = index_.AttributesJson(seg_.thread, thread_attributes_);
    auto done = std::make_unique<FinishedSegment>(std::move(seg_));
    seg_ = FinishedSegment{};
    return done;
  }

 private:
  const std::string file_blob_;
  const std::string file_name_;
  bool open_ = false;
  bool inner_blob_ = false;  // the open segment's messages are in an inner file (a zip entry)
  FinishedSegment seg_;
  std::string thread_attributes_;  // JSON members shared by the thread's messages ("" when none)
  store::ChatSegmentIndex index_;
};

// The chat segments of a record stream built on the parse thread, so that the storing thread only
// resolves images, inserts and seals them (building a segment was about a third of its work).
// Segments close where the storing side would close its own: before a message that does not fit
// and before a document that is not a chat message, and after the record that ends a transaction
// (every `batch_size` records, as the runner commits). The storing side drops the segments of a
// thread the case holds messages of (it builds those itself, without them).
class SegmentsAhead {
 public:
  // `seal_before_images`: ImportCallbacks' (may be empty); `ids` forecasts the segments' row ids.
  SegmentsAhead(std::string file_blob, std::string file_name, int64_t batch_size, int64_t import_id,
                std::function<Sha256(const Document&, int64_t)> seal_before_images,
                const IdForecast& ids)
      : builder_(std::move(file_blob), std::move(file_name)),
        batch_size_(batch_size),
        import_id_(import_id),
        seal_before_images_(std::move(seal_before_images)),
        ids_(ids) {}

  // Adds `rec`, the stream's next record; sets the segments closed before it and after it, and
  // `same_thread` when `rec` is a chat message of the thread of the chat message before it (false
  // when that is not known: the compare is left to the storing side then).
  void See(ParsedRecord& rec, std::unique_ptr<FinishedSegment>* before,
           std::unique_ptr<FinishedSegment>* after, bool* same_thread) {
    *same_thread = false;
    if (rec.doc) {
      if (rec.thread.empty()) {
        *before = Finish();
        ++documents_;  // the storing side inserts it after the segment before it
      } else {
        // An open segment's thread is its last message's, the chat message before this one.
        if (builder_.open()) {
          if (builder_.Fits(rec))
            *same_thread = true;
          else
            *before = Finish();
        }
        builder_.Add(rec, /*take_images=*/false);
      }
    }
    if (++in_batch_ >= batch_size_) {
      in_batch_ = 0;
      *after = Finish();
    }
  }

  // The segment open at the end of the stream (nullptr when none).
  std::unique_ptr<FinishedSegment> Last() { return Finish(); }

 private:
  // Closes the open segment with, when its row id can be forecast, its seal but the images
  // (nullptr when no segment is open).
  std::unique_ptr<FinishedSegment> Finish() {
    std::unique_ptr<FinishedSegment> seg = builder_.Finish();
    if (!seg) return nullptr;
    seg->number = documents_++;
    seg->content_sha256 = store::DocumentContentSha256(seg->doc);
    if (seal_before_images_) {
      if (const int64_t id = ids_.Expected(seg->number); id > 0) {
        seg->doc.id = id;
        seg->sealed_as_id = id;
        seg->seal_before_images = seal_before_images_(seg->doc, import_id_);
      }
    }
    return seg;
  }

  SegmentBuilder builder_;
  const int64_t batch_size_;
  int64_t in_batch_ = 0;
  const int64_t import_id_;
  const std::function<Sha256(const Document&, int64_t)> seal_before_images_;
  const IdForecast& ids_;
  int64_t documents_ = 0;  // the documents the storing side inserts, as far as this side knows
};

// A record as the storing side gets it, with the chat segments closed before and after it.
struct PipedRecord {
  ParsedRecord rec;
  std::unique_ptr<FinishedSegment> segment_before;
  std::unique_ptr<FinishedSegment> segment_after;
  // `rec` is a chat message of the thread of the chat message before it, as the parse side found
  // building its segments (SegmentsAhead::See): the storing side then does not compare the thread
  // names again. That compare read, per message, a string the parse threads had just written (a
  // WhatsApp thread name is 16 bytes, one over the short-string buffer): a cache miss across
  // cores, about a twentieth of the storing thread. False: not known, the storing side compares.
  bool same_thread = false;
};

// Whether imports parse on a thread of their own: yes, unless ARIADNE_IMPORT_THREADS=1 (one
// thread for everything: for measuring, and for machines where a second thread does not pay).
bool ParseOnOwnThread() {
  const char* v = std::getenv("ARIADNE_IMPORT_THREADS");
  return v == nullptr || std::string_view(v) != "1";
}

// Whether an import indexes beside itself: yes, unless ARIADNE_IMPORT_INDEXER=0 (the whole index
// left to the next search: for measuring, and for the tests of that catch-up).
bool IndexBesideImport() {
  const char* v = std::getenv("ARIADNE_IMPORT_INDEXER");
  return v == nullptr || std::string_view(v) != "0";
}

// Reads a record stream on a thread of its own, so that parsing runs beside the storing (hashing,
// SQLite, full-text index) on the caller's thread: an import uses two cores. The stream is used by
// that thread only; records come to the caller in order, in batches, through a queue bounded in
// batches and bytes, so memory stays bounded whatever the file. The destructor stops the reader.
class RecordPipe {
 public:
  // `threaded` false: the caller's thread parses too (Next() reads the stream directly).
  // `segments` builds the chat segments beside the parse (on the same thread).
  RecordPipe(RecordStream& stream, SegmentsAhead& segments, bool threaded)
      : stream_(stream), segments_(segments), threaded_(threaded) {
    if (threaded_) reader_ = std::thread([this] { Read(); });
  }
  RecordPipe(const RecordPipe&) = delete;
  RecordPipe& operator=(const RecordPipe&) = delete;
  ~RecordPipe() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    changed_.notify_all();
    if (reader_.joinable()) reader_.join();
  }

  // The next record, in the stream's order, or nullptr at the end (then status() is the
  // stream's, and LastSegment() the segment still open). The record is the caller's to change
  // until the next call; it is handed over in place, not moved or swapped (a record is some
  // twenty strings).
  PipedRecord* Next() {
    if (!threaded_) {
      own_.segment_before.reset();
      own_.segment_after.reset();
      if (stream_.Next(&own_.rec)) {
        segments_.See(own_.rec, &own_.segment_before, &own_.segment_after, &own_.same_thread);
        return &own_;
      }
      status_ = stream_.status();
      last_segment_ = segments_.Last();
      return nullptr;
    }
    if (at_ == taken_.size()) {
      std::unique_lock lock(mu_);
      // The used batch goes back to the reader, which reads new records into it (importer.h:
      // their strings' memory is reused, and stays with the thread that allocated it).
      if (!taken_.empty()) used_.push_back(std::move(taken_));
      taken_.clear();
      at_ = 0;
      changed_.wait(lock, [&] { return !queue_.empty() || finished_; });
      if (queue_.empty()) return nullptr;
      taken_ = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      changed_.notify_all();
    }
    return &taken_[at_++];
  }

  // The stream's status once Next() returned false.
  Status status() {
    std::lock_guard lock(mu_);
    return status_;
  }

  // The chat segment open at the end of the stream, once Next() returned nullptr.
  std::unique_ptr<FinishedSegment> LastSegment() {
    std::lock_guard lock(mu_);
    return std::move(last_segment_);
  }

 private:
  static constexpr size_t kBatchRecords = 256;
  static constexpr int64_t kBatchBytes = int64_t{1} << 20;
  static constexpr size_t kQueueBatches = 4;

  // Records are read straight into their batch's slots (a batch reserved for kBatchRecords):
  // moving each record into the batch, resetting it, and moving the batch's records again as it
  // grew were a sixth of the WhatsApp parse thread (a record is some twenty strings). Batches the
  // caller is done with are filled again: the slots hold earlier records, which the stream
  // overwrites (importer.h), keeping their strings' memory instead of freeing it. The stream
  // fills a batch at once (RecordStream::NextBatch: WhatsApp parses it on two threads); the chat
  // segments are then built from its records in order, on this thread.
  void Read() {
    std::vector<PipedRecord> batch;
    std::vector<ParsedRecord*> slots;
    for (;;) {
      if (batch.size() < kBatchRecords) {
        batch.reserve(kBatchRecords);
        batch.resize(kBatchRecords);
      }
      slots.clear();
      for (PipedRecord& piped : batch) slots.push_back(&piped.rec);
      RecordStream::Batch got;
      Status failed = Status::Ok();
      try {
        got = stream_.NextBatch(slots, kBatchBytes);
        for (size_t i = 0; i < got.filled; ++i) {
          PipedRecord& piped = batch[i];
          piped.segment_before.reset();
          piped.segment_after.reset();
          segments_.See(piped.rec, &piped.segment_before, &piped.segment_after, &piped.same_thread);
        }
      } catch (const std::exception& e) {  // on this thread it would end the process
        failed = Internal(fmt::format("the record reader failed: {}", e.what()));
        got = {0, false};
      }
      batch.resize(got.filled);  // without the slots the stream did not fill
      std::unique_lock lock(mu_);
      changed_.wait(lock, [&] { return queue_.size() < kQueueBatches || stop_; });
      if (stop_) return;
      if (!batch.empty()) queue_.push_back(std::move(batch));
      batch = std::vector<PipedRecord>();
      if (!used_.empty()) {
        batch = std::move(used_.back());
        used_.pop_back();
      }
      if (!got.more) {
        status_ = failed.ok() ? stream_.status() : failed;
        if (status_.ok()) last_segment_ = segments_.Last();
        finished_ = true;
      }
      lock.unlock();
      changed_.notify_all();
      if (!got.more) return;
    }
  }

  RecordStream& stream_;
  SegmentsAhead& segments_;  // used by the reading thread only
  const bool threaded_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<std::vector<PipedRecord>> queue_;
  std::vector<std::vector<PipedRecord>> used_;  // batches the caller is done with
  bool stop_ = false;
  bool finished_ = false;
  Status status_ = Status::Ok();
  std::unique_ptr<FinishedSegment> last_segment_;
  std::vector<PipedRecord> taken_;  // the caller's batch
  PipedRecord own_;                 // the record when not threaded
  size_t at_ = 0;
  std::thread reader_;  // started in the constructor body, once every member is ready
};

// One run of one import: the state shared by the steps below.
class ImportRun {
 public:
  ImportRun(store::Case& c, const fs::path& file, const Importer& importer,
            const ImportOptions& options, const ImportCallbacks& callbacks)
      : case_(c), file_(file), importer_(importer), options_(options), callbacks_(callbacks) {
    summary_.file = file.string();
    summary_.format = std::string(importer.name());
  }

  Result<ImportSummary> Run() {
    const FileStamp before = StampOf(file_);
    // The original is stored (read and hashed, compressed on zstd's workers) on a thread of its
    // own while this one opens the file as for a fresh import (WhatsApp's first pass reads all of
    // it): both only read the file, and the opening was a tenth of the import's time with a core
    // idle. A resumed import opens it again at its offset; what fails is reported in the order it
    // was before (the blob, the import record, then the file).
    // A file the case imported before (1 MiB or more, the size of an original it holds: a
    // repeated or resumed import) is hashed first, and compressed only if it is new after all.
    const bool hash_first = ImportedBefore(before);
    std::future<Result<store::BlobInfo>> stored =
        std::async(std::launch::async, [this, hash_first] { return StoreOriginal(hash_first); });
    const store::ImportRecord fresh;
    std::ifstream in(file_, std::ios::binary);
    const bool opened = static_cast<bool>(in);  // an importer may read `in` to its end
    std::ifstream resumed_in;                   // declared before the stream that may read it
    Result<std::unique_ptr<RecordStream>> stream =
        opened ? importer_.OpenFile(file_, in, fresh.next_offset, fresh.next_line, options_)
               : Result<std::unique_ptr<RecordStream>>(
                     IoError(fmt::format("{}: cannot open", file_.string())));
    Result<store::BlobInfo> blob = stored.get();
    if (!blob.ok()) return blob.status();
    ARIADNE_RETURN_IF_ERROR(BeginOrResume(*blob));
    if (summary_.already_complete) return summary_;
    if (callbacks_.on_start)
      ARIADNE_RETURN_IF_ERROR(callbacks_.on_start(record_, summary_.resumed));
    if (callbacks_.seal) {
      Result<std::unique_ptr<store::SealWriter>> writer = store::OpenSealWriter(case_.store());
      if (!writer.ok()) return writer.status();
      seal_writer_ = std::move(writer).value();
    }

    if (!opened) return IoError(fmt::format("{}: cannot open", file_.string()));
    if (record_.next_offset != fresh.next_offset || record_.next_line != fresh.next_line) {
      stream = IoError("");  // the fresh stream goes before its input is left
      resumed_in.open(file_, std::ios::binary);
      if (!resumed_in) return IoError(fmt::format("{}: cannot open", file_.string()));
      stream =
          importer_.OpenFile(file_, resumed_in, record_.next_offset, record_.next_line, options_);
    }
    if (!stream.ok()) {
      return Status(stream.status().kind(),
                    fmt::format("{}: {}", file_.string(), stream.status().message()));
    }
    // The full-text index is written as batches commit, with what CPU the import leaves idle,
    // and not waited for: the next search indexes what is left (store/search_index.h).
    if (IndexBesideImport()) {
      Result<std::unique_ptr<store::SearchIndexer>> indexer =
          store::SearchIndexer::Start(case_.dir(), store::IndexerPriority::kBackground);
      if (!indexer.ok()) return indexer.status();
      indexer_ = std::move(indexer).value();
    }
    ARIADNE_RETURN_IF_ERROR(ReadAll(**stream, blob->size));
    if (indexer_) ARIADNE_RETURN_IF_ERROR(indexer_->Stop());
    if (StampOf(file_) != before) {
      return IoError(fmt::format(
          "{}: the file changed while it was being imported; what was read is kept, run the import "
          "again once the file is complete",
          file_.string()));
    }
    summary_.imported = record_.imported;
    summary_.skipped = record_.skipped;
    summary_.duplicated = record_.duplicated;
    return summary_;
  }

 private:
  // Whether the case imported an original of this file's size before (when that cannot be read,
  // no: the file is then stored in one pass, as a new one).
  bool ImportedBefore(const FileStamp& stamp) {
    // A smaller original is stored in one pass whatever the case holds: compressing it again costs
    // little, and the look-up (a scan of the case's imports) would run for each file of a folder
    // import of thousands.
    constexpr int64_t kHashFirstMinBytes = int64_t{1} << 20;
    if (stamp.size < kHashFirstMinBytes) return false;
    Result<bool> found = case_.store().ImportedAnOriginalOfSize(stamp.size);
    return found.ok() && *found;
  }

  // The original's blob: looked up by its hash first when `hash_first` (nothing compressed when
  // the case holds it), else stored in one pass (read, hashed and compressed at once).
  Result<store::BlobInfo> StoreOriginal(bool hash_first) {
    if (hash_first) {
      Result<std::optional<store::BlobInfo>> held = store::FindStoredFile(case_.blobs(), file_);
      if (!held.ok()) return held.status();
      if (held->has_value()) return **held;
    }
    return case_.blobs().PutFile(file_);
  }

  // Records the blob and finds or starts the import record, in one transaction.
  Status BeginOrResume(const store::BlobInfo& blob) {
    store::CaseStore& s = case_.store();
    ARIADNE_RETURN_IF_ERROR(s.Begin());
    Status st = [&]() -> Status {
      ARIADNE_RETURN_IF_ERROR(s.RecordBlob(blob, MediaTypeOf(file_)));
      const std::string key = importer_.OptionsKey(options_);
      Result<std::optional<store::ImportRecord>> found =
          s.FindImport(blob.sha256, importer_.name(), key);
      if (!found.ok()) return found.status();
      if (found->has_value()) {
        record_ = **found;
        summary_.already_complete = record_.status == "complete";
        summary_.resumed = !summary_.already_complete;
      } else {
        record_.blob_sha256 = blob.sha256;
        record_.file_name = file_.filename().string();
        record_.format = std::string(importer_.name());
        record_.options = key;
        record_.status = "running";
        Result<int64_t> id = s.StartImport(record_);
        if (!id.ok()) return id.status();
        record_.id = *id;
      }
      return Status::Ok();
    }();
    if (!st.ok()) {
      s.Rollback();
      return st;
    }
    ARIADNE_RETURN_IF_ERROR(s.Commit());
    summary_.import_id = record_.id;
    summary_.blob_sha256 = record_.blob_sha256;
    if (summary_.already_complete) {
      summary_.duplicated = record_.imported + record_.duplicated;
      summary_.skipped = record_.skipped;
    }
    return Status::Ok();
  }

  Status ReadAll(RecordStream& stream, int64_t total_bytes) {
    // Attachments and images are synced once per batch, before the batch that names them commits.
    store::BlobStore::DeferredSyncScope deferred(case_.blobs());
    store::CaseStore& s = case_.store();
    // Every row the import writes refers to the import record, to blobs it recorded or to
    // documents it inserted, before it in the same transaction or in an earlier one: no reference
    // checks until the end (restored after the last commit or the rollback).
    store::sqlite::BulkWriteSettings settings(
        store::sqlite::ConnectionOf(s),
        {.foreign_keys_off = true,
         .checkpoint_pages = kImportCheckpointPages,
         .cache_kib = importer_.StoresChatSegments() ? kChatImportCacheKib : 0});
    ARIADNE_RETURN_IF_ERROR(settings.Start());
    ARIADNE_RETURN_IF_ERROR(s.Begin());
    int64_t in_batch = 0;
    ImportProgress progress{record_.next_offset, total_bytes, 0};
    Status st = Status::Ok();
    own_segments_.emplace(record_.blob_sha256, record_.file_name);
    SegmentsAhead segments(record_.blob_sha256, record_.file_name, options_.batch_size, record_.id,
                           callbacks_.finish_seal ? callbacks_.seal_before_images : nullptr,
                           ids_ahead_);
    RecordPipe pipe(stream, segments, ParseOnOwnThread());
    while (PipedRecord* next = pipe.Next()) {
      ParsedRecord& rec = next->rec;
      if (next->segment_before) st = StoreSegmentAhead(std::move(next->segment_before));
      if (st.ok()) st = Take(rec, next->same_thread);
      if (st.ok() && next->segment_after) st = StoreSegmentAhead(std::move(next->segment_after));
      if (!st.ok()) break;
      record_.next_offset = rec.byte_end;
      record_.next_line = rec.line + 1;
      ++progress.records;
      if (++in_batch >= options_.batch_size) {
        st = CommitBatch();
        if (!st.ok()) break;
        in_batch = 0;
        progress.bytes_done = rec.byte_end;
        if (callbacks_.on_progress) callbacks_.on_progress(progress);
      }
    }
    if (st.ok()) st = pipe.status();
    if (st.ok()) {
      if (std::unique_ptr<FinishedSegment> last = pipe.LastSegment())
        st = StoreSegmentAhead(std::move(last));
    }
    if (st.ok()) {
      record_.status = "complete";
      record_.finished_at = UtcNowIso8601();
      st = CommitBatch(/*reopen=*/false);
      if (st.ok()) {
        ARIADNE_RETURN_IF_ERROR(settings.Restore());
        progress.bytes_done = total_bytes;
        if (callbacks_.on_progress) callbacks_.on_progress(progress);
        return st;
      }
    }
    // The batch that failed, the last one too, is rolled back: the case stays as it was at the
    // last commit, and the connection's settings can be restored (outside a transaction).
    s.Rollback();
    (void)settings.Restore();
    return Status(st.kind(), fmt::format("{}: {}", file_.string(), st.message()));
  }

  Status CommitBatch(bool reopen = true) {
    store::CaseStore& s = case_.store();
    // Every record read so far is in this transaction: resuming starts after it.
    ARIADNE_RETURN_IF_ERROR(FlushSegment());
    ARIADNE_RETURN_IF_ERROR(FlushProblems());
    ARIADNE_RETURN_IF_ERROR(case_.blobs().SyncPending());
    ARIADNE_RETURN_IF_ERROR(s.UpdateImport(record_));
    ARIADNE_RETURN_IF_ERROR(s.Commit());
    if (indexer_) indexer_->Poke();
    return reopen ? s.Begin() : Status::Ok();
  }

  // Stores one record (or its problem) inside the open transaction. `same_thread`: PipedRecord's.
  Status Take(ParsedRecord& rec, bool same_thread) {
    if (!rec.doc) {
      ++record_.skipped;
      return Problem(rec.line, rec.byte_start, rec.error);
    }
    Document& doc = *rec.doc;
    if (!rec.warnings.empty()) ++summary_.warnings;
    for (const std::string& w : rec.warnings)
      ARIADNE_RETURN_IF_ERROR(Problem(rec.line, rec.byte_start, w));
    std::unordered_map<std::string, std::string> embedded;  // ref -> blob SHA-256
    for (const EmbeddedFile& f : rec.files) ARIADNE_RETURN_IF_ERROR(StoreEmbedded(f, &embedded));
    for (ImageRef& image : doc.images) {
      if (auto it = embedded.find(image.ref); it != embedded.end()) {
        image.blob_sha256 = it->second;
        image.status = "stored";
        ++summary_.images_stored;
        continue;
      }
      ARIADNE_RETURN_IF_ERROR(ResolveImage(image, rec));
    }
    // A chat message's provenance goes to its segment's index: no strings copied per message.
    if (!rec.thread.empty()) return TakeMessage(rec, same_thread);
    doc.provenance = ProvenanceOf(rec, record_.blob_sha256, record_.file_name);
    ARIADNE_RETURN_IF_ERROR(FlushSegment());
    Result<store::InsertOutcome> outcome = case_.store().InsertDocument(doc, record_.id);
    if (!outcome.ok()) return outcome.status();
    if (*outcome == store::InsertOutcome::kInserted) {
      ++record_.imported;
      if (seal_writer_) {
        ARIADNE_RETURN_IF_ERROR(
            seal_writer_->Put({doc.id, record_.id, callbacks_.seal(doc, record_.id)}));
      }
    } else {
      ++record_.duplicated;
    }
    return Status::Ok();
  }

  // Takes a chat message: its segment was built on the parse side (SegmentsAhead), unless the
  // case holds messages of its thread; then it goes to a segment built here, or nowhere when the
  // case holds this very message.
  Status TakeMessage(ParsedRecord& rec, bool same_thread) {
    Document& doc = *rec.doc;
    Result<const std::unordered_set<std::string>*> known =
        KnownMessagesOf(doc, rec.thread, same_thread);
    if (!known.ok()) return known.status();
    if ((*known)->empty()) {
      // Its segment comes from the parse side, without images: they are given to it as it is
      // stored, in the order of its messages. A segment built here (another thread's) ends here,
      // as it would if this message went to a segment built here.
      ARIADNE_RETURN_IF_ERROR(FlushSegment());
      for (ImageRef& image : doc.images) images_ahead_.push_back(std::move(image));
      return Status::Ok();
    }
    if ((*known)->count(store::ChatMessageKey(doc.source_id, doc.text)) > 0) {
      ++record_.duplicated;
      return Status::Ok();
    }
    if (own_segments_->open() && !own_segments_->Fits(rec)) ARIADNE_RETURN_IF_ERROR(FlushSegment());
    own_segments_->Add(rec, /*take_images=*/true);
    return Status::Ok();
  }

  // The keys of the messages of `thread` the case held before this run (empty for a thread new
  // to the case): read once per run, when the thread is first seen. `same_thread`: `thread` is
  // the chat message before's (PipedRecord), whose entry was the answer then.
  Result<const std::unordered_set<std::string>*> KnownMessagesOf(const Document& doc,
                                                                 const std::string& thread,
                                                                 bool same_thread) {
    // Consecutive messages are of one thread as a rule: its entry is kept (the look-up, hashing
    // and comparing the thread's name, was about 3% of a WhatsApp import's storing thread).
    // The map's nodes, and so the pointer, stay put as it grows.
    if (last_known_ != nullptr && (same_thread || thread == last_thread_)) return last_known_;
    auto it = known_threads_.find(thread);
    if (it == known_threads_.end()) {
      Result<std::vector<std::string>> keys =
          store::StoredChatMessageKeys(case_.store(), doc.site, thread);
      if (!keys.ok()) return keys.status();
      std::unordered_set<std::string> set(std::make_move_iterator(keys->begin()),
                                          std::make_move_iterator(keys->end()));
      it = known_threads_.emplace(thread, std::move(set)).first;
    }
    last_thread_ = thread;
    last_known_ = &it->second;
    return last_known_;
  }

  // Stores the chat segment built here, if one is open.
  Status FlushSegment() {
    std::unique_ptr<FinishedSegment> seg = own_segments_ ? own_segments_->Finish() : nullptr;
    return seg ? StoreSegment(*seg) : Status::Ok();
  }

  // Stores a segment built on the parse side, with its messages' images, unless its thread's
  // messages go to segments built here (the case held some of them before this run).
  Status StoreSegmentAhead(std::unique_ptr<FinishedSegment> seg) {
    auto it = known_threads_.find(seg->thread);
    if (it == known_threads_.end() || !it->second.empty()) return Status::Ok();
    seg->doc.images = std::move(images_ahead_);
    images_ahead_.clear();
    return StoreSegment(*seg);
  }

  // Stores a chat segment, sealed, as one document.
  Status StoreSegment(FinishedSegment& seg) {
    Result<store::InsertOutcome> outcome =
        seg.content_sha256.empty() ? case_.store().InsertDocument(seg.doc, record_.id)
                                   : store::InsertDocumentWithContentSha256(
                                         case_.store(), seg.doc, record_.id, seg.content_sha256);
    if (!outcome.ok()) return outcome.status();
    if (*outcome == store::InsertOutcome::kInserted) {
      record_.imported += seg.messages;
      if (seg.number >= 0) ids_ahead_.Stored(seg.number, seg.doc.id);
      if (seal_writer_) {
        // Sealed ahead only with the id it got: the seal's bytes are the same either way.
        std::string seal = seg.sealed_as_id == seg.doc.id && seg.sealed_as_id > 0
                               ? callbacks_.finish_seal(seg.seal_before_images, seg.doc.images)
                               : callbacks_.seal(seg.doc, record_.id);
        ARIADNE_RETURN_IF_ERROR(seal_writer_->Put({seg.doc.id, record_.id, std::move(seal)}));
      }
    } else {
      record_.duplicated += seg.messages;
    }
    return Status::Ok();
  }

  // Stores a file carried inside the record (an attachment, a zip entry) as a blob of its own.
  Status StoreEmbedded(const EmbeddedFile& f,
                       std::unordered_map<std::string, std::string>* embedded) {
    Result<store::BlobInfo> blob = case_.blobs().PutBytes(f.bytes);
    if (!blob.ok()) return blob.status();
    ARIADNE_RETURN_IF_ERROR(case_.store().RecordBlob(*blob, f.media_type));
    (*embedded)[f.ref] = blob->sha256;
    return Status::Ok();
  }

  // Records a problem of the record at `line` and `offset`. Its row goes to the case with the
  // next ones (multi-row INSERTs, at the latest before the batch commits); rows and message are
  // written into buffers kept for the next (an export that left its media out has one per
  // attachment).
  Status Problem(int64_t line, int64_t offset, const std::string& reason) {
    if (callbacks_.on_problem) {
      problem_text_ = file_.native();
      problem_text_ += ':';
      char digits[24];
      problem_text_.append(digits, std::to_chars(digits, digits + sizeof digits, line).ptr);
      problem_text_ += ": ";
      problem_text_ += reason;
      callbacks_.on_problem(problem_text_);
    }
    if (problems_pending_ == problems_.size()) problems_.emplace_back();
    store::ImportProblem& problem = problems_[problems_pending_++];
    problem.import_id = record_.id;
    problem.line = line;
    problem.byte_offset = offset;
    problem.reason = reason;
    return problems_pending_ >= kProblemsPerInsert ? FlushProblems() : Status::Ok();
  }

  // Writes the problems recorded since the last call, in order.
  Status FlushProblems() {
    const size_t pending = std::exchange(problems_pending_, 0);
    return pending == 0 ? Status::Ok() : case_.store().RecordProblems({problems_.data(), pending});
  }

  // Stores a referenced image file, or marks it remote or missing with a problem.
  Status ResolveImage(ImageRef& image, const ParsedRecord& rec) {
    if (IsUrl(image.ref)) {
      image.status = "remote";  // fetching is the crawler's job, with its politeness rules
      return Status::Ok();
    }
    auto cached = image_cache_.find(image.ref);
    if (cached != image_cache_.end()) {
      image.blob_sha256 = cached->second.blob_sha256;
      image.status = cached->second.status;
      if (image.status == "stored") return Status::Ok();
      ++summary_.images_missing;
      return Problem(rec.line, rec.byte_start, cached->second.ref);
    }
    std::string why;
    if (image_missed_ && IsPlainName(image.ref) && folder_names_.SurelyMissing(image.ref)) {
      // After the first missing image the folder is listed once (FolderNames): an export that
      // left its media out names thousands, and a `stat` each was 8% of the storing thread. A
      // plain name's full path is written without building paths (their parts' allocations were
      // as much again). Not remembered: the listing answers again as cheaply, with the same
      // words, and a cache of every missing name (each named once, as a rule) cost the storing
      // thread more in memory misses than the look-up it saves.
      missing_text_ = "image not found: ";
      missing_text_ += image_folder_prefix_;
      missing_text_ += image.ref;
      return Missing(image, rec, missing_text_);
    }
    const fs::path rel = fs::path(image.ref).lexically_normal();
    const fs::path full = file_.parent_path() / rel;
    std::error_code ec;
    if (rel.is_absolute() || rel.empty() || *rel.begin() == "..") {
      why =
          fmt::format("image \"{}\" is not a path inside the file's folder: not stored", image.ref);
    } else if (!fs::is_regular_file(full, ec)) {
      image_missed_ = true;
      why = fmt::format("image not found: {}", full.string());
    } else if (static_cast<int64_t>(fs::file_size(full, ec)) > options_.max_image_bytes) {
      why = fmt::format("image {} is larger than {} bytes: not stored", full.string(),
                        options_.max_image_bytes);
    } else {
      Result<store::BlobInfo> blob = case_.blobs().PutFile(full);
      if (!blob.ok()) {
        why = blob.status().message();
      } else {
        ARIADNE_RETURN_IF_ERROR(case_.store().RecordBlob(*blob, MediaTypeOf(full)));
        image.blob_sha256 = blob->sha256;
        image.status = "stored";
        ++summary_.images_stored;
      }
    }
    if (why.empty()) {
      Remember(image, "");
      return Status::Ok();
    }
    Status recorded = Missing(image, rec, why);
    Remember(image, why);  // with its status "missing"
    return recorded;
  }

  // Marks `image` missing, counts it and records `why` as the record's problem.
  Status Missing(ImageRef& image, const ParsedRecord& rec, const std::string& why) {
    image.status = "missing";
    ++summary_.images_missing;
    return Problem(rec.line, rec.byte_start, why);
  }

  // The cache's `ref` field holds the problem text for images that failed.
  void Remember(const ImageRef& image, const std::string& why) {
    if (image_cache_.size() >= kImageCacheLimit) image_cache_.clear();
    image_cache_[image.ref] = {why, image.blob_sha256, image.status};
  }

  store::Case& case_;
  const fs::path file_;
  const Importer& importer_;
  const ImportOptions& options_;
  const ImportCallbacks& callbacks_;
  store::ImportRecord record_;
  ImportSummary summary_;
  std::unordered_map<std::string, ImageRef> image_cache_;
  // Problem()'s rows not written yet (the first problems_pending_; the others' memory is reused).
  static constexpr size_t kProblemsPerInsert = 256;
  std::vector<store::ImportProblem> problems_;
  size_t problems_pending_ = 0;
  std::string problem_text_;
  std::string missing_text_;   // ResolveImage()'s problem for a name the folder surely lacks
  bool image_missed_ = false;  // an image was not found (then folder_names_ answers first)
  FolderNames folder_names_{file_.parent_path()};  // the names beside the imported file
  // What `file_.parent_path() / NAME` writes before a plain NAME (the folder and, unless it is
  // empty or ends with one, a separator).
  const std::string image_folder_prefix_ = PathPrefixOfNamesIn(file_.parent_path());
  std::unique_ptr<store::SealWriter> seal_writer_;  // when callbacks_.seal is set
  IdForecast ids_ahead_;  // the row ids of the segments built on the parse side
  std::unique_ptr<store::SearchIndexer> indexer_;
  // Segments of threads the case held messages of before this run (the others are built on the
  // parse side), and the images of the messages of the parse side's segment being taken.
  std::optional<SegmentBuilder> own_segments_;  // made as the records are read
  std::vector<ImageRef> images_ahead_;
  // Per thread seen in this run: the keys of its messages stored before this run.
  std::unordered_map<std::string, std::unordered_set<std::string>> known_threads_;
  std::string last_thread_;  // the thread KnownMessagesOf() answered last, and its entry
  const std::unordered_set<std::string>* last_known_ = nullptr;
};

}  // namespace

int64_t RecordBytes(const ParsedRecord& record) {
  int64_t bytes = std::max<int64_t>(0, record.byte_end - record.byte_start);
  for (const EmbeddedFile& f : record.files) bytes += static_cast<int64_t>(f.bytes.size());
  return bytes;
}

namespace {
constexpr size_t kKeptCapacity = 4096;  // bytes a reused string keeps (ClearForReuse)
}  // namespace

void ClearKeepingSmall(std::string* s) {
  if (s->capacity() > kKeptCapacity)
    std::string().swap(*s);
  else
    s->clear();
}

void ClearForReuse(ParsedRecord* r) {
  r->line = r->byte_start = r->byte_end = 0;
  r->error.clear();
  r->warnings.clear();
  r->files.clear();
  r->inner_sha256.clear();
  r->inner_name.clear();
  r->thread.clear();
  r->message_attributes_json.clear();
  r->thread_attributes_json.clear();
  if (!r->doc) return;
  Document& d = *r->doc;
  d.id = 0;
  for (std::string* field :
       {&d.source_id, &d.site, &d.url, &d.title, &d.text, &d.posted_at, &d.location, &d.lang,
        &d.region, &d.kind, &d.attributes_json, &d.imported_at})
    ClearKeepingSmall(field);
  d.attributes_json = "{}";
  d.images.clear();
  d.provenance = Provenance{};
}

RecordStream::Batch RecordStream::NextBatch(std::span<ParsedRecord* const> slots,
                                            int64_t max_bytes) {
  Batch got;
  int64_t bytes = 0;
  while (got.filled < slots.size() && bytes < max_bytes) {
    if (!Next(slots[got.filled])) {
      got.more = false;
      break;
    }
    bytes += RecordBytes(*slots[got.filled]);
    ++got.filled;
  }
  return got;
}

std::string CompactChatAttributes(const nlohmann::json& attributes,
                                  std::initializer_list<std::string_view> thread_keys) {
  nlohmann::json kept = nlohmann::json::object();
  for (auto it = attributes.begin(); it != attributes.end(); ++it) {
    const std::string& k = it.key();
    if (k == "thread") continue;
    if (std::find(thread_keys.begin(), thread_keys.end(), k) != thread_keys.end()) continue;
    if (k == "attachments" && it->is_array() && it->empty()) continue;
    if (k == "edited" && (it->is_null() || (it->is_boolean() && !it->get<bool>()))) continue;
    kept[k] = *it;
  }
  return kept.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<ImportSummary> ImportFile(store::Case& case_, const fs::path& file, std::string_view format,
                                 const ImportOptions& options, const ImportCallbacks& callbacks) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    return IoError(fmt::format("{}: not a readable file", file.string()));
  }
  const Importer* importer = format.empty() ? DetectImporter(file) : FindImporter(format);
  if (importer == nullptr) {
    std::string names;
    for (const Importer* i : Importers())
      names += (names.empty() ? "" : ", ") + std::string(i->name());
    return InvalidInput(format.empty()
                            ? fmt::format("{}: cannot tell the format; name it with --format ({})",
                                          file.string(), names)
                            : fmt::format("unknown format \"{}\"; formats are: {}", format, names));
  }
  ImportRun run(case_, file, *importer, options, callbacks);
  return run.Run();
}

}  // namespace ariadne::capture
