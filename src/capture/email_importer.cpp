#include "capture/email_importer.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <gmime/gmime.h>
#include <libxml/parser.h>

#include <cstring>
#include <limits>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <span>
#include <sstream>
#include <unordered_map>

#include "capture/html_file_text.h"
#include "capture/range_worker.h"
#include "core/sha256.h"
#include "core/text.h"

namespace ariadne::capture {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// MIME trees nested deeper than this are not followed (a hostile message can nest thousands).
constexpr int kMaxMimeDepth = 32;
// Attachments per message beyond this are counted, not stored.
constexpr int kMaxAttachments = 1000;

void InitGMime() {
  static std::once_flag once;
  std::call_once(once, [] {
    g_mime_init();
    // libxml2 (the HTML parts' text) must be set up once before two threads parse with it.
    xmlInitParser();
  });
}

struct GObjectUnref {
  void operator()(void* p) const {
    if (p != nullptr) g_object_unref(p);
  }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

std::string TakeGString(char* s) {
  std::string out = s != nullptr ? s : "";
  g_free(s);
  return out;
}

// `s` with invalid UTF-8 bytes replaced by U+FFFD and control characters (but tab and newline)
// by spaces: GMime converts declared charsets, but a lying declaration still yields bad bytes.
std::string CleanUtf8(std::string_view in) {
  std::string s;
  s.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '\r') {
      if (i + 1 < in.size() && in[i + 1] == '\n') continue;  // CRLF -> LF
      s.push_back('\n');
      continue;
    }
    const auto u = static_cast<unsigned char>(in[i]);
    s.push_back((u < 0x20 && u != '\n' && u != '\t') || u == 0x7F ? ' ' : in[i]);
  }
  size_t from = 0;
  while (std::optional<size_t> bad = FindInvalidUtf8(std::string_view(s).substr(from))) {
    const size_t at = from + *bad;
    s.replace(at, 1, "\xEF\xBF\xBD");
    from = at + 3;
  }
  return s;
}

std::string HeaderText(const char* s) {
  return s != nullptr ? CleanUtf8(std::string(Trim(s))) : std::string();
}

// An address as written ("Anna <anna@mail.example>"), decoded. GMime's writer converts every
// mailbox's domain with libidn2 (a fifth of reading a mailbox), though a mailbox's text depends
// only on its name and address: each thread keeps the texts of the mailboxes it has written, which
// repeat from message to message (a bounded number; groups are written each time).
std::string AddressText(InternetAddress* a) {
  if (!INTERNET_ADDRESS_IS_MAILBOX(a)) {
    return CleanUtf8(TakeGString(internet_address_to_string(a, nullptr, FALSE)));
  }
  constexpr size_t kMaxKept = 4096;
  thread_local std::unordered_map<std::string, std::string> kept;
  const char* name = internet_address_get_name(a);
  const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a));
  std::string key = name != nullptr ? std::string("n") + name : std::string("-");
  key.push_back('\0');
  if (addr != nullptr) key.append(addr);
  if (auto it = kept.find(key); it != kept.end()) return it->second;
  std::string text = CleanUtf8(TakeGString(internet_address_to_string(a, nullptr, FALSE)));
  if (kept.size() >= kMaxKept) kept.clear();
  kept.emplace(std::move(key), text);
  return text;
}

// Each address of the list as written, decoded.
json Addresses(InternetAddressList* list) {
  json out = json::array();
  if (list == nullptr) return out;
  const int n = internet_address_list_length(list);
  for (int i = 0; i < n && i < 1000; ++i) {
    out.push_back(AddressText(internet_address_list_get_address(list, i)));
  }
  return out;
}

// The first mailbox's address, lower case ("anna@mail.example"), or "".
std::string FirstAddress(InternetAddressList* list) {
  if (list == nullptr || internet_address_list_length(list) == 0) return "";
  InternetAddress* a = internet_address_list_get_address(list, 0);
  if (!INTERNET_ADDRESS_IS_MAILBOX(a)) return "";
  const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a));
  return addr != nullptr ? AsciiLower(CleanUtf8(addr)) : "";
}

