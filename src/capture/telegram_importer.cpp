#include "capture/telegram_importer.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "capture/ad_record.h"
#include "capture/compact_json.h"
#include "core/text.h"
#include "core/utf8.h"

namespace ariadne::capture {

namespace {

using nlohmann::json;

constexpr size_t kChunk = size_t{1} << 16;
constexpr size_t kMaxDepth = 256;       // nesting deeper than this is refused, not recursed
constexpr size_t kMaxChatField = 4096;  // a chat's name, id or type
constexpr size_t kMaxEntities = 1000;   // text entities kept per message
constexpr int kMaxTextDepth = 16;       // nested `text` arrays inside entities

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

// ---- One message object into a document ------------------------------------------------------

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

std::string ShortJsonError(const std::string& what) {
  const size_t at = what.find("] ");
  return at == std::string::npos ? what : what.substr(at + 2);
}

// A JSON scalar as text: strings as they are, numbers as written; "" for anything else.
std::string ScalarText(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  return "";
}

// Seconds since 1970 as "YYYY-MM-DDThh:mm:ssZ", for years 2000-2099 only.
std::optional<std::string> UtcFromUnix(const std::string& s) {
  if (s.empty() || s.size() > 12 || s.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  const int64_t t = std::stoll(s);
  if (t < 946684800 || t >= 4102444800) return std::nullopt;
  const std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

// An ISO 8601 date the export wrote, checked; telegram started in 2013, so earlier years (and
// later than 2099) are taken as broken.
bool PlausibleIso(const std::string& s) {
  if (!IsIso8601(s)) return false;
  const int year = std::atoi(s.substr(0, 4).c_str());
  return year >= 2013 && year <= 2099;
}

// A message's time: `date` is the exporting computer's local time as written; date_unixtime is
// the instant, taken (as UTC) when `date` is not plausible. False when neither is: then no time is
// kept, and the caller keeps `date` as the attribute date_raw.
bool TakeTime(const std::string& date, const std::string& unixtime, std::string* posted_at,
              std::vector<std::string>* warnings) {
  if (PlausibleIso(date)) {
    *posted_at = date;
    return true;
  }
  if (auto utc = UtcFromUnix(unixtime)) {
    *posted_at = *utc;
    warnings->push_back(fmt::format(
        "`date` \"{}\" is missing or not a plausible ISO 8601 time: the UTC time of date_unixtime "
        "was used",
        Ellipsize(date, 40)));
    return true;
  }
  warnings->push_back(fmt::format(
      "neither `date` \"{}\" nor `date_unixtime` is a plausible time (2013-2099): no time kept "
      "for this message; the raw value is the attribute date_raw",
      Ellipsize(date, 40)));
  return false;
}

// The edit time: `edited` as written, else edited_unixtime as UTC; none when neither is plausible.
std::optional<std::string> EditTime(const std::string& edited, const std::string& unixtime) {
  if (PlausibleIso(edited)) return edited;
  return UtcFromUnix(unixtime);
}

// Appends the text of a `text` value (a string, or an array of strings and entity objects whose
// own `text` may again be either) to `out`, and each entity to `entities`.
Status FlattenText(const json& v, std::string* out, json* entities, int depth) {
  if (depth > kMaxTextDepth) return InvalidInput("`text` is nested too deeply");
  if (v.is_null()) return Status::Ok();
  if (v.is_string()) {
    *out += v.get_ref<const std::string&>();  // no copy of the string first
    return Status::Ok();
  }
  if (!v.is_array()) {
    return InvalidInput(fmt::format(
        "`text` must be a string or an array of strings and entities, not {}", v.type_name()));
  }
  for (const json& part : v) {
    if (part.is_string()) {
      *out += part.get_ref<const std::string&>();
      continue;
    }
    if (!part.is_object()) {
      return InvalidInput(
          fmt::format("`text` holds a {}, not a string or an entity object", part.type_name()));
    }
    const size_t before = out->size();
    if (auto t = part.find("text"); t != part.end()) {
      ARIADNE_RETURN_IF_ERROR(FlattenText(*t, out, entities, depth + 1));
    }
    if (entities->size() < kMaxEntities) {
      // Members set one by one: an initializer list builds a temporary array of pairs first.
      json entity = json::object();
      entity["type"] = ScalarText(part.value("type", json()));
      entity["text"] = out->substr(before);
      for (const char* extra : {"href", "user_id", "language"}) {
        if (auto e = part.find(extra); e != part.end() && !e->is_null()) entity[extra] = *e;
      }
      entities->push_back(std::move(entity));
    }
  }
  return Status::Ok();
}

bool IsImagePath(std::string_view path) {
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) return false;
  const std::string ext = AsciiLower(path.substr(dot + 1));
  return ext == "jpg" || ext == "jpeg" || ext == "png" || ext == "webp" || ext == "gif";
}

struct Chat {
  std::string id;
  std::string name;
  std::string type;
  int64_t ordinal = 0;  // 1-based position in the export, for chats without id or name
  // The thread attributes its messages share (ParsedRecord::thread_attributes_json), made once
  // by MakeShared() before any of its messages is parsed (two threads read it then).
  std::string shared_json;
  // The thread, name and type as JSON strings, for the reader without a DOM ("" without a type).
  std::string thread_json;
  std::string name_json;
  std::string type_json;

  void MakeShared() {
    if (!shared_json.empty()) return;
    json shared = json::object();
    shared["thread_name"] = name;
    if (!type.empty()) shared["thread_type"] = type;
    shared_json = shared.dump(-1, ' ', false, json::error_handler_t::replace);
    thread_json = json(Thread()).dump(-1, ' ', false, json::error_handler_t::replace);
    name_json = json(name).dump(-1, ' ', false, json::error_handler_t::replace);
    type_json = type.empty() ? "" : json(type).dump(-1, ' ', false, json::error_handler_t::replace);
  }

  std::string Thread() const {
    if (!id.empty()) return id;
    if (!name.empty()) return name;
    return fmt::format("chat-{}", ordinal);
  }
};

// Fields taken into the document or its named attributes; every other field of a message is kept
// as an attribute under its own name.
bool IsMappedField(std::string_view key) {
  static constexpr std::string_view kMapped[] = {
      "id",    "type",    "date",      "date_unixtime", "edited",   "edited_unixtime",
      "from",  "from_id", "actor",     "actor_id",      "text",     "text_entities",
      "photo", "file",    "thumbnail", "media_type",    "mime_type"};
  for (const std::string_view m : kMapped) {
    if (key == m) return true;
  }
  return false;
}

// The attributes a chat segment does not keep per message (CompactChatAttributes): the thread's,
// no attachments, not edited.
bool NotKeptInSegment(const std::string& key, const json& value) {
  if (key == "thread" || key == "thread_name" || key == "thread_type") return true;
  if (key == "attachments") return value.is_array() && value.empty();
  if (key == "edited") return value.is_null() || (value.is_boolean() && !value.get<bool>());
  return false;
}

void FillMessage(const json& m, const Chat& chat, ParsedRecord* record) {
  if (!m.is_object()) {
    record->error = fmt::format("a message must be a JSON object, not {}", m.type_name());
    return;
  }
  auto id = m.find("id");
  const std::string message_id = id == m.end() ? "" : ScalarText(*id);
  if (message_id.empty()) {
    record->error = "message without an `id` (a number): skipped";
    return;
  }
  std::vector<std::string>& warnings = record->warnings;
  Document d;
  json entities = json::array();
  if (auto t = m.find("text"); t != m.end()) {
    if (Status s = FlattenText(*t, &d.text, &entities, 0); !s.ok()) {
      record->error = s.message();
      return;
    }
  }
  // text_entities is the same text cut into typed pieces; newer exports always write it.
  if (auto te = m.find("text_entities"); te != m.end() && te->is_array()) {
    json from_entities = json::array();
    std::string ignored;
    if (FlattenText(*te, &ignored, &from_entities, 0).ok()) entities = std::move(from_entities);
  }
  json kept_entities = json::array();
  for (json& e : entities) {
    if (e["type"] != "plain" && e["type"] != "") kept_entities.push_back(std::move(e));
  }

  const std::string type = ScalarText(m.value("type", json("message")));
  const bool service = type == "service";
  json attributes = json::object();
  for (const auto& [key, value] : m.items()) {
    if (!IsMappedField(key)) attributes[key] = value;
  }
  if (service && d.text.empty()) {
    // A service message has no text; its action says what happened ("invite_members: Anna").
    d.text = ScalarText(m.value("action", json("service")));
    std::string details;
    if (auto members = m.find("members"); members != m.end() && members->is_array()) {
      for (const json& who : *members) {
        if (!ScalarText(who).empty()) details += (details.empty() ? "" : ", ") + ScalarText(who);
      }
    }
    if (auto title = m.find("title"); title != m.end() && !ScalarText(*title).empty())
      details += (details.empty() ? "" : ", ") + ScalarText(*title);
    if (!details.empty()) d.text += ": " + details;
  }

  const char* from_key = service ? "actor" : "from";
  const char* from_id_key = service ? "actor_id" : "from_id";
  std::string sender = ScalarText(m.value(from_key, json()));
  const std::string sender_id = ScalarText(m.value(from_id_key, json()));

  const std::string date = ScalarText(m.value("date", json()));
  if (!TakeTime(date, ScalarText(m.value("date_unixtime", json())), &d.posted_at, &warnings) &&
      !date.empty()) {
    attributes["date_raw"] = date;
  }
  json edited = nullptr;
  if (auto e = EditTime(ScalarText(m.value("edited", json())),
                        ScalarText(m.value("edited_unixtime", json())))) {
    edited = *e;
  }

  json attachments = json::array();
  for (const char* kind : {"photo", "file"}) {
    auto f = m.find(kind);
    if (f == m.end() || !f->is_string() || f->get<std::string>().empty()) continue;
    const std::string path = f->get<std::string>();
    json a = {{"kind", kind}};
    if (path.rfind("(File", 0) == 0) {
      a["ref"] = nullptr;  // "(File not included. Change data exporting settings to download.)"
      a["omitted"] = true;
      a["label"] = path;
    } else {
      a["ref"] = path;
      if (IsImagePath(path)) d.images.push_back({path, "", ""});
    }
    for (const char* extra : {"media_type", "mime_type"}) {
      if (auto e = m.find(extra); e != m.end() && e->is_string()) a[extra] = *e;
    }
    attachments.push_back(std::move(a));
  }
  if (attachments.empty()) {
    for (const char* extra : {"media_type", "mime_type"}) {
      if (auto e = m.find(extra); e != m.end()) attributes[extra] = *e;
    }
  }

  size_t replaced = ReplaceControlCharacters(d.text) + ReplaceControlCharacters(sender);
  if (replaced > 0) {
    warnings.push_back(fmt::format("{} control character(s) replaced by spaces", replaced));
  }
  const std::string thread = chat.Thread();
  d.source_id.reserve(thread.size() + 1 + message_id.size());
  d.source_id.append(thread).append(1, '#').append(message_id);
  d.site = "telegram";
  attributes["sender"] = sender.empty() ? json(nullptr) : json(sender);
  attributes["sender_id"] = sender_id.empty() ? json(nullptr) : json(sender_id);
  attributes["thread"] = thread;
  attributes["thread_name"] = chat.name;
  if (!chat.type.empty()) attributes["thread_type"] = chat.type;
  attributes["attachments"] = std::move(attachments);
  attributes["edited"] = std::move(edited);
  if (!kept_entities.empty()) attributes["entities"] = std::move(kept_entities);
  if (service) attributes["system"] = true;
  if (type != "message" && type != "service") attributes["type"] = type;
  // CompactJson: what dump() writes; dump() itself was half the parse time (two per message).
  // What the segment keeps (CompactChatAttributes) is written in the same pass.
  CompactJsonWithAndWithout(attributes, NotKeptInSegment, &d.attributes_json,
                            &record->message_attributes_json);
  record->doc = std::move(d);
  record->thread = thread;
  record->thread_attributes_json = chat.shared_json;
}

// ---- One message object into a document, without a DOM ----------------------------------------
// nlohmann's tree of a message (a map node and a string per member, a vector per array) and its
// freeing were two thirds of reading an export (issue 6 item 6). FastMessage reads the message's
// bytes in place instead: a strict check of the whole object, then each field decoded from its
// byte range. It takes only what it reads exactly as FillMessage does, and gives up (false) on
// anything else: invalid UTF-8 or JSON, a repeated member, numbers other than plain integers of up
// to 18 digits, service messages, a `text` FillMessage refuses. FillMessage then reads the message,
// so every record is what the DOM gives (TelegramReadersAgree, the telegram_message fuzz target).

constexpr int kMaxFastDepth = 64;  // deeper values are left to the DOM

// A JSON value's bytes in the message: [begin, end), the first byte saying its kind.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

class FastMessage {
 public:
  explicit FastMessage(std::string_view raw) : s_(raw) {}

  bool Read(const Chat& chat, ParsedRecord* record);

 private:
  struct Member {
    std::string key;
    Span value;
  };

  // Checks the whole message (an object, and nothing after it) and lists its members; false on
  // anything FastMessage does not take, a repeated member included.
  bool CheckMessage(std::vector<Member>* out) const;

  char At(size_t i) const { return i < s_.size() ? s_[i] : '\0'; }
  void Space(size_t* i) const {
    while (*i < s_.size() && (s_[*i] == ' ' || s_[*i] == '\n' || s_[*i] == '\r' || s_[*i] == '\t'))
      ++*i;
  }
  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  // The code unit of "\uXXXX" at `i` (the backslash), or -1.
  int Unit(size_t i) const {
    if (i + 6 > s_.size() || s_[i] != '\\' || s_[i + 1] != 'u') return -1;
    int u = 0;
    for (size_t k = 2; k < 6; ++k) {
      const int h = Hex(s_[i + k]);
      if (h < 0) return -1;
      u = u * 16 + h;
    }
    return u;
  }

  // Checks the string that starts at `*i` (its quote) as nlohmann's lexer does (UTF-8 was checked
  // for the whole message): no raw control characters, known escapes, paired surrogates.
  bool CheckString(size_t* i) const {
    size_t p = *i + 1;
    for (;;) {
      p = JsonPlainRun(s_, p);
      if (p >= s_.size() || static_cast<unsigned char>(s_[p]) < 0x20) return false;
      if (s_[p] == '"') {
        *i = p + 1;
        return true;
      }
      const char e = At(p + 1);
      if (e == 'u') {
        const int u = Unit(p);
        if (u < 0 || (u >= 0xDC00 && u <= 0xDFFF)) return false;
        if (u >= 0xD800 && u <= 0xDBFF) {
          const int low = Unit(p + 6);
          if (low < 0xDC00 || low > 0xDFFF) return false;
          p += 6;
        }
        p += 6;
      } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                 e == 'r' || e == 't') {
        p += 2;
      } else {
        return false;
      }
    }
  }

  // Checks one value at `*i` and moves past it; false on anything FastMessage does not take.
  bool CheckValue(size_t* i, int depth) const {
    if (depth > kMaxFastDepth) return false;
    const char c = At(*i);
    if (c == '"') return CheckString(i);
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++*i;
      Space(i);
      if (At(*i) == close) {
        ++*i;
        return true;
      }
      for (;;) {
        if (c == '{') {
          if (At(*i) != '"' || !CheckString(i)) return false;
          Space(i);
          if (At(*i) != ':') return false;
          ++*i;
          Space(i);
        }
        if (!CheckValue(i, depth + 1)) return false;
        Space(i);
        if (At(*i) == close) {
          ++*i;
          return true;
        }
        if (At(*i) != ',') return false;
        ++*i;
        Space(i);
      }
    }
    for (const std::string_view word : {"true", "false", "null"}) {
      if (s_.substr(*i, word.size()) == word) {
        *i += word.size();
        return !std::isalnum(static_cast<unsigned char>(At(*i)));
      }
    }
    // An integer as nlohmann writes it back: no leading zero, no "-0", at most 18 digits.
    size_t p = *i + (c == '-' ? 1 : 0);
    const size_t digits = p;
    while (p < s_.size() && s_[p] >= '0' && s_[p] <= '9') ++p;
    const size_t n = p - digits;
    if (n == 0 || n > 18 || (s_[digits] == '0' && (n > 1 || c == '-'))) return false;
    if (At(p) == '.' || At(p) == 'e' || At(p) == 'E') return false;
    *i = p;
    return true;
  }

