#include "store/chat_segment.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "store/case_store.h"

namespace ariadne::store {

namespace {

constexpr std::string_view kMarker = "{\"chat_segment\":";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // '…'

using nlohmann::json;

// A plain decimal number ("0", "42"; no sign, no leading zero, at most 18 digits), or nullopt.
std::optional<int64_t> PlainNumber(std::string_view s) {
  if (s.empty() || s.size() > 18 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// The seconds of the day of "YYYY-MM-DDThh:mm:ss" (exactly that, a real time of day), or nullopt.
std::optional<int64_t> SecondsOfDay(std::string_view t) {
  if (t.size() != 19 || t[10] != 'T' || t[13] != ':' || t[16] != ':') return std::nullopt;
  int v[3];
  for (int i = 0; i < 3; ++i) {
    const char a = t[11 + 3 * i];
    const char b = t[12 + 3 * i];
    if (a < '0' || a > '9' || b < '0' || b > '9') return std::nullopt;
    v[i] = (a - '0') * 10 + (b - '0');
  }
  if (v[0] > 23 || v[1] > 59 || v[2] > 59) return std::nullopt;
  return int64_t{v[0]} * 3600 + v[1] * 60 + v[2];
}

std::string TimeOfDay(std::string_view day, int64_t seconds) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", static_cast<int>(seconds / 3600),
                static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
  return std::string(day) + buf;
}

// Appends `s` as a JSON string (UTF-8 kept, control characters escaped).
void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(c);
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out->append(buf);
    } else {
      out->push_back(c);
    }
  }
  out->push_back('"');
}

// Writes `v` in decimal at `p` (room for 20 bytes), returning the end: the columns' values are
// mostly steps and lengths of one or two digits, written without to_chars' general path.
char* WriteNumber(char* p, int64_t v) {
  if (v >= 0 && v < 10) {
    *p = static_cast<char>('0' + v);
    return p + 1;
  }
  if (v >= 10 && v < 100) {
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
    return p + 2;
  }
  return std::to_chars(p, p + 20, v).ptr;
}

// Appends `"name":[v0,v1-v0,v2-v1,...]` (steps == true) or the values as they are. Written in
// place, a number at most 21 bytes with its comma: appending each number and comma to the string
// was about 220 instructions a number, a twentieth of what storing a chat segment costs. The
// place is a buffer of the thread's, appended to `out` at once: growing `out` by the most the
// numbers could take wrote that many zeros first, more bytes than the digits themselves.
void AppendNumbers(std::string_view name, const std::vector<int64_t>& values, bool steps,
                   std::string* out) {
  constexpr size_t kMaxNumber = 21;  // "-9223372036854775808" and ','
  thread_local std::string scratch;
  const size_t most = name.size() + 6 + values.size() * kMaxNumber;
  if (scratch.size() < most) scratch.resize(most);
  char* const start = scratch.data();
  char* p = start;
  *p++ = '"';
  p = std::copy(name.begin(), name.end(), p);
  *p++ = '"';
  *p++ = ':';
  *p++ = '[';
  int64_t last = 0;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) *p++ = ',';
    const int64_t v = steps ? values[i] - last : values[i];
    last = values[i];
    p = WriteNumber(p, v);
  }
  *p++ = ']';
  *p++ = ',';
  out->append(start, static_cast<size_t>(p - start));
}

void AppendStrings(std::string_view name, const std::vector<std::string>& values,
                   std::string* out) {
  out->push_back('"');
  out->append(name);
  out->append("\":[");
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(values[i], out);
  }
  out->append("],");
}

// An array of `count` integers at `key` of `o`, or nullopt.
std::optional<std::vector<int64_t>> Numbers(const json& o, const char* key, size_t count) {
  auto it = o.find(key);
  if (it == o.end() || !it->is_array() || it->size() != count) return std::nullopt;
  std::vector<int64_t> out;
  out.reserve(count);
  for (const json& v : *it) {
    if (!v.is_number_integer()) return std::nullopt;
    out.push_back(v.get<int64_t>());
  }
  return out;
}

