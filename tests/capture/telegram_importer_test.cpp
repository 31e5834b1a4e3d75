// Telegram Desktop JSON exports. Every chat below is synthetic; the phone number is from the UK's
// range for drama (07700 900000-900999).
#include "capture/telegram_importer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "capture/import.h"
#include "capture/registry.h"
#include "store/chat_segment.h"
#include "store/custody_store.h"
#include "support/importer_records.h"
#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

using nlohmann::json;

std::vector<ParsedRecord> ReadAll(const std::string& content, ImportOptions options = {},
                                  int64_t offset = 0) {
  return testing::ReadRecords(TelegramImporter(), content, options, offset);
}

using testing::Attributes;
using testing::Slice;

// Pretty-printed with one space per level, as Telegram Desktop writes it.
const char kMessage1[] = R"({
   "id": 5,
   "type": "message",
   "date": "2026-03-12T21:15:07",
   "date_unixtime": "1773350107",
   "from": "Anna Example",
   "from_id": "user1000001",
   "text": "Hello, the room is ready",
   "text_entities": [{"type": "plain", "text": "Hello, the room is ready"}]
  })";

const char kMessage2[] = R"({
   "id": 6,
   "type": "message",
   "date": "2026-03-12T21:16:00",
   "date_unixtime": "1773350160",
   "edited": "2026-03-12T21:20:00",
   "edited_unixtime": "1773350400",
   "from": "Anna Example",
   "from_id": "user1000001",
   "reply_to_message_id": 5,
   "photo": "photos/photo_1@12-03-2026_21-16-00.jpg",
   "width": 800,
   "height": 600,
   "text": [
    "Call ",
    {"type": "phone", "text": "+44 7700 900123"},
    " or see ",
    {"type": "text_link", "text": "my page", "href": "https://example.org/anna"},
    " ",
    {"type": "bold", "text": [{"type": "mention", "text": "@anna_example"}, "!"]}
   ]
  })";

std::string SingleChat(const std::string& messages) {
  return "{\n \"name\": \"Anna Example\",\n \"type\": \"personal_chat\",\n \"id\": 4000000001,\n"
         " \"messages\": [\n  " +
         messages + "\n ]\n}\n";
}

TEST(TelegramImporter, ReadsASingleChatWithSenderTimeThreadAndByteRanges) {
  const std::string file = SingleChat(std::string(kMessage1) + ",\n  " + kMessage2);
  const auto records = ReadAll(file);
  ASSERT_EQ(records.size(), 2u);
  for (const auto& r : records) ASSERT_TRUE(r.doc) << r.error;

  const Document& d = *records[0].doc;
  EXPECT_EQ(d.source_id, "4000000001#5");
  EXPECT_EQ(d.site, "telegram");
  EXPECT_EQ(d.text, "Hello, the room is ready");
  EXPECT_EQ(d.posted_at, "2026-03-12T21:15:07");
  EXPECT_TRUE(d.kind.empty());
  const json a = Attributes(records[0]);
  EXPECT_EQ(a["sender"], "Anna Example");
  EXPECT_EQ(a["sender_id"], "user1000001");
  EXPECT_EQ(a["thread"], "4000000001");
  EXPECT_EQ(a["thread_name"], "Anna Example");
  EXPECT_EQ(a["thread_type"], "personal_chat");
  EXPECT_EQ(a["edited"], nullptr);
  EXPECT_TRUE(a["attachments"].empty());
  EXPECT_FALSE(a.contains("entities"));  // plain text only
  EXPECT_EQ(records[0].line, 6);
  EXPECT_EQ(Slice(file, records[0]), kMessage1);
  EXPECT_EQ(Slice(file, records[1]), kMessage2);
}

TEST(TelegramImporter, FlattensTextEntitiesAndKeepsThemAsAttributes) {
  const auto records = ReadAll(SingleChat(kMessage2));
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].doc) << records[0].error;
  EXPECT_EQ(records[0].doc->text, "Call +44 7700 900123 or see my page @anna_example!");
  const json a = Attributes(records[0]);
  EXPECT_EQ(a["entities"], json::parse(R"([
    {"type": "phone", "text": "+44 7700 900123"},
    {"type": "text_link", "text": "my page", "href": "https://example.org/anna"},
    {"type": "mention", "text": "@anna_example"},
    {"type": "bold", "text": "@anna_example!"}])"));
  EXPECT_EQ(a["edited"], "2026-03-12T21:20:00");
  EXPECT_EQ(a["reply_to_message_id"], 5);  // unknown fields are kept
  EXPECT_EQ(a["attachments"],
            json::parse(R"([{"kind": "photo", "ref": "photos/photo_1@12-03-2026_21-16-00.jpg"}])"));
  ASSERT_EQ(records[0].doc->images.size(), 1u);
  EXPECT_EQ(records[0].doc->images[0].ref, "photos/photo_1@12-03-2026_21-16-00.jpg");
}