  // The decoded text of the (checked) string at `v`, appended to `out`.
  void AppendString(Span v, std::string* out) const {
    size_t p = v.begin + 1;
    const size_t end = v.end - 1;
    while (p < end) {
      size_t q = p;
      const void* backslash = std::memchr(s_.data() + q, '\\', end - q);
      q = backslash ? static_cast<size_t>(static_cast<const char*>(backslash) - s_.data()) : end;
      out->append(s_.data() + p, q - p);
      if (q == end) break;
      const char e = s_[q + 1];
      if (e != 'u') {
        static constexpr std::string_view kFrom = "\"\\/bfnrt";
        static constexpr std::string_view kTo = "\"\\/\b\f\n\r\t";
        out->push_back(kTo[kFrom.find(e)]);
        p = q + 2;
        continue;
      }
      uint32_t cp = static_cast<uint32_t>(Unit(q));
      p = q + 6;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<uint32_t>(Unit(p)) - 0xDC00);
        p += 6;
      }
      AppendUtf8(cp, out);
    }
  }

  std::string String(Span v) const {
    std::string out;
    AppendString(v, &out);
    return out;
  }
  // ScalarText: a string decoded, an integer as written, "" for anything else.
  std::string Scalar(Span v) const {
    const char c = s_[v.begin];
    if (c == '"') return String(v);
    if (c == '-' || (c >= '0' && c <= '9')) return std::string(s_.substr(v.begin, v.end - v.begin));
    return "";
  }
  bool IsString(Span v) const { return s_[v.begin] == '"'; }
  bool IsNull(Span v) const { return s_[v.begin] == 'n'; }

  // The members of the (checked) object at `v`; false when a key repeats.
  bool Members(Span v, std::vector<Member>* out) const {
    out->clear();
    size_t i = v.begin + 1;
    Space(&i);
    while (At(i) == '"') {
      Member m;
      const size_t key_begin = i;
      CheckString(&i);
      AppendString({key_begin, i}, &m.key);
      Space(&i);
      ++i;  // ':'
      Space(&i);
      m.value.begin = i;
      CheckValue(&i, 0);
      m.value.end = i;
      for (const Member& seen : *out) {
        if (seen.key == m.key) return false;
      }
      out->push_back(std::move(m));
      Space(&i);
      if (At(i) == ',') ++i;
      Space(&i);
    }
    return true;
  }
  // The elements of the (checked) array at `v`.
  void Elements(Span v, std::vector<Span>* out) const {
    out->clear();
    size_t i = v.begin + 1;
    Space(&i);
    while (At(i) != ']') {
      Span e{i, i};
      CheckValue(&i, 0);
      e.end = i;
      out->push_back(e);
      Space(&i);
      if (At(i) == ',') ++i;
      Space(&i);
    }
  }

  // The value at `v` as compact JSON, as AppendCompactJson writes nlohmann's tree of it (members
  // sorted by key); false when an object repeats a key.
  bool AppendCompact(Span v, std::string* out) const {
    const char c = s_[v.begin];
    if (c == '"') {
      const std::string_view raw = s_.substr(v.begin, v.end - v.begin);
      if (raw.find('\\') == std::string_view::npos) {
        out->append(raw);  // no escapes: written back as it is
      } else {
        AppendValidJsonString(String(v), out);
      }
      return true;
    }
    if (c == '[') {
      std::vector<Span> elements;
      Elements(v, &elements);
      out->push_back('[');
      for (size_t k = 0; k < elements.size(); ++k) {
        if (k) out->push_back(',');
        if (!AppendCompact(elements[k], out)) return false;
      }
      out->push_back(']');
      return true;
    }
    if (c == '{') {
      std::vector<Member> members;
      if (!Members(v, &members)) return false;
      std::sort(members.begin(), members.end(),
                [](const Member& a, const Member& b) { return a.key < b.key; });
      out->push_back('{');
      for (size_t k = 0; k < members.size(); ++k) {
        if (k) out->push_back(',');
        AppendValidJsonString(members[k].key, out);
        out->push_back(':');
        if (!AppendCompact(members[k].value, out)) return false;
      }
      out->push_back('}');
      return true;
    }
    out->append(s_.substr(v.begin, v.end - v.begin));  // an integer, true, false or null
    return true;
  }

  // FlattenText over the bytes: the text of `v` appended to `out`, each entity's compact JSON and
  // type to `entities` (when not null); false where FlattenText fails or FastMessage gives up.
  struct Entity {
    std::string type;
    std::string json;
  };
  bool Flatten(Span v, std::string* out, std::vector<Entity>* entities, size_t* count,
               int depth) const {
    if (depth > kMaxTextDepth) return false;
    const char c = s_[v.begin];
    if (c == 'n') return true;
    if (c == '"') {
      AppendString(v, out);
      return true;
    }
    if (c != '[') return false;
    std::vector<Span> parts;
    Elements(v, &parts);
    std::vector<Member> members;
    for (const Span part : parts) {
      const char p = s_[part.begin];
      if (p == '"') {
        AppendString(part, out);
        continue;
      }
      if (p != '{' || !Members(part, &members)) return false;
      const size_t before = out->size();
      const Member* text = Find(members, "text");
      if (text && !Flatten(text->value, out, entities, count, depth + 1)) return false;
      if (*count >= kMaxEntities) continue;
      ++*count;
      if (entities == nullptr) continue;
      // The members of FillMessage's entity object, in its (sorted) order.
      Entity e;
      const Member* type = Find(members, "type");
      e.type = type ? Scalar(type->value) : "";
      e.json.push_back('{');
      for (const char* extra : {"href", "language"}) {
        if (const Member* x = Find(members, extra); x && !IsNull(x->value)) {
          AppendValidJsonString(extra, &e.json);
          e.json.push_back(':');
          if (!AppendCompact(x->value, &e.json)) return false;
          e.json.push_back(',');
        }
      }
      e.json.append("\"text\":");
      AppendValidJsonString(std::string_view(*out).substr(before), &e.json);
      e.json.append(",\"type\":");
      AppendValidJsonString(e.type, &e.json);
      if (const Member* x = Find(members, "user_id"); x && !IsNull(x->value)) {
        e.json.append(",\"user_id\":");
        if (!AppendCompact(x->value, &e.json)) return false;
      }
      e.json.push_back('}');
      entities->push_back(std::move(e));
    }
    return true;
  }

  static const Member* Find(const std::vector<Member>& members, std::string_view key) {
    for (const Member& m : members) {
      if (m.key == key) return &m;
    }
    return nullptr;
  }

  std::string_view s_;
};