std::optional<std::vector<std::string>> Strings(const json& o, const char* key, size_t count) {
  auto it = o.find(key);
  if (it == o.end() || !it->is_array() || it->size() != count) return std::nullopt;
  std::vector<std::string> out;
  out.reserve(count);
  for (const json& v : *it) {
    if (!v.is_string()) return std::nullopt;
    out.push_back(v.get<std::string>());
  }
  return out;
}

// Running sums of steps, in place; false on overflow (a damaged index).
bool Accumulate(std::vector<int64_t>& v) {
  int64_t sum = 0;
  for (int64_t& x : v) {
    if (__builtin_add_overflow(sum, x, &sum)) return false;
    x = sum;
  }
  return true;
}

// Format 1: an array per message, [id, posted_at, text_start, text_end, byte_start, byte_end,
// line, attributes].
std::vector<ChatMessage> MessagesV1(const json& m, const std::string& thread) {
  std::vector<ChatMessage> out;
  out.reserve(m.size());
  for (const json& e : m) {
    if (!e.is_array() || e.size() < 8 || !e[0].is_string() || !e[1].is_string()) return {};
    for (size_t i = 2; i < 7; ++i)
      if (!e[i].is_number_integer()) return {};
    ChatMessage c;
    c.ordinal = static_cast<int64_t>(out.size());
    c.source_id = thread + "#" + e[0].get<std::string>();
    c.posted_at = e[1].get<std::string>();
    c.text_start = e[2].get<int64_t>();
    c.text_end = e[3].get<int64_t>();
    c.byte_start = e[4].get<int64_t>();
    c.byte_end = e[5].get<int64_t>();
    c.line = e[6].get<int64_t>();
    if (e[7].is_object()) {
      c.attributes_json = e[7].dump(-1, ' ', false, json::error_handler_t::replace);
      if (auto s = e[7].find("sender"); s != e[7].end() && s->is_string()) c.sender = *s;
    }
    out.push_back(std::move(c));
  }
  return out;
}

// Format 2 (ChatSegmentIndex): columns; see docs/case-format.md.
std::vector<ChatMessage> MessagesV2(const json& m, const std::string& thread) {
  if (!m.is_object()) return {};
  auto count_it = m.find("count");
  if (count_it == m.end() || !count_it->is_number_unsigned()) return {};
  const auto n = count_it->get<uint64_t>();
  if (n > (uint64_t{1} << 24)) return {};
  const auto count = static_cast<size_t>(n);
  auto text_lengths = Numbers(m, "text_lengths", count);
  auto byte_gaps = Numbers(m, "byte_gaps", count);
  auto byte_lengths = Numbers(m, "byte_lengths", count);
  auto lines = Numbers(m, "line_steps", count);
  auto attribute_of = Numbers(m, "attribute_of", count);
  if (!text_lengths || !byte_gaps || !byte_lengths || !lines || !attribute_of ||
      !Accumulate(*lines))
    return {};
  std::vector<std::string> ids;
  if (auto steps = Numbers(m, "id_steps", count)) {
    if (!Accumulate(*steps)) return {};
    for (int64_t v : *steps) ids.push_back(std::to_string(v));
  } else if (auto texts = Strings(m, "ids", count)) {
    ids = std::move(*texts);
  } else {
    return {};
  }
  std::vector<std::string> times;
  if (auto seconds = Numbers(m, "seconds", count)) {
    auto day = m.find("day");
    if (day == m.end() || !day->is_string() || !Accumulate(*seconds)) return {};
    for (int64_t v : *seconds) {
      if (v < 0 || v >= 86400) return {};
      times.push_back(TimeOfDay(day->get<std::string>(), v));
    }
  } else if (auto texts = Strings(m, "posted_at", count)) {
    times = std::move(*texts);
  } else {
    return {};
  }
  std::vector<std::string> attributes;
  std::vector<std::string> senders;
  auto table = m.find("attributes");
  if (table == m.end() || !table->is_array()) return {};
  for (const json& a : *table) {
    if (!a.is_object()) return {};
    attributes.push_back(a.dump(-1, ' ', false, json::error_handler_t::replace));
    auto s = a.find("sender");
    senders.push_back(s != a.end() && s->is_string() ? s->get<std::string>() : "");
  }
  std::vector<ChatMessage> out(count);
  int64_t text_end = 0;
  int64_t byte_end = 0;
  for (size_t i = 0; i < count; ++i) {
    ChatMessage& c = out[i];
    const int64_t a = (*attribute_of)[i];
    if ((*text_lengths)[i] < 0 || (*byte_lengths)[i] < 0 || a < 0 ||
        a >= static_cast<int64_t>(attributes.size()))
      return {};
    c.ordinal = static_cast<int64_t>(i);
    c.source_id = thread + "#" + ids[i];
    c.posted_at = std::move(times[i]);
    c.text_start = i == 0 ? 0 : text_end + static_cast<int64_t>(kChatMessageSeparator.size());
    if (__builtin_add_overflow(c.text_start, (*text_lengths)[i], &c.text_end) ||
        __builtin_add_overflow(byte_end, (*byte_gaps)[i], &c.byte_start) ||
        __builtin_add_overflow(c.byte_start, (*byte_lengths)[i], &c.byte_end))
      return {};
    text_end = c.text_end;
    byte_end = c.byte_end;
    c.line = (*lines)[i];
    c.attributes_json = attributes[static_cast<size_t>(a)];
    c.sender = senders[static_cast<size_t>(a)];
  }
  return out;
}

}  // namespace

