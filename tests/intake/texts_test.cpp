#include "intake/texts.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne::intake {
namespace {

const std::filesystem::path kShipped = std::filesystem::path(ARIADNE_SOURCE_DIR) / "data/intake";

TEST(IntakeTexts, TheShippedLanguagesAllLoadWithEveryPageString) {
  Result<IntakeTexts> texts = LoadIntakeTexts(kShipped);
  ASSERT_TRUE(texts.ok()) << texts.status().message();
  for (const char* code : {"en", "fr", "de", "ro", "bg", "es", "pl", "uk"}) {
    const LanguageTexts* t = texts->Find(code);
    ASSERT_NE(t, nullptr) << code;
    // What the issue asks every consent text to say: 112, and (by its number) nothing about IPs.
    EXPECT_NE(t->tip_consent.find("112"), std::string::npos) << code;
    EXPECT_NE(t->tip_consent.find("IP"), std::string::npos) << code;
    EXPECT_NE(t->check_consent.find("IP"), std::string::npos) << code;
    EXPECT_NE(t->strings.at("emergency").find("112"), std::string::npos) << code;
    EXPECT_EQ(t->ConsentRecord(), std::string(code) + "/1");
    EXPECT_EQ(t->strings.size(), texts->Find("en")->strings.size()) << code;
  }
  // The advice headings of the checker page are the ones `check-job` prints.
  EXPECT_EQ(texts->Find("de")->strings.at("prompted_heading"),
            "Wegen dieser Stellen in der Anzeige:");
}

TEST(IntakeTexts, AMissingStringOrBrokenFileIsReportedWithItsPlace) {
  testing::TempDir dir;
  const std::string en =
      "code = \"en\"\nname = \"English\"\nconsent_version = 1\n[consent]\ntip = \"t\"\n"
      "check = \"c\"\n[strings]\nsend = \"Send\"\nlabel = \"L\"\n";
  dir.Write("en.toml", en);
  dir.Write("fr.toml",
            "code = \"fr\"\nname = \"Français\"\nconsent_version = 1\n[consent]\ntip = \"t\"\n"
            "check = \"c\"\n[strings]\nsend = \"Envoyer\"\n");
  Result<IntakeTexts> missing = LoadIntakeTexts(dir.path());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("fr.toml: [strings] lacks \"label\""),
            std::string::npos)
      << missing.status().message();

  dir.Write("fr.toml", "code = \"fr\"\nname = \n");
  Result<IntakeTexts> broken = LoadIntakeTexts(dir.path());
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("fr.toml:2:"), std::string::npos)
      << broken.status().message();

  dir.Write("fr.toml", "code = \"de\"\nname = \"x\"\n");
  Result<IntakeTexts> misnamed = LoadIntakeTexts(dir.path());
  ASSERT_FALSE(misnamed.ok());
  EXPECT_NE(misnamed.status().message().find("named after"), std::string::npos);
}

}  // namespace
}  // namespace ariadne::intake