TEST(TelegramImporter, ServiceMessagesFilesLeftOutAndUnixTimeOnly) {
  const auto records = ReadAll(SingleChat(R"json({"id": 1, "type": "service",
    "date": "2026-03-12T20:00:00", "actor": "Ben Example", "actor_id": "user1000002",
    "action": "invite_members", "members": ["Anna Example", "Cara Example"], "text": ""},
   {"id": 2, "type": "message", "date_unixtime": "1773350107", "from": null,
    "from_id": "channel1000003", "file": "(File not included. Change data exporting settings to download.)",
    "media_type": "video_file", "mime_type": "video/mp4", "text": ""})json"));
  ASSERT_EQ(records.size(), 2u);
  ASSERT_TRUE(records[0].doc && records[1].doc);
  EXPECT_EQ(records[0].doc->text, "invite_members: Anna Example, Cara Example");
  const json service = Attributes(records[0]);
  EXPECT_EQ(service["system"], true);
  EXPECT_EQ(service["sender"], "Ben Example");
  EXPECT_EQ(service["action"], "invite_members");

  EXPECT_EQ(records[1].doc->posted_at, "2026-03-12T21:15:07Z");
  ASSERT_EQ(records[1].warnings.size(), 1u);
  EXPECT_NE(records[1].warnings[0].find("date_unixtime"), std::string::npos);
  const json file = Attributes(records[1]);
  EXPECT_EQ(file["sender"], nullptr);
  EXPECT_EQ(file["sender_id"], "channel1000003");
  EXPECT_EQ(file["attachments"][0]["omitted"], true);
  EXPECT_EQ(file["attachments"][0]["ref"], nullptr);
  EXPECT_EQ(file["attachments"][0]["mime_type"], "video/mp4");
  EXPECT_TRUE(records[1].doc->images.empty());
}

TEST(TelegramImporter, ReadsEveryChatOfAFullExport) {
  const std::string file = R"({
 "about": "Here is the data you requested.",
 "personal_information": {"user_id": 1000009, "first_name": "Dana", "phone_number": "+44 7700 900999"},
 "contacts": {"about": "x", "list": [{"first_name": "Anna", "phone_number": "+44 7700 900123"}]},
 "chats": {
  "about": "chats",
  "list": [
   {"name": "Anna Example", "type": "personal_chat", "id": 4000000001, "messages": [
     {"id": 1, "type": "message", "date": "2026-03-12T21:15:07", "from": "Anna Example", "text": "one"}
   ]},
   {"name": "Work group", "type": "private_group", "id": 4000000002, "messages": [
     {"id": 1, "type": "message", "date": "2026-03-12T21:16:07", "from": "Ben Example", "text": "two"},
     {"id": 2, "type": "message", "date": "2026-03-12T21:17:07", "from": "Ben Example", "text": "three"}
   ]}
  ]
 },
 "left_chats": {"about": "left", "list": [
   {"name": "Old group", "type": "private_supergroup", "id": 4000000003, "messages": [
     {"id": 9, "type": "message", "date": "2026-01-01T08:00:00", "from": "Cara Example", "text": "four"}
   ]}
 ]}
}
)";
  const auto records = ReadAll(file);
  ASSERT_EQ(records.size(), 4u);
  std::vector<std::string> ids;
  for (const auto& r : records) {
    ASSERT_TRUE(r.doc) << r.error;
    ids.push_back(r.doc->source_id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"4000000001#1", "4000000002#1", "4000000002#2",
                                           "4000000003#9"}));
  EXPECT_EQ(Attributes(records[1])["thread_name"], "Work group");
  EXPECT_EQ(records[3].doc->text, "four");
}

