// Fuzz target: the chat segment message index (store/chat_segment.h), as a case database could
// hold it. Input: the attributes JSON, a newline, then the segment's text.
#include <cstdint>
#include <string_view>

#include "store/chat_segment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t nl = in.find('\n');
  ariadne::Document d;
  d.attributes_json = std::string(in.substr(0, nl));
  if (nl != std::string_view::npos) d.text = std::string(in.substr(nl + 1));
  const auto messages = ariadne::store::ChatMessagesOf(d);
  for (size_t i = 0; i < messages.size(); ++i) {
    if (messages[i].ordinal != static_cast<int64_t>(i)) __builtin_trap();
  }
  (void)ariadne::store::MessageOfSnippet(d, "\x02hello\x03 world");
  (void)ariadne::store::ChatMessageAt(messages, 3);
  // Rewritten for unchanged text, a format 2 index reads back as the same messages.
  if (!messages.empty() && d.attributes_json.rfind("{\"chat_segment\":2", 0) == 0) {
    auto again = ariadne::store::ChatSegmentAttributesForEditedText(d, [](int64_t o) { return o; });
    if (!again) __builtin_trap();
    d.attributes_json = *again;
    const auto reread = ariadne::store::ChatMessagesOf(d);
    if (reread.size() != messages.size()) __builtin_trap();
    for (size_t i = 0; i < reread.size(); ++i) {
      if (reread[i].source_id != messages[i].source_id ||
          reread[i].posted_at != messages[i].posted_at ||
          reread[i].text_end != messages[i].text_end || reread[i].line != messages[i].line)
        __builtin_trap();
    }
  }
  return 0;
}