void ChatSegmentIndex::Add(std::string_view id, std::string_view posted_at, int64_t text_length,
                           int64_t byte_start, int64_t byte_end, int64_t line,
                           std::string_view attributes_json) {
  const bool first = text_lengths_.empty();
  text_lengths_.push_back(text_length);
  byte_gaps_.push_back(byte_start - (first ? 0 : last_byte_end_));
  byte_lengths_.push_back(byte_end - byte_start);
  line_steps_.push_back(line - (first ? 0 : last_line_));
  last_byte_end_ = byte_end;
  last_line_ = line;
  if (ids_numeric_) {
    if (std::optional<int64_t> v = PlainNumber(id)) {
      id_numbers_.push_back(*v);
    } else {
      IdsAsText();
    }
  }
  if (!ids_numeric_) id_texts_.emplace_back(id);
  if (times_on_day_) {
    if (first) day_ = std::string(posted_at.substr(0, 10));
    std::optional<int64_t> s = SecondsOfDay(posted_at);
    if (s && posted_at.substr(0, 10) == day_) {
      seconds_.push_back(*s);
    } else {
      TimesAsText();
    }
  }
  if (!times_on_day_) time_texts_.emplace_back(posted_at);
  attribute_of_.push_back(AttributeNumber(attributes_json));
}

int64_t ChatSegmentIndex::AttributeNumber(std::string_view attributes_json) {
  // Most messages repeat one of a segment's first few attribute objects: compared in place,
  // without hashing the text (that hash was a sixth of building a segment). Not where most
  // messages' objects are new (each names its own phone number): there up to eight compares of
  // as many bytes per message missed, and the hash is taken at once.
  if (first_few_missed_ <= first_few_found_ + kFirstFewTrial) {
    const size_t first_few = std::min<size_t>(attribute_texts_.size(), kFirstFew);
    for (size_t i = 0; i < first_few; ++i) {
      if (AttributeAt(i) == attributes_json) {
        ++first_few_found_;
        return static_cast<int64_t>(i);
      }
    }
    ++first_few_missed_;
  }
  const size_t hash = std::hash<std::string_view>{}(attributes_json);
  if (attribute_slots_.empty()) GrowAttributeSlots();
  const size_t mask = attribute_slots_.size() - 1;
  size_t at = hash & mask;
  for (; attribute_slots_[at] != 0; at = (at + 1) & mask) {
    const size_t i = attribute_slots_[at] - 1;
    if (attribute_texts_[i].hash == hash && AttributeAt(i) == attributes_json)
      return static_cast<int64_t>(i);
  }
  const size_t number = attribute_texts_.size();
  if (number > 0) attribute_list_.push_back(',');
  attribute_texts_.push_back({attribute_list_.size(), attributes_json.size(), hash});
  attribute_list_.append(attributes_json);
  attribute_slots_[at] = static_cast<uint32_t>(number + 1);
  if (attribute_texts_.size() * 2 > attribute_slots_.size()) GrowAttributeSlots();
  return static_cast<int64_t>(number);
}

