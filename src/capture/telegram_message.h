// One Telegram Desktop message object into a record (the `telegram` importer's parse step; its
// stream, telegram_importer.cpp, finds the objects in the file). Two readers give the same record:
// ReadMessageInPlace (telegram_in_place.cpp) reads the object's bytes without a JSON tree and gives
// up on anything it would not read exactly alike; ReadMessageWithDom (telegram_message.cpp) reads
// it through nlohmann's tree, and reads what the other gave up on. Both end in FinishMessage, the
// steps they share. Internal to the capture module. Thread-safe: they read only their arguments.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "capture/importer.h"

namespace ariadne::capture {

inline constexpr size_t kTelegramMaxEntities = 1000;  // text entities kept per message
inline constexpr int kTelegramMaxTextDepth = 16;      // nested `text` arrays inside entities

// The chat a message belongs to.
struct TelegramChat {
  std::string id;
  std::string name;
  std::string type;
  int64_t ordinal = 0;  // 1-based position in the export, for chats without id or name
  // The thread attributes its messages share (ParsedRecord::thread_attributes_json), made once
  // by MakeShared() before any of its messages is parsed (two threads read it then).
  std::string shared_json;
  // The thread, name and type as JSON strings ("" without a type).
  std::string thread_json;
  std::string name_json;
  std::string type_json;

  void MakeShared();
  // The thread id: the chat's id, else its name, else "chat-N".
  std::string Thread() const;
};

// Reads one message object (its JSON text, tdesktop's "\xNN" already repaired) into `record`,
// which holds nothing but its line and byte range (ClearForReuse: its strings' memory is reused).
// False when it gives up: then `record->doc` and `record->warnings` may be half set, and the
// caller resets them and reads the message with ReadMessageWithDom.
bool ReadMessageInPlace(std::string_view raw, const TelegramChat& chat, ParsedRecord* record);

// Reads one message object through nlohmann's tree into `record` (a document, or the error that
// says why the message is skipped). `record` holds nothing but its line and byte range.
void ReadMessageWithDom(const std::string& raw, const TelegramChat& chat, ParsedRecord* record);

// ---- The steps both readers share ---------------------------------------------------------

// A JSON scalar as text: strings as they are, numbers as written; "" for anything else.
std::string JsonScalarText(const nlohmann::json& v);

// A message's time: `date` is the exporting computer's local time as written; date_unixtime is
// the instant, taken (as UTC) when `date` is not plausible. False when neither is: then no time is
// kept, and the caller keeps `date` as the attribute date_raw.
bool TakeTime(const std::string& date, const std::string& unixtime, std::string* posted_at,
              std::vector<std::string>* warnings);

// The edit time: `edited` as written, else edited_unixtime as UTC; none when neither is plausible.
std::optional<std::string> EditTime(const std::string& edited, const std::string& unixtime);

// Whether an attached file's path names an image (stored with the document when present).
bool IsImagePath(std::string_view path);

// Fields taken into the document or its named attributes; every other field of a message is kept
// as an attribute under its own name.
bool IsMappedField(std::string_view key);

// The attributes of one message: keys and compact JSON values, set or replaced as members of a
// JSON object are. The keys are views (of the message's members or of literals: they must outlive
// the list's use), the values kept in one buffer: a string per attribute and their sorting were a
// fifth of the reading.
class AttributeList {
 public:
  void Clear();
  // The value of `key` is then what the caller appends to the returned buffer, up to Close().
  std::string* Set(std::string_view key);
  // Ends the value Set(key) began.
  void Close() { items_[open_].end = values_.size(); }
  void Set(std::string_view key, std::string_view json);
  void SetString(std::string_view key, std::string_view value);  // value: valid UTF-8

  // The object as compact JSON, members sorted by key as nlohmann's map sorts them (`all`), and
  // without what a chat segment does not keep per message (`kept`): the thread's attributes, no
  // attachments, not edited.
  void Write(std::string* all, std::string* kept);

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

// What a reader took from a message for FinishMessage. The views stay valid until it returns.
struct MessageFields {
  std::string_view message_id;
  std::string_view type;  // as written ("message" when the message has none)
  bool service = false;   // a service message (its sender is the `actor`)
  std::string sender;     // its control characters are replaced here
  std::string_view sender_id;
  std::string_view edited_json;       // the edit time as a JSON string, or null
  std::string_view attachments_json;  // a JSON array
  std::string_view entities_json;     // the kept text entities as a JSON array ("" when none)
};

// The steps both readers end with: control characters replaced in the text and the sender, the
// source id "THREAD#ID", the attributes every message has (sender, thread, attachments, edit time,
// entities, type), written into `d` and `record`, with `warnings`. `d` is `record`'s document.
void FinishMessage(MessageFields& fields, const TelegramChat& chat, AttributeList& attributes,
                   std::vector<std::string>& warnings, Document& d, ParsedRecord* record);

}  // namespace ariadne::capture
