#include "capture/telegram_importer.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "capture/ad_record.h"
#include "capture/compact_json.h"
#include "capture/telegram_message.h"
#include "core/text.h"

namespace ariadne::capture {

namespace {

using nlohmann::json;

constexpr size_t kChunk = size_t{1} << 16;
constexpr size_t kMaxDepth = 256;       // nesting deeper than this is refused, not recursed
constexpr size_t kMaxChatField = 4096;  // a chat's name, id or type

// ---- A forward-only JSON structure scanner -----------------------------------------------------
// It finds the chats and their message objects, with their byte ranges and line numbers, without
// building the document: each message object is then parsed on its own, so memory is bounded by
// the largest message, not the file.

class Scanner {
 public:
  explicit Scanner(std::istream& in) : in_(in) {}

  int Peek() {
    if (pos_ == buffer_.size() && !Fill()) return -1;
    return static_cast<unsigned char>(buffer_[pos_]);
  }
  int Get() {
    const int c = Peek();
    if (c < 0) return c;
    ++pos_;
    if (c == '\n') ++line_;
    return c;
  }
  void SkipSpace() {
    for (int c = Peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = Peek()) Get();
  }
  int64_t offset() const { return buffer_offset_ + static_cast<int64_t>(pos_); }
  int64_t line() const { return line_; }
  bool read_error() const { return read_error_; }

  // Captures the bytes read from here to StopCapture(), at most `limit` (then capture_overflow()).
  // They are copied a buffer's span at a time, not byte by byte.
  void StartCapture(size_t limit) {
    captured_.clear();
    capture_limit_ = limit;
    capture_overflow_ = false;
    capturing_ = true;
    capture_from_ = pos_;
  }
  void StopCapture() {
    FlushCapture();
    capturing_ = false;
  }
  const std::string& captured() const { return captured_; }
  // The captured bytes, swapped into `*out` (one copy less per message); the next capture
  // reuses the memory `*out` had (up to a few KB), not a new buffer.
  void SwapCaptured(std::string* out) {
    out->swap(captured_);
    ClearKeepingSmall(&captured_);
  }
  bool capture_overflow() const { return capture_overflow_; }

  // Skips one JSON value (checking only its structure). False with `error` set when it is broken.
  bool SkipValue(std::string* error) {
    SkipSpace();
    const int c = Peek();
    if (c == '"') {
      Get();
      return SkipStringBody(error);
    }
    if (c == '{' || c == '[') return SkipContainer(error);
    int n = 0;
    for (int s = Peek(); s >= 0 && (std::isalnum(s) || s == '-' || s == '+' || s == '.');
         s = Peek()) {
      Get();
      ++n;
    }
    if (n > 0) return true;
    *error = c < 0 ? "the file ends where a value should be (cut off?)"
                   : fmt::format("unexpected {} where a value should be", Describe(c));
    return false;
  }

  // Reads a string (the opening quote is next) as written, escapes undecoded, keeping at most
  // `limit` bytes.
  bool ReadRawString(std::string* out, size_t limit, std::string* error) {
    Get();  // the opening quote
    out->clear();
    for (;;) {
      const int c = Get();
      if (c < 0) {
        *error = "the file ends inside a string (cut off?)";
        return false;
      }
      if (c == '"') return true;
      if (out->size() < limit) out->push_back(static_cast<char>(c));
      if (c == '\\') {
        const int e = Get();
        if (e < 0) continue;
        if (out->size() < limit) out->push_back(static_cast<char>(e));
      }
    }
  }

  static std::string Describe(int c) {
    if (c < 0) return "the end of the file";
    if (c >= 0x20 && c < 0x7F) return fmt::format("'{}'", static_cast<char>(c));
    return fmt::format("byte 0x{:02X}", c);
  }

 private:
  bool SkipStringBody(std::string* error) {
    for (;;) {
      // Most of a string is plain bytes: skip them without a call per byte.
      pos_ = JsonPlainRun(buffer_, pos_);
      const int c = Get();  // counts a line at a raw line feed
      if (c < 0) {
        *error = "the file ends inside a string (cut off?)";
        return false;
      }
      if (c == '"') return true;
      if (c == '\\') Get();  // also skips tdesktop's non-JSON "\xNN" (repaired when parsed)
    }
  }