TEST(TelegramImporter, ABadMessageIsSkippedAndTheRestRead) {
  const auto records = ReadAll(SingleChat(R"({"id": 1, "date": "2026-03-12T21:15:07", "text": tru},
   {"date": "2026-03-12T21:15:07", "text": "no id"},
   {"id": 3, "date": "2026-03-12T21:15:07", "text": 42},
   {"id": 4, "date": "1999-13-45T99:00:00", "text": "absurd date"},
   {"id": 5, "date": "2026-03-12T21:15:07", "text": "control \x07 byte"},
   {"id": 6, "date": "2026-03-12T21:15:07", "text": "fine"})"));
  ASSERT_EQ(records.size(), 6u);
  EXPECT_NE(records[0].error.find("not valid JSON"), std::string::npos) << records[0].error;
  EXPECT_NE(records[1].error.find("without an `id`"), std::string::npos);
  EXPECT_NE(records[2].error.find("`text` must be"), std::string::npos);
  ASSERT_TRUE(records[3].doc);
  EXPECT_TRUE(records[3].doc->posted_at.empty());
  EXPECT_EQ(Attributes(records[3])["date_raw"], "1999-13-45T99:00:00");
  EXPECT_EQ(records[3].warnings.size(), 1u);
  // Telegram Desktop's "\x07" is not JSON: it is read as U+0007, then replaced by a space.
  ASSERT_TRUE(records[4].doc) << records[4].error;
  EXPECT_EQ(records[4].doc->text, "control   byte");
  EXPECT_EQ(records[4].warnings.size(), 2u);
  EXPECT_EQ(records[5].doc->text, "fine");
}

TEST(TelegramImporter, ACutFileGivesTheMessagesBeforeTheCutAndOneClearProblem) {
  const std::string whole = SingleChat(std::string(kMessage1) + ",\n  " + kMessage2);
  const std::string cut = whole.substr(0, whole.find("\"Call \""));
  const auto records = ReadAll(cut);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0].doc);
  ASSERT_FALSE(records[1].doc);
  EXPECT_NE(records[1].error.find("the JSON is broken at line"), std::string::npos);
  EXPECT_NE(records[1].error.find("export the chat again"), std::string::npos);

  // Broken punctuation between messages ends the file the same way.
  const auto bad_comma = ReadAll(SingleChat(std::string(kMessage1) + "\n  " + kMessage1));
  ASSERT_EQ(bad_comma.size(), 2u);
  EXPECT_NE(bad_comma[1].error.find("expected ',' or ']'"), std::string::npos);
}

TEST(TelegramImporter, RefusesFilesThatAreNotAJsonObjectWithAClearReason) {
  for (const std::string content : {"", "  \n", "[1, 2]", "not json at all"}) {
    std::istringstream in(content);
    auto stream = TelegramImporter().Open(in, 0, 1, {});
    ASSERT_FALSE(stream.ok()) << content;
    EXPECT_EQ(stream.status().kind(), ErrorKind::kInvalidInput);
    EXPECT_TRUE(stream.status().message().find("empty") != std::string::npos ||
                stream.status().message().find("export the chat with Telegram Desktop") !=
                    std::string::npos)
        << stream.status().message();
  }
  const auto no_messages = ReadAll("{\"name\": \"x\"}");
  ASSERT_EQ(no_messages.size(), 1u);
  EXPECT_NE(no_messages[0].error.find("not a Telegram Desktop chat export"), std::string::npos);
}

TEST(TelegramImporter, OverLongMessagesAreSkippedAndReadingGoesOn) {
  ImportOptions options;
  options.max_record_bytes = 300;
  const std::string big = "{\"id\": 1, \"text\": \"" + std::string(1000, 'x') + "\"}";
  const auto records = ReadAll(SingleChat(big + ",\n  " + kMessage1), options);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_NE(records[0].error.find("longer than the limit"), std::string::npos);
  EXPECT_EQ(records[1].doc->text, "Hello, the room is ready");
}

TEST(TelegramImporter, ResumingSkipsTheMessagesAlreadyRead) {
  const std::string file = SingleChat(std::string(kMessage1) + ",\n  " + kMessage2);
  const auto all = ReadAll(file);
  ASSERT_EQ(all.size(), 2u);
  const auto rest = ReadAll(file, {}, all[0].byte_end);
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].doc->source_id, "4000000001#6");
  EXPECT_EQ(rest[0].line, all[1].line);
}