// The first Message-ID in a References or In-Reply-To header, without <>.
std::string FirstReference(GMimeObject* o, const char* header) {
  const char* value = g_mime_object_get_header(o, header);
  if (value == nullptr) return "";
  GMimeReferences* refs = g_mime_references_parse(nullptr, value);
  if (refs == nullptr) return "";
  std::string id;
  if (g_mime_references_length(refs) > 0) id = g_mime_references_get_message_id(refs, 0);
  g_mime_references_free(refs);
  return CleanUtf8(id);
}

// A stored name for an attachment: the last path component, no control characters, at most 200
// bytes; the name never leads anywhere on disk, it only names the blob for people.
std::string SafeName(std::string_view raw, int index) {
  std::string name(raw);
  const size_t slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name = name.substr(slash + 1);
  name = CleanUtf8(name);
  for (char& c : name) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  name = std::string(Trim(name));
  if (name.empty() || name == "." || name == "..") name = fmt::format("attachment-{}", index);
  return Ellipsize(name, 200);
}

std::string DecodedBytes(GMimePart* part) {
  GMimeDataWrapper* content = g_mime_part_get_content(part);
  if (content == nullptr) return "";
  GPtr<GMimeStream> mem(g_mime_stream_mem_new());
  g_mime_data_wrapper_write_to_stream(content, mem.get());
  GByteArray* a = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
  return std::string(reinterpret_cast<const char*>(a->data), a->len);
}

// What the walk over a message's MIME tree collects.
struct Body {
  std::string plain;
  std::string html;
  json attachments = json::array();
  std::vector<EmbeddedFile> files;
  std::vector<ImageRef> images;
  std::vector<std::string> warnings;
  std::set<std::string> names;
  int attachment_count = 0;
  bool too_deep = false;
};

class MessageWalk {
 public:
  MessageWalk(Body* body, const ImportOptions& options) : b_(*body), options_(options) {}

  void Visit(GMimeObject* o, int depth) {
    if (o == nullptr) return;
    if (depth > kMaxMimeDepth) {
      if (!b_.too_deep) {
        b_.warnings.push_back(
            fmt::format("MIME parts nested deeper than {} levels: the deeper parts were not read",
                        kMaxMimeDepth));
      }
      b_.too_deep = true;
      return;
    }
    if (GMIME_IS_MULTIPART(o)) {
      GMimeMultipart* mp = GMIME_MULTIPART(o);
      const int n = g_mime_multipart_get_count(mp);
      for (int i = 0; i < n; ++i) Visit(g_mime_multipart_get_part(mp, i), depth + 1);
      return;
    }
    if (GMIME_IS_MESSAGE_PART(o)) {
      // A forwarded or bounced message: kept whole as an attachment, not mixed into the text.
      GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(o));
      std::string bytes;
      if (inner != nullptr)
        bytes = TakeGString(g_mime_object_to_string(GMIME_OBJECT(inner), nullptr));
      std::string subject;
      if (inner != nullptr) subject = HeaderText(g_mime_message_get_subject(inner));
      Attach(subject.empty() ? "" : subject + ".eml", "message/rfc822", std::move(bytes));
      return;
    }
    if (!GMIME_IS_PART(o)) return;
    GMimePart* part = GMIME_PART(o);
    GMimeContentType* ct = g_mime_object_get_content_type(o);
    const char* filename = g_mime_part_get_filename(part);
    const bool attachment = g_mime_part_is_attachment(part) || filename != nullptr;
    if (!attachment && GMIME_IS_TEXT_PART(o)) {
      const bool plain = g_mime_content_type_is_type(ct, "text", "plain");
      const bool html = g_mime_content_type_is_type(ct, "text", "html");
      if (plain || html) {
        std::string text = CleanUtf8(TakeGString(g_mime_text_part_get_text(GMIME_TEXT_PART(o))));
        std::string& into = plain ? b_.plain : b_.html;
        if (!into.empty()) into += "\n\n";
        into += text;
        return;
      }
    }
    const std::string type = AsciiLower(TakeGString(g_mime_content_type_get_mime_type(ct)));
    Attach(filename != nullptr ? filename : "", type, DecodedBytes(part));
  }

 private:
  void Attach(std::string_view raw_name, const std::string& type, std::string bytes) {
    const int index = ++b_.attachment_count;
    if (index > kMaxAttachments) {
      if (index == kMaxAttachments + 1) {
        b_.warnings.push_back(
            fmt::format("more than {} attachments: the rest were not stored", kMaxAttachments));
      }
      return;
    }
    std::string ref = SafeName(raw_name, index);
    if (b_.names.count(ref) > 0) ref = fmt::format("{} ({})", ref, index);
    b_.names.insert(ref);
    const bool stored = static_cast<int64_t>(bytes.size()) <= options_.max_image_bytes;
    json a = {{"ref", ref},
              {"type", type},
              {"size", bytes.size()},
              {"sha256", Sha256Hex(bytes)},
              {"stored", stored}};
    b_.attachments.push_back(std::move(a));
    if (!stored) {
      b_.warnings.push_back(fmt::format(
          "attachment \"{}\" of {} bytes is larger than {} bytes: its hash is kept, the file is "
          "not stored",
          ref, bytes.size(), options_.max_image_bytes));
      return;
    }
    if (type.rfind("image/", 0) == 0) b_.images.push_back({ref, "", ""});
    b_.files.push_back({ref, type, std::move(bytes)});
  }

  Body& b_;
  const ImportOptions options_;  // a copy: callers may pass a temporary
};

