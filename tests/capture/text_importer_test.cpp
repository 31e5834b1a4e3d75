// Plain text and HTML files.
#include "capture/text_importer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "capture/registry.h"
#include "core/sha256.h"
#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

namespace fs = std::filesystem;

ParsedRecord ReadOne(const Importer& importer, const std::string& bytes, const fs::path& path,
                     ImportOptions options = {}) {
  std::istringstream in(bytes);
  auto stream = importer.OpenFile(path, in, 0, 1, options);
  EXPECT_TRUE(stream.ok());
  ParsedRecord r;
  EXPECT_TRUE((*stream)->Next(&r));
  ParsedRecord none;
  EXPECT_FALSE((*stream)->Next(&none));
  return r;
}

TEST(TextImporter, ReadsUtf8TextAsOneDocumentNamedAfterTheFile) {
  const std::string text = "Room ready\r\ncall 07700 900123\n\n";
  const ParsedRecord r = ReadOne(TextImporter(), text, "notes/room.txt");
  ASSERT_TRUE(r.doc);
  EXPECT_EQ(r.doc->text, "Room ready\ncall 07700 900123");
  EXPECT_EQ(r.doc->title, "room.txt");
  EXPECT_EQ(r.doc->site, "file");
  EXPECT_EQ(r.doc->source_id, "sha256:" + Sha256Hex(text));
  EXPECT_EQ(r.byte_end, static_cast<int64_t>(text.size()));
  EXPECT_TRUE(r.warnings.empty());
}

TEST(TextImporter, ReadsUtf16AndWindows1252WithAWarning) {
  const ParsedRecord utf16 = ReadOne(TextImporter(), std::string("\xFF\xFEh\0\xE9\0", 6), "a.txt");
  ASSERT_TRUE(utf16.doc);
  EXPECT_EQ(utf16.doc->text, "h\xC3\xA9");
  ASSERT_EQ(utf16.warnings.size(), 1u);
  const ParsedRecord latin = ReadOne(TextImporter(), "caf\xE9 \x80", "b.txt");
  ASSERT_TRUE(latin.doc);
  EXPECT_EQ(latin.doc->text, "caf\xC3\xA9 \xE2\x82\xAC");
  ASSERT_EQ(latin.warnings.size(), 1u);
  EXPECT_NE(latin.warnings[0].find("Windows-1252"), std::string::npos);
}

TEST(TextImporter, FilesOverTheLimitAreSkippedWithTheirSize) {
  ImportOptions options;
  options.max_record_bytes = 10;
  const ParsedRecord r = ReadOne(TextImporter(), std::string(100, 'x'), "big.txt", options);
  EXPECT_FALSE(r.doc);
  EXPECT_NE(r.error.find("file of 100 bytes is longer than the limit of 10"), std::string::npos);
  EXPECT_EQ(r.byte_end, 100);
}

TEST(HtmlImporter, KeepsTheVisibleTextAndTheTitle) {
  const ParsedRecord r = ReadOne(
      HtmlImporter(),
      "<!DOCTYPE html><html><head><title> Ad 42 </title><script>var x='hidden';</script></head>"
      "<body><h1>Anna</h1><p>New in town,&nbsp;call <b>07700 900123</b></p><ul><li>one</li>"
      "<li>two</li></ul></body></html>",
      "page.html");
  ASSERT_TRUE(r.doc);
  EXPECT_EQ(r.doc->title, "Ad 42");
  EXPECT_EQ(r.doc->text,
            "Anna\nNew in town,\xC2\xA0"
            "call 07700 900123\none\ntwo");
}

TEST(HtmlImporter, BrokenAndDeeplyNestedHtmlNeverFails) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "bottom";
  const ParsedRecord r = ReadOne(HtmlImporter(), deep, "deep.html");
  ASSERT_TRUE(r.doc);
  const ParsedRecord junk = ReadOne(HtmlImporter(), "<<<>>>\xff\xfe<p", "junk.htm");
  ASSERT_TRUE(junk.doc);
}

TEST(TextAndHtmlImporters, AreDetectedLast) {
  testing::TempDir dir;
  EXPECT_EQ(DetectImporter(dir.Write("a.md", "# notes")), &TextImporter());
  EXPECT_EQ(DetectImporter(dir.Write("a.htm", "x")), &HtmlImporter());
  EXPECT_EQ(DetectImporter(dir.Write("saved", "<!DOCTYPE html><p>x")), &HtmlImporter());
  EXPECT_EQ(DetectImporter(dir.Write("data.bin", "\x01\x02")), nullptr);
}

}  // namespace
}  // namespace ariadne::capture