  bool SkipContainer(std::string* error) {
    std::string open;  // the brackets still open, innermost last
    do {
      SkipBetweenTokens();
      const int c = Get();
      if (c < 0) {
        *error = "the file ends inside an object or array (cut off?)";
        return false;
      }
      if (c == '"') {
        if (!SkipStringBody(error)) return false;
      } else if (c == '{' || c == '[') {
        if (open.size() >= kMaxDepth) {
          *error = fmt::format("values nested deeper than {} levels", kMaxDepth);
          return false;
        }
        open.push_back(c == '{' ? '}' : ']');
      } else if (c == '}' || c == ']') {
        if (open.empty() || open.back() != c) {
          *error = fmt::format("'{}' closes nothing that is open here", static_cast<char>(c));
          return false;
        }
        open.pop_back();
      }
    } while (!open.empty());
    return true;
  }

  // Moves past the bytes of an object or array up to the next quote or bracket (white space,
  // colons, commas, numbers and words), counting their lines, without a call per byte: the
  // pretty-printed indentation alone is a fifth of an export.
  void SkipBetweenTokens() {
    const char* p = buffer_.data() + pos_;
    const char* end = buffer_.data() + buffer_.size();
    int64_t lines = 0;
    while (p < end) {
      const char c = *p;
      if (c == '"' || c == '{' || c == '[' || c == '}' || c == ']') break;
      lines += c == '\n';
      ++p;
    }
    line_ += lines;
    pos_ = static_cast<size_t>(p - buffer_.data());
  }

  void FlushCapture() {
    if (!capturing_) return;
    size_t n = pos_ - capture_from_;
    const size_t room = capture_limit_ - std::min(capture_limit_, captured_.size());
    if (n > room) {
      capture_overflow_ = true;
      n = room;
    }
    captured_.append(buffer_, capture_from_, n);
    capture_from_ = pos_;
  }

  bool Fill() {
    if (eof_) return false;
    FlushCapture();
    capture_from_ = 0;
    buffer_offset_ += static_cast<int64_t>(pos_);
    buffer_.resize(kChunk);
    pos_ = 0;
    in_.read(buffer_.data(), static_cast<std::streamsize>(kChunk));
    buffer_.resize(static_cast<size_t>(in_.gcount()));
    if (in_.bad()) read_error_ = true;
    if (buffer_.size() < kChunk) eof_ = true;
    return !buffer_.empty();
  }

