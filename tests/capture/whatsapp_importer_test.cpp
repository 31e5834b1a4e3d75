// WhatsApp "Export chat" text. Every chat below is synthetic; the phone number is from the UK's
// range for drama (07700 900000-900999).
#include "capture/whatsapp_importer.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "capture/import.h"
#include "capture/registry.h"
#include "core/sha256.h"
#include "store/chat_segment.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"
#include "support/importer_records.h"
#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

using nlohmann::json;

std::vector<ParsedRecord> ReadAll(const std::string& content, ImportOptions options = {},
                                  int64_t offset = 0, int64_t line = 1) {
  return testing::ReadRecords(WhatsAppImporter(), content, options, offset, line);
}

using testing::Attributes;
using testing::Slice;

TEST(WhatsAppImporter, ReadsAndroidDayFirstMessagesWithSenderTimeAndThread) {
  const std::string chat =
      "12/03/2026, 21:15 - Messages and calls are end-to-end encrypted. No one outside of this "
      "chat can read them.\n"
      "12/03/2026, 21:15 - Anna: Hello, the room is ready\n"
      "13/03/2026, 09:02 - +44 7700 900123: Call me on this number\n";
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 3u);
  for (const auto& r : records) ASSERT_TRUE(r.doc) << r.error;

  const Document& system = *records[0].doc;
  EXPECT_EQ(Attributes(records[0])["sender"], nullptr);
  EXPECT_EQ(Attributes(records[0])["system"], true);
  EXPECT_EQ(system.site, "whatsapp");
  EXPECT_EQ(system.posted_at, "2026-03-12T21:15:00");

  const Document& anna = *records[1].doc;
  EXPECT_EQ(anna.text, "Hello, the room is ready");
  EXPECT_EQ(Attributes(records[1])["sender"], "Anna");
  EXPECT_EQ(Attributes(records[1])["edited"], false);
  EXPECT_TRUE(Attributes(records[1])["attachments"].empty());
  EXPECT_TRUE(anna.kind.empty());
  const std::string thread = Attributes(records[1])["thread"];
  EXPECT_EQ(thread.size(), 16u);
  EXPECT_EQ(anna.source_id, thread + "#2");
  EXPECT_EQ(records[1].line, 2);
  EXPECT_EQ(Slice(chat, records[1]), "12/03/2026, 21:15 - Anna: Hello, the room is ready\n");
  EXPECT_TRUE(records[1].warnings.empty());

  EXPECT_EQ(Attributes(records[2])["sender"], "+44 7700 900123");
  EXPECT_EQ(records[2].doc->posted_at, "2026-03-13T09:02:00");
}

TEST(WhatsAppImporter, ReadsEachCommonLocaleStyle) {
  struct Case {
    const char* line;
    const char* posted_at;
    const char* sender;
    const char* text;
  };
  const Case cases[] = {
      // US Android: month first, two-digit year, 12-hour clock with U+202F before PM.
      {"3/14/26, 9:15\u202FPM - Anna: hi", "2026-03-14T21:15:00", "Anna", "hi"},
      {"3/14/26, 12:05\u202FAM - Anna: late", "2026-03-14T00:05:00", "Anna", "late"},
      // Older Android: a plain space and lower case.
      {"3/14/26, 12:30 pm - Anna: noon", "2026-03-14T12:30:00", "Anna", "noon"},
      // German Android: dots, 24 hours.
      {"14.03.26, 21:15 - Anna: hallo", "2026-03-14T21:15:00", "Anna", "hallo"},
      // iOS: brackets, seconds.
      {"[14/03/2026, 21:15:07] Anna: hello", "2026-03-14T21:15:07", "Anna", "hello"},
      {"[14.03.26, 21:15:07] Anna: hallo", "2026-03-14T21:15:07", "Anna", "hallo"},
      {"[3/14/26, 9:15:07\u202FPM] Anna: hi", "2026-03-14T21:15:07", "Anna", "hi"},
      // Spanish "p. m.", Finnish "klo" with dotted time, year first.
      {"14/3/26, 9:15 p. m. - Anna: hola", "2026-03-14T21:15:00", "Anna", "hola"},
      {"[14.3.2026 klo 14.08.18] Anna: moi", "2026-03-14T14:08:18", "Anna", "moi"},
      {"2026-03-14, 21:15 - Anna: hej", "2026-03-14T21:15:00", "Anna", "hej"},
  };
  for (const Case& c : cases) {
    const auto records = ReadAll(std::string(c.line) + "\n");
    ASSERT_EQ(records.size(), 1u) << c.line;
    ASSERT_TRUE(records[0].doc) << c.line << ": " << records[0].error;
    EXPECT_EQ(records[0].doc->posted_at, c.posted_at) << c.line;
    EXPECT_EQ(Attributes(records[0])["sender"], c.sender) << c.line;
    EXPECT_EQ(records[0].doc->text, c.text) << c.line;
  }
}