// The message as a document, or why it is not one.
void Convert(GMimeMessage* m, const ImportOptions& options, ParsedRecord* record) {
  GMimeObject* top = GMIME_OBJECT(m);
  InternetAddressList* from = g_mime_message_get_from(m);
  const std::string subject = HeaderText(g_mime_message_get_subject(m));
  const std::string message_id = HeaderText(g_mime_message_get_message_id(m));
  const char* date_header = g_mime_object_get_header(top, "Date");
  const bool has_from = from != nullptr && internet_address_list_length(from) > 0;
  if (!has_from && subject.empty() && message_id.empty() && date_header == nullptr) {
    record->error = "no From, Subject, Message-ID or Date header: not an e-mail message; skipped";
    return;
  }
  Body body;
  MessageWalk(&body, options).Visit(g_mime_message_get_mime_part(m), 0);

  Document& d = record->doc.emplace();
  d.site = "email";
  d.title = subject;
  std::string body_from = "none";
  if (!Trim(body.plain).empty()) {
    d.text = std::move(body.plain);
    body_from = "text/plain";
  } else if (!body.html.empty()) {
    d.text = TextOfHtml(body.html, "UTF-8").text;
    body_from = "text/html";
  }
  while (!d.text.empty() && (d.text.back() == '\n' || d.text.back() == ' ')) d.text.pop_back();
  if (GDateTime* when = g_mime_message_get_date(m)) {
    d.posted_at = TakeGString(g_date_time_format(when, "%Y-%m-%dT%H:%M:%S%:z"));
    if (!IsIso8601(d.posted_at)) d.posted_at.clear();
  }
  if (d.posted_at.empty() && date_header != nullptr) {
    record->warnings.push_back(fmt::format("Date header \"{}\" is not a date: time left empty",
                                           Ellipsize(CleanUtf8(date_header), 60)));
  }
  if (!message_id.empty()) {
    d.source_id = message_id;
  } else {
    d.source_id = "sha256:" + Sha256Hex(TakeGString(g_mime_object_to_string(top, nullptr)));
  }
  const std::string in_reply_to = FirstReference(top, "In-Reply-To");
  std::string thread = FirstReference(top, "References");
  if (thread.empty()) thread = in_reply_to;
  if (thread.empty()) thread = d.source_id;
  json from_list = Addresses(from);
  json attributes = {
      {"sender", from_list.empty() ? json(nullptr) : from_list[0]},
      {"from", FirstAddress(from)},
      {"to", Addresses(g_mime_message_get_to(m))},
      {"cc", Addresses(g_mime_message_get_cc(m))},
      {"subject", subject},
      {"message_id", message_id},
      {"in_reply_to", in_reply_to},
      {"thread", thread},
      {"body_from", body_from},
      {"attachments", std::move(body.attachments)},
  };
  d.attributes_json = attributes.dump(-1, ' ', false, json::error_handler_t::replace);
  d.images = std::move(body.images);
  record->files = std::move(body.files);
  for (std::string& w : body.warnings) record->warnings.push_back(std::move(w));
}

