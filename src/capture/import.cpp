#include "capture/import.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <future>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "capture/registry.h"
#include "core/text.h"
#include "store/chat_segment.h"
#include "store/custody_store.h"
#include "store/search_index.h"

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

// The chat segment being filled: consecutive messages of one thread, day and blob.
struct OpenSegment {
  bool open = false;
  std::string thread;
  std::string day;
  std::string provenance_blob;
  std::string thread_attributes;  // JSON members shared by the thread's messages ("" when none)
  int64_t messages = 0;
  Document doc;
  store::ChatSegmentIndex index;
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
  RecordPipe(RecordStream& stream, bool threaded) : stream_(stream), threaded_(threaded) {
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
  // stream's). The record is the caller's to change until the next call; it is handed over in
  // place, not moved or swapped (a record is some twenty strings).
  ParsedRecord* Next() {
    if (!threaded_) {
      if (stream_.Next(&own_)) return &own_;
      status_ = stream_.status();
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

 private:
  static constexpr size_t kBatchRecords = 256;
  static constexpr int64_t kBatchBytes = int64_t{1} << 20;
  static constexpr size_t kQueueBatches = 4;

  // Records are read straight into their batch's next slot, in a batch reserved for
  // kBatchRecords: moving each record into the batch, resetting it, and moving the batch's records
  // again as it grew were a sixth of the WhatsApp parse thread (a record is some twenty strings).
  // Batches the caller is done with are filled again: the slots hold earlier records, which the
  // stream overwrites (importer.h), keeping their strings' memory instead of freeing it.
  void Read() {
    std::vector<ParsedRecord> batch;
    batch.reserve(kBatchRecords);
    size_t filled = 0;
    int64_t bytes = 0;
    for (;;) {
      bool more = false;
      Status failed = Status::Ok();
      ParsedRecord& rec = filled < batch.size() ? batch[filled] : batch.emplace_back();
      try {
        more = stream_.Next(&rec);
      } catch (const std::exception& e) {  // on this thread it would end the process
        failed = Internal(fmt::format("the record reader failed: {}", e.what()));
      }
      if (more) {
        ++filled;
        bytes += std::max<int64_t>(0, rec.byte_end - rec.byte_start);
        for (const EmbeddedFile& f : rec.files) bytes += static_cast<int64_t>(f.bytes.size());
        if (filled < kBatchRecords && bytes < kBatchBytes) continue;
      }
      batch.resize(filled);  // without the slots the stream did not fill
      std::unique_lock lock(mu_);
      changed_.wait(lock, [&] { return queue_.size() < kQueueBatches || stop_; });
      if (stop_) return;
      if (!batch.empty()) queue_.push_back(std::move(batch));
      batch = {};
      if (!used_.empty()) {
        batch = std::move(used_.back());
        used_.pop_back();
      }
      filled = 0;
      bytes = 0;
      if (!more) {
        status_ = failed.ok() ? stream_.status() : failed;
        finished_ = true;
      }
      lock.unlock();
      changed_.notify_all();
      if (!more) return;
      if (batch.capacity() < kBatchRecords) batch.reserve(kBatchRecords);
    }
  }

  RecordStream& stream_;
  const bool threaded_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<std::vector<ParsedRecord>> queue_;
  std::vector<std::vector<ParsedRecord>> used_;  // batches the caller is done with
  bool stop_ = false;
  bool finished_ = false;
  Status status_ = Status::Ok();
  std::vector<ParsedRecord> taken_;  // the caller's batch
  ParsedRecord own_;                 // the record when not threaded
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
    std::future<Result<store::BlobInfo>> stored =
        std::async(std::launch::async, [this] { return case_.blobs().PutFile(file_); });
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
    ARIADNE_RETURN_IF_ERROR(s.Begin());
    int64_t in_batch = 0;
    ImportProgress progress{record_.next_offset, total_bytes, 0};
    Status st = Status::Ok();
    RecordPipe pipe(stream, ParseOnOwnThread());
    while (ParsedRecord* next = pipe.Next()) {
      ParsedRecord& rec = *next;
      st = Take(rec);
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
      record_.status = "complete";
      record_.finished_at = UtcNowIso8601();
      st = CommitBatch(/*reopen=*/false);
      progress.bytes_done = total_bytes;
      if (st.ok() && callbacks_.on_progress) callbacks_.on_progress(progress);
      return st;
    }
    s.Rollback();
    return Status(st.kind(), fmt::format("{}: {}", file_.string(), st.message()));
  }

  Status CommitBatch(bool reopen = true) {
    store::CaseStore& s = case_.store();
    // Every record read so far is in this transaction: resuming starts after it.
    ARIADNE_RETURN_IF_ERROR(FlushSegment());
    ARIADNE_RETURN_IF_ERROR(case_.blobs().SyncPending());
    ARIADNE_RETURN_IF_ERROR(s.UpdateImport(record_));
    ARIADNE_RETURN_IF_ERROR(s.Commit());
    if (indexer_) indexer_->Poke();
    return reopen ? s.Begin() : Status::Ok();
  }

  // Stores one record (or its problem) inside the open transaction.
  Status Take(ParsedRecord& rec) {
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
    if (!rec.thread.empty()) return TakeMessage(rec);
    doc.provenance = ProvenanceOf(rec);
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

  // Adds a chat message to the open segment (closing it first when the message does not belong in
  // it), unless the case holds the message already.
  Status TakeMessage(ParsedRecord& rec) {
    Document& doc = *rec.doc;
    Result<bool> known = KnownMessage(doc, rec.thread);
    if (!known.ok()) return known.status();
    if (*known) {
      ++record_.duplicated;
      return Status::Ok();
    }
    OpenSegment& seg = segment_;
    const std::string_view day = std::string_view(doc.posted_at).substr(0, 10);
    if (seg.open &&
        (seg.thread != rec.thread || seg.day != day ||
         seg.provenance_blob != ProvenanceBlobOf(rec) || seg.messages >= kSegmentMessages ||
         seg.doc.text.size() + doc.text.size() > kSegmentTextBytes || seg.doc.site != doc.site ||
         seg.thread_attributes != ThreadMembers(rec))) {
      ARIADNE_RETURN_IF_ERROR(FlushSegment());
    }
    if (!seg.open) {
      seg.open = true;
      seg.thread = rec.thread;
      seg.day = std::string(day);
      seg.provenance_blob = ProvenanceBlobOf(rec);
      seg.thread_attributes = std::string(ThreadMembers(rec));
      seg.messages = 0;
      seg.index.Clear();
      seg.doc = Document{};
      seg.doc.source_id = doc.source_id;
      seg.doc.site = doc.site;
      seg.doc.posted_at = doc.posted_at;
      seg.doc.lang = doc.lang;
      seg.doc.region = doc.region;
      seg.doc.kind = doc.kind;
      seg.doc.provenance = ProvenanceOf(rec);
      seg.doc.text.reserve(kSegmentTextBytes + 4096);
    } else {
      seg.doc.text.append(store::kChatMessageSeparator);
    }
    const size_t start = seg.doc.text.size();
    seg.doc.text.append(doc.text);
    seg.doc.provenance.byte_end = rec.byte_end;
    for (ImageRef& image : doc.images) seg.doc.images.push_back(std::move(image));
    // The id is the source id after "THREAD#".
    std::string_view id = doc.source_id;
    if (id.size() > rec.thread.size() && id.substr(0, rec.thread.size()) == rec.thread &&
        id[rec.thread.size()] == '#')
      id.remove_prefix(rec.thread.size() + 1);
    const std::string& attributes = !rec.message_attributes_json.empty()
                                        ? rec.message_attributes_json
                                    : !doc.attributes_json.empty() ? doc.attributes_json
                                                                   : kEmptyObject;
    seg.index.Add(id, doc.posted_at, static_cast<int64_t>(seg.doc.text.size() - start),
                  rec.byte_start, rec.byte_end, rec.line, attributes);
    ++seg.messages;
    return Status::Ok();
  }

  // The blob a record's byte range is in: the imported file's, or an inner file's (a zip entry).
  const std::string& ProvenanceBlobOf(const ParsedRecord& rec) const {
    return rec.inner_sha256.empty() ? record_.blob_sha256 : rec.inner_sha256;
  }

  Provenance ProvenanceOf(const ParsedRecord& rec) const {
    if (rec.inner_sha256.empty())
      return {record_.blob_sha256, record_.file_name, rec.line, rec.byte_start, rec.byte_end};
    return {rec.inner_sha256, record_.file_name + "/" + rec.inner_name, rec.line, rec.byte_start,
            rec.byte_end};
  }

  // The members of the record's thread attributes (the JSON object without its braces).
  static std::string_view ThreadMembers(const ParsedRecord& rec) {
    std::string_view t = rec.thread_attributes_json;
    if (t.size() < 2 || t.front() != '{' || t.back() != '}') return {};
    return t.substr(1, t.size() - 2);
  }

  // Whether the case holds this message already (from an earlier import of the same chat): the
  // thread's stored messages are read once per run, when the thread is first seen.
  Result<bool> KnownMessage(const Document& doc, const std::string& thread) {
    auto it = known_threads_.find(thread);
    if (it == known_threads_.end()) {
      Result<std::vector<std::string>> keys =
          store::StoredChatMessageKeys(case_.store(), doc.site, thread);
      if (!keys.ok()) return keys.status();
      std::unordered_set<std::string> set(std::make_move_iterator(keys->begin()),
                                          std::make_move_iterator(keys->end()));
      it = known_threads_.emplace(thread, std::move(set)).first;
    }
    if (it->second.empty()) return false;
    return it->second.count(store::ChatMessageKey(doc.source_id, doc.text)) > 0;
  }

  // Stores the open chat segment, sealed, as one document.
  Status FlushSegment() {
    OpenSegment& seg = segment_;
    if (!seg.open) return Status::Ok();
    seg.open = false;
    seg.doc.attributes_json = seg.index.AttributesJson(seg.thread, seg.thread_attributes);
    Result<store::InsertOutcome> outcome = case_.store().InsertDocument(seg.doc, record_.id);
    if (!outcome.ok()) return outcome.status();
    if (*outcome == store::InsertOutcome::kInserted) {
      record_.imported += seg.messages;
      if (seal_writer_) {
        ARIADNE_RETURN_IF_ERROR(
            seal_writer_->Put({seg.doc.id, record_.id, callbacks_.seal(seg.doc, record_.id)}));
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

  Status Problem(int64_t line, int64_t offset, const std::string& reason) {
    if (callbacks_.on_problem)
      callbacks_.on_problem(fmt::format("{}:{}: {}", file_.string(), line, reason));
    return case_.store().RecordProblem({record_.id, line, offset, reason});
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
    const fs::path rel = fs::path(image.ref).lexically_normal();
    const fs::path full = file_.parent_path() / rel;
    std::error_code ec;
    if (rel.is_absolute() || rel.empty() || *rel.begin() == "..") {
      why =
          fmt::format("image \"{}\" is not a path inside the file's folder: not stored", image.ref);
    } else if (!fs::is_regular_file(full, ec)) {
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
    image.status = "missing";
    ++summary_.images_missing;
    Remember(image, why);
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
  std::unique_ptr<store::SealWriter> seal_writer_;  // when callbacks_.seal is set
  std::unique_ptr<store::SearchIndexer> indexer_;
  OpenSegment segment_;
  // Per thread seen in this run: the keys of its messages stored before this run.
  std::unordered_map<std::string, std::unordered_set<std::string>> known_threads_;
};

}  // namespace

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