// Doubles the look-up table (or makes its first) and places the objects again.
void ChatSegmentIndex::GrowAttributeSlots() {
  const size_t size = std::max<size_t>(64, attribute_slots_.size() * 2);
  attribute_slots_.assign(size, 0);
  for (size_t i = 0; i < attribute_texts_.size(); ++i) {
    size_t at = attribute_texts_[i].hash & (size - 1);
    while (attribute_slots_[at] != 0) at = (at + 1) & (size - 1);
    attribute_slots_[at] = static_cast<uint32_t>(i + 1);
  }
}

// Frees only the slots this segment's objects hold: the table keeps the size of the largest
// segment the index has seen, and zeroing all of it for every small segment after it was work
// proportional to that one segment. (Probing does not stop at a freed slot: each object is found.)
void ChatSegmentIndex::FreeAttributeSlots() {
  const size_t mask = attribute_slots_.size() - 1;
  for (size_t i = 0; i < attribute_texts_.size(); ++i) {
    size_t at = attribute_texts_[i].hash & mask;
    while (attribute_slots_[at] != i + 1) at = (at + 1) & mask;
    attribute_slots_[at] = 0;
  }
}

void ChatSegmentIndex::Clear() {
  for (std::vector<int64_t>* v : {&text_lengths_, &byte_gaps_, &byte_lengths_, &line_steps_,
                                  &id_numbers_, &seconds_, &attribute_of_})
    v->clear();
  id_texts_.clear();
  time_texts_.clear();
  attribute_list_.clear();
  FreeAttributeSlots();
  attribute_texts_.clear();
  first_few_found_ = 0;
  first_few_missed_ = 0;
  ids_numeric_ = true;
  times_on_day_ = true;
  day_.clear();
  last_byte_end_ = 0;
  last_line_ = 0;
}

void ChatSegmentIndex::IdsAsText() {
  ids_numeric_ = false;
  for (int64_t v : id_numbers_) id_texts_.push_back(std::to_string(v));
  id_numbers_.clear();
}

void ChatSegmentIndex::TimesAsText() {
  times_on_day_ = false;
  for (int64_t v : seconds_) time_texts_.push_back(TimeOfDay(day_, v));
  seconds_.clear();
}

std::string ChatSegmentIndex::AttributesJson(std::string_view thread,
                                             std::string_view thread_members) const {
  std::string out;
  out.reserve(text_lengths_.size() * 24 + 256);
  out += "{\"chat_segment\":2,\"messages\":{\"count\":";
  out += std::to_string(text_lengths_.size());
  out += ',';
  if (ids_numeric_) {
    AppendNumbers("id_steps", id_numbers_, true, &out);
  } else {
    AppendStrings("ids", id_texts_, &out);
  }
  if (times_on_day_) {
    out += "\"day\":";
    AppendJsonString(day_, &out);
    out += ',';
    AppendNumbers("seconds", seconds_, true, &out);
  } else {
    AppendStrings("posted_at", time_texts_, &out);
  }
  AppendNumbers("text_lengths", text_lengths_, false, &out);
  AppendNumbers("byte_gaps", byte_gaps_, false, &out);
  AppendNumbers("byte_lengths", byte_lengths_, false, &out);
  AppendNumbers("line_steps", line_steps_, false, &out);
  out += "\"attributes\":[";
  out += attribute_list_;
  out += "],";
  AppendNumbers("attribute_of", attribute_of_, false, &out);
  out.back() = '}';  // the last column's ',' closes `messages`
  out += ",\"thread\":";
  AppendJsonString(thread, &out);
  if (!thread_members.empty()) {
    out.push_back(',');
    out.append(thread_members);
  }
  out.push_back('}');
  return out;
}