  std::istream& in_;
  std::string buffer_;
  size_t pos_ = 0;
  int64_t buffer_offset_ = 0;
  int64_t line_ = 1;
  bool eof_ = false;
  bool read_error_ = false;
  bool capturing_ = false;
  size_t capture_from_ = 0;  // the first byte of buffer_ not yet in captured_
  size_t capture_limit_ = 0;
  bool capture_overflow_ = false;
  std::string captured_;
};

// ---- Message objects as tdesktop writes them ---------------------------------------------------

// tdesktop writes control bytes in strings as "\xNN", which JSON does not allow
// (export_output_json.cpp); they become "\u00NN". Only escapes inside strings are touched.
bool RepairHexEscapes(std::string& raw) {
  if (raw.find("\\x") == std::string::npos) return false;
  std::string out;
  out.reserve(raw.size() + 16);
  bool in_string = false;
  bool changed = false;
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (!in_string) {
      in_string = c == '"';
      out.push_back(c);
      continue;
    }
    if (c == '"') {
      in_string = false;
      out.push_back(c);
    } else if (c == '\\' && i + 1 < raw.size()) {
      if (raw[i + 1] == 'x') {
        out += "\\u00";
        changed = true;
      } else {
        out.push_back(c);
        out.push_back(raw[i + 1]);
      }
      ++i;
    } else {
      out.push_back(c);
    }
  }
  raw = std::move(out);
  return changed;
}

// ---- The record stream
// ---------------------------------------------------------------------------

// A message object found by the scanner, to be parsed (on either thread of the stream).
struct ScannedMessage {
  std::string raw;
  int64_t line = 0;
  int64_t start = 0;
  int64_t end = 0;
  bool overflow = false;
  std::shared_ptr<const TelegramChat> chat;  // the chat as it was when the message was read
};

// Swaps two records member by member (std::swap moves each whole record three times).
void SwapRecords(ParsedRecord& a, ParsedRecord& b) {
  static_assert(sizeof(Document) == sizeof(int64_t) + 12 * sizeof(std::string) +
                                        sizeof(std::vector<ImageRef>) + sizeof(Provenance),
                "a field was added to Document: swap it here");
  static_assert(sizeof(ParsedRecord) == 3 * sizeof(int64_t) + sizeof(std::optional<Document>) +
                                            6 * sizeof(std::string) +
                                            sizeof(std::vector<std::string>) +
                                            sizeof(std::vector<EmbeddedFile>),
                "a field was added to ParsedRecord: swap it here");
  std::swap(a.line, b.line);
  std::swap(a.byte_start, b.byte_start);
  std::swap(a.byte_end, b.byte_end);
  if (a.doc && b.doc) {
    Document& x = *a.doc;
    Document& y = *b.doc;
    std::swap(x.id, y.id);
    for (auto field :
         {&Document::source_id, &Document::site, &Document::url, &Document::title, &Document::text,
          &Document::posted_at, &Document::location, &Document::lang, &Document::region,
          &Document::kind, &Document::attributes_json, &Document::imported_at})
      (x.*field).swap(y.*field);
    x.images.swap(y.images);
    std::swap(x.provenance, y.provenance);
  } else {
    a.doc.swap(b.doc);
  }
  a.error.swap(b.error);
  a.warnings.swap(b.warnings);
  a.files.swap(b.files);
  a.inner_sha256.swap(b.inner_sha256);
  a.inner_name.swap(b.inner_name);
  a.thread.swap(b.thread);
  a.message_attributes_json.swap(b.message_attributes_json);
  a.thread_attributes_json.swap(b.thread_attributes_json);
}

// Whether the stream parses on a second thread: yes, unless ARIADNE_IMPORT_THREADS=1 (the import
// runner's switch: one thread for everything).
bool ParseOnTwoThreads() {
  const char* v = std::getenv("ARIADNE_IMPORT_THREADS");
  return v == nullptr || std::string_view(v) != "1";
}

// The stream reads the structure on the caller's thread and gathers up to kBatchMessages message
// objects (at most kBatchBytes of them) into a batch, then parses them into records on two
// threads, the caller's and a helper's, a few messages at a time whichever is free. The batches
// overlap: while the caller hands out one batch's records (and the import runner builds chat
// segments of them on the same thread) and then gathers the batch after, the helper parses the
// next, which the caller gathered before it handed any out. Parsing a message object was most of
// reading an export, and with the halves fixed the helper idled while the caller read the structure
// and built the segments (issue 6 item 6). Records come out in the file's order.
class TelegramStream final : public RecordStream {
 public:
  TelegramStream(std::istream& in, int64_t resume_offset, const ImportOptions& options)
      : scanner_(in), resume_offset_(resume_offset), max_bytes_(options.max_record_bytes) {}
  TelegramStream(const TelegramStream&) = delete;
  TelegramStream& operator=(const TelegramStream&) = delete;
  ~TelegramStream() override {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    wake_.notify_all();
    if (helper_.joinable()) helper_.join();
  }

  bool Next(ParsedRecord* record) override {
    for (;;) {
      Batch& b = batches_[current_];
      if (at_ < b.count) {
        // Swapped, not moved: the slot gets the caller's used record back, whose strings the
        // next parse into it reuses (a move freed them, and allocated the next record's anew).
        SwapRecords(*record, b.parsed[at_++]);
        return true;
      }
      if (b.tail) {
        *record = std::move(*b.tail);
        b.tail.reset();
        return true;
      }
      if (b.last) return false;
      TakeNextBatch();
    }
  }

