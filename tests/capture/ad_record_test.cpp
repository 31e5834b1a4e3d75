#include "capture/ad_record.h"

#include <gtest/gtest.h>

namespace ariadne::capture {
namespace {

using nlohmann::json;

TEST(AdFromJson, ReadsKnownFieldsAndKeepsTheRestAsAttributes) {
  Result<AdParse> ad = AdFromJson(json::parse(
      R"({"id": 17, "text": "hi", "site": "s.example", "posted_at": "2026-05-01T10:00:00Z",
          "lang": "EN", "region": "gb", "kind": "Labour", "images": ["a.png"], "salary": "3000"})"));
  ASSERT_TRUE(ad.ok()) << ad.status().message();
  EXPECT_EQ(ad->doc.source_id, "17");
  EXPECT_EQ(ad->doc.lang, "en");
  EXPECT_EQ(ad->doc.region, "GB");
  EXPECT_EQ(ad->doc.kind, "labour");
  ASSERT_EQ(ad->doc.images.size(), 1u);
  EXPECT_EQ(json::parse(ad->doc.attributes_json)["salary"], "3000");
  EXPECT_TRUE(ad->warnings.empty());
}

TEST(AdFromJson, RequiresIdAndText) {
  EXPECT_NE(AdFromJson(json::parse(R"({"text": "x"})")).status().message().find("`id`"),
            std::string::npos);
  EXPECT_NE(AdFromJson(json::parse(R"({"id": "1"})")).status().message().find("`text`"),
            std::string::npos);
  EXPECT_FALSE(AdFromJson(json::parse(R"({"id": "1", "text": 5})")).ok());
  EXPECT_FALSE(AdFromJson(json::parse(R"([1, 2])")).ok());
  EXPECT_FALSE(AdFromJson(json::parse(R"({"id": "1", "text": "x", "images": {"a": 1}})")).ok());
}

TEST(AdFromJson, KeepsABadDateAsAnAttributeWithAWarning) {
  Result<AdParse> ad =
      AdFromJson(json::parse(R"({"id": "1", "text": "x", "posted_at": "yesterday"})"));
  ASSERT_TRUE(ad.ok());
  EXPECT_TRUE(ad->doc.posted_at.empty());
  ASSERT_EQ(ad->warnings.size(), 1u);
  EXPECT_NE(ad->warnings[0].find("ISO 8601"), std::string::npos);
  EXPECT_EQ(json::parse(ad->doc.attributes_json)["posted_at_raw"], "yesterday");
}

TEST(AdFromJson, ReplacesControlCharactersThatCouldDriveATerminal) {
  Result<AdParse> ad = AdFromJson(json::parse("{\"id\": \"1\", \"text\": \"a\\u001b[31mred\"}"));
  ASSERT_TRUE(ad.ok());
  EXPECT_EQ(ad->doc.text, "a [31mred");
  EXPECT_EQ(ad->warnings.size(), 1u);
}

// Text without control characters is passed over 16 bytes at a time: a control character at any
// offset is still replaced, and tabs, line breaks and bytes above 0x7F are kept.
TEST(ReplaceControlCharacters, ReplacesEachControlCharacterAtAnyOffset) {
  for (size_t at = 0; at < 40; ++at) {
    for (char control : {'\x01', '\x1b', '\x1f', '\x7f'}) {
      std::string text = std::string(40, 'x') + "\t\n\r\xc3\xa9";
      text[at] = control;
      std::string want = text;
      want[at] = ' ';
      EXPECT_EQ(ReplaceControlCharacters(text), 1u) << at;
      EXPECT_EQ(text, want) << at;
    }
  }
  std::string kept =
      "tab\tline\nreturn\r, accents \xc3\xa9\xc3\xa8 and \xe2\x82\xac, in 16-byte runs";
  const std::string before = kept;
  EXPECT_EQ(ReplaceControlCharacters(kept), 0u);
  EXPECT_EQ(kept, before);
}

}  // namespace
}  // namespace ariadne::capture