// The attributes of one message: keys and compact values, set or replaced as FillMessage sets
// members of its json object. The keys are views (of the message's members or of literals), the
// values kept in one buffer: a string per attribute and their sorting were a fifth of the reading.
class AttributeList {
 public:
  void Clear() {
    items_.clear();
    values_.clear();
  }
  // The value of `key` is then what the caller appends to the returned buffer.
  std::string* Set(std::string_view key) {
    Item* item = nullptr;
    for (Item& i : items_) {
      if (i.key == key) item = &i;
    }
    if (item == nullptr) item = &items_.emplace_back();
    item->key = key;
    item->begin = values_.size();
    open_ = item - items_.data();
    return &values_;
  }
  void Set(std::string_view key, std::string_view json) {
    Set(key)->append(json);
    Close();
  }
  void SetString(std::string_view key, std::string_view value) {
    AppendValidJsonString(value, Set(key));
    Close();
  }
  // Ends the value Set(key) began.
  void Close() { items_[open_].end = values_.size(); }

  // The object compact (`all`) and without what a segment does not keep (NotKeptInSegment).
  void Write(std::string* all, std::string* kept) {
    std::sort(items_.begin(), items_.end(),
              [](const Item& a, const Item& b) { return a.key < b.key; });
    all->assign("{");
    kept->assign("{");
    for (const Item& item : items_) {
      const std::string_view value(values_.data() + item.begin, item.end - item.begin);
      const std::string_view key = item.key;
      const bool dropped = key == "thread" || key == "thread_name" || key == "thread_type" ||
                           (key == "attachments" && value == "[]") ||
                           (key == "edited" && (value == "null" || value == "false"));
      for (std::string* out : {all, kept}) {
        if (out == kept && dropped) continue;
        if (out->size() > 1) out->push_back(',');
        AppendValidJsonString(key, out);
        out->push_back(':');
        out->append(value);
      }
    }
    all->push_back('}');
    kept->push_back('}');
  }

