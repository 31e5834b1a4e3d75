// Chat segments: how chat messages are stored. A chat export (WhatsApp, Telegram) is stored as
// segments, one document per thread, calendar day and bounded span (capture/chat_segments.h),
// whose text is the messages' texts separated by blank lines and whose attributes carry an index
// of the messages: each message stays addressable and citable as (segment document, ordinal), with
// its sender, time, range in the segment text and byte range in the original sealed blob. This
// header reads that index; it is independent of the storage backend (docs/case-format.md, "Chat
// segments").
#pragma once

#include <cstdint>
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

class CaseStore;

// The messages of `thread` on `site` already in the case, as "SOURCE_ID\x1fTEXT" keys: from chat
// segments and from message documents of older versions (one document per message, source id
// "THREAD#..."). A later export of the same chat repeats earlier messages; the import stores each
// message once. One range read on the source-id index; SQLite cases only (Internal otherwise).
Result<std::vector<std::string>> StoredChatMessageKeys(CaseStore& case_store, std::string_view site,
                                                       std::string_view thread);

// The key StoredChatMessageKeys() gives a message.
std::string ChatMessageKey(std::string_view source_id, std::string_view text);

}  // namespace ariadne::store
