// Chat segments: how chat messages are stored. A chat export (WhatsApp, Telegram) is stored as
// segments, one document per thread, calendar day and bounded span (built by SegmentBuilder in
// capture/import.cpp), whose text is the messages' texts separated by blank lines and whose
// attributes carry an index of the messages: each message stays addressable and citable as (segment
// document, ordinal), with its sender, time, range in the segment text and byte range in the
// original sealed blob. This header reads that index; it is independent of the storage backend
// (docs/case-format.md, "Chat segments").
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace ariadne::store {

// One message of a segment. Ranges are [start, end): text ranges in the segment's text, byte
// ranges in the segment's provenance blob.
struct ChatMessage {
  int64_t ordinal = 0;    // 0-based position in the segment
  std::string source_id;  // the message's id in the export ("THREAD#LINE", "CHAT#MESSAGE")
  std::string posted_at;
  std::string sender;  // "" for system messages
  int64_t text_start = 0;
  int64_t text_end = 0;
  int64_t byte_start = 0;
  int64_t byte_end = 0;
  int64_t line = 0;
  // The message's own attributes: those of a message document without the thread-wide ones (in
  // the segment's attributes) and without empty defaults (no attachments, not edited).
  std::string attributes_json = "{}";
};

// Whether these document attributes are a chat segment's (a cheap prefix test, no parsing).
bool IsChatSegment(std::string_view attributes_json);

// The messages of a chat segment, in order; empty for any other document (or a damaged index).
std::vector<ChatMessage> ChatMessagesOf(const Document& doc);

// The message whose text range holds `offset` (or the first message starting after it, when the
// offset is in a separator); nullopt when there is none.
std::optional<size_t> ChatMessageAt(const std::vector<ChatMessage>& messages, int64_t offset);

// Where a search snippet's first highlighted word is in `text`: the snippet (with the highlight
// markers of case_store.h and '…' at cut ends) is a verbatim fragment of the text. nullopt when
// it is not found.
std::optional<int64_t> SnippetHighlightOffset(std::string_view text, std::string_view snippet);

// For a search hit in a chat segment, the message its snippet's first highlight is in (the first
// message when the highlight is not found); nullopt for any other document.
std::optional<ChatMessage> MessageOfSnippet(const Document& doc, std::string_view snippet);

// Builds a chat segment's attributes, message by message, in the packed form (format 2,
// docs/case-format.md "Chat segments"): columns of small integers (lengths and steps from the
// previous message) instead of one JSON array per message, and each distinct message attribute
// object once. About a fifth of the size of format 1, whose segments ChatMessagesOf() still reads.
// The segment's text is the messages' texts joined by kChatMessageSeparator, in the order added.
class ChatSegmentIndex {
 public:
  // `id` is the message's id within its thread (its source id after "THREAD#"); `attributes_json`
  // is a compact JSON object (ChatMessage::attributes_json).
  void Add(std::string_view id, std::string_view posted_at, int64_t text_length, int64_t byte_start,
           int64_t byte_end, int64_t line, std::string_view attributes_json);
  int64_t size() const { return static_cast<int64_t>(text_lengths_.size()); }
  // Empties the index for the next segment, keeping its memory.
  void Clear();
  // The segment document's attributes: the index, the thread, then `thread_members` (JSON object
  // members without braces, "" when none) that every message of the thread shares.
  std::string AttributesJson(std::string_view thread, std::string_view thread_members) const;

 private:
  void IdsAsText();
  void TimesAsText();

  std::vector<int64_t> text_lengths_, byte_gaps_, byte_lengths_, line_steps_;
  // Ids while every one is a plain decimal number (as steps), then as text.
  bool ids_numeric_ = true;
  std::vector<int64_t> id_numbers_;
  std::vector<std::string> id_texts_;
  // Times while every one is "YYYY-MM-DDThh:mm:ss" on day_ (seconds of the day), then as text.
  bool times_on_day_ = true;
  std::string day_;
  std::vector<int64_t> seconds_;
  std::vector<std::string> time_texts_;
  // The distinct attribute objects, in order of first use, as AttributesJson() writes them:
  // back to back, separated by commas, in one string. With the look-up table below no string or
  // node is allocated per distinct object: Telegram messages whose attributes name a phone number
  // or a link are each distinct, and a map of strings (two allocations and copies per message,
  // freed per segment) was about a fifth of building their segments.
  std::string attribute_list_;
  struct AttributeText {
    size_t start = 0;  // in attribute_list_
    size_t size = 0;
    size_t hash = 0;
  };
  std::vector<AttributeText> attribute_texts_;
  // Open addressing over attribute_texts_: a slot holds an object's number plus one, 0 when free.
  // Its size is a power of two, at least twice the objects held.
  std::vector<uint32_t> attribute_slots_;
  // The first few objects are compared in place before hashing while that finds most messages'
  // (a sender's attributes repeat): these count how it did in this segment.
  int64_t first_few_found_ = 0;
  int64_t first_few_missed_ = 0;
  std::string_view AttributeAt(size_t i) const {
    return std::string_view(attribute_list_)
        .substr(attribute_texts_[i].start, attribute_texts_[i].size);
  }
  static constexpr size_t kFirstFew = 8;
  // Misses more than finds this many before the in-place compares are left out.
  static constexpr int64_t kFirstFewTrial = 16;
  int64_t AttributeNumber(std::string_view attributes_json);
  void GrowAttributeSlots();
  void FreeAttributeSlots();
  std::vector<int64_t> attribute_of_;
  int64_t last_byte_end_ = 0;
  int64_t last_line_ = 0;
};

// The attributes of chat segment `doc` (format 1 or 2) for its text edited so that each old text
// offset o is now at new_offset(o) (a bundle's pseudonyms are not as long as the phone numbers they
// replace): the message index rewritten in format 2 with the messages' new text ranges. nullopt
// when `doc` is not a chat segment or its index cannot be read.
std::optional<std::string> ChatSegmentAttributesForEditedText(
    const Document& doc, const std::function<int64_t(int64_t)>& new_offset);

// Between two messages in a segment's text: a paragraph break, so that no selector or phrase runs
// from one message into the next.
inline constexpr std::string_view kChatMessageSeparator = "\n\n";

class CaseStore;

// The messages of `thread` on `site` already in the case, as "SOURCE_ID\x1fTEXT" keys: from chat
// segments and from message documents of older versions (one document per message, source id
// "THREAD#..."). A later export of the same chat repeats earlier messages; the import stores each
// message once. One range read on the source-id index; SQLite cases only (Internal otherwise).
Result<std::vector<std::string>> StoredChatMessageKeys(CaseStore& case_store, std::string_view site,
                                                       std::string_view thread);

// The key StoredChatMessageKeys() gives a message.
std::string ChatMessageKey(std::string_view source_id, std::string_view text);

// The content hash a case keeps of a document (documents.content_sha256, with the site and the
// source id the key that tells a duplicate): SHA-256 of its title, a NUL byte and its text, as 64
// lower-case hex digits. Thread-safe.
std::string DocumentContentSha256(const Document& doc);

enum class InsertOutcome;  // case_store.h

// CaseStore::InsertDocument with the content hash computed by the caller: `content_sha256` must
// be DocumentContentSha256(doc) of the document as passed. An import computes a chat segment's on
// its parse thread, beside the parse (hashing the segment's text was a fifth of the storing
// thread's instructions). Another backend computes it again (InsertDocument).
Result<InsertOutcome> InsertDocumentWithContentSha256(CaseStore& case_store, Document& doc,
                                                      int64_t import_id,
                                                      std::string_view content_sha256);

}  // namespace ariadne::store
