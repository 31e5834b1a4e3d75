// mbox and .eml. Every message below is synthetic: .example domains, UK drama phone numbers.
#include "capture/email_importer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "capture/import.h"
#include "capture/registry.h"
#include "core/sha256.h"
#include "support/importer_records.h"
#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

using nlohmann::json;

std::vector<ParsedRecord> ReadAll(const Importer& importer, const std::string& content,
                                  ImportOptions options = {}, int64_t offset = 0,
                                  int64_t line = 1) {
  return testing::ReadRecords(importer, content, options, offset, line);
}

using testing::Attributes;
using testing::Slice;

// A 1x1 PNG's first bytes: enough for an attachment that says it is an image.
const std::string kPngBytes = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

const std::string kFirst =
    "From anna@mail.example Thu Mar 12 21:15:07 2026\n"
    "From: Anna Example <Anna@Mail.example>\n"
    "To: Ben <ben@mail.example>, carl@mail.example\n"
    "Cc: dana@mail.example\n"
    "Subject: =?UTF-8?B?Q2Fmw6kgam9i?=\n"
    "Date: Thu, 12 Mar 2026 21:15:07 +0000\n"
    "Message-ID: <m1@mail.example>\n"
    "Content-Type: text/plain; charset=ISO-8859-1\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "Caf=E9 job, call 07700 900123\n"
    ">From the agency\n"
    "\n";
const std::string kSecond =
    "From ben@mail.example Fri Mar 13 09:00:00 2026\n"
    "From: ben@mail.example\n"
    "To: Anna Example <anna@mail.example>\n"
    "Subject: Re: Caf\xC3\xA9 job\n"
    "Date: Fri, 13 Mar 2026 09:00:00 +0100\n"
    "Message-ID: <m2@mail.example>\n"
    "In-Reply-To: <m1@mail.example>\n"
    "References: <m1@mail.example>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\n"
    "\n"
    "--b1\n"
    "Content-Type: multipart/alternative; boundary=\"b2\"\n"
    "\n"
    "--b2\n"
    "Content-Type: text/html; charset=UTF-8\n"
    "\n"
    "<html><head><title>t</title><style>p{}</style></head><body><p>See the <b>photo</b></p>"
    "<p>and the list</p><script>x()</script></body></html>\n"
    "--b2--\n"
    "--b1\n"
    "Content-Type: image/png\n"
    "Content-Disposition: attachment; filename=\"../../room.png\"\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "iVBORw0KGgoAAAANSUhEUg==\n"
    "--b1\n"
    "Content-Type: application/pdf; name=\"=?UTF-8?Q?list_=C3=A9.pdf?=\"\n"
    "Content-Disposition: attachment\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "JVBERi0=\n"
    "--b1--\n"
    "\n";
const std::string kThird =
    "From carl@mail.example Sat Mar 14 10:00:00 2026\n"
    "From: carl@mail.example\n"
    "Subject: no id, no date\n"
    "Date: not a date at all\n"
    "\n"
    "plain body\n";