// The bytes GMime reads: the file itself by path (bounded memory), or a copy of `in`.
Result<GPtr<GMimeStream>> OpenGMimeStream(const fs::path& path, std::istream& in,
                                          std::string* buffer) {
  InitGMime();
  if (!path.empty()) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return IoError("cannot open");
    return GPtr<GMimeStream>(g_mime_stream_fs_new(fd));
  }
  std::ostringstream all;
  all << in.rdbuf();
  *buffer = std::move(all).str();
  in.clear();
  in.seekg(0);
  return GPtr<GMimeStream>(g_mime_stream_mem_new_with_buffer(buffer->data(), buffer->size()));
}

// One message of a mailbox as the splitter found it: offsets into the input.
struct MboxMessage {
  int64_t start = 0;  // its "From " line
  int64_t line = 1;   // that line's number
  int64_t end = 0;    // the next message's "From " line, or the end of the input
  // What GMime reads, [read_start, read_end), and how (see MboxSplitter).
  int64_t read_start = 0;
  int64_t read_end = 0;
  GMimeFormat format = GMIME_FORMAT_MBOX;
  bool in_memory = true;  // those bytes are in MboxSplitter::Bytes()
  std::vector<std::string> warnings;
};

// A line that GMime 3.2 reads as a header field: a name without blanks or control characters,
// then optional blanks, then ':' (gmime-parser.c, step_headers).
bool IsHeaderLine(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] != ':' && line[i] != ' ' && line[i] != '\t') {
    const auto u = static_cast<unsigned char>(line[i]);
    if (u < 0x20 || u == 0x7F) return false;
    ++i;
  }
  if (i == 0) return false;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && line[i] == ':';
}

bool IsFromLine(std::string_view line) {
  return line.substr(0, 5) == "From ";
}

// Cuts a mailbox into messages, reading the input once, in order. GMime's own mbox reading ends a
// message at every line that begins with "From " and then fails on the next message if no header
// follows that line, which lost the rest of the mailbox: here a "From " line starts a message only
// if a header line follows it (an mbox writer's separator always has the message's headers after
// it); otherwise it is a body line that was not quoted (">From "), kept in its message with a
// warning. "From :" (blanks, then ':') is a header named From, never a separator.
// Each message is read by a GMime parser of its own. Where GMime would find no other end than
// ours, it reads the message as an mbox up to and with the next "From " line, exactly as one
// parser over the whole mailbox would (the same bytes, the same end of the content before the
// line break ahead of that line). A message with a "From " line GMime would end it at but this
// splitter does not is read as one message (GMIME_FORMAT_MESSAGE, without its "From " line) up to
// that line break.
class MboxSplitter {
 public:
  // Beyond this size a message read from a file is left on disk for GMime to read (memory stays
  // bounded whatever the mailbox holds); from a stream it is kept, as GMime needs it whole.
  static constexpr int64_t kMaxInMemory = int64_t{16} << 20;

  MboxSplitter(std::istream& in, int64_t offset, int64_t line, bool may_leave_on_disk)
      : in_(in), base_(offset), line_(line), may_leave_on_disk_(may_leave_on_disk) {
    in_.clear();
    in_.seekg(offset);
  }

  enum class Found { kMessage, kTextBeforeFromLine, kNoFromLine, kEnd };