 private:
  struct Item {
    std::string_view key;
    size_t begin = 0;
    size_t end = 0;
  };
  std::vector<Item> items_;
  std::string values_;
  size_t open_ = 0;
};

bool FastMessage::CheckMessage(std::vector<Member>* out) const {
  out->clear();
  if (s_.empty() || s_[0] != '{' || FindInvalidUtf8(s_)) return false;
  size_t i = 1;
  Space(&i);
  if (At(i) != '}') {
    for (;;) {
      Member m;
      const size_t key_begin = i;
      if (At(i) != '"' || !CheckString(&i)) return false;
      AppendString({key_begin, i}, &m.key);
      Space(&i);
      if (At(i) != ':') return false;
      ++i;
      Space(&i);
      m.value.begin = i;
      if (!CheckValue(&i, 1)) return false;
      m.value.end = i;
      if (Find(*out, m.key) != nullptr) return false;
      out->push_back(std::move(m));
      Space(&i);
      if (At(i) == '}') break;
      if (At(i) != ',') return false;
      ++i;
      Space(&i);
    }
  }
  ++i;
  Space(&i);
  return i == s_.size();
}

bool FastMessage::Read(const Chat& chat, ParsedRecord* record) {
  // Kept from message to message on each thread: their memory is reused.
  thread_local std::vector<Member> m;
  thread_local std::vector<Entity> entities;
  thread_local AttributeList attributes;
  if (!CheckMessage(&m)) return false;
  const Member* id = Find(m, "id");
  const std::string message_id = id ? Scalar(id->value) : "";
  if (message_id.empty()) return false;
  const Member* type_member = Find(m, "type");
  if (type_member && !IsString(type_member->value)) return false;
  const std::string type = type_member ? String(type_member->value) : "message";
  if (type == "service") return false;

  // The record's own document, emptied by the caller (ClearForReuse): its strings keep their
  // memory. Giving up after this leaves it half set; the caller resets it for the DOM.
  Document& d = record->doc ? *record->doc : record->doc.emplace();
  std::vector<std::string> warnings;
  const Member* text = Find(m, "text");
  const Member* text_entities = Find(m, "text_entities");
  const bool from_text_entities = text_entities && s_[text_entities->value.begin] == '[';
  entities.clear();
  size_t count = 0;
  if (text && !Flatten(text->value, &d.text, from_text_entities ? nullptr : &entities, &count, 0))
    return false;
  if (from_text_entities) {
    std::string ignored;
    count = 0;
    if (!Flatten(text_entities->value, &ignored, &entities, &count, 0)) return false;
  }

  attributes.Clear();
  for (const Member& member : m) {
    if (IsMappedField(member.key)) continue;
    if (!AppendCompact(member.value, attributes.Set(member.key))) return false;
    attributes.Close();
  }
  const auto scalar = [&](const char* key) {
    const Member* f = Find(m, key);
    return f ? Scalar(f->value) : std::string();
  };
  std::string sender = scalar("from");
  const std::string sender_id = scalar("from_id");
  const std::string date = scalar("date");
  if (!TakeTime(date, scalar("date_unixtime"), &d.posted_at, &warnings) && !date.empty())
    attributes.SetString("date_raw", date);
  std::string edited = "null";
  if (auto e = EditTime(scalar("edited"), scalar("edited_unixtime"))) {
    edited.clear();
    AppendValidJsonString(*e, &edited);
  }

  std::string attachments = "[";
  const Member* media_type = Find(m, "media_type");
  const Member* mime_type = Find(m, "mime_type");
  for (const char* kind : {"photo", "file"}) {
    const Member* f = Find(m, kind);
    if (f == nullptr || !IsString(f->value)) continue;
    const std::string path = String(f->value);
    if (path.empty()) continue;
    if (attachments.size() > 1) attachments.push_back(',');
    // The members of FillMessage's attachment object, in its (sorted) order.
    attachments.append("{\"kind\":");
    AppendValidJsonString(kind, &attachments);
    const bool omitted = path.rfind("(File", 0) == 0;
    if (omitted) {
      attachments.append(",\"label\":");
      AppendValidJsonString(path, &attachments);
    }
    for (const Member* extra : {media_type, mime_type}) {
      if (extra == nullptr || !IsString(extra->value)) continue;
      attachments.push_back(',');
      AppendValidJsonString(extra->key, &attachments);
      attachments.push_back(':');
      AppendCompact(extra->value, &attachments);
    }
    if (omitted) {
      attachments.append(",\"omitted\":true,\"ref\":null}");
    } else {
      attachments.append(",\"ref\":");
      AppendValidJsonString(path, &attachments);
      attachments.push_back('}');
      if (IsImagePath(path)) d.images.push_back({path, "", ""});
    }
  }
  attachments.push_back(']');
  if (attachments == "[]") {
    for (const Member* extra : {media_type, mime_type}) {
      if (extra == nullptr) continue;
      if (!AppendCompact(extra->value, attributes.Set(extra->key))) return false;
      attributes.Close();
    }
  }

  size_t replaced = ReplaceControlCharacters(d.text) + ReplaceControlCharacters(sender);
  if (replaced > 0) {
    warnings.push_back(fmt::format("{} control character(s) replaced by spaces", replaced));
  }
  const std::string thread = chat.Thread();
  d.source_id.reserve(thread.size() + 1 + message_id.size());
  d.source_id.append(thread).append(1, '#').append(message_id);
  d.site = "telegram";
  if (sender.empty()) {
    attributes.Set("sender", "null");
  } else {
    attributes.SetString("sender", sender);
  }
  if (sender_id.empty()) {
    attributes.Set("sender_id", "null");
  } else {
    attributes.SetString("sender_id", sender_id);
  }
  attributes.Set("thread", chat.thread_json);
  attributes.Set("thread_name", chat.name_json);
  if (!chat.type.empty()) attributes.Set("thread_type", chat.type_json);
  attributes.Set("attachments", attachments);
  attributes.Set("edited", edited);
  const auto kept = [](const Entity& e) { return e.type != "plain" && !e.type.empty(); };
  if (std::any_of(entities.begin(), entities.end(), kept)) {
    std::string* value = attributes.Set("entities");
    char separator = '[';
    for (const Entity& e : entities) {
      if (!kept(e)) continue;
      value->push_back(separator);
      value->append(e.json);
      separator = ',';
    }
    value->push_back(']');
    attributes.Close();
  }
  if (type != "message") attributes.SetString("type", type);
  attributes.Write(&d.attributes_json, &record->message_attributes_json);
  record->warnings = std::move(warnings);
  record->thread = thread;
  record->thread_attributes_json = chat.shared_json;
  return true;
}