TEST(MboxImporter, ReadsEachMessageWithHeadersBodyAndByteRange) {
  const std::string mbox = kFirst + kSecond + kThird;
  const auto records = ReadAll(MboxImporter(), mbox);
  ASSERT_EQ(records.size(), 3u);
  for (const auto& r : records) ASSERT_TRUE(r.doc) << r.error;

  const Document& first = *records[0].doc;
  EXPECT_EQ(first.site, "email");
  EXPECT_EQ(first.source_id, "m1@mail.example");
  EXPECT_EQ(first.title, "Caf\xC3\xA9 job");  // RFC 2047 decoded
  EXPECT_EQ(first.text,
            "Caf\xC3\xA9 job, call 07700 900123\n>From the agency");  // Latin-1 -> UTF-8
  EXPECT_EQ(first.posted_at, "2026-03-12T21:15:07+00:00");
  const json a1 = Attributes(records[0]);
  EXPECT_EQ(a1["sender"], "Anna Example <Anna@Mail.example>");
  EXPECT_EQ(a1["from"], "anna@mail.example");
  EXPECT_EQ(a1["to"], json({"Ben <ben@mail.example>", "carl@mail.example"}));
  EXPECT_EQ(a1["cc"], json({"dana@mail.example"}));
  EXPECT_EQ(a1["thread"], "m1@mail.example");
  EXPECT_EQ(a1["body_from"], "text/plain");
  EXPECT_EQ(records[0].line, 1);
  EXPECT_EQ(Slice(mbox, records[0]), kFirst);

  const Document& second = *records[1].doc;
  EXPECT_EQ(second.text, "See the photo\nand the list");  // HTML only: visible text
  EXPECT_EQ(second.posted_at, "2026-03-13T09:00:00+01:00");
  const json a2 = Attributes(records[1]);
  EXPECT_EQ(a2["thread"], "m1@mail.example");
  EXPECT_EQ(a2["in_reply_to"], "m1@mail.example");
  EXPECT_EQ(a2["body_from"], "text/html");
  ASSERT_EQ(a2["attachments"].size(), 2u);
  EXPECT_EQ(a2["attachments"][0]["ref"], "room.png");  // no path survives
  EXPECT_EQ(a2["attachments"][0]["type"], "image/png");
  EXPECT_EQ(a2["attachments"][0]["size"], 16);
  EXPECT_EQ(a2["attachments"][0]["sha256"], Sha256Hex(kPngBytes));
  EXPECT_EQ(a2["attachments"][1]["ref"], "list \xC3\xA9.pdf");
  EXPECT_EQ(a2["attachments"][1]["type"], "application/pdf");
  ASSERT_EQ(records[1].files.size(), 2u);
  EXPECT_EQ(records[1].files[0].bytes, kPngBytes);
  EXPECT_EQ(records[1].files[1].bytes, "%PDF-");
  ASSERT_EQ(second.images.size(), 1u);
  EXPECT_EQ(second.images[0].ref, "room.png");
  EXPECT_EQ(records[1].line, 14);
  EXPECT_EQ(Slice(mbox, records[1]), kSecond);

  const Document& third = *records[2].doc;
  EXPECT_EQ(third.source_id.rfind("sha256:", 0), 0u);  // no Message-ID: named by its content
  EXPECT_TRUE(third.posted_at.empty());
  ASSERT_EQ(records[2].warnings.size(), 1u);
  EXPECT_NE(records[2].warnings[0].find("not a date"), std::string::npos);
  EXPECT_EQ(Slice(mbox, records[2]), kThird);
}

TEST(MboxImporter, ResumesAtAMessageWithItsTrueLineNumber) {
  const std::string mbox = kFirst + kSecond + kThird;
  const auto all = ReadAll(MboxImporter(), mbox);
  ASSERT_EQ(all.size(), 3u);
  const auto rest = ReadAll(MboxImporter(), mbox, {}, all[0].byte_end, all[1].line);
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(rest[0].byte_start, all[1].byte_start);
  EXPECT_EQ(rest[0].line, all[1].line);
  EXPECT_EQ(rest[1].line, all[2].line);
  EXPECT_EQ(rest[0].doc->source_id, "m2@mail.example");
}

