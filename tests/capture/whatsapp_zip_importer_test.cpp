// WhatsApp exports with media (.zip), built here with libzip. Synthetic chats only.
#include "capture/whatsapp_zip_importer.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "capture/import.h"
#include "capture/registry.h"
#include "core/sha256.h"
#include "store/chat_segment.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

struct Entry {
  std::string name;
  std::string bytes;
  bool encrypt = false;
};

// Writes a zip with these entries; false when libzip refused (e.g. no AES support).
bool MakeZip(const fs::path& path, const std::vector<Entry>& entries) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (z == nullptr) return false;
  for (const Entry& e : entries) {
    zip_source_t* src = zip_source_buffer(z, e.bytes.data(), e.bytes.size(), 0);
    const zip_int64_t idx = zip_file_add(z, e.name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(src);
      zip_discard(z);
      return false;
    }
    if (e.encrypt &&
        zip_file_set_encryption(z, static_cast<zip_uint64_t>(idx), ZIP_EM_AES_256, "secret") != 0) {
      zip_discard(z);
      return false;
    }
  }
  return zip_close(z) == 0;
}

const std::string kChat =
    "12/03/2026, 21:15 - Anna: IMG-20260312-WA0001.jpg (file attached)\n"
    "12/03/2026, 21:16 - Anna: DOC-20260312-WA0002.pdf (file attached)\n"
    "12/03/2026, 21:17 - Ben: IMG-20260312-WA0003.jpg (file attached)\n"
    "13/03/2026, 09:00 - Ben: call 07700 900123\n";
const std::string kPhoto = "\xFF\xD8\xFF\xE0 synthetic photo bytes";
const std::string kPdf = "%PDF-1.4 synthetic";

std::vector<ParsedRecord> ReadAll(const std::string& zip_bytes, ImportOptions options = {},
                                  int64_t offset = 0, int64_t line = 1) {
  std::istringstream in(zip_bytes);
  auto stream = WhatsAppZipImporter().Open(in, offset, line, options);
  EXPECT_TRUE(stream.ok()) << stream.status().message();
  std::vector<ParsedRecord> out;
  if (!stream.ok()) return out;
  ParsedRecord r;
  while ((*stream)->Next(&r)) out.push_back(r);
  EXPECT_TRUE((*stream)->status().ok());
  return out;
}

class WhatsAppZipTest : public ::testing::Test {
 protected:
  std::string Zip(const std::vector<Entry>& entries) {
    const fs::path p = dir_ / "WhatsApp Chat with Anna.zip";
    EXPECT_TRUE(MakeZip(p, entries));
    return ariadne::testing::ReadFile(p);
  }
  ariadne::testing::TempDir dir_;
};

TEST_F(WhatsAppZipTest, ReadsTheChatAndStoresTheAttachmentsItNames) {
  const std::string zip = Zip({{"WhatsApp Chat with Anna.txt", kChat},
                               {"IMG-20260312-WA0001.jpg", kPhoto},
                               {"DOC-20260312-WA0002.pdf", kPdf}});
  const auto records = ReadAll(zip);
  ASSERT_EQ(records.size(), 4u);
  for (const auto& r : records) {
    ASSERT_TRUE(r.doc) << r.error;
    EXPECT_EQ(r.inner_sha256, Sha256Hex(kChat));
    EXPECT_EQ(r.inner_name, "WhatsApp Chat with Anna.txt");
  }
  // The chat text travels with the first record, so provenance points at a stored blob.
  ASSERT_EQ(records[0].files.size(), 2u);
  EXPECT_EQ(records[0].files[0].bytes, kChat);
  EXPECT_EQ(records[0].files[1].ref, "IMG-20260312-WA0001.jpg");
  EXPECT_EQ(records[0].files[1].media_type, "image/jpeg");
  EXPECT_EQ(records[0].files[1].bytes, kPhoto);
  ASSERT_EQ(records[0].doc->images.size(), 1u);
  EXPECT_EQ(records[0].doc->images[0].ref, "IMG-20260312-WA0001.jpg");
  json a0 = json::parse(records[0].doc->attributes_json)["attachments"][0];
  EXPECT_EQ(a0["stored"], true);
  EXPECT_EQ(a0["sha256"], Sha256Hex(kPhoto));
  EXPECT_EQ(a0["size"], kPhoto.size());
  EXPECT_EQ(json::parse(records[0].doc->attributes_json)["sender"], "Anna");

  ASSERT_EQ(records[1].files.size(), 1u);
  EXPECT_EQ(records[1].files[0].media_type, "application/pdf");
  EXPECT_TRUE(records[1].doc->images.empty());

  // Named but not in the zip: a warning, no image for the runner to look for beside the zip.
  EXPECT_TRUE(records[2].files.empty());
  EXPECT_TRUE(records[2].doc->images.empty());
  ASSERT_EQ(records[2].warnings.size(), 1u);
  EXPECT_NE(records[2].warnings[0].find("not in the zip"), std::string::npos);
  EXPECT_EQ(json::parse(records[2].doc->attributes_json)["attachments"][0]["stored"], false);

  // Byte ranges and lines are in the chat text.
  EXPECT_EQ(records[3].line, 4);
  EXPECT_EQ(kChat.substr(static_cast<size_t>(records[3].byte_start),
                         static_cast<size_t>(records[3].byte_end - records[3].byte_start)),
            "13/03/2026, 09:00 - Ben: call 07700 900123\n");
}