TEST(TelegramImporter, IsDetectedBeforeTheAdsJsonImporter) {
  testing::TempDir dir;
  EXPECT_EQ(DetectImporter(dir.Write("result.json", SingleChat(kMessage1))), &TelegramImporter());
  EXPECT_EQ(DetectImporter(dir.Write("full.json",
                                     "{\n \"about\": \"x\",\n "
                                     "\"personal_information\": {}\n}\n")),
            &TelegramImporter());
  EXPECT_NE(DetectImporter(dir.Write("ads.json", "{\"id\": \"1\", \"text\": \"an ad\"}\n")),
            &TelegramImporter());
}

TEST(TelegramImporter, ImportsIntoACaseWithPhotosAndRecordsProblems) {
  testing::TempDir dir;
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  const auto file = dir.Write(
      "export/result.json",
      SingleChat(std::string(kMessage1) + ",\n  " + kMessage2 + ",\n  {\"id\": 7, \"text\": 1}"));
  dir.Write("export/photos/photo_1@12-03-2026_21-16-00.jpg", "synthetic image bytes");
  std::vector<std::string> problems;
  ImportCallbacks cb;
  cb.on_problem = [&](const std::string& p) { problems.push_back(p); };
  auto s = ImportFile(**c, file, "", {}, cb);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->format, "telegram");
  EXPECT_EQ(s->imported, 2);
  EXPECT_EQ(s->skipped, 1);
  EXPECT_EQ(s->images_stored, 1);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("`text` must be"), std::string::npos);
  // Both messages are in one chat segment, named after the first; message 6 is its second.
  auto ids = (*c)->store().DocumentIds();
  ASSERT_TRUE(ids.ok() && ids->size() == 1);
  auto d = (*c)->store().GetDocument(ids->front());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->provenance.file_name, "result.json");
  const auto messages = store::ChatMessagesOf(*d);
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_EQ(d->source_id, messages[0].source_id);
  const store::ChatMessage& m = messages[1];
  EXPECT_EQ(m.source_id, "4000000001#6");
  EXPECT_EQ(m.sender, "Anna Example");
  EXPECT_EQ(m.posted_at, "2026-03-12T21:16:00");
  EXPECT_EQ(d->text.substr(static_cast<size_t>(m.text_start),
                           static_cast<size_t>(m.text_end - m.text_start)),
            "Call +44 7700 900123 or see my page @anna_example!");
  auto original = (*c)->blobs().Read(d->provenance.blob_sha256);
  ASSERT_TRUE(original.ok());
  EXPECT_EQ(original->substr(static_cast<size_t>(m.byte_start),
                             static_cast<size_t>(m.byte_end - m.byte_start)),
            kMessage2);
  // The same messages in another export of the chat are duplicates.
  const auto copy = dir.Write("again/result.json", SingleChat(kMessage1));
  auto again = ImportFile(**c, copy, "", {}, cb);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->duplicated, 1);
  EXPECT_EQ(again->imported, 0);
}

}  // namespace
}  // namespace ariadne::capture