TEST(WhatsAppImporter, ContinuationLinesBelongToTheMessageAndItsByteRange) {
  const std::string first =
      "12/03/2026, 21:15 - Anna: Rules for the new girls:\n"
      "1. no phone\n"
      "\n"
      "2. pay 200 each week\n";
  const std::string second = "12/03/2026, 21:20 - Ben: ok\r\n";
  const std::string chat = first + second;
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].doc->text, "Rules for the new girls:\n1. no phone\n\n2. pay 200 each week");
  EXPECT_EQ(Slice(chat, records[0]), first);
  EXPECT_EQ(records[0].line, 1);
  EXPECT_EQ(records[1].line, 5);
  EXPECT_EQ(records[1].doc->text, "ok");
  EXPECT_EQ(Slice(chat, records[1]), second);
}

TEST(WhatsAppImporter, RecordsAttachmentsAndOmittedMedia) {
  const std::string chat =
      "12/03/2026, 21:15 - Anna: IMG-20260312-WA0001.jpg (file attached)\n"
      "the flat\n"
      "12/03/2026, 21:16 - Anna: Contract.pdf (file attached)\n"
      "12/03/2026, 21:17 - Ben: <Media omitted>\n"
      "\u200E[12/03/2026, 21:18:00] Anna: \u200E<attached: "
      "00000012-PHOTO-2026-03-12-21-18-00.jpg>\n"
      "[12/03/2026, 21:19:00] Ben: \u200Eimage omitted\n";
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 5u);
  for (const auto& r : records) ASSERT_TRUE(r.doc) << r.error;

  EXPECT_EQ(Attributes(records[0])["attachments"],
            json::parse(R"([{"ref": "IMG-20260312-WA0001.jpg"}])"));
  ASSERT_EQ(records[0].doc->images.size(), 1u);
  EXPECT_EQ(records[0].doc->images[0].ref, "IMG-20260312-WA0001.jpg");
  EXPECT_EQ(records[0].doc->text, "IMG-20260312-WA0001.jpg (file attached)\nthe flat");

  EXPECT_EQ(Attributes(records[1])["attachments"][0]["ref"], "Contract.pdf");
  EXPECT_TRUE(records[1].doc->images.empty());  // not an image: referenced, not stored

  EXPECT_EQ(Attributes(records[2])["attachments"][0]["omitted"], true);
  EXPECT_EQ(Attributes(records[2])["attachments"][0]["label"], "<Media omitted>");

  // iOS: the left-to-right marks are gone from the sender, the text and the reference.
  EXPECT_EQ(Attributes(records[3])["sender"], "Anna");
  EXPECT_EQ(records[3].doc->text, "<attached: 00000012-PHOTO-2026-03-12-21-18-00.jpg>");
  EXPECT_EQ(Attributes(records[3])["attachments"][0]["ref"],
            "00000012-PHOTO-2026-03-12-21-18-00.jpg");
  EXPECT_EQ(records[3].doc->images.size(), 1u);
  EXPECT_EQ(Attributes(records[4])["attachments"][0]["label"], "image omitted");
}