TEST_F(WhatsAppZipTest, ResumingStartsInTheChatTextAndCarriesItAgain) {
  const std::string zip = Zip({{"_chat.txt", kChat}});
  const auto all = ReadAll(zip);
  ASSERT_EQ(all.size(), 4u);
  const auto rest = ReadAll(zip, {}, all[1].byte_end, all[2].line);
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(rest[0].line, 3);
  ASSERT_FALSE(rest[0].files.empty());
  EXPECT_EQ(rest[0].files[0].bytes, kChat);
}

TEST_F(WhatsAppZipTest, NamesOutsideTheArchiveAreReportedAndNeverUsed) {
  const std::string zip = Zip({{"_chat.txt", kChat},
                               {"../../IMG-20260312-WA0001.jpg", kPhoto},
                               {"/etc/DOC-20260312-WA0002.pdf", kPdf}});
  const auto records = ReadAll(zip);
  ASSERT_EQ(records.size(), 4u);
  int outside = 0;
  for (const std::string& w : records[0].warnings) {
    outside += w.find("has a path outside the archive") != std::string::npos;
  }
  EXPECT_EQ(outside, 2);
  EXPECT_EQ(records[0].files.size(), 1u);  // the chat text only
  EXPECT_TRUE(records[0].doc->images.empty());
}

TEST_F(WhatsAppZipTest, AttachmentsOverTheLimitAreNotReadWhateverTheZipClaims) {
  const std::string zip =
      Zip({{"_chat.txt", kChat}, {"IMG-20260312-WA0001.jpg", std::string(100000, '\0')}});
  ImportOptions options;
  options.max_image_bytes = 1000;
  const auto records = ReadAll(zip, options);
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0].files.size(), 1u);
  bool reported = false;
  for (const std::string& w : records[0].warnings) {
    reported |= w.find("more than the limit of 1000") != std::string::npos;
  }
  EXPECT_TRUE(reported);
}

TEST_F(WhatsAppZipTest, CutDamagedOrChatlessZipsFailWithAClearError) {
  const std::string zip = Zip({{"_chat.txt", kChat}, {"IMG-20260312-WA0001.jpg", kPhoto}});
  for (const std::string& bad :
       {zip.substr(0, zip.size() / 2), std::string("PK\x03\x04junk"), std::string()}) {
    std::istringstream in(bad);
    auto stream = WhatsAppZipImporter().Open(in, 0, 1, {});
    ASSERT_FALSE(stream.ok());
    EXPECT_NE(stream.status().message().find("not a readable zip"), std::string::npos)
        << bad.size() << ": " << stream.status().message();
  }
  const std::string photos = Zip({{"IMG-20260312-WA0001.jpg", kPhoto}});
  std::istringstream in(photos);
  auto stream = WhatsAppZipImporter().Open(in, 0, 1, {});
  ASSERT_FALSE(stream.ok());
  EXPECT_NE(stream.status().message().find("no chat text"), std::string::npos);
}

