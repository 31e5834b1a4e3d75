// The chat segment message index: format 2 (packed columns) round-trips every field, format 1
// (cases imported before) still reads, and a damaged index reads as no messages, never a crash.
#include "store/chat_segment.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ariadne::store {
namespace {

using nlohmann::json;

struct Msg {
  std::string id, posted_at, text;
  int64_t byte_start, byte_end, line;
  std::string attributes;
};

// A segment document built as the import builds it.
Document Segment(const std::vector<Msg>& msgs, std::string_view members = "") {
  ChatSegmentIndex index;
  Document d;
  for (const Msg& m : msgs) {
    if (!d.text.empty() || index.size() > 0) d.text += kChatMessageSeparator;
    d.text += m.text;
    index.Add(m.id, m.posted_at, static_cast<int64_t>(m.text.size()), m.byte_start, m.byte_end,
              m.line, m.attributes);
  }
  d.attributes_json = index.AttributesJson("T1", members);
  return d;
}

void ExpectSame(const Document& d, const std::vector<Msg>& msgs) {
  const std::vector<ChatMessage> got = ChatMessagesOf(d);
  ASSERT_EQ(got.size(), msgs.size()) << d.attributes_json;
  for (size_t i = 0; i < msgs.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(got[i].ordinal, static_cast<int64_t>(i));
    EXPECT_EQ(got[i].source_id, "T1#" + msgs[i].id);
    EXPECT_EQ(got[i].posted_at, msgs[i].posted_at);
    EXPECT_EQ(d.text.substr(static_cast<size_t>(got[i].text_start),
                            static_cast<size_t>(got[i].text_end - got[i].text_start)),
              msgs[i].text);
    EXPECT_EQ(got[i].byte_start, msgs[i].byte_start);
    EXPECT_EQ(got[i].byte_end, msgs[i].byte_end);
    EXPECT_EQ(got[i].line, msgs[i].line);
    EXPECT_EQ(json::parse(got[i].attributes_json), json::parse(msgs[i].attributes));
  }
}

TEST(ChatSegmentIndex, PackedColumnsRoundTripEveryField) {
  const std::vector<Msg> msgs = {
      {"7", "2026-03-12T21:15:00", "hello", 100, 140, 7, R"({"sender":"Anna"})"},
      {"8", "2026-03-12T21:16:30", "call 07700 900123\nlater", 140, 201, 8, R"({"sender":"Ben"})"},
      {"10", "2026-03-12T21:16:00", "", 205, 230, 10, R"({"sender":"Anna"})"},  // earlier time
      {"11", "2026-03-12T23:59:59", "ok", 230, 260, 12,
       R"({"attachments":[{"ref":"a.jpg"}],"sender":"Ben"})"}};
  const Document d = Segment(msgs, R"("thread_name":"Anna")");
  ExpectSame(d, msgs);
  const json a = json::parse(d.attributes_json);
  EXPECT_EQ(a["chat_segment"], 2);
  EXPECT_EQ(a["thread"], "T1");
  EXPECT_EQ(a["thread_name"], "Anna");
  // The packed form: steps, and each distinct attribute object once.
  EXPECT_EQ(a["messages"]["id_steps"], json::parse("[7,1,2,1]"));
  EXPECT_EQ(a["messages"]["seconds"], json::parse("[76500,90,-30,9839]"));
  EXPECT_EQ(a["messages"]["attributes"].size(), 3u);
  EXPECT_TRUE(IsChatSegment(d.attributes_json));
}

TEST(ChatSegmentIndex, IdsAndTimesThatAreNotPlainFallBackToText) {
  const std::vector<Msg> msgs = {
      {"12", "2026-03-12T21:15:00", "a", 0, 10, 1, "{}"},
      {"012", "2026-03-12T21:15:00Z", "b", 10, 20, 2, "{}"},  // a leading zero; a zone
      {"x\"y", "2026-03-13T01:00:00", "c", 20, 30, 3, "{}"},  // another day (by the caller)
      {"99999999999999999999", "2026-03-12T24:00:00", "d", 30, 40, 4, "{}"}};  // too big; 24h
  const Document d = Segment(msgs);
  ExpectSame(d, msgs);
  const json a = json::parse(d.attributes_json);
  EXPECT_TRUE(a["messages"].contains("ids"));
  EXPECT_TRUE(a["messages"].contains("posted_at"));
}

// The import reuses one index for every segment: after Clear() it writes exactly what a new index
// writes, whatever the segment before it held (text ids, times off the day, other attributes).
TEST(ChatSegmentIndex, AClearedIndexWritesWhatANewOneWrites) {
  ChatSegmentIndex reused;
  reused.Add("x\"y", "2026-03-13T01:00:00Z", 3, 500, 540, 40, R"({"sender":"Cara"})");
  reused.Add("012", "2026-03-14T02:00:00", 4, 540, 560, 41, R"({"sender":"Dan"})");
  reused.Clear();
  EXPECT_EQ(reused.size(), 0);
  ChatSegmentIndex fresh;
  for (ChatSegmentIndex* index : {&reused, &fresh}) {
    index->Add("7", "2026-03-12T21:15:00", 5, 100, 140, 7, R"({"sender":"Anna"})");
    index->Add("8", "2026-03-12T21:16:30", 9, 140, 201, 8, R"({"sender":"Ben"})");
    index->Add("9", "2026-03-12T21:17:00", 2, 201, 230, 9, R"({"sender":"Anna"})");
  }
  EXPECT_EQ(reused.AttributesJson("T1", ""), fresh.AttributesJson("T1", ""));
  EXPECT_EQ(json::parse(reused.AttributesJson("T1", ""))["messages"]["attributes"].size(), 2u);
}

// Telegram messages that name a phone number or a link each have attribute objects of their own:
// hundreds of distinct objects in a segment (past the in-place compares of the first few and
// past the look-up table's first size), some repeated, keep their order of first use and every
// message its own, also in an index cleared and reused after a segment of other objects.
TEST(ChatSegmentIndex, ManyDistinctAttributeObjectsKeepTheirNumbers) {
  std::vector<Msg> msgs;
  std::vector<int64_t> expected_of;
  std::vector<std::string> distinct;
  for (int i = 0; i < 400; ++i) {
    // Every third message repeats an earlier message's object (one of the first few, or one
    // far back); the others are new.
    const int repeat_of = i % 3 == 2 ? (i % 2 == 0 ? 1 : i / 2) : -1;
    const std::string attributes =
        repeat_of >= 0
            ? msgs[static_cast<size_t>(repeat_of)].attributes
            : fmt::format(
                  R"({{"entities":[{{"text":"+44 7700 900{:03}","type":"phone"}}],"sender":"Anna"}})",
                  i);
    const auto known = std::find(distinct.begin(), distinct.end(), attributes);
    expected_of.push_back(known - distinct.begin());
    if (known == distinct.end()) distinct.push_back(attributes);
    msgs.push_back({std::to_string(i + 1), "2026-03-12T21:15:00", "m", i * 10, i * 10 + 10, i + 1,
                    attributes});
  }
  const Document d = Segment(msgs);
  ExpectSame(d, msgs);
  const json packed = json::parse(d.attributes_json)["messages"];
  ASSERT_EQ(packed["attributes"].size(), distinct.size());
  for (size_t i = 0; i < distinct.size(); ++i)
    EXPECT_EQ(packed["attributes"][i], json::parse(distinct[i])) << i;
  EXPECT_EQ(packed["attribute_of"].get<std::vector<int64_t>>(), expected_of);

  ChatSegmentIndex reused;
  for (int i = 0; i < 300; ++i)
    reused.Add("1", "2026-03-12T21:15:00", 1, 0, 1, 1, fmt::format(R"({{"n":{}}})", i));
  reused.Clear();
  for (const Msg& m : msgs)
    reused.Add(m.id, m.posted_at, 1, m.byte_start, m.byte_end, m.line, m.attributes);
  EXPECT_EQ(json::parse(reused.AttributesJson("T1", ""))["messages"]["attributes"],
            packed["attributes"]);
  EXPECT_EQ(json::parse(reused.AttributesJson("T1", ""))["messages"]["attribute_of"],
            packed["attribute_of"]);
}

TEST(ChatSegmentIndex, FormatOneStillReads) {
  Document d;
  d.text = "hello\n\nIMG-1.jpg (file attached)";
  d.attributes_json =
      R"({"chat_segment":1,"messages":[["2","2026-03-05T10:00:00",0,5,0,31,2,{"sender":"Anna"}],)"
      R"(["3","2026-03-05T10:01:00",7,32,31,80,3,{"sender":"Ben"}]],"thread":"T1"})";
  const std::vector<ChatMessage> got = ChatMessagesOf(d);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].source_id, "T1#3");
  EXPECT_EQ(got[1].sender, "Ben");
  EXPECT_EQ(got[1].text_start, 7);
  EXPECT_EQ(got[1].byte_end, 80);
}