TEST(WhatsAppImporter, RemovesInvisibleMarksFromNamesAndText) {
  const std::string chat =
      "\uFEFF12/03/2026, 21:15 - \u202A+44 7700 900456\u202C: new \u200Enumber\n"
      "12/03/2026, 21:16 - \u200EAnna\u200E: fine\n";
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(Attributes(records[0])["sender"], "+44 7700 900456");
  EXPECT_EQ(records[0].doc->text, "new number");
  EXPECT_EQ(Attributes(records[1])["sender"], "Anna");
}

// The scan for marks passes over 16 bytes at a time: marks far into a long message are removed too.
TEST(WhatsAppImporter, RemovesInvisibleMarksAnywhereInALongMessage) {
  const std::string chat =
      "12/03/2026, 21:15 - Anna: a long message of more than sixteen bytes\u200E, then "
      "more text and another mark\u200F here, and a last one at the end\uFEFF\n";
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].doc->text,
            "a long message of more than sixteen bytes, then more text and another mark here, and "
            "a last one at the end");
}

TEST(WhatsAppImporter, MarksEditedMessages) {
  const auto records = ReadAll("12/03/2026, 21:15 - Anna: 300 not 200 <This message was edited>\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].doc->text, "300 not 200");
  EXPECT_EQ(Attributes(records[0])["edited"], true);
}

TEST(WhatsAppImporter, ADayAboveTwelveAnywhereSettlesTheOrderForTheWholeFile) {
  const std::string chat =
      "01/02/2026, 10:00 - Anna: first\n"
      "05/02/2026, 10:00 - Anna: second\n"
      "13/02/2026, 10:00 - Anna: the thirteenth decides\n";
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].doc->posted_at, "2026-02-01T10:00:00");
  EXPECT_TRUE(records[0].warnings.empty());

  const auto us = ReadAll(
      "02/01/26, 10:00 AM - Anna: first\n"
      "02/13/26, 10:00 AM - Anna: the thirteenth decides\n");
  ASSERT_EQ(us.size(), 2u);
  EXPECT_EQ(us[0].doc->posted_at, "2026-02-01T10:00:00");
  EXPECT_TRUE(us[0].warnings.empty());
}

TEST(WhatsAppImporter, AmbiguousOrderIsDecidedByTimeRunningForwardAndWarned) {
  // Day first: 11 Jan, 12 Jan, 1 Feb. Month first would read 1 Nov, 1 Dec, 2 Jan: a step back.
  const auto records = ReadAll(
      "11/01/2026, 10:00 - Anna: a\n"
      "12/01/2026, 10:00 - Anna: b\n"
      "01/02/2026, 10:00 - Anna: c\n");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[2].doc->posted_at, "2026-02-01T10:00:00");
  ASSERT_EQ(records[0].warnings.size(), 1u);
  EXPECT_NE(records[0].warnings[0].find("ambiguous"), std::string::npos);
  EXPECT_NE(records[0].warnings[0].find("day/month/year"), std::string::npos);
  EXPECT_TRUE(records[1].warnings.empty());  // said once, not per message
}

TEST(WhatsAppImporter, AmbiguousOrderWithNothingToTellFallsBackToTheDateStyleAndWarns) {
  const auto day_first = ReadAll("05/03/2026, 10:00 - Anna: a\n");
  ASSERT_EQ(day_first.size(), 1u);
  EXPECT_EQ(day_first[0].doc->posted_at, "2026-03-05T10:00:00");
  ASSERT_EQ(day_first[0].warnings.size(), 1u);
  EXPECT_NE(day_first[0].warnings[0].find("date style"), std::string::npos);

  const auto month_first = ReadAll("5/3/26, 10:00\u202FAM - Anna: a\n");
  ASSERT_EQ(month_first.size(), 1u);
  EXPECT_EQ(month_first[0].doc->posted_at, "2026-05-03T10:00:00");
  EXPECT_EQ(month_first[0].warnings.size(), 1u);
}