  // The next message into `m`. kTextBeforeFromLine: the bytes [m->start, m->end) come before the
  // first "From " line; kNoFromLine: the rest of the input has no "From " line.
  Found Next(MboxMessage* m) {
    Drop();
    *m = MboxMessage{};
    std::string_view line;
    if (!LineAt(pos_, &line)) return Found::kEnd;
    m->start = pos_;
    m->line = line_;
    if (!IsFromLine(line)) {
      bool more = false;
      while ((more = LineAt(pos_, &line)) && !IsFromLine(line)) Advance();
      m->end = pos_;
      return more ? Found::kTextBeforeFromLine : Found::kNoFromLine;
    }
    Advance();
    const int64_t headers_start = pos_;
    bool in_top_headers = true;
    bool gmime_would_end_earlier = false;
    while (LineAt(pos_, &line)) {
      if (in_top_headers && (line == "\n" || line == "\r\n")) in_top_headers = false;
      // A "From " line right after the separator is one GMime skips (a second separator).
      if (IsFromLine(line) && pos_ != headers_start) {
        const auto after = pos_ + static_cast<int64_t>(line.size());
        const bool crlf = line.size() >= 2 && line[line.size() - 2] == '\r';
        std::string_view next;  // reading it may move the buffer: `line` is not used after
        if (IsHeaderLine(line)) {
          // GMime reads "From :" as a header in the message's headers, as a separator after.
          gmime_would_end_earlier |= !in_top_headers;
        } else if (LineAt(after, &next) && IsHeaderLine(next)) {
          return Split(m, headers_start, gmime_would_end_earlier, after, crlf);
        } else {
          gmime_would_end_earlier = true;
          m->warnings.push_back(fmt::format(
              "line {}: a line beginning with \"From \" inside the message is not followed by a "
              "header, so it does not start a message (an unquoted \"From \" line): kept in the "
              "body",
              line_));
        }
      }
      Advance();
      if (may_leave_on_disk_ && pos_ - m->start > kMaxInMemory) LeaveOnDisk();
    }
    return Split(m, headers_start, gmime_would_end_earlier, pos_, /*crlf=*/false);
  }

  // The bytes GMime reads of the message Next returned, if m.in_memory; valid until the next call.
  std::string_view Bytes(const MboxMessage& m) const {
    return std::string_view(buf_).substr(static_cast<size_t>(m.read_start - base_),
                                         static_cast<size_t>(m.read_end - m.read_start));
  }

 private:
  // Ends `m` at pos_, where the next message's "From " line starts (it ends at `after`, in CRLF if
  // `crlf`), or at the end of the input (pos_ == after).
  Found Split(MboxMessage* m, int64_t headers_start, bool gmime_would_end_earlier, int64_t after,
              bool crlf) {
    m->end = pos_;
    m->in_memory = !on_disk_;
    if (!gmime_would_end_earlier) {
      m->format = GMIME_FORMAT_MBOX;
      m->read_start = m->start;
      m->read_end = after;
      return Found::kMessage;
    }
    m->format = GMIME_FORMAT_MESSAGE;
    m->read_start = headers_start;
    // GMime ends a message's content before the line break ahead of the "From " line (two
    // bytes if the "From " line ends in CRLF).
    m->read_end = after == pos_ ? pos_ : std::max(headers_start, pos_ - (crlf ? 2 : 1));
    return Found::kMessage;
  }

  static constexpr size_t kChunk = size_t{1} << 20;

  // The line at `at` (its '\n' included; the last may have none) into `line`; false at the end.
  // The view is valid until the next call.
  bool LineAt(int64_t at, std::string_view* line) {
    const auto i = static_cast<size_t>(at - base_);
    size_t from = i;
    for (;;) {
      const void* nl =
          from < buf_.size() ? std::memchr(buf_.data() + from, '\n', buf_.size() - from) : nullptr;
      if (nl != nullptr) {
        const auto n = static_cast<size_t>(static_cast<const char*>(nl) - buf_.data());
        *line = std::string_view(buf_).substr(i, n + 1 - i);
        return true;
      }
      from = buf_.size();
      if (!Fill()) {
        *line = std::string_view(buf_).substr(std::min(i, buf_.size()));
        return !line->empty();
      }
    }
  }

  bool Fill() {
    if (eof_) return false;
    const size_t had = buf_.size();
    buf_.resize(had + kChunk);
    in_.read(buf_.data() + had, static_cast<std::streamsize>(kChunk));
    const auto got = static_cast<size_t>(std::max<std::streamsize>(0, in_.gcount()));
    buf_.resize(had + got);
    if (got == 0) eof_ = true;
    return got > 0;
  }

