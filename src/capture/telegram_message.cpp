#include "capture/telegram_message.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <nlohmann/json.hpp>

#include "capture/ad_record.h"
#include "capture/compact_json.h"
#include "core/text.h"

namespace ariadne::capture {

using nlohmann::json;

namespace {

std::string ShortJsonError(const std::string& what) {
  const size_t at = what.find("] ");
  return at == std::string::npos ? what : what.substr(at + 2);
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

// Appends the text of a `text` value (a string, or an array of strings and entity objects whose
// own `text` may again be either) to `out`, and each entity to `entities`.
Status FlattenText(const json& v, std::string* out, json* entities, int depth) {
  if (depth > kTelegramMaxTextDepth) return InvalidInput("`text` is nested too deeply");
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
    if (entities->size() < kTelegramMaxEntities) {
      // Members set one by one: an initializer list builds a temporary array of pairs first.
      json entity = json::object();
      entity["type"] = JsonScalarText(part.value("type", json()));
      entity["text"] = out->substr(before);
      for (const char* extra : {"href", "user_id", "language"}) {
        if (auto e = part.find(extra); e != part.end() && !e->is_null()) entity[extra] = *e;
      }
      entities->push_back(std::move(entity));
    }
  }
  return Status::Ok();
}

// A message through nlohmann's tree: the reference the reader in place agrees with.
void FillMessage(const json& m, const TelegramChat& chat, ParsedRecord* record) {
  if (!m.is_object()) {
    record->error = fmt::format("a message must be a JSON object, not {}", m.type_name());
    return;
  }
  auto id = m.find("id");
  const std::string message_id = id == m.end() ? "" : JsonScalarText(*id);
  if (message_id.empty()) {
    record->error = "message without an `id` (a number): skipped";
    return;
  }
  std::vector<std::string> warnings;
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

  const std::string type = JsonScalarText(m.value("type", json("message")));
  const bool service = type == "service";
  // The keys are the map's own strings: they outlive the list.
  AttributeList attributes;
  for (const auto& [key, value] : m.get_ref<const json::object_t&>()) {
    if (IsMappedField(key)) continue;
    AppendCompactJson(value, attributes.Set(key));
    attributes.Close();
  }
  if (service && d.text.empty()) {
    // A service message has no text; its action says what happened ("invite_members: Anna").
    d.text = JsonScalarText(m.value("action", json("service")));
    std::string details;
    if (auto members = m.find("members"); members != m.end() && members->is_array()) {
      for (const json& who : *members) {
        if (!JsonScalarText(who).empty())
          details += (details.empty() ? "" : ", ") + JsonScalarText(who);
      }
    }
    if (auto title = m.find("title"); title != m.end() && !JsonScalarText(*title).empty())
      details += (details.empty() ? "" : ", ") + JsonScalarText(*title);
    if (!details.empty()) d.text += ": " + details;
  }

  const char* from_key = service ? "actor" : "from";
  const char* from_id_key = service ? "actor_id" : "from_id";
  MessageFields fields;
  fields.sender = JsonScalarText(m.value(from_key, json()));
  const std::string sender_id = JsonScalarText(m.value(from_id_key, json()));

  const std::string date = JsonScalarText(m.value("date", json()));
  if (!TakeTime(date, JsonScalarText(m.value("date_unixtime", json())), &d.posted_at, &warnings) &&
      !date.empty()) {
    attributes.SetString("date_raw", date);
  }
  std::string edited = "null";
  if (auto e = EditTime(JsonScalarText(m.value("edited", json())),
                        JsonScalarText(m.value("edited_unixtime", json())))) {
    edited.clear();
    AppendValidJsonString(*e, &edited);
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
      if (auto e = m.find(extra); e != m.end()) {
        AppendCompactJson(*e, attributes.Set(extra));
        attributes.Close();
      }
    }
  }

  const std::string attachments_json = CompactJson(attachments);
  const std::string entities_json = kept_entities.empty() ? "" : CompactJson(kept_entities);
  fields.message_id = message_id;
  fields.type = type;
  fields.service = service;
  fields.sender_id = sender_id;
  fields.edited_json = edited;
  fields.attachments_json = attachments_json;
  fields.entities_json = entities_json;
  Document& doc = record->doc.emplace(std::move(d));
  FinishMessage(fields, chat, attributes, warnings, doc, record);
}

}  // namespace