namespace ariadne::capture {
namespace {

// One record as text, for comparing two reads of the same export.
std::string Describe(const ParsedRecord& r) {
  std::string out = std::to_string(r.line) + ":" + std::to_string(r.byte_start) + "-" +
                    std::to_string(r.byte_end) + " " + r.error + " " + r.thread + " " +
                    r.message_attributes_json + " " + r.thread_attributes_json;
  for (const std::string& w : r.warnings) out += " w:" + w;
  if (r.doc) out += " " + r.doc->source_id + " " + r.doc->text + " " + r.doc->attributes_json;
  return out;
}

// Messages are parsed on two threads in batches: the records, their order and the chat each one
// belongs to (a chat's name read after its messages, more chats, a message that is not an object,
// data after the end) are those of one thread.
TEST(TelegramImporter, TwoThreadsReadWhatOneThreadReads) {
  std::string file = "{\n \"chats\": {\"list\": [\n";
  for (int chat = 0; chat < 3; ++chat) {
    file += chat ? ",\n  {" : "  {";
    file += "\"type\": \"personal_chat\", \"id\": " + std::to_string(4000 + chat) +
            ", \"messages\": [\n";
    for (int i = 0; i < 300; ++i) {
      if (i) file += ",\n";
      if (chat == 1 && i == 150) {
        file += "\"not a message object\"";
        continue;
      }
      file += "{\"id\": " + std::to_string(i) +
              ", \"type\": \"message\", \"date\": \"2026-03-12T21:" + std::to_string(10 + i / 60) +
              ":00\", \"from\": \"Sender " + std::to_string(i % 3) + "\", \"text\": \"word" +
              std::to_string(i) + " call 07700 900" + std::to_string(100 + i % 900) + "\"}";
    }
    file += "], \"name\": \"Chat " + std::to_string(chat) + "\"}";
  }
  file += "\n ]}\n}\ntrailing";
  ::setenv("ARIADNE_IMPORT_THREADS", "1", 1);
  const std::vector<ParsedRecord> one = ReadAll(file);
  ::unsetenv("ARIADNE_IMPORT_THREADS");
  const std::vector<ParsedRecord> two = ReadAll(file);
  ASSERT_EQ(one.size(), 901u);  // 900 messages, one of them bad, and the trailing data
  ASSERT_EQ(two.size(), one.size());
  for (size_t i = 0; i < one.size(); ++i) EXPECT_EQ(Describe(two[i]), Describe(one[i])) << i;
  EXPECT_FALSE(two[450].error.empty());
  EXPECT_FALSE(two.back().error.empty());
  // Both in the file's order (each batch is gathered while the one before it is parsed): chat by
  // chat, message by message.
  size_t at = 0;
  for (int chat = 0; chat < 3; ++chat) {
    for (int i = 0; i < 300; ++i, ++at) {
      if (chat == 1 && i == 150) continue;
      ASSERT_TRUE(two[at].doc.has_value()) << at;
      const std::string& id = two[at].doc->source_id;
      EXPECT_EQ(id.substr(id.find('#') + 1), std::to_string(i)) << at;
      EXPECT_EQ(two[at].thread, two[static_cast<size_t>(chat) * 300].thread) << at;
    }
  }
  EXPECT_NE(two[0].thread, two[300].thread);
}

}  // namespace
}  // namespace ariadne::capture

namespace ariadne::capture {
namespace {

// A full export with three chats, the second of which the case holds a message of already: the
// segments of the new chats are built beside the parse (import.cpp, SegmentsAhead), the known
// chat's on the storing side without the message it holds. Each segment has its own messages'
// photos, and the segments come in the file's order.
TEST(TelegramImporter, AKnownChatBetweenNewOnesKeepsEachSegmentsMessagesAndPhotos) {
  testing::TempDir dir;
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  auto message = [](int id, const std::string& text, const std::string& photo) {
    std::string m = "{\"id\": " + std::to_string(id) +
                    R"(, "type": "message", "date": "2026-03-12T21:1)" + std::to_string(id) +
                    R"(:07", "from": "Ben Example", "text": ")" + text + "\"";
    if (!photo.empty()) m += ", \"photo\": \"" + photo + "\"";
    return m + "}";
  };
  auto chat = [](int id, const std::string& messages) {
    return "{\"name\": \"Chat " + std::to_string(id) +
           "\", \"type\": \"private_group\", \"id\": " + std::to_string(id) + ", \"messages\": [" +
           messages + "]}";
  };
  auto full_export = [](const std::string& chats) {
    return "{\"about\": \"x\", \"chats\": {\"about\": \"chats\", \"list\": [" + chats + "]}}\n";
  };
  const std::string b_old = message(1, "b one", "");
  const auto first = dir.Write("first/result.json", full_export(chat(2, b_old)));
  ImportCallbacks cb;
  auto s = ImportFile(**c, first, "", {}, cb);
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->imported, 1);