TEST(MboxImporter, TextThatIsNotAMailboxIsOneProblem) {
  const auto records = ReadAll(MboxImporter(), "just some notes\nwithout any From line\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_FALSE(records[0].doc);
  EXPECT_NE(records[0].error.find("not an mbox"), std::string::npos) << records[0].error;
}

TEST(MboxImporter, HeadersWithoutAnyMailHeaderAreSkippedNotImported) {
  const auto records =
      ReadAll(MboxImporter(), "From x Thu Mar 12 21:15:07 2026\nX-Nothing: 1\n\nbody\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_FALSE(records[0].doc);
  EXPECT_NE(records[0].error.find("not an e-mail message"), std::string::npos);
}

// A message whose body has an unquoted "From " line (a mail program should have written
// ">From "), and then no header: GMime alone ended the message there and then failed on the
// next one, and every later message of the mailbox was lost.
const std::string kUnquotedFrom =
    "From dana@mail.example Sun Mar 15 08:00:00 2026\n"
    "From: dana@mail.example\n"
    "Subject: the offer\n"
    "Message-ID: <m4@mail.example>\n"
    "\n"
    "Forwarded below.\n"
    "From the agency, about the job:\n"
    "flat included, call 07700 900456\n"
    "\n";

TEST(MboxImporter, AnUnquotedFromLineInABodyStaysInItAndLosesNoLaterMessage) {
  const std::string mbox = kFirst + kUnquotedFrom + kSecond + kThird;
  const auto records = ReadAll(MboxImporter(), mbox);
  ASSERT_EQ(records.size(), 4u);
  for (const auto& r : records) ASSERT_TRUE(r.doc) << r.error;
  EXPECT_EQ(records[1].doc->source_id, "m4@mail.example");
  EXPECT_EQ(records[1].doc->text,
            "Forwarded below.\nFrom the agency, about the job:\nflat included, call 07700 900456");
  EXPECT_EQ(Slice(mbox, records[1]), kUnquotedFrom);
  ASSERT_EQ(records[1].warnings.size(), 1u);
  EXPECT_NE(records[1].warnings[0].find("line 20: a line beginning with \"From \""),
            std::string::npos)
      << records[1].warnings[0];
  EXPECT_EQ(records[2].doc->source_id, "m2@mail.example");
  EXPECT_EQ(Slice(mbox, records[2]), kSecond);
  EXPECT_EQ(records[2].line, 23);
  EXPECT_EQ(records[3].doc->title, "no id, no date");
  EXPECT_EQ(Slice(mbox, records[3]), kThird);
}

TEST(MboxImporter, AnUnquotedFromLineAtTheEndOfTheMailboxStaysInTheLastMessage) {
  const std::string mbox = kFirst + kThird + "From me, with thanks\n";
  const auto records = ReadAll(MboxImporter(), mbox);
  ASSERT_EQ(records.size(), 2u);
  ASSERT_TRUE(records[1].doc) << records[1].error;
  EXPECT_EQ(records[1].doc->text, "plain body\nFrom me, with thanks");
  EXPECT_EQ(records[1].byte_end, static_cast<int64_t>(mbox.size()));
}

TEST(MboxImporter, AFromLineWithHeadersAfterItStartsAMessage) {
  // A "From " line followed by headers is a separator even without a blank line before it, as
  // GMime reads it; "From :" is a header named From, not a separator.
  const std::string second =
      "From x Sun Mar 15 08:00:00 2026\nFrom : eve@mail.example\n"
      "Subject: spaced\n\nbody\n";
  const std::string mbox = kThird + second;
  const auto records = ReadAll(MboxImporter(), mbox);
  ASSERT_EQ(records.size(), 2u);
  ASSERT_TRUE(records[1].doc) << records[1].error;
  EXPECT_EQ(records[1].doc->title, "spaced");
  EXPECT_EQ(Attributes(records[1])["from"], "eve@mail.example");
  EXPECT_EQ(Slice(mbox, records[1]), second);
  EXPECT_TRUE(records[0].warnings.size() == 1u && records[1].warnings.empty());
}

TEST(MboxImporter, QuotedFromLinesAreBodyText) {
  const std::string mbox = kThird + ">From the agency\n>>From the boss\n" + kFirst;
  const auto records = ReadAll(MboxImporter(), mbox);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].doc->text, "plain body\n>From the agency\n>>From the boss");
  EXPECT_EQ(records[1].doc->source_id, "m1@mail.example");
}

// Every "\n" of `s` as "\r\n".
std::string Crlf(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out.push_back('\r');
    out.push_back(c);
  }
  return out;
}

TEST(MboxImporter, CrlfMailboxesGiveTheSameMessages) {
  const std::string lf = kFirst + kUnquotedFrom + kSecond + kThird;
  const std::string crlf = Crlf(lf);
  const auto a = ReadAll(MboxImporter(), lf);
  const auto b = ReadAll(MboxImporter(), crlf);
  ASSERT_EQ(a.size(), 4u);
  ASSERT_EQ(b.size(), 4u);
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_TRUE(b[i].doc) << b[i].error;
    EXPECT_EQ(b[i].doc->text, a[i].doc->text);
    EXPECT_EQ(b[i].doc->title, a[i].doc->title);
    EXPECT_EQ(b[i].line, a[i].line);
    EXPECT_EQ(b[i].files.size(), a[i].files.size());
  }
  EXPECT_EQ(Slice(crlf, b[2]), Crlf(kSecond));
}

TEST(MboxImporter, ALastMessageWithoutFinalNewlineOrTruncatedIsKept) {
  const std::string no_newline = kFirst + kThird.substr(0, kThird.size() - 1);
  const auto a = ReadAll(MboxImporter(), no_newline);
  ASSERT_EQ(a.size(), 2u);
  ASSERT_TRUE(a[1].doc) << a[1].error;
  EXPECT_EQ(a[1].doc->text, "plain body");
  EXPECT_EQ(a[1].byte_end, static_cast<int64_t>(no_newline.size()));

  // Cut in a header's value: what was read of it is imported, its byte range to the end.
  const std::string head = kFirst + kThird;
  const std::string cut = head + kSecond.substr(0, 90);
  const auto b = ReadAll(MboxImporter(), cut);
  ASSERT_EQ(b.size(), 3u);
  ASSERT_TRUE(b[1].doc) << b[1].error;
  EXPECT_EQ(b[1].doc->text, "plain body");
  ASSERT_TRUE(b[2].doc) << b[2].error;
  EXPECT_EQ(Attributes(b[2])["from"], "ben@mail.example");
  EXPECT_EQ(b[2].byte_start, static_cast<int64_t>(head.size()));
  EXPECT_EQ(b[2].byte_end, static_cast<int64_t>(cut.size()));

  // Cut in a header's name: GMime cannot read it; a problem that covers its bytes.
  const std::string cut_name = head + kSecond.substr(0, 72);
  const auto c = ReadAll(MboxImporter(), cut_name);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_FALSE(c[2].doc);
  EXPECT_FALSE(c[2].error.empty());
  EXPECT_EQ(c[2].byte_start, static_cast<int64_t>(head.size()));
  EXPECT_EQ(c[2].byte_end, static_cast<int64_t>(cut_name.size()));
}