 private:
  static constexpr size_t kBatchMessages = 128;
  static constexpr size_t kBatchBytes = size_t{4} << 20;
  static constexpr size_t kHelperFrom = 8;  // fewer messages are parsed on the caller's thread
  static constexpr size_t kClaim = 4;       // messages a thread takes from a batch at a time

  enum class Event { kScanned, kRecord, kEnd };

  // Messages scanned, their records once parsed, and the structure's own record after them.
  struct Batch {
    std::vector<ScannedMessage> scanned;  // slots reused: their strings keep their capacity
    std::vector<ParsedRecord> parsed;
    size_t count = 0;
    std::optional<ParsedRecord> tail;
    bool last = false;  // the input ends after it
  };

  // The batch being parsed becomes the one handed out (the first is gathered now), and the one
  // after it is gathered and given to the helper to parse meanwhile. It is gathered into the
  // batch just handed out (whose messages are done with) before the caller helps to parse the
  // next: reading the structure then runs beside the helper's parsing. Gathered after it, the
  // structure was read with the helper idle, and the caller parsed most of each batch itself
  // (Telegram's caller thread, which also builds the chat segments, bounded the import).
  void TakeNextBatch() {
    const int next = 1 - current_;
    if (!started_) {
      started_ = true;
      Gather(batches_[next]);
      Start(batches_[next]);
    }
    const bool more = !batches_[next].last;
    if (more) Gather(batches_[current_]);
    Finish(batches_[next]);
    current_ = next;
    at_ = 0;
    if (more) Start(batches_[1 - current_]);
  }

  // Reads messages into `b` until it is full, the structure yields a record of its own (kept as
  // the tail, after the batch) or the input ends.
  void Gather(Batch& b) {
    filling_ = &b;
    b.count = 0;
    b.tail.reset();
    b.last = false;
    size_t bytes = 0;
    while (b.count < kBatchMessages && bytes < kBatchBytes) {
      ParsedRecord record;
      const Event e = Advance(&record);
      if (e == Event::kScanned) {
        bytes += b.scanned[b.count - 1].raw.size();
        continue;
      }
      if (e == Event::kRecord) b.tail = std::move(record);
      b.last = done_;
      break;
    }
    if (b.parsed.size() < b.count) b.parsed.resize(b.count);
  }

  // The slot for the next scanned message.
  ScannedMessage& NextSlot() {
    Batch& b = *filling_;
    if (b.count == b.scanned.size()) b.scanned.emplace_back();
    return b.scanned[b.count++];
  }

  // Offers `b` to the helper, which parses messages of it until Finish() is called.
  void Start(Batch& b) {
    next_claim_.store(0, std::memory_order_relaxed);
    if (b.count < kHelperFrom || !two_threads_) return;
    if (!helper_.joinable()) helper_ = std::thread([this] { Help(); });
    {
      std::lock_guard lock(mu_);
      job_ = &b;
      job_offered_ = true;
    }
    wake_.notify_all();
  }

  // Parses what the helper has not taken of `b`, then waits for what it has.
  void Finish(Batch& b) {
    ParseClaims(b);
    std::unique_lock lock(mu_);
    job_offered_ = false;  // not yet taken: the caller parsed it all
    wake_.wait(lock, [&] { return !job_taken_; });
  }

  // Parses messages of `b`, kClaim at a time, until none is left to take.
  void ParseClaims(Batch& b) {
    for (;;) {
      const size_t from = next_claim_.fetch_add(kClaim, std::memory_order_relaxed);
      if (from >= b.count) return;
      const size_t to = std::min(b.count, from + kClaim);
      for (size_t i = from; i < to; ++i) ParseScanned(b.scanned[i], &b.parsed[i]);
    }
  }

  // The helper thread: parses messages of each batch offered to it.
  void Help() {
    for (;;) {
      Batch* b = nullptr;
      {
        std::unique_lock lock(mu_);
        wake_.wait(lock, [&] { return job_offered_ || stop_; });
        if (stop_) return;
        job_offered_ = false;
        job_taken_ = true;
        b = job_;
      }
      ParseClaims(*b);
      {
        std::lock_guard lock(mu_);
        job_taken_ = false;
      }
      wake_.notify_all();
    }
  }