TEST(WhatsAppImporter, AbsurdDatesAreSkippedWithTheirContinuationLines) {
  const std::string chat =
      "14/02/2026, 10:00 - Anna: fine\n"
      "31/02/2026, 10:00 - Anna: no such day\n"
      "and its second line\n"
      "14/02/2026, 25:61 - Anna: no such time\n"
      "14/02/1970, 10:00 - Anna: before WhatsApp\n"
      "15/02/2026, 10:00 - Anna: fine again\n";
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 5u);
  EXPECT_TRUE(records[0].doc);
  ASSERT_FALSE(records[1].doc);
  EXPECT_NE(records[1].error.find("not a real date"), std::string::npos) << records[1].error;
  EXPECT_EQ(Slice(chat, records[1]),
            "31/02/2026, 10:00 - Anna: no such day\nand its second line\n");
  EXPECT_FALSE(records[2].doc);
  EXPECT_FALSE(records[3].doc);
  ASSERT_TRUE(records[4].doc);
  EXPECT_EQ(records[4].doc->text, "fine again");
}

TEST(WhatsAppImporter, ACutHeaderLineIsKeptAsTextWithAWarning) {
  const std::string chat =
      "13/03/2026, 21:15 - Anna: first\n"
      "13/03/2026, 21:\n"
      "13/03/2026, 21:17 - Ben: last line has no newline";
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].doc->text, "first\n13/03/2026, 21:");
  ASSERT_EQ(records[0].warnings.size(), 1u);
  EXPECT_NE(records[0].warnings[0].find("line 2"), std::string::npos);
  EXPECT_EQ(records[1].doc->text, "last line has no newline");
  EXPECT_EQ(records[1].byte_end, static_cast<int64_t>(chat.size()));
}

// The common Android header is read at fixed places first; around its edges the reading must be
// the general one's: spaces and marks after the dash, a dash ending the line, a dash glued to text.
TEST(WhatsAppImporter, TheCommonHeaderReadsAsTheGeneralReadingAtItsEdges) {
  const std::string chat =
      "13/03/2026, 21:15 -  \xE2\x80\x8E\xC2\xA0"
      "Anna: spaces and marks after the dash\n"
      "13/03/2026, 21:16 -Ben: a dash glued to the sender\n"
      "13/03/2026, 21:17 -\n"
      "13/03/2026, 21:18:09 - Carla: seconds\n"
      "3/03/2026, 21:19 - Dan: one-digit day\n";
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 4u);
  for (const auto& r : records) ASSERT_TRUE(r.doc) << r.error;
  EXPECT_EQ(Attributes(records[0])["sender"], "Anna");
  EXPECT_EQ(records[0].doc->posted_at, "2026-03-13T21:15:00");
  // Not a header: kept as text of the message before, with a warning.
  EXPECT_EQ(records[0].doc->text,
            "spaces and marks after the dash\n13/03/2026, 21:16 -Ben: a dash glued to the sender");
  ASSERT_EQ(records[0].warnings.size(), 1u);
  EXPECT_NE(records[0].warnings[0].find("line 2"), std::string::npos);
  // A dash ending the line: a header with nothing after it.
  EXPECT_EQ(records[1].line, 3);
  EXPECT_EQ(records[1].doc->text, "");
  EXPECT_EQ(records[1].doc->posted_at, "2026-03-13T21:17:00");
  EXPECT_EQ(records[2].doc->posted_at, "2026-03-13T21:18:09");
  EXPECT_EQ(Attributes(records[2])["sender"], "Carla");
  EXPECT_EQ(records[3].doc->posted_at, "2026-03-03T21:19:00");
  EXPECT_EQ(Attributes(records[3])["sender"], "Dan");
}