TEST(MboxImporter, AnEmptyMailboxHasNoRecords) {
  EXPECT_TRUE(ReadAll(MboxImporter(), "").empty());
}

TEST(MboxImporter, TextBeforeTheFirstFromLineIsAProblemNotLost) {
  const std::string mbox = "saved by hand\n\n" + kFirst;
  const auto records = ReadAll(MboxImporter(), mbox);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_FALSE(records[0].doc);
  EXPECT_NE(records[0].error.find("before the first \"From \" line"), std::string::npos);
  EXPECT_EQ(records[0].byte_end, 15);
  ASSERT_TRUE(records[1].doc) << records[1].error;
  EXPECT_EQ(records[1].line, 3);
}

TEST(MboxImporter, OneHugeMessageFromAFileIsReadFromDisk) {
  // Larger than the splitter keeps in memory: GMime reads it from the file.
  std::string body;
  const std::string line = "a long body line about the job in the agency, ring 07700 900789\n";
  while (body.size() < (size_t{17} << 20)) body += line;
  const std::string mbox = kFirst + kThird + body + kSecond;
  testing::TempDir dir;
  const auto file = dir.Write("big.mbox", mbox);
  std::ifstream in(file, std::ios::binary);
  auto stream = MboxImporter().OpenFile(file, in, 0, 1, {});
  ASSERT_TRUE(stream.ok());
  std::vector<ParsedRecord> records;
  ParsedRecord r;
  while ((*stream)->Next(&r)) records.push_back(r);
  ASSERT_EQ(records.size(), 3u);
  ASSERT_TRUE(records[1].doc) << records[1].error;
  EXPECT_EQ(records[1].doc->text, "plain body\n" + body.substr(0, body.size() - 1));
  EXPECT_EQ(records[2].doc->source_id, "m2@mail.example");
  EXPECT_EQ(records[2].files.size(), 2u);
  EXPECT_EQ(records[2].byte_start,
            static_cast<int64_t>(kFirst.size() + kThird.size() + body.size()));
}

TEST(MboxImporter, BatchesReadOnTwoThreadsGiveTheRecordsOfOneByOne) {
  // Batches of 16 or more messages are read on two threads (MboxStream::NextBatch).
  std::string mbox;
  const std::string kinds[] = {kFirst, kUnquotedFrom, kSecond, kThird,
                               "From x Sun Mar 15 2026\nX-Only: 1\n\nbody\n"};
  for (int i = 0; i < 300; ++i) mbox += kinds[i % 5];
  const auto one = ReadAll(MboxImporter(), mbox);
  const auto batched = testing::ReadRecordsInBatches(MboxImporter(), mbox, 64);
  ASSERT_EQ(one.size(), 300u);
  ASSERT_EQ(batched.size(), one.size());
  for (size_t i = 0; i < one.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(batched[i].byte_start, one[i].byte_start);
    EXPECT_EQ(batched[i].byte_end, one[i].byte_end);
    EXPECT_EQ(batched[i].line, one[i].line);
    EXPECT_EQ(batched[i].error, one[i].error);
    EXPECT_EQ(batched[i].warnings, one[i].warnings);
    EXPECT_EQ(batched[i].files.size(), one[i].files.size());
    ASSERT_EQ(batched[i].doc.has_value(), one[i].doc.has_value());
    if (!one[i].doc) continue;
    EXPECT_EQ(batched[i].doc->text, one[i].doc->text);
    EXPECT_EQ(batched[i].doc->source_id, one[i].doc->source_id);
    EXPECT_EQ(batched[i].doc->attributes_json, one[i].doc->attributes_json);
  }
  EXPECT_NE(one[4].error.find("not an e-mail message"), std::string::npos) << one[4].error;
  EXPECT_EQ(one[1].warnings.size(), 1u);
}