  // One scanned message into its record. Thread-safe: reads only the message and its chat.
  void ParseScanned(ScannedMessage& m, ParsedRecord* record) const {
    ClearForReuse(record);  // an earlier record: its strings' memory is reused
    record->line = m.line;
    record->byte_start = m.start;
    record->byte_end = m.end;
    if (m.overflow) {
      record->doc.reset();
      record->error = fmt::format("message of {} bytes is longer than the limit of {} bytes",
                                  record->byte_end - record->byte_start, max_bytes_);
      return;
    }
    const bool repaired = RepairHexEscapes(m.raw);
    if (!ReadMessageInPlace(m.raw, *m.chat, record)) {
      record->doc.reset();  // what FastMessage set before it gave up
      record->warnings.clear();
      ReadMessageWithDom(m.raw, *m.chat, record);
    }
    if (repaired && record->doc) {
      record->warnings.push_back(
          "\\xNN escapes (written by Telegram Desktop for control characters, not valid JSON) "
          "were read as \\u00NN");
    }
  }

  // The chat a message belongs to, as it is now, shared by its messages until it changes.
  std::shared_ptr<const TelegramChat> ChatSnapshot(TelegramChat& chat) {
    if (snapshot_ == nullptr || snapshot_of_ != &chat || snapshot_version_ != chat_version_) {
      chat.MakeShared();
      snapshot_ = std::make_shared<const TelegramChat>(chat);
      snapshot_of_ = &chat;
      snapshot_version_ = chat_version_;
    }
    return snapshot_;
  }

  // One step of reading the structure: a message scanned, a record of the structure's own (a
  // broken file, trailing data) in `record`, or the end.
  Event Advance(ParsedRecord* record) {
    while (!done_) {
      if (frames_.empty()) {
        if (!Begin(record)) continue;
        return Event::kRecord;
      }
      const Frame::Kind kind = frames_.back().kind;
      std::string key;
      const Step step = kind == Frame::kChatList || kind == Frame::kMessages
                            ? NextElement(frames_.back())
                            : NextMember(frames_.back(), &key);
      if (step == Step::kError) return Broken(record);
      if (step == Step::kEnd) {
        frames_.pop_back();
        if (frames_.empty()) return Finish(record) ? Event::kRecord : Event::kEnd;
        continue;
      }
      switch (kind) {
        case Frame::kTop:
        case Frame::kChat:
          if (key == "messages" && scanner_.Peek() == '[') {
            scanner_.Get();
            Push(Frame::kMessages, frames_.size() - 1);
            saw_messages_ = true;
          } else if (key == "name" || key == "id" || key == "type") {
            if (!ReadChatField(key, &frames_.back().chat)) return Broken(record);
          } else if (kind == Frame::kTop && (key == "chats" || key == "left_chats") &&
                     scanner_.Peek() == '{') {
            scanner_.Get();
            Push(Frame::kChats, 0);
          } else if (!scanner_.SkipValue(&error_)) {
            return Broken(record);
          }
          break;
        case Frame::kChats:
          if (key == "list" && scanner_.Peek() == '[') {
            scanner_.Get();
            Push(Frame::kChatList, 0);
          } else if (!scanner_.SkipValue(&error_)) {
            return Broken(record);
          }
          break;
        case Frame::kChatList:
          if (scanner_.Peek() == '{') {
            scanner_.Get();
            Push(Frame::kChat, 0);
            frames_.back().chat.ordinal = ++chats_;
          } else if (!scanner_.SkipValue(&error_)) {
            return Broken(record);
          }
          break;
        case Frame::kMessages: {
          const int step_result = ScanMessage(frames_[frames_.back().chat_frame].chat);
          if (step_result < 0) return Broken(record);
          if (step_result > 0) return Event::kScanned;
          break;
        }
      }
    }
    return Event::kEnd;
  }

 public:
  Status status() const override {
    return scanner_.read_error() ? IoError("read error") : Status::Ok();
  }