TEST(WhatsAppImporter, TextBeforeTheFirstHeaderIsOneProblem) {
  const auto records = ReadAll(
      "this is not\n"
      "a chat header\n"
      "12/03/2026, 21:15 - Anna: hi\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_FALSE(records[0].doc);
  EXPECT_NE(records[0].error.find("2 line(s)"), std::string::npos) << records[0].error;
  EXPECT_EQ(records[1].doc->text, "hi");
}

TEST(WhatsAppImporter, EmptyFileHasNoMessages) {
  EXPECT_TRUE(ReadAll("").empty());
  EXPECT_TRUE(ReadAll("\n\n").empty());
}

TEST(WhatsAppImporter, BadBytesAndControlCharactersAreReplacedWithWarnings) {
  const auto records = ReadAll("13/03/2026, 21:15 - Anna: bad \xff byte and \x1b[31m escape\n");
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].doc);
  EXPECT_EQ(records[0].doc->text, "bad \uFFFD byte and  [31m escape");
  EXPECT_EQ(records[0].warnings.size(), 2u);
}

TEST(WhatsAppImporter, OverLongMessagesAreReportedNotBuffered) {
  ImportOptions options;
  options.max_record_bytes = 100;
  const std::string chat = "12/03/2026, 21:15 - Anna: " + std::string(60, 'x') + "\n" +
                           std::string(60, 'y') + "\n" + "12/03/2026, 21:16 - Ben: short\n";
  const auto records = ReadAll(chat, options);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_FALSE(records[0].doc);
  EXPECT_NE(records[0].error.find("longer than the limit"), std::string::npos);
  EXPECT_EQ(records[1].doc->text, "short");
}

TEST(WhatsAppImporter, ResumingGivesTheSameRecordsWithTheirTrueLineNumbers) {
  const std::string chat =
      "12/03/2026, 21:15 - Anna: one\n"
      "two\n"
      "12/03/2026, 21:16 - Ben: three\n"
      "12/03/2026, 21:17 - Anna: four\n";
  const auto all = ReadAll(chat);
  ASSERT_EQ(all.size(), 3u);
  // The runner resumes at the end of the last stored record, with that record's line + 1 (which
  // is not the next line after a multi-line message): the importer counts for itself.
  const auto rest = ReadAll(chat, {}, all[0].byte_end, all[0].line + 1);
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(rest[0].line, 3);
  EXPECT_EQ(rest[0].doc->source_id, all[1].doc->source_id);
  EXPECT_EQ(rest[1].byte_start, all[2].byte_start);
}

TEST(WhatsAppImporter, IsDetectedFromItsFirstLine) {
  testing::TempDir dir;
  EXPECT_EQ(
      DetectImporter(dir.Write("WhatsApp Chat with Anna.txt", "12/03/2026, 21:15 - Anna: hi\n")),
      &WhatsAppImporter());
  EXPECT_EQ(DetectImporter(dir.Write("_chat.txt", "\u200E[12.03.26, 21:15:07] Anna: hi\n")),
            &WhatsAppImporter());
  // Any other .txt is plain text (text_importer.h), not a chat.
  EXPECT_EQ(DetectImporter(dir.Write("notes.txt", "shopping list\n12/03/2026, 21:15 - x\n")),
            FindImporter("text"));
}