bool IsChatSegment(std::string_view attributes_json) {
  return attributes_json.substr(0, kMarker.size()) == kMarker;
}

std::vector<ChatMessage> ChatMessagesOf(const Document& doc) {
  if (!IsChatSegment(doc.attributes_json)) return {};
  const json a = json::parse(doc.attributes_json, nullptr, false);
  if (!a.is_object()) return {};
  auto m = a.find("messages");
  if (m == a.end()) return {};
  std::string thread;
  if (auto t = a.find("thread"); t != a.end() && t->is_string()) thread = t->get<std::string>();
  auto version = a.find("chat_segment");
  if (version == a.end() || !version->is_number_integer()) return {};
  if (*version == 1 && m->is_array()) return MessagesV1(*m, thread);
  if (*version == 2) return MessagesV2(*m, thread);
  return {};
}

std::optional<std::string> ChatSegmentAttributesForEditedText(
    const Document& doc, const std::function<int64_t(int64_t)>& new_offset) {
  const std::vector<ChatMessage> messages = ChatMessagesOf(doc);
  if (messages.empty()) return std::nullopt;
  json a = json::parse(doc.attributes_json, nullptr, false);
  std::string thread;
  if (auto t = a.find("thread"); t != a.end() && t->is_string()) thread = t->get<std::string>();
  for (const char* key : {"chat_segment", "messages", "thread"}) a.erase(key);
  std::string members = a.dump(-1, ' ', false, json::error_handler_t::replace);
  members = members.substr(1, members.size() - 2);  // without the braces
  ChatSegmentIndex index;
  for (const ChatMessage& m : messages) {
    const std::string_view id = std::string_view(m.source_id).substr(thread.size() + 1);
    index.Add(id, m.posted_at, new_offset(m.text_end) - new_offset(m.text_start), m.byte_start,
              m.byte_end, m.line, m.attributes_json);
  }
  return index.AttributesJson(thread, members);
}

std::optional<size_t> ChatMessageAt(const std::vector<ChatMessage>& messages, int64_t offset) {
  // The first message that ends after the offset: it holds it, or follows the separator it is in.
  auto it = std::upper_bound(messages.begin(), messages.end(), offset,
                             [](int64_t o, const ChatMessage& m) { return o < m.text_end; });
  if (it == messages.end()) return std::nullopt;
  return static_cast<size_t>(it - messages.begin());
}

std::optional<int64_t> SnippetHighlightOffset(std::string_view text, std::string_view snippet) {
  std::string plain;
  int64_t first_mark = -1;
  for (char c : snippet) {
    if (c == kHighlightOpen) {
      if (first_mark < 0) first_mark = static_cast<int64_t>(plain.size());
    } else if (c != kHighlightClose) {
      plain.push_back(c);
    }
  }
  std::string_view frag = plain;
  int64_t cut = 0;
  if (frag.substr(0, kEllipsis.size()) == kEllipsis) {
    frag.remove_prefix(kEllipsis.size());
    cut = static_cast<int64_t>(kEllipsis.size());
  }
  if (frag.size() >= kEllipsis.size() && frag.substr(frag.size() - kEllipsis.size()) == kEllipsis)
    frag.remove_suffix(kEllipsis.size());
  if (first_mark < 0 || frag.empty()) return std::nullopt;
  const size_t at = text.find(frag);
  if (at == std::string_view::npos) return std::nullopt;
  return static_cast<int64_t>(at) + std::max<int64_t>(0, first_mark - cut);
}

std::optional<ChatMessage> MessageOfSnippet(const Document& doc, std::string_view snippet) {
  if (!IsChatSegment(doc.attributes_json)) return std::nullopt;
  std::vector<ChatMessage> messages = ChatMessagesOf(doc);
  const std::optional<int64_t> at = SnippetHighlightOffset(doc.text, snippet);
  const std::optional<size_t> i = ChatMessageAt(messages, at.value_or(0));
  if (!i) return std::nullopt;
  return std::move(messages[*i]);
}

}  // namespace ariadne::store