  // Moves past the line at pos_.
  void Advance() {
    std::string_view line;
    LineAt(pos_, &line);
    pos_ += static_cast<int64_t>(line.size());
    line_ += line.back() == '\n';
  }

  // Forgets the bytes before the current message (once they are a good part of the buffer).
  void Drop() {
    on_disk_ = false;
    const auto done = static_cast<size_t>(pos_ - base_);
    if (done < kChunk && done * 2 < buf_.size()) return;
    buf_.erase(0, done);
    base_ = pos_;
  }

  // Forgets the bytes of the message read so far (a chunk at a time): GMime reads it from the
  // file.
  void LeaveOnDisk() {
    on_disk_ = true;
    const auto done = static_cast<size_t>(pos_ - base_);
    if (done < kChunk) return;
    buf_.erase(0, done);
    base_ = pos_;
  }

  std::istream& in_;
  std::string buf_;  // the input's bytes [base_, base_ + buf_.size())
  int64_t base_;
  int64_t pos_ = base_;
  int64_t line_;
  bool may_leave_on_disk_;
  bool on_disk_ = false;
  bool eof_ = false;
};

// A message the splitter cut, waiting for GMime: its record's place in the input, and the bytes
// GMime reads (or why there is no message). A batch's slots are reused, and with them their memory
// streams' buffers (GMime's objects are allocated and freed by the hundred a message already).
struct SplitMessage {
  MboxMessage m;
  GPtr<GMimeStream> bytes;
  bool reusable = false;  // `bytes` is a memory stream of this slot that may take the next message
  const char* error = nullptr;
};

// Reads a mailbox's messages: cut by the splitter, each read by a GMime parser of its own. A batch
// of records (NextBatch, as the import runner reads) is cut on this thread and read on two, as the
// messages do not depend on each other: reading is nearly all of the work (GMime allocates and
// frees some 300 objects a message).
class MboxStream final : public RecordStream {
 public:
  MboxStream(fs::path path, std::istream& in, int64_t offset, int64_t line,
             const ImportOptions& options)
      : path_(std::move(path)),
        splitter_(in, offset, line, !path_.empty()),
        options_(options),
        first_(offset == 0) {
    InitGMime();
    // A parser per reading thread, given each message's bytes in turn: a new parser each time
    // allocated its 4 KB read buffer, which made glibc consolidate its free lists (+11%).
    for (GPtr<GMimeParser>& parser : parsers_) {
      parser.reset(g_mime_parser_new());
      g_mime_parser_set_respect_content_length(parser.get(), FALSE);
    }
  }

  bool Next(ParsedRecord* record) override {
    if (batch_.empty()) batch_.resize(1);
    if (!Cut(&batch_[0])) return false;
    Read(&batch_[0], record, parsers_[0].get());
    return true;
  }

  Batch NextBatch(std::span<ParsedRecord* const> slots, int64_t max_bytes) override {
    if (batch_.size() < slots.size()) batch_.resize(slots.size());
    Batch got;
    int64_t bytes = 0;
    while (got.filled < slots.size() && bytes < max_bytes) {
      SplitMessage& s = batch_[got.filled];
      if (!Cut(&s)) {
        got.more = false;
        break;
      }
      bytes += s.m.end - s.m.start;
      ++got.filled;
    }
    const size_t n = got.filled;
    slots_ = slots.data();
    if (n < kTwoThreadMessages) {
      ReadRange(0, n, parsers_[0].get());
      return got;
    }
    if (!worker_)
      worker_ = std::make_unique<RangeWorker>(
          [this](size_t from, size_t to) { ReadRange(from, to, parsers_[1].get()); });
    const size_t half = n / 2;
    worker_->Start(half, n);
    std::exception_ptr failed;
    try {
      ReadRange(0, half, parsers_[0].get());
    } catch (...) {
      failed = std::current_exception();
    }
    worker_->Wait();  // before anything is thrown: the worker uses the slots
    if (failed) std::rethrow_exception(failed);
    return got;
  }