 private:
  struct Frame {
    enum Kind { kTop, kChats, kChatList, kChat, kMessages } kind = kTop;
    size_t chat_frame = 0;  // kMessages: the frame of the chat the messages belong to
    bool first = true;
    TelegramChat chat;  // kTop (a single-chat export) and kChat
  };
  enum class Step { kItem, kEnd, kError };

  void Push(Frame::Kind kind, size_t chat_frame) {
    ++chat_version_;  // a new chat frame may reuse the address of one popped
    Frame f;
    f.kind = kind;
    f.chat_frame = chat_frame;
    frames_.push_back(std::move(f));
  }

  // The top-level object (Open() checked that it starts with '{').
  bool Begin(ParsedRecord* /*record*/) {
    scanner_.SkipSpace();
    if (scanner_.Peek() == 0xEF) {  // a byte order mark
      for (int i = 0; i < 3; ++i) scanner_.Get();
      scanner_.SkipSpace();
    }
    if (scanner_.Get() != '{') {
      done_ = true;  // Open() refused such files; reaching here means the file changed
      return false;
    }
    Push(Frame::kTop, 0);
    frames_.back().chat.ordinal = ++chats_;
    return false;
  }

  Step NextMember(Frame& f, std::string* key) {
    scanner_.SkipSpace();
    if (scanner_.Peek() == '}') {
      scanner_.Get();
      return Step::kEnd;
    }
    if (!f.first) {
      if (scanner_.Peek() != ',') {
        error_ = fmt::format("expected ',' or '}}' after a member, found {}",
                             Scanner::Describe(scanner_.Peek()));
        return Step::kError;
      }
      scanner_.Get();
      scanner_.SkipSpace();
    }
    f.first = false;
    if (scanner_.Peek() != '"') {
      error_ = fmt::format("expected a member name in quotes, found {}",
                           Scanner::Describe(scanner_.Peek()));
      return Step::kError;
    }
    if (!scanner_.ReadRawString(key, 64, &error_)) return Step::kError;
    scanner_.SkipSpace();
    if (scanner_.Get() != ':') {
      error_ = fmt::format("expected ':' after \"{}\"", Ellipsize(*key, 40));
      return Step::kError;
    }
    scanner_.SkipSpace();
    return Step::kItem;
  }

  Step NextElement(Frame& f) {
    scanner_.SkipSpace();
    if (scanner_.Peek() == ']') {
      scanner_.Get();
      return Step::kEnd;
    }
    if (!f.first) {
      if (scanner_.Peek() != ',') {
        error_ = fmt::format("expected ',' or ']' after an element, found {}",
                             Scanner::Describe(scanner_.Peek()));
        return Step::kError;
      }
      scanner_.Get();
      scanner_.SkipSpace();
    }
    f.first = false;
    return Step::kItem;
  }

  bool ReadChatField(const std::string& key, TelegramChat* chat) {
    scanner_.StartCapture(kMaxChatField);
    const bool ok = scanner_.SkipValue(&error_);
    scanner_.StopCapture();
    if (!ok) return false;
    std::string value;
    if (!scanner_.capture_overflow()) {
      try {
        value = JsonScalarText(json::parse(scanner_.captured()));
      } catch (const json::exception&) {
        value.clear();  // an unreadable name is left empty; the messages still import
      }
    }
    ReplaceControlCharacters(value);
    (key == "name" ? chat->name : key == "id" ? chat->id : chat->type) = value;
    chat->shared_json.clear();  // made again with the new value
    ++chat_version_;
    return true;
  }

  // One message scanned into the next slot: 1 when it was, 0 when it was skipped (before the
  // resume offset), -1 when the structure broke.
  int ScanMessage(TelegramChat& chat) {
    const int64_t start = scanner_.offset();
    const int64_t line = scanner_.line();
    const bool skip = start < resume_offset_;
    if (!skip) scanner_.StartCapture(max_bytes_);
    const bool ok = scanner_.SkipValue(&error_);
    scanner_.StopCapture();
    if (!ok) return -1;
    ++messages_;
    if (skip) return 0;
    ScannedMessage& m = NextSlot();
    m.line = line;
    m.start = start;
    m.end = scanner_.offset();
    m.overflow = scanner_.capture_overflow();
    if (m.overflow)
      m.raw.clear();
    else
      scanner_.SwapCaptured(&m.raw);
    m.chat = ChatSnapshot(chat);
    return 1;
  }

