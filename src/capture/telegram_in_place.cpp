// The reader of a Telegram message object in place (telegram_message.h): nlohmann's tree of a
// message (a map node and a string per member, a vector per array) and its freeing were two thirds
// of reading an export (issue 6 item 6). FastMessage reads the message's bytes instead: a strict
// check of the whole object, then each field decoded from its byte range. It takes only what it
// reads exactly as the reader through the tree (ReadMessageWithDom) does, and gives up (false) on
// anything else: invalid UTF-8 or JSON, a repeated member, numbers other than plain integers of up
// to 18 digits, service messages, a `text` that reader refuses. That reader then reads the
// message, so every record is what the tree gives (TelegramReadersAgree, the telegram_message fuzz
// target).
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "capture/compact_json.h"
#include "capture/telegram_message.h"
#include "core/text.h"
#include "core/utf8.h"

namespace ariadne::capture {

namespace {

constexpr int kMaxFastDepth = 64;  // deeper values are left to the reader through the tree

// A JSON value's bytes in the message: [begin, end), the first byte saying its kind.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

class FastMessage {
 public:
  explicit FastMessage(std::string_view raw) : s_(raw) {}

  bool Read(const TelegramChat& chat, ParsedRecord* record);

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
    if (depth > kTelegramMaxTextDepth) return false;
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
      if (*count >= kTelegramMaxEntities) continue;
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

bool FastMessage::Read(const TelegramChat& chat, ParsedRecord* record) {
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
  MessageFields fields;
  fields.sender = scalar("from");
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

  std::string entities_json;
  const auto kept = [](const Entity& e) { return e.type != "plain" && !e.type.empty(); };
  for (const Entity& e : entities) {
    if (!kept(e)) continue;
    entities_json.push_back(entities_json.empty() ? '[' : ',');
    entities_json.append(e.json);
  }
  if (!entities_json.empty()) entities_json.push_back(']');
  fields.message_id = message_id;
  fields.type = type;
  fields.sender_id = sender_id;
  fields.edited_json = edited;
  fields.attachments_json = attachments;
  fields.entities_json = entities_json;
  FinishMessage(fields, chat, attributes, warnings, d, record);
  return true;
}

}  // namespace

bool ReadMessageInPlace(std::string_view raw, const TelegramChat& chat, ParsedRecord* record) {
  return FastMessage(raw).Read(chat, record);
}

}  // namespace ariadne::capture