// One message object through nlohmann's tree: the reference FastMessage agrees with, and the
// reader of everything it gives up on.
void ReadWithDom(const std::string& raw, const Chat& chat, ParsedRecord* record) {
  json parsed;
  try {
    parsed = json::parse(raw);
  } catch (const json::exception& e) {
    record->error = "message is not valid JSON: " + ShortJsonError(e.what());
    return;
  }
  const ParsedRecord where = *record;
  try {
    FillMessage(parsed, chat, record);
  } catch (const std::exception& e) {  // on the helper thread it would end the process
    *record = ParsedRecord{};
    record->line = where.line;
    record->byte_start = where.byte_start;
    record->byte_end = where.byte_end;
    record->error = fmt::format("message could not be read: {}", e.what());
  }
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
  std::shared_ptr<const Chat> chat;  // the chat as it was when the message was read
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
// segments of them on the same thread), the helper parses the next, which the caller gathered
// before it handed any out. Parsing a message object was most of reading an export, and with the
// halves fixed the helper idled while the caller read the structure and built the segments
// (issue 6 item 6). Records come out in the file's order.
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

  // The batch being parsed becomes the one handed out (the first is gathered now), and the next
  // is gathered and given to the helper to parse meanwhile.
  void TakeNextBatch() {
    const int next = 1 - current_;
    if (!started_) {
      started_ = true;
      Gather(batches_[next]);
      Start(batches_[next]);
    }
    Finish(batches_[next]);
    current_ = next;
    at_ = 0;
    if (!batches_[current_].last) {
      Batch& ahead = batches_[1 - current_];
      Gather(ahead);
      Start(ahead);
    }
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
    if (!FastMessage(m.raw).Read(*m.chat, record)) {
      record->doc.reset();  // what FastMessage set before it gave up
      record->warnings.clear();
      ReadWithDom(m.raw, *m.chat, record);
    }
    if (repaired && record->doc) {
      record->warnings.push_back(
          "\\xNN escapes (written by Telegram Desktop for control characters, not valid JSON) "
          "were read as \\u00NN");
    }
  }

  // The chat a message belongs to, as it is now, shared by its messages until it changes.
  std::shared_ptr<const Chat> ChatSnapshot(Chat& chat) {
    if (snapshot_ == nullptr || snapshot_of_ != &chat || snapshot_version_ != chat_version_) {
      chat.MakeShared();
      snapshot_ = std::make_shared<const Chat>(chat);
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
    Chat chat;  // kTop (a single-chat export) and kChat
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

  bool ReadChatField(const std::string& key, Chat* chat) {
    scanner_.StartCapture(kMaxChatField);
    const bool ok = scanner_.SkipValue(&error_);
    scanner_.StopCapture();
    if (!ok) return false;
    std::string value;
    if (!scanner_.capture_overflow()) {
      try {
        value = ScalarText(json::parse(scanner_.captured()));
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
  int ScanMessage(Chat& chat) {
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
  std::shared_ptr<const Chat> snapshot_;
  const Chat* snapshot_of_ = nullptr;
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

bool TelegramReadersAgree(std::string_view message_json, bool* fast_read, std::string* difference) {
  Chat chat;
  chat.id = "4000000001";
  chat.name = "Test chat";
  chat.type = "personal_chat";
  chat.MakeShared();
  std::string raw(message_json);
  RepairHexEscapes(raw);
  ParsedRecord fast;
  ParsedRecord dom;
  *fast_read = FastMessage(raw).Read(chat, &fast);
  ReadWithDom(raw, chat, &dom);
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