TEST(WhatsAppImporter, ImportsIntoACaseOnceWithProblemsRecorded) {
  testing::TempDir dir;
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  const auto file = dir.Write("chat.txt",
                              "05/03/2026, 10:00 - Anna: hello\n"
                              "05/03/2026, 25:00 - Anna: impossible\n"
                              "05/03/2026, 10:01 - Ben: IMG-20260305-WA0001.jpg (file attached)\n");
  dir.Write("IMG-20260305-WA0001.jpg", "not really a jpeg, but a file");
  std::vector<std::string> problems;
  ImportCallbacks cb;
  cb.on_problem = [&](const std::string& p) { problems.push_back(p); };
  auto s = ImportFile(**c, file, "", {}, cb);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->format, "whatsapp");
  EXPECT_EQ(s->imported, 2);
  EXPECT_EQ(s->skipped, 1);
  EXPECT_EQ(s->warnings, 1);  // the ambiguous order, once
  EXPECT_EQ(s->images_stored, 1);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find(":1: the day/month order is ambiguous"), std::string::npos);
  EXPECT_NE(problems[1].find(":2: \"05/03/2026, 25:00 -\" is not a real date"), std::string::npos)
      << problems[1];
  auto again = ImportFile(**c, file, "", {}, cb);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->already_complete);
  // Both messages (same thread, same day) are one chat segment: each keeps its sender, time, text
  // and byte range in the original.
  EXPECT_EQ((*c)->store().Counts()->documents, 1);
  auto ids = (*c)->store().DocumentIds();
  ASSERT_TRUE(ids.ok() && ids->size() == 1u);
  auto d = (*c)->store().GetDocument(ids->front());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->site, "whatsapp");
  EXPECT_EQ(d->posted_at, "2026-03-05T10:00:00");
  EXPECT_EQ(d->text, "hello\n\nIMG-20260305-WA0001.jpg (file attached)");
  ASSERT_EQ(d->images.size(), 1u);
  EXPECT_EQ(d->images[0].status, "stored");
  const auto messages = store::ChatMessagesOf(*d);
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_EQ(messages[0].sender, "Anna");
  EXPECT_EQ(messages[1].sender, "Ben");
  EXPECT_EQ(messages[1].posted_at, "2026-03-05T10:01:00");
  EXPECT_EQ(messages[1].line, 3);
  EXPECT_EQ(d->text.substr(static_cast<size_t>(messages[1].text_start),
                           static_cast<size_t>(messages[1].text_end - messages[1].text_start)),
            "IMG-20260305-WA0001.jpg (file attached)");
  EXPECT_EQ(d->source_id, messages[0].source_id);
  EXPECT_EQ(json::parse(messages[1].attributes_json),
            json::parse(R"({"attachments":[{"ref":"IMG-20260305-WA0001.jpg"}],"sender":"Ben"})"));
  EXPECT_EQ(messages[1].source_id,
            json::parse(d->attributes_json)["thread"].get<std::string>() + "#3");
  auto original = (*c)->blobs().Read(d->provenance.blob_sha256);
  ASSERT_TRUE(original.ok());
  EXPECT_EQ(original->substr(static_cast<size_t>(messages[1].byte_start),
                             static_cast<size_t>(messages[1].byte_end - messages[1].byte_start)),
            "05/03/2026, 10:01 - Ben: IMG-20260305-WA0001.jpg (file attached)\n");
  EXPECT_EQ(store::ChatMessageAt(messages, 6), 1u)
      << "an offset in the separator: the next message";
  EXPECT_EQ(store::ChatMessageAt(messages, 2), 0u);
  EXPECT_EQ(store::ChatMessageAt(messages, static_cast<int64_t>(d->text.size())), std::nullopt);

  // A later export of the same chat with one more message: only the new message is stored.
  const auto longer = dir.Write("later/chat.txt",
                                "05/03/2026, 10:00 - Anna: hello\n"
                                "05/03/2026, 25:00 - Anna: impossible\n"
                                "05/03/2026, 10:01 - Ben: IMG-20260305-WA0001.jpg (file attached)\n"
                                "06/03/2026, 08:00 - Anna: new\n");
  auto later = ImportFile(**c, longer, "", {}, cb);
  ASSERT_TRUE(later.ok()) << later.status().message();
  EXPECT_EQ(later->imported, 1);
  EXPECT_EQ(later->duplicated, 2);
}

