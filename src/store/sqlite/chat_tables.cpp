// Chat segments in SQLite: the look-up of a thread's stored messages (store/chat_segment.h).
#include "store/case_store.h"
#include "store/chat_segment.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::store {

std::string ChatMessageKey(std::string_view source_id, std::string_view text) {
  std::string key(source_id);
  key += '\x1f';
  key += text;
  return key;
}

Result<std::vector<std::string>> StoredChatMessageKeys(CaseStore& case_store, std::string_view site,
                                                       std::string_view thread) {
  sqlite::Db* db = sqlite::ConnectionOf(case_store);
  if (db == nullptr) return Internal("chat segments are implemented for SQLite cases only");
  // Every source id of the thread starts with "THREAD#": '$' is the byte after '#'.
  Result<sqlite::Statement> st = db->Prepare(
      "SELECT source_id, text, attributes FROM documents WHERE source_id >= ? AND source_id < ? "
      "AND site = ?");
  if (!st.ok()) return st.status();
  const std::string low = std::string(thread) + "#";
  const std::string high = std::string(thread) + "$";
  st->Bind(1, low).Bind(2, high).Bind(3, site);
  std::vector<std::string> keys;
  Status s = st->ForEachRow([&] {
    Document d;
    d.attributes_json = st->Text(2);
    if (!IsChatSegment(d.attributes_json)) {
      keys.push_back(ChatMessageKey(st->Bytes(0), st->Bytes(1)));
      return;
    }
    d.text = st->Text(1);
    for (const ChatMessage& m : ChatMessagesOf(d)) {
      if (m.text_start < 0 || m.text_end < m.text_start ||
          m.text_end > static_cast<int64_t>(d.text.size()))
        continue;
      keys.push_back(ChatMessageKey(
          m.source_id,
          std::string_view(d.text).substr(static_cast<size_t>(m.text_start),
                                          static_cast<size_t>(m.text_end - m.text_start))));
    }
  });
  if (!s.ok()) return s;
  return keys;
}

}  // namespace ariadne::store