  Status status() const override { return Status::Ok(); }

 private:
  // Fewer messages than this in a batch are read on one thread (the handover costs more).
  static constexpr size_t kTwoThreadMessages = 16;

  // The next message from the splitter into `s`, with the bytes GMime will read; false at the end.
  bool Cut(SplitMessage* s) {
    s->error = nullptr;
    const MboxSplitter::Found found = splitter_.Next(&s->m);
    switch (found) {
      case MboxSplitter::Found::kEnd:
        return false;
      case MboxSplitter::Found::kTextBeforeFromLine:
        s->error = "text before the first \"From \" line is not an e-mail message: skipped";
        break;
      case MboxSplitter::Found::kNoFromLine:
        s->error = first_ ? "no \"From \" line: this is not an mbox mailbox (a single message is "
                            "imported with --format eml)"
                          : "the rest of the mailbox could not be read as messages: skipped";
        break;
      case MboxSplitter::Found::kMessage:
        if (s->m.in_memory) {
          Hold(splitter_.Bytes(s->m), s);
        } else {
          s->bytes = OnDisk(s->m);
          s->reusable = false;
        }
        break;
    }
    first_ = false;
    return true;
  }

  // `bytes` into the slot's memory stream (a new one if it has none or held a large message).
  static void Hold(std::string_view bytes, SplitMessage* s) {
    constexpr size_t kMaxKept = size_t{256} << 10;
    GByteArray* a = nullptr;
    if (s->reusable) {
      a = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(s->bytes.get()));
      if (a->len > kMaxKept) a = nullptr;
    }
    if (a == nullptr) {
      s->bytes.reset(g_mime_stream_mem_new());
      s->reusable = true;
      a = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(s->bytes.get()));
    }
    bytes = bytes.substr(0, std::numeric_limits<guint>::max());
    g_byte_array_set_size(a, 0);
    g_byte_array_append(a, reinterpret_cast<const guint8*>(bytes.data()),
                        static_cast<guint>(bytes.size()));
    g_mime_stream_reset(s->bytes.get());
  }

  void ReadRange(size_t from, size_t to, GMimeParser* parser) {
    for (size_t i = from; i < to; ++i) Read(&batch_[i], slots_[i], parser);
  }

  // The record of a message Cut() returned, read with `parser` (one per thread).
  void Read(SplitMessage* s, ParsedRecord* record, GMimeParser* parser) const {
    *record = ParsedRecord{};
    record->byte_start = s->m.start;
    record->byte_end = s->m.end;
    record->line = s->m.line;
    if (s->error != nullptr) {
      record->error = s->error;
      return;
    }
    g_mime_parser_init_with_stream(parser, s->bytes.get());
    g_mime_parser_set_format(parser, s->m.format);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser, nullptr));
    if (message == nullptr) {
      record->error = "GMime could not read the message's headers (broken or cut): skipped";
    } else {
      Convert(message.get(), options_, record);
    }
    for (std::string& w : s->m.warnings) record->warnings.push_back(std::move(w));
  }

  // The message's bytes in the file, for GMime to read there (a message too large for memory);
  // a stream of its own, as the messages of a batch are read on two threads.
  GPtr<GMimeStream> OnDisk(const MboxMessage& m) const {
    const int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return GPtr<GMimeStream>(g_mime_stream_mem_new());  // read as empty
    GPtr<GMimeStream> file(g_mime_stream_fs_new(fd));
    return GPtr<GMimeStream>(g_mime_stream_substream(file.get(), m.read_start, m.read_end));
  }

  fs::path path_;
  MboxSplitter splitter_;
  const ImportOptions options_;  // a copy: callers may pass a temporary
  bool first_;
  std::vector<SplitMessage> batch_;
  ParsedRecord* const* slots_ = nullptr;
  GPtr<GMimeParser> parsers_[2];         // this thread's, the worker's
  std::unique_ptr<RangeWorker> worker_;  // made when a batch first needs it; last, so first gone
};