std::string JsonScalarText(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  return "";
}

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

std::optional<std::string> EditTime(const std::string& edited, const std::string& unixtime) {
  if (PlausibleIso(edited)) return edited;
  return UtcFromUnix(unixtime);
}

bool IsImagePath(std::string_view path) {
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) return false;
  const std::string ext = AsciiLower(path.substr(dot + 1));
  return ext == "jpg" || ext == "jpeg" || ext == "png" || ext == "webp" || ext == "gif";
}
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

void TelegramChat::MakeShared() {
  if (!shared_json.empty()) return;
  json shared = json::object();
  shared["thread_name"] = name;
  if (!type.empty()) shared["thread_type"] = type;
  shared_json = shared.dump(-1, ' ', false, json::error_handler_t::replace);
  thread_json = json(Thread()).dump(-1, ' ', false, json::error_handler_t::replace);
  name_json = json(name).dump(-1, ' ', false, json::error_handler_t::replace);
  type_json = type.empty() ? "" : json(type).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string TelegramChat::Thread() const {
  if (!id.empty()) return id;
  if (!name.empty()) return name;
  return fmt::format("chat-{}", ordinal);
}

void AttributeList::Clear() {
  items_.clear();
  values_.clear();
}

std::string* AttributeList::Set(std::string_view key) {
  Item* item = nullptr;
  for (Item& i : items_) {
    if (i.key == key) item = &i;
  }
  if (item == nullptr) item = &items_.emplace_back();
  item->key = key;
  item->begin = values_.size();
  open_ = static_cast<size_t>(item - items_.data());
  return &values_;
}

void AttributeList::Set(std::string_view key, std::string_view json) {
  Set(key)->append(json);
  Close();
}

void AttributeList::SetString(std::string_view key, std::string_view value) {
  AppendValidJsonString(value, Set(key));
  Close();
}

void AttributeList::Write(std::string* all, std::string* kept) {
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

void FinishMessage(MessageFields& fields, const TelegramChat& chat, AttributeList& attributes,
                   std::vector<std::string>& warnings, Document& d, ParsedRecord* record) {
  const size_t replaced =
      ReplaceControlCharacters(d.text) + ReplaceControlCharacters(fields.sender);
  if (replaced > 0) {
    warnings.push_back(fmt::format("{} control character(s) replaced by spaces", replaced));
  }
  const std::string thread = chat.Thread();
  d.source_id.reserve(thread.size() + 1 + fields.message_id.size());
  d.source_id.append(thread).append(1, '#').append(fields.message_id);
  d.site = "telegram";
  if (fields.sender.empty()) {
    attributes.Set("sender", "null");
  } else {
    attributes.SetString("sender", fields.sender);
  }
  if (fields.sender_id.empty()) {
    attributes.Set("sender_id", "null");
  } else {
    attributes.SetString("sender_id", fields.sender_id);
  }
  attributes.Set("thread", chat.thread_json);
  attributes.Set("thread_name", chat.name_json);
  if (!chat.type.empty()) attributes.Set("thread_type", chat.type_json);
  attributes.Set("attachments", fields.attachments_json);
  attributes.Set("edited", fields.edited_json);
  if (!fields.entities_json.empty()) attributes.Set("entities", fields.entities_json);
  if (fields.service) attributes.Set("system", "true");
  if (!fields.service && fields.type != "message") attributes.SetString("type", fields.type);
  // Written compact (what nlohmann's dump() gives: dump() itself was half the parse time), with
  // what the segment keeps in the same pass.
  attributes.Write(&d.attributes_json, &record->message_attributes_json);
  record->warnings = std::move(warnings);
  record->thread = thread;
  record->thread_attributes_json = chat.shared_json;
}

void ReadMessageWithDom(const std::string& raw, const TelegramChat& chat, ParsedRecord* record) {
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

}  // namespace ariadne::capture