// A segment built on the parse side comes with its content hash (the key, with the site and the
// source id, that tells a duplicate), computed there: it must be the hash of the title and the
// text stored, as the storing side would compute it.
TEST(WhatsAppImporter, SegmentsAreStoredWithTheContentHashOfTheirTitleAndText) {
  testing::TempDir dir;
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  std::string chat;
  for (int day = 1; day <= 3; ++day) {
    for (int m = 0; m < 40; ++m)
      chat += fmt::format("{:02}/03/2026, 10:{:02} - Anna: message {} of day {}\n", day, m, m, day);
  }
  chat += "03/03/2026, 11:00 - Ben: IMG-20260303-WA0001.jpg (file attached)\n";
  const auto file = dir.Write("chat.txt", chat);
  ImportOptions options;
  options.batch_size = 50;  // segments close at batch ends too
  auto s = ImportFile(**c, file, "", options, {});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto ids = (*c)->store().DocumentIds();
  ASSERT_TRUE(ids.ok());
  ASSERT_GE(ids->size(), 4u);
  store::sqlite::Db* db = store::sqlite::ConnectionOf((*c)->store());
  ASSERT_NE(db, nullptr);
  for (int64_t id : *ids) {
    auto d = (*c)->store().GetDocument(id);
    ASSERT_TRUE(d.ok());
    auto st = db->Prepare("SELECT content_sha256 FROM documents WHERE id = ?");
    ASSERT_TRUE(st.ok());
    st->Bind(1, id);
    ASSERT_TRUE(*st->Step());
    EXPECT_EQ(st->Text(0), Sha256Hex(d->title + std::string(1, '\0') + d->text)) << d->text;
    EXPECT_EQ(st->Text(0), store::DocumentContentSha256(*d));
  }
}

}  // namespace
}  // namespace ariadne::capture