  // The structure is broken: one problem for the rest of the file, then the end.
  Event Broken(ParsedRecord* record) {
    done_ = true;
    *record = ParsedRecord{};
    record->line = scanner_.line();
    record->byte_start = scanner_.offset();
    record->byte_end = scanner_.offset();
    record->error = fmt::format(
        "the JSON is broken at line {}, byte {}: {}. The {} message(s) before it were read, the "
        "rest of the file was not: the export is damaged or incomplete; export the chat again "
        "with Telegram Desktop (Settings > Advanced > Export Telegram data, format JSON)",
        scanner_.line(), scanner_.offset(), error_, messages_);
    return Event::kRecord;
  }

  // After the top-level object: a file with no messages at all is not a chat export.
  bool Finish(ParsedRecord* record) {
    done_ = true;
    scanner_.SkipSpace();
    const bool trailing = scanner_.Peek() >= 0;
    if (saw_messages_ && !trailing) return false;
    if (scanner_.offset() < resume_offset_) return false;
    *record = ParsedRecord{};
    record->line = scanner_.line();
    record->byte_start = scanner_.offset();
    record->byte_end = scanner_.offset();
    record->error =
        trailing ? fmt::format("data after the end of the JSON object, at line {}: ignored",
                               scanner_.line())
                 : "no `messages` array and no `chats` list: this JSON is not a Telegram Desktop "
                   "chat export (export with Settings > Advanced > Export Telegram data, format "
                   "JSON)";
    return true;
  }