  const std::string a = message(1, "a one", "") + "," + message(2, "a two", "photos/a.jpg");
  const std::string b =
      b_old + "," + message(2, "b two", "photos/b.jpg") + "," + message(3, "b three", "");
  const std::string cc = message(1, "c one", "photos/c.jpg") + "," + message(2, "c two", "");
  const auto file =
      dir.Write("full/result.json", full_export(chat(1, a) + "," + chat(2, b) + "," + chat(3, cc)));
  dir.Write("full/photos/a.jpg", "synthetic image a");
  dir.Write("full/photos/c.jpg", "synthetic image c");  // b.jpg is missing
  s = ImportFile(**c, file, "", {}, cb);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->imported, 6);
  EXPECT_EQ(s->duplicated, 1);
  EXPECT_EQ(s->images_stored, 2);
  EXPECT_EQ(s->images_missing, 1);

  auto ids = (*c)->store().DocumentIds();
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 4u);  // the first import's segment, then chats 1, 2 and 3
  std::vector<std::string> texts;
  std::vector<std::string> images;
  for (size_t i = 1; i < ids->size(); ++i) {
    auto d = (*c)->store().GetDocument((*ids)[i]);
    ASSERT_TRUE(d.ok());
    texts.push_back(d->text);
    std::string refs;
    for (const ImageRef& image : d->images) refs += image.ref + ":" + image.status + " ";
    images.push_back(refs);
    const auto messages = store::ChatMessagesOf(*d);
    ASSERT_FALSE(messages.empty());
    auto original = (*c)->blobs().Read(d->provenance.blob_sha256);
    ASSERT_TRUE(original.ok());
    for (const store::ChatMessage& m : messages) {
      EXPECT_NE(original
                    ->substr(static_cast<size_t>(m.byte_start),
                             static_cast<size_t>(m.byte_end - m.byte_start))
                    .find(d->text.substr(static_cast<size_t>(m.text_start),
                                         static_cast<size_t>(m.text_end - m.text_start))),
                std::string::npos)
          << m.source_id;
    }
  }
  EXPECT_EQ(texts,
            (std::vector<std::string>{"a one\n\na two", "b two\n\nb three", "c one\n\nc two"}));
  EXPECT_EQ(images, (std::vector<std::string>{"photos/a.jpg:stored ", "photos/b.jpg:missing ",
                                              "photos/c.jpg:stored "}));
}

// A stand-in for custody's seal (capture does not link custody), in one step and in two: the id,
// the import, the text, then the images, as custody::DocumentSeal orders its fields.
Sha256 TestSealBeforeImages(const Document& d, int64_t import_id) {
  Sha256 h;
  h.Update(std::to_string(d.id) + "/" + std::to_string(import_id) + "/");
  h.Update(d.text);
  return h;
}
std::string TestFinishSeal(Sha256 before_images, const std::vector<ImageRef>& images) {
  for (const ImageRef& image : images) before_images.Update("/" + image.ref + ":" + image.status);
  return before_images.HexDigest();
}
std::string TestSeal(const Document& d, int64_t import_id) {
  return TestFinishSeal(TestSealBeforeImages(d, import_id), d.images);
}

// Chat segments are sealed on the parse side with the row id they are expected to get
// (import.cpp, IdForecast). The forecast misses where the storing side inserts what the parse
// side did not count: here a known chat whose one message the case holds already, so that its
// segment built on the parse side is dropped and nothing takes its id. Every seal must still be
// the seal of the document as stored, and a segment after the miss is sealed ahead again. Read on
// one thread (ARIADNE_IMPORT_THREADS=1), so that each segment is built after the one before it
// was stored.
TEST(TelegramImporter, SegmentsSealedAheadOfTheirRowIdsKeepTheSealOfTheStoredDocument) {
  testing::TempDir dir;
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  auto message = [](int id, const std::string& text, const std::string& photo) {
    std::string m = "{\"id\": " + std::to_string(id) +
                    R"(, "type": "message", "date": "2026-03-12T21:1)" + std::to_string(id) +
                    R"(:07", "from": "Ben Example", "text": ")" + text + "\"";
    if (!photo.empty()) m += ", \"photo\": \"" + photo + "\"";
    return m + "}";
  };
  auto chat = [](int id, const std::string& messages) {
    return "{\"name\": \"Chat " + std::to_string(id) +
           "\", \"type\": \"private_group\", \"id\": " + std::to_string(id) + ", \"messages\": [" +
           messages + "]}";
  };
  auto full_export = [](const std::string& chats) {
    return "{\"about\": \"x\", \"chats\": {\"about\": \"chats\", \"list\": [" + chats + "]}}\n";
  };
  int64_t sealed_whole = 0;
  int64_t sealed_ahead = 0;
  ImportCallbacks cb;
  cb.seal = [&](const Document& d, int64_t import_id) {
    ++sealed_whole;
    return TestSeal(d, import_id);
  };
  cb.seal_before_images = TestSealBeforeImages;
  cb.finish_seal = [&](Sha256 before_images, const std::vector<ImageRef>& images) {
    ++sealed_ahead;
    return TestFinishSeal(std::move(before_images), images);
  };
  const std::string known = message(1, "b one", "");
  auto s = ImportFile(**c, dir.Write("first/result.json", full_export(chat(2, known))), "", {}, cb);
  ASSERT_TRUE(s.ok()) << s.status().message();

  const std::string a = message(1, "a one", "") + "," + message(2, "a two", "photos/a.jpg");
  const std::string d = message(1, "d one", "photos/d.jpg") + "," + message(2, "d two", "");
  const std::string e = message(1, "e one", "");
  const auto file = dir.Write("full/result.json", full_export(chat(1, a) + "," + chat(2, known) +
                                                              "," + chat(4, d) + "," + chat(5, e)));
  dir.Write("full/photos/a.jpg", "synthetic image a");  // d.jpg is missing
  ASSERT_EQ(setenv("ARIADNE_IMPORT_THREADS", "1", 1), 0);
  sealed_whole = sealed_ahead = 0;
  s = ImportFile(**c, file, "", {}, cb);
  unsetenv("ARIADNE_IMPORT_THREADS");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->imported, 5);
  EXPECT_EQ(s->duplicated, 1);
  // Chat 1 before any id was known and chat 4 after the miss are sealed whole, chat 5 ahead.
  EXPECT_EQ(sealed_whole, 2);
  EXPECT_EQ(sealed_ahead, 1);

  auto custody = store::OpenCustodyStore(dir / "case");
  ASSERT_TRUE(custody.ok()) << custody.status().message();
  auto ids = (*c)->store().DocumentIds();
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 4u);  // the first import's segment, then chats 1, 4 and 5
  for (size_t i = 1; i < ids->size(); ++i) {
    auto doc = (*c)->store().GetDocument((*ids)[i]);
    ASSERT_TRUE(doc.ok());
    auto seal = (*custody)->SealOf(doc->id);
    ASSERT_TRUE(seal.ok() && seal->has_value()) << doc->text;
    EXPECT_EQ((*seal)->seal, TestSeal(*doc, s->import_id)) << doc->text;
  }
}

