#include "store/chat_segment.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "store/case_store.h"

namespace ariadne::store {

namespace {

constexpr std::string_view kMarker = "{\"chat_segment\":";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // '…'

}  // namespace

bool IsChatSegment(std::string_view attributes_json) {
  return attributes_json.substr(0, kMarker.size()) == kMarker;
}

std::vector<ChatMessage> ChatMessagesOf(const Document& doc) {
  std::vector<ChatMessage> out;
  if (!IsChatSegment(doc.attributes_json)) return out;
  const nlohmann::json a = nlohmann::json::parse(doc.attributes_json, nullptr, false);
  if (!a.is_object()) return out;
  auto m = a.find("messages");
  if (m == a.end() || !m->is_array()) return out;
  std::string thread;
  if (auto t = a.find("thread"); t != a.end() && t->is_string()) thread = t->get<std::string>();
  out.reserve(m->size());
  for (const nlohmann::json& e : *m) {
    // [id, posted_at, text_start, text_end, byte_start, byte_end, line, attributes]
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
      c.attributes_json = e[7].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      if (auto s = e[7].find("sender"); s != e[7].end() && s->is_string()) c.sender = *s;
    }
    out.push_back(std::move(c));
  }
  return out;
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