class EmlStream final : public RecordStream {
 public:
  EmlStream(GPtr<GMimeStream> stream, int64_t offset, const ImportOptions& options)
      : stream_(std::move(stream)), options_(options), done_(offset > 0) {}

  bool Next(ParsedRecord* record) override {
    if (done_) return false;
    done_ = true;
    *record = ParsedRecord{};
    record->line = 1;
    record->byte_start = 0;
    record->byte_end = std::max<gint64>(0, g_mime_stream_length(stream_.get()));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream_.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> m(g_mime_parser_construct_message(parser.get(), nullptr));
    if (m == nullptr) {
      record->error = "not an e-mail message (no headers could be read): skipped";
      return true;
    }
    Convert(m.get(), options_, record);
    return true;
  }

  Status status() const override { return Status::Ok(); }

 private:
  GPtr<GMimeStream> stream_;
  const ImportOptions options_;  // a copy: callers may pass a temporary
  bool done_;
};

bool StartsWithHeaderName(std::string_view head) {
  static const char* const kNames[] = {
      "received:",     "return-path:", "from:", "message-id:", "date:",           "mime-version:",
      "delivered-to:", "subject:",     "to:",   "x-",          "dkim-signature:", "reply-to:"};
  const std::string start = AsciiLower(head.substr(0, 20));
  for (const char* n : kNames) {
    if (start.rfind(n, 0) == 0) return true;
  }
  return false;
}

class Mbox final : public Importer {
 public:
  std::string_view name() const override { return "mbox"; }
  std::string_view description() const override {
    return "mbox mailbox (messages after \"From \" lines), one document per e-mail with "
           "attachments stored (docs/formats/email.md)";
  }
  bool Sniff(const fs::path& path, std::string_view head) const override {
    const std::string ext = AsciiLower(path.extension().string());
    if (head.rfind("From ", 0) != 0) return false;
    return ext.empty() || ext == ".mbox" || ext == ".mbx" || ext == ".txt" ||
           head.find("\nMessage-ID:") != std::string_view::npos ||
           head.find("\nSubject:") != std::string_view::npos;
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    return OpenFile({}, in, offset, line, options);
  }
  Result<std::unique_ptr<RecordStream>> OpenFile(const fs::path& path, std::istream& in,
                                                 int64_t offset, int64_t line,
                                                 const ImportOptions& options) const override {
    // The mailbox is read from `in` (the file itself when `path` is given) by the splitter.
    return std::unique_ptr<RecordStream>(
        std::make_unique<MboxStream>(path, in, offset, line, options));
  }
};

class Eml final : public Importer {
 public:
  std::string_view name() const override { return "eml"; }
  std::string_view description() const override {
    return "one e-mail message (.eml, RFC 5322 with MIME), attachments stored "
           "(docs/formats/email.md)";
  }
  bool Sniff(const fs::path& path, std::string_view head) const override {
    const std::string ext = AsciiLower(path.extension().string());
    if (ext == ".eml" || ext == ".msg822") return true;
    return ext != ".txt" && ext != ".csv" && ext != ".json" && ext != ".jsonl" &&
           StartsWithHeaderName(head) &&
           (head.find("\nFrom:") != std::string_view::npos ||
            AsciiLower(head.substr(0, 5)) == "from:") &&
           head.find("\nDate:") != std::string_view::npos;
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    return OpenFile({}, in, offset, line, options);
  }
  Result<std::unique_ptr<RecordStream>> OpenFile(const fs::path& path, std::istream& in,
                                                 int64_t offset, int64_t /*line*/,
                                                 const ImportOptions& options) const override {
    std::string buffer;
    Result<GPtr<GMimeStream>> stream = OpenGMimeStream(path, in, &buffer);
    if (!stream.ok()) return stream.status();
    // GMime's memory stream copied the bytes; `buffer` may go.
    return std::unique_ptr<RecordStream>(
        std::make_unique<EmlStream>(std::move(stream).value(), offset, options));
  }
};

}  // namespace

const Importer& MboxImporter() {
  static const Mbox importer;
  return importer;
}

const Importer& EmlImporter() {
  static const Eml importer;
  return importer;
}

}  // namespace ariadne::capture