TEST(ChatSegmentIndex, DamagedIndexesReadAsNoMessages) {
  const Document good = Segment({{"1", "2026-03-12T21:15:00", "hi", 0, 10, 1, "{}"},
                                 {"2", "2026-03-12T21:16:00", "yo", 10, 20, 2, "{}"}});
  ASSERT_EQ(ChatMessagesOf(good).size(), 2u);
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"\"count\":2", "\"count\":3"},
           {"\"attribute_of\":[0,0]", "\"attribute_of\":[0,5]"},
           {"\"text_lengths\":[2,2]", "\"text_lengths\":[2,-1]"},
           {"\"seconds\":[76500,60]", "\"seconds\":[76500,9999999]"},
           {"\"line_steps\":[1,1]", "\"line_steps\":[9223372036854775807,1]"},
           {"\"chat_segment\":2", "\"chat_segment\":3"},
           {"\"id_steps\":[1,1]", "\"id_steps\":\"1\""}}) {
    Document d = good;
    const size_t at = d.attributes_json.find(from);
    ASSERT_NE(at, std::string::npos) << from << " in " << d.attributes_json;
    d.attributes_json.replace(at, from.size(), to);
    EXPECT_TRUE(ChatMessagesOf(d).empty()) << d.attributes_json;
  }
}

}  // namespace
}  // namespace ariadne::store