// The messages tdesktop writes, in the shapes its exports take: the reader without a DOM reads
// each itself and gives the record nlohmann's tree gives, field for field.
const char* const kTypicalMessages[] = {
    kMessage1,
    R"j({"id": 6, "type": "message", "date": "2026-03-12T21:16:00", "from": "Ben", "from_id":
        "user2", "text": ["call ", {"type": "phone", "text": "+44 7700 900123"}, " now"],
        "text_entities": [{"type": "plain", "text": "call "}, {"type": "phone", "text":
        "+44 7700 900123"}, {"type": "plain", "text": " now"}]})j",
    R"j({"id": 7, "type": "message", "date": "2026-03-12T21:17:00", "edited":
        "2026-03-12T21:18:00", "edited_unixtime": "1773350280", "from": "Anna \u00e9\ud83d\ude00",
        "from_id": "user1", "reply_to_message_id": 6, "forwarded_from": "Carla \"C\" M",
        "text": ["see ", {"type": "text_link", "text": "this", "href": "https://a.example/x"},
        {"type": "mention_name", "text": "Dan", "user_id": 4000000002}, {"type": "pre", "text":
        "code\\n\tline", "language": "c"}, {"type": "bold", "text": ["nested ", {"type":
        "italic", "text": "deep"}]}]})j",
    R"j({"id": 8, "type": "message", "date": "2026-03-12T21:19:00", "from": null, "from_id":
        "channel1", "photo": "photos/photo_1@12-03-2026_21-19-00.jpg", "width": 1280, "height":
        960, "text": ""})j",
    R"j({"id": 9, "type": "message", "date": "2026-03-12T21:20:00", "from": "Ben", "from_id":
        "user2", "file": "(File not included. Change data exporting settings to download.)",
        "media_type": "video_file", "mime_type": "video/mp4", "duration_seconds": 12,
        "text": "", "text_entities": []})j",
    R"j({"id": 10, "type": "message", "date": "2026-03-12T21:21:00", "from": "Ben", "from_id":
        "user2", "file": "files/doc.pdf", "thumbnail": "files/doc.pdf_thumb.jpg", "mime_type":
        "application/pdf", "text": "the contract"})j",
    R"j({"id": 11, "date": "not a date", "date_unixtime": "1773350107", "from": "Ben",
        "text": "bell\u0007 here", "reactions": [{"type": "emoji", "count": 2, "emoji": "x",
        "recent": [{"from": "Anna", "from_id": "user1", "date": "2026-03-12T21:22:00"}]}],
        "inline_bot_buttons": [[{"type": "url", "text": "Go", "data": "https://b.example"}]],
        "sticker_emoji": "\u2764", "via_bot": "@bot", "empty": {}, "none": [], "flag": true})j",
    R"j({"id": "12", "type": "message", "date": "1999-01-01T00:00:00", "date_unixtime": "1",
        "from": 42, "from_id": -7, "media_type": "sticker", "text": ["a", {"type": "plain",
        "text": "b"}, {"text": "c"}, {"type": 5, "text": "d"}]})j",
    R"j({"id": 13, "type": "custom", "date": "2026-03-12T21:23:00", "sender": "overwritten",
        "thread": "overwritten", "attachments": [1], "entities": {"a": 1}, "date_raw": "x",
        "photo": "photos/x.PNG", "file": "files/y.webp", "media_type": null, "text": null})j",
    R"j({"id":14,"type":"message","date":"2026-03-12T21:24:00","from":"Ben","text":"\/\b\f\n\r\t\\\"\u0000 \u001f"})j",
};