  Scanner scanner_;
  int64_t resume_offset_;
  size_t max_bytes_;
  // The batch: scanned messages and their records (slots reused from batch to batch).
  // The batch handed out (batches_[current_]) and the one parsed meanwhile.
  Batch batches_[2];
  int current_ = 0;
  size_t at_ = 0;  // the next record of the current batch to hand out
  bool started_ = false;
  Batch* filling_ = nullptr;  // the batch Gather() fills
  std::shared_ptr<const TelegramChat> snapshot_;
  const TelegramChat* snapshot_of_ = nullptr;
  int64_t snapshot_version_ = -1;
  int64_t chat_version_ = 0;
  // The helper thread and its job (the second half of the batch).
  const bool two_threads_ = ParseOnTwoThreads();
  std::mutex mu_;
  std::condition_variable wake_;
  Batch* job_ = nullptr;
  bool job_offered_ = false;  // the helper may take job_
  bool job_taken_ = false;    // the helper is parsing job_
  bool stop_ = false;
  std::atomic<size_t> next_claim_{0};  // the next message of the batch being parsed to take
  std::thread helper_;
  std::vector<Frame> frames_;
  std::string error_;
  int64_t chats_ = 0;
  int64_t messages_ = 0;
  bool saw_messages_ = false;
  bool done_ = false;
};

// The first non-space byte of `head` after an optional byte order mark, or -1.
int FirstByte(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  const std::string_view t = Trim(head);
  return t.empty() ? -1 : static_cast<unsigned char>(t.front());
}

class Telegram final : public Importer {
 public:
  std::string_view name() const override { return "telegram"; }
  bool StoresChatSegments() const override { return true; }
  std::string_view description() const override {
    return "Telegram Desktop JSON export (result.json, one chat or a full export), messages "
           "stored in chat segments (docs/formats/telegram-json.md)";
  }
  bool Sniff(const std::filesystem::path& /*path*/, std::string_view head) const override {
    if (FirstByte(head) != '{') return false;
    // A JSON lines file has a whole object on its first line; tdesktop writes "{" alone there.
    const std::string_view first = head.substr(0, head.find('\n'));
    try {
      const json line = json::parse(first);
      return line.is_object() && (line.contains("messages") || line.contains("chats"));
    } catch (const json::exception&) {
    }
    for (const char* key : {"\"messages\":", "\"chats\":", "\"personal_information\":"}) {
      if (head.find(key) != std::string_view::npos) return true;
    }
    return false;
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t /*line*/,
                                             const ImportOptions& options) const override {
    // Messages are found by reading the structure from the start; a resumed import skips those
    // that end before `offset` without parsing them.
    std::string head(512, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    in.clear();
    in.seekg(0);
    if (!in) return IoError("cannot rewind the input");
    const int first = FirstByte(head);
    if (first < 0) {
      return InvalidInput(
          "the file is empty: there is nothing to import (a Telegram Desktop export's result.json "
          "starts with '{')");
    }
    if (first != '{') {
      return InvalidInput(fmt::format(
          "not a Telegram Desktop JSON export: it starts with {}, not a JSON object; export the "
          "chat with Telegram Desktop (Settings > Advanced > Export Telegram data, format JSON) "
          "and import its result.json",
          Scanner::Describe(first)));
    }
    return std::unique_ptr<RecordStream>(std::make_unique<TelegramStream>(in, offset, options));
  }
};

}  // namespace

const Importer& TelegramImporter() {
  static const Telegram importer;
  return importer;
}

namespace {
// A message with every kind of field, read before the message the readers compare.
constexpr std::string_view kEarlierMessage =
    R"({"id": 7, "type": "message", "date": "2013-01-01", "date_unixtime": "1700000000", )"
    R"("edited": "2024-05-01T10:00:00", "from": "Ann\u0001", "from_id": "user9", )"
    R"("photo": "photos/a.jpg", "media_type": "sticker", "reply_to_message_id": 3, )"
    R"("text": ["see ", {"type": "link", "text": "x.example"}], )"
    R"("text_entities": [{"type": "plain", "text": "see "}, {"type": "link", "text": "x.example"}]})";
}  // namespace

bool TelegramReadersAgree(std::string_view message_json, bool* fast_read, std::string* difference) {
  TelegramChat chat;
  chat.id = "4000000001";
  chat.name = "Test chat";
  chat.type = "personal_chat";
  chat.MakeShared();
  std::string raw(message_json);
  RepairHexEscapes(raw);
  // The reader in place gets a record that held another message, emptied as the stream empties
  // the records it reuses (ClearForReuse): whatever it does not set must not show through.
  ParsedRecord fast;
  if (!ReadMessageInPlace(kEarlierMessage, chat, &fast)) {
    *difference = "the earlier message was not read in place";
    return false;
  }
  ClearForReuse(&fast);
  ParsedRecord dom;
  *fast_read = ReadMessageInPlace(raw, chat, &fast);
  ReadMessageWithDom(raw, chat, &dom);
  if (!*fast_read) return true;
  const auto differs = [&](const char* field, const auto& a, const auto& b) {
    if (a == b) return false;
    *difference = field;
    return true;
  };
  if (differs("error", fast.error, dom.error) || differs("warnings", fast.warnings, dom.warnings) ||
      differs("thread", fast.thread, dom.thread) ||
      differs("message_attributes_json", fast.message_attributes_json,
              dom.message_attributes_json) ||
      differs("thread_attributes_json", fast.thread_attributes_json, dom.thread_attributes_json) ||
      differs("doc", fast.doc.has_value(), dom.doc.has_value())) {
    return false;
  }
  if (!fast.doc) return true;
  const Document& f = *fast.doc;
  const Document& d = *dom.doc;
  std::vector<std::string> fast_images;
  std::vector<std::string> dom_images;
  for (const ImageRef& i : f.images) fast_images.push_back(i.ref);
  for (const ImageRef& i : d.images) dom_images.push_back(i.ref);
  return !(differs("text", f.text, d.text) || differs("posted_at", f.posted_at, d.posted_at) ||
           differs("source_id", f.source_id, d.source_id) || differs("site", f.site, d.site) ||
           differs("attributes_json", f.attributes_json, d.attributes_json) ||
           differs("images", fast_images, dom_images));
}

}  // namespace ariadne::capture