namespace ariadne::capture {
namespace {

// The attributes are written by hand for speed; they must stay byte for byte what nlohmann::json
// writes (sorted keys, compact), or re-importing an old export would no longer find its duplicates.
TEST(WhatsAppImporter, AttributesAreWrittenExactlyAsTheJsonLibraryWouldWriteThem) {
  const std::string chat =
      "12/03/2026, 21:15 - Anna created group \"Flat 3\"\n"
      "12/03/2026, 21:16 - Anna \\ \xC3\xA9\xF0\x9F\x98\x80 B: hi\n"
      "12/03/2026, 21:17 - \xE2\x80\xAA+44 7700 900123\xE2\x80\xAC: IMG-20260312-WA0001.jpg "
      "(file attached)\n"
      "12/03/2026, 21:18 - Ben: <Media omitted>\n"
      "12/03/2026, 21:19 - Ben: fixed <This message was edited>\n";
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 5u);
  for (const auto& r : records) {
    ASSERT_TRUE(r.doc) << r.error;
    EXPECT_EQ(json::parse(r.doc->attributes_json).dump(-1, ' ', false), r.doc->attributes_json);
  }
  EXPECT_EQ(Attributes(records[1])["sender"], "Anna \\ \xC3\xA9\xF0\x9F\x98\x80 B");
  EXPECT_EQ(Attributes(records[2])["sender"], "+44 7700 900123");
  EXPECT_EQ(Attributes(records[4])["edited"], true);
}

// The import runner hands each record back to the stream to be filled again (importer.h): nothing
// of the message read into it before may remain (ReadAll reads every record into one).
TEST(WhatsAppImporter, ARecordReadAgainKeepsNothingOfTheMessageBefore) {
  const std::string chat =
      "12/03/2026, 21:15 - Anna: IMG-20260312-WA0001.jpg (file attached)\n"
      "the \x01flat <This message was edited>\n"
      "12/03/2026, 21:16 - Ben: ok\n"
      "31/02/2026, 21:17 - Anna: no such day\n"
      "12/03/2026, 21:18 - Messages are end-to-end encrypted.\n";
  const auto records = ReadAll(chat);
  ASSERT_EQ(records.size(), 4u);
  ASSERT_TRUE(records[0].doc) << records[0].error;
  EXPECT_EQ(records[0].doc->images.size(), 1u);
  EXPECT_EQ(records[0].warnings.size(), 1u);
  EXPECT_EQ(Attributes(records[0])["edited"], true);

  ASSERT_TRUE(records[1].doc) << records[1].error;
  const Document& ok = *records[1].doc;
  EXPECT_EQ(ok.text, "ok");
  EXPECT_TRUE(ok.images.empty());
  EXPECT_TRUE(records[1].warnings.empty());
  EXPECT_EQ(ok.attributes_json, Attributes(records[1]).dump());
  EXPECT_EQ(records[1].message_attributes_json, R"({"sender":"Ben"})");
  EXPECT_EQ(ok.posted_at, "2026-03-12T21:16:00");
  EXPECT_EQ(ok.source_id.substr(ok.source_id.find('#')), "#3");

  EXPECT_FALSE(records[2].doc) << "a skipped message has no document";
  EXPECT_NE(records[2].error.find("not a real date"), std::string::npos) << records[2].error;

  ASSERT_TRUE(records[3].doc) << records[3].error;
  EXPECT_EQ(Attributes(records[3])["system"], true);
  EXPECT_EQ(Attributes(records[3])["edited"], false);
  EXPECT_TRUE(records[3].error.empty());
}

// The import runner reads WhatsApp a batch at a time, each batch's messages turned into records on
// two threads: the records must be those Next() gives, in order, whatever the batch size, with
// the lines before the first header, broken headers, impossible dates, attachments, invalid
// UTF-8 and the day/month warning (given once, to the first message) where Next() puts them.
TEST(WhatsAppImporter, BatchesOnTwoThreadsGiveTheRecordsNextGives) {
  std::string chat = "a line before any header\n\n";
  for (int i = 0; i < 300; ++i) {
    const int day = 1 + (i / 40) % 12;  // never above 12: the order is ambiguous
    chat +=
        fmt::format("{:02}/03/2026, {:02}:{:02} - Anna: message {}\n", day, i / 60 % 24, i % 60, i);
    if (i % 7 == 0) chat += "a second line\n";
    if (i % 23 == 0) chat += fmt::format("{:02}/03/2026, 25:61 - Ben: an impossible time\n", day);
    if (i % 31 == 0) chat += "03/03/2026, 10: cut header\n";
    if (i % 37 == 0) chat += "03/03/2026, 10:00 - Carla: IMG-20260303-WA0001.jpg (file attached)\n";
    if (i % 41 == 0) chat += "03/03/2026, 10:00 - Dan: bad \xff byte \x01\n";
  }
  const std::vector<ParsedRecord> one = ReadAll(chat);
  ASSERT_GT(one.size(), 300u);
  ASSERT_FALSE(one[0].doc);  // the lines before the first header
  ASSERT_EQ(one[1].warnings.size(), 1u);
  for (const size_t batch : {1, 33, 64, 256, 1000}) {
    const std::vector<ParsedRecord> batched =
        testing::ReadRecordsInBatches(WhatsAppImporter(), chat, batch);
    ASSERT_EQ(batched.size(), one.size()) << "batch " << batch;
    for (size_t i = 0; i < one.size(); ++i) {
      SCOPED_TRACE(fmt::format("batch {}, record {}", batch, i));
      EXPECT_EQ(batched[i].line, one[i].line);
      EXPECT_EQ(batched[i].byte_start, one[i].byte_start);
      EXPECT_EQ(batched[i].byte_end, one[i].byte_end);
      EXPECT_EQ(batched[i].error, one[i].error);
      EXPECT_EQ(batched[i].warnings, one[i].warnings);
      EXPECT_EQ(batched[i].thread, one[i].thread);
      EXPECT_EQ(batched[i].message_attributes_json, one[i].message_attributes_json);
      ASSERT_EQ(static_cast<bool>(batched[i].doc), static_cast<bool>(one[i].doc));
      if (!one[i].doc) continue;
      EXPECT_EQ(batched[i].doc->text, one[i].doc->text);
      EXPECT_EQ(batched[i].doc->source_id, one[i].doc->source_id);
      EXPECT_EQ(batched[i].doc->posted_at, one[i].doc->posted_at);
      EXPECT_EQ(batched[i].doc->attributes_json, one[i].doc->attributes_json);
      EXPECT_EQ(batched[i].doc->images.size(), one[i].doc->images.size());
    }
  }
}

}  // namespace
}  // namespace ariadne::capture