TEST(TelegramImporter, ReaderWithoutDomReadsTypicalMessagesAsTheDomDoes) {
  for (const char* message : kTypicalMessages) {
    bool fast_read = false;
    std::string difference;
    EXPECT_TRUE(TelegramReadersAgree(message, &fast_read, &difference))
        << difference << " differs for " << message;
    EXPECT_TRUE(fast_read) << message;
  }
}

// What the reader without a DOM does not read itself goes to nlohmann's tree, so that its
// numbers, errors and repeated members are read as before.
TEST(TelegramImporter, ReaderWithoutDomLeavesUnusualMessagesToTheDom) {
  const char* const unusual[] = {
      R"j({"id": 1, "text": "a", "location_information": {"latitude": 51.5, "longitude": -0.1}})j",
      R"j({"id": 1, "text": "a", "text": "b"})j",
      R"j({"id": 1, "text": "a", "n": 12345678901234567890})j",
      R"j({"id": 1, "text": "a", "n": -0})j",
      R"j({"id": 1, "type": "service", "actor": "Anna", "action": "invite_members"})j",
      "{\"id\": 1, \"text\": \"\xff\"}",
      "{\"id\": 1, \"text\": \"raw\ttab\"}",
      R"j({"id": 1, "text": "\ud800"})j",
      R"j({"id": 1, "text": "a",})j",
      R"j({"id": 1, "text": 5})j",
      R"j({"text": "no id"})j",
      R"j({"id": 1, "text": ["a", 5]})j",
      R"j({"id": 1, "text": [{"type": "bold", "text": "x", "type": "italic"}]})j",
      R"j({"id": 1, "text": "a"} x)j",
      R"j([1, 2])j",
  };
  for (const char* message : unusual) {
    bool fast_read = true;
    std::string difference;
    EXPECT_TRUE(TelegramReadersAgree(message, &fast_read, &difference)) << message;
    EXPECT_FALSE(fast_read) << message;
  }
}

// Messages changed a byte at a time (bytes replaced, inserted, removed, from JSON's punctuation,
// escapes and UTF-8): whatever either reader makes of them, both make the same.
TEST(TelegramImporter, ReadersAgreeOnMessagesChangedAByteAtATime) {
  const std::string alphabet = "{}[]\":,\\/ \n\tu0123456789abcdefxnrt-+.eE\xc3\xa9\x80\xff";
  std::mt19937 rng(17);
  int fast = 0;
  int total = 0;
  for (const char* seed : kTypicalMessages) {
    for (int round = 0; round < 1500; ++round) {
      std::string m = seed;
      for (int edits = 1 + static_cast<int>(rng() % 3); edits > 0 && !m.empty(); --edits) {
        const size_t at = rng() % m.size();
        const char c = alphabet[rng() % alphabet.size()];
        switch (rng() % 3) {
          case 0:
            m[at] = c;
            break;
          case 1:
            m.insert(at, 1, c);
            break;
          default:
            m.erase(at, 1);
        }
      }
      bool fast_read = false;
      std::string difference;
      ASSERT_TRUE(TelegramReadersAgree(m, &fast_read, &difference))
          << difference << " differs for " << m;
      fast += fast_read ? 1 : 0;
      ++total;
    }
  }
  EXPECT_GT(fast, total / 10);  // the changes must also reach the reader without a DOM
}

}  // namespace
}  // namespace ariadne::capture