TEST(EmlImporter, ReadsOneMessageAsTheWholeFile) {
  const std::string eml = kSecond.substr(kSecond.find('\n') + 1);  // without the "From " line
  const auto records = ReadAll(EmlImporter(), eml);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].doc) << records[0].error;
  EXPECT_EQ(records[0].doc->source_id, "m2@mail.example");
  EXPECT_EQ(records[0].byte_start, 0);
  EXPECT_EQ(records[0].byte_end, static_cast<int64_t>(eml.size()));
  EXPECT_EQ(records[0].files.size(), 2u);
  // Resuming a finished .eml reads nothing.
  EXPECT_TRUE(ReadAll(EmlImporter(), eml, {}, static_cast<int64_t>(eml.size()), 2).empty());
}

TEST(EmlImporter, OverLargeAttachmentsKeepTheirHashButAreNotStored) {
  const std::string eml = kSecond.substr(kSecond.find('\n') + 1);
  ImportOptions options;
  options.max_image_bytes = 10;
  const auto records = ReadAll(EmlImporter(), eml, options);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].doc);
  const json a = Attributes(records[0]);
  EXPECT_EQ(a["attachments"][0]["stored"], false);
  EXPECT_EQ(a["attachments"][0]["sha256"], Sha256Hex(kPngBytes));
  EXPECT_EQ(a["attachments"][1]["stored"], true);
  EXPECT_TRUE(records[0].doc->images.empty());
  ASSERT_EQ(records[0].files.size(), 1u);
  ASSERT_EQ(records[0].warnings.size(), 1u);
  EXPECT_NE(records[0].warnings[0].find("larger than 10 bytes"), std::string::npos);
}

TEST(EmlImporter, DeeplyNestedMultipartsStopWithAWarning) {
  std::string eml = "From: a@mail.example\nSubject: deep\nMessage-ID: <deep@mail.example>\n";
  for (int i = 0; i < 60; ++i) {
    eml += "Content-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\n\n--b" +
           std::to_string(i) + "\n";
  }
  eml += "Content-Type: text/plain\n\nbottom\n";
  const auto records = ReadAll(EmlImporter(), eml);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].doc);
  ASSERT_FALSE(records[0].warnings.empty());
  EXPECT_NE(records[0].warnings[0].find("nested deeper"), std::string::npos);
}

TEST(EmailImporters, AreDetectedFromNameAndFirstBytes) {
  testing::TempDir dir;
  EXPECT_EQ(DetectImporter(dir.Write("inbox.mbox", kFirst)), &MboxImporter());
  EXPECT_EQ(DetectImporter(dir.Write("Inbox", kFirst)), &MboxImporter());
  EXPECT_EQ(DetectImporter(dir.Write("m.eml", "anything")), &EmlImporter());
  EXPECT_EQ(DetectImporter(dir.Write("saved", kThird.substr(kThird.find('\n') + 1))),
            &EmlImporter());
}

TEST(EmailImporters, ImportIntoACaseWithAttachmentsAsBlobsAndImages) {
  testing::TempDir dir;
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  const std::string mbox = kFirst + kSecond + kThird;
  const auto file = dir.Write("inbox.mbox", mbox);
  std::vector<std::string> problems;
  ImportCallbacks cb;
  cb.on_problem = [&](const std::string& p) { problems.push_back(p); };
  auto s = ImportFile(**c, file, "", {}, cb);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->format, "mbox");
  EXPECT_EQ(s->imported, 3);
  EXPECT_EQ(s->images_stored, 1);
  EXPECT_EQ(s->images_missing, 0);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("inbox.mbox:47: Date header"), std::string::npos) << problems[0];
  EXPECT_TRUE((*c)->blobs().Contains(Sha256Hex(kPngBytes)));
  EXPECT_TRUE((*c)->blobs().Contains(Sha256Hex("%PDF-")));
  auto ids = (*c)->store().FindBySourceId("m2@mail.example", "email");
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 1u);
  auto doc = (*c)->store().GetDocument(ids->front());
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->images.size(), 1u);
  EXPECT_EQ(doc->images[0].status, "stored");
  EXPECT_EQ(doc->images[0].blob_sha256, Sha256Hex(kPngBytes));
  EXPECT_EQ(doc->provenance.blob_sha256, Sha256Hex(mbox));
  EXPECT_EQ(doc->provenance.line, 14);
  EXPECT_EQ(doc->provenance.byte_start, static_cast<int64_t>(kFirst.size()));
}

}  // namespace
}  // namespace ariadne::capture