TEST_F(WhatsAppZipTest, AnEncryptedChatTextIsAClearError) {
  const fs::path p = dir_ / "enc.zip";
  if (!MakeZip(p, {{"_chat.txt", kChat, true}})) GTEST_SKIP() << "libzip without AES";
  std::istringstream in(ariadne::testing::ReadFile(p));
  auto stream = WhatsAppZipImporter().Open(in, 0, 1, {});
  ASSERT_FALSE(stream.ok());
  EXPECT_NE(stream.status().message().find("cannot be read"), std::string::npos)
      << stream.status().message();
}

TEST_F(WhatsAppZipTest, ImportsIntoACaseWithMediaAsBlobsAndProvenanceInTheChatText) {
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir_ / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  Zip({{"WhatsApp Chat with Anna.txt", kChat},
       {"IMG-20260312-WA0001.jpg", kPhoto},
       {"DOC-20260312-WA0002.pdf", kPdf}});
  const fs::path file = dir_ / "WhatsApp Chat with Anna.zip";
  EXPECT_EQ(DetectImporter(file), &WhatsAppZipImporter());
  std::vector<std::string> problems;
  ImportCallbacks cb;
  cb.on_problem = [&](const std::string& p) { problems.push_back(p); };
  auto s = ImportFile(**c, file, "", {}, cb);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->format, "whatsapp-zip");
  EXPECT_EQ(s->imported, 4);
  EXPECT_EQ(s->images_stored, 1);
  EXPECT_TRUE((*c)->blobs().Contains(Sha256Hex(kChat)));
  EXPECT_TRUE((*c)->blobs().Contains(Sha256Hex(kPhoto)));
  EXPECT_TRUE((*c)->blobs().Contains(Sha256Hex(kPdf)));
  // Two days: two chat segments holding the four messages.
  auto ids = (*c)->store().DocumentIds();
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 2u);
  int64_t messages = 0;
  for (int64_t id : *ids) {
    auto got = (*c)->store().GetDocument(id);
    ASSERT_TRUE(got.ok());
    const Document& d = *got;
    EXPECT_EQ(d.provenance.blob_sha256, Sha256Hex(kChat));
    EXPECT_EQ(d.provenance.file_name, "WhatsApp Chat with Anna.zip");
    EXPECT_EQ(json::parse(d.attributes_json)["zip_entry"], "WhatsApp Chat with Anna.txt");
    for (const store::ChatMessage& m : store::ChatMessagesOf(d)) {
      ++messages;
      const json a = json::parse(m.attributes_json);
      EXPECT_TRUE(a["sender"] == "Anna" || a["sender"] == "Ben") << m.attributes_json;
      if (d.text.rfind("IMG-20260312-WA0001.jpg", 0) == 0 && m.ordinal == 0) {
        EXPECT_EQ(a["attachments"][0]["stored"], true);
        EXPECT_EQ(a["attachments"][0]["sha256"], Sha256Hex(kPhoto));
      }
      const std::string slice = kChat.substr(static_cast<size_t>(m.byte_start),
                                             static_cast<size_t>(m.byte_end - m.byte_start));
      EXPECT_NE(slice.find(d.text.substr(static_cast<size_t>(m.text_start),
                                         static_cast<size_t>(m.text_end - m.text_start))),
                std::string::npos)
          << "the message's text is at its byte range in the chat text";
    }
    if (d.text.rfind("IMG-20260312-WA0001.jpg (file attached)", 0) == 0) {
      ASSERT_EQ(d.images.size(), 1u);  // WA0003 is not in the archive: not an image of it
      EXPECT_EQ(d.images[0].status, "stored");
      EXPECT_EQ(d.images[0].blob_sha256, Sha256Hex(kPhoto));
    }
  }
  EXPECT_EQ(messages, 4);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("Anna.zip:3: attachment \"IMG-20260312-WA0003.jpg\" is not in"),
            std::string::npos)
      << problems[0];
}

}  // namespace
}  // namespace ariadne::capture
