// The disk cache of loaded rule packs: what comes back is the rule set a fresh load gives, field by
// field; any changed byte, a damaged file or a rule set with errors means parsing the files.
#include "flag/rules_cache.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "flag/rules.h"
#include "flag/test_util.h"
#include "support/cache_folder.h"
#include "support/temp_dir.h"

namespace ariadne::flag {
namespace {

namespace fs = std::filesystem;

fs::path ShippedRules() {
  return fs::path(ARIADNE_SOURCE_DIR) / "rules";
}

// The rules parsed from their files (no cache).
LoadReport Parsed(const fs::path& dir) {
  ariadne::testing::CacheFolder off("off");
  return LoadRules(dir);
}

// The cache files of rule sets in `cache`.
std::vector<fs::path> CachedSets(const fs::path& cache) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(cache, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("rules-", 0) == 0 && entry.path().extension() == ".set") {
      files.push_back(entry.path());
    }
  }
  return files;
}

// A copy of the fixture rules that a test may change.
fs::path CopyOfFixture(const ariadne::testing::TempDir& dir) {
  const fs::path rules = dir / "rules";
  fs::copy(testing::FixtureRules(), rules, fs::copy_options::recursive);
  return rules;
}

void Append(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary | std::ios::app) << text;
}

TEST(RulesCache, TheShippedAndFixtureRulesComeBackFieldForField) {
  for (const fs::path& dir : {ShippedRules(), testing::FixtureRules()}) {
    const LoadReport fresh = Parsed(dir);
    ASSERT_TRUE(fresh.ok()) << fresh.errors.front().ToString();
    EXPECT_FALSE(fresh.from_cache);
    // Equality means something only with every kind of field set.
    ASSERT_FALSE(fresh.rules.indicators.empty());
    ASSERT_FALSE(fresh.rules.wages.wages.empty());
    ASSERT_FALSE(fresh.rules.pay_words.currencies.empty());
    const std::optional<RuleSet> back = DeserializeRules(SerializeRules(fresh.rules));
    ASSERT_TRUE(back.has_value()) << dir;
    EXPECT_TRUE(*back == fresh.rules) << dir;
  }
  const RuleSet shipped = Parsed(ShippedRules()).rules;
  ASSERT_FALSE(shipped.markers.empty());
  const bool bounded_regex = std::any_of(
      shipped.indicators.begin(), shipped.indicators.end(), [](const Indicator& indicator) {
        return std::any_of(indicator.terms.begin(), indicator.terms.end(),
                           [](const Term& t) { return t.max_width > 0; });
      });
  EXPECT_TRUE(bounded_regex);  // the loader's Vectorscan answers are part of what is cached
  // A field the shipped files set away from its default (flag16's collective agreement, CH)
  // compares above only if some wage sets it; padding hides a bool from a size check.
  const bool agreement = std::any_of(shipped.wages.wages.begin(), shipped.wages.wages.end(),
                                     [](const MinimumWage& wage) { return wage.agreement; });
  EXPECT_TRUE(agreement);
}

TEST(RulesCache, TheSecondLoadComesFromTheCacheAndEqualsTheFirst) {
  ariadne::testing::TempDir cache;
  ariadne::testing::CacheFolder folder(cache.path());
  const LoadReport first = LoadRules(testing::FixtureRules());
  ASSERT_TRUE(first.ok());
  EXPECT_FALSE(first.from_cache);
  EXPECT_EQ(CachedSets(cache.path()).size(), 1u);
  const LoadReport second = LoadRules(testing::FixtureRules());
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second.from_cache);
  EXPECT_TRUE(second.rules == first.rules);
  EXPECT_TRUE(second.rules == Parsed(testing::FixtureRules()).rules);
  EXPECT_EQ(second.rules.Find("J-FEE")->terms.size(), 3u);
}

TEST(RulesCache, AChangedByteInAnyFileTheLoaderReadsIsParsedAgain) {
  ariadne::testing::TempDir cache, dir;
  ariadne::testing::CacheFolder folder(cache.path());
  const fs::path rules = CopyOfFixture(dir);
  ASSERT_TRUE(LoadRules(rules).ok());
  ASSERT_TRUE(LoadRules(rules).from_cache);
  for (const char* file :
       {"scoring.toml", "job-content.toml", "data/pay-words.toml", "data/minimum-wages.toml"}) {
    Append(rules / file, "\n# changed\n");
    const LoadReport changed = LoadRules(rules);
    ASSERT_TRUE(changed.ok()) << file;
    EXPECT_FALSE(changed.from_cache) << file;
    EXPECT_TRUE(LoadRules(rules).from_cache) << file;  // stored again under its new bytes
  }
  // A file the fixture lacks, then has (data/markers.toml), and a new pack count too.
  const std::string markers =
      "[[marker]]\nname = \"language\"\ndescription = \"d\"\n"
      "terms = [{ lang = \"en\", phrase = \"english\" }]\n";
  dir.Write("rules/data/markers.toml", markers);
  const LoadReport with_markers = LoadRules(rules);
  ASSERT_TRUE(with_markers.ok()) << with_markers.errors.front().ToString();
  EXPECT_FALSE(with_markers.from_cache);
  EXPECT_EQ(with_markers.rules.markers.size(), 1u);
  // What the changed file says is what loads: a changed title.
  const std::string title = Parsed(rules).rules.Find("J-FEE")->title;
  std::ifstream in(rules / "job-content.toml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t at = text.find("title = \"" + title + "\"");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 9 + title.size() + 1, "title = \"A new title\"");
  dir.Write("rules/job-content.toml", text);
  const LoadReport retitled = LoadRules(rules);
  EXPECT_FALSE(retitled.from_cache);
  EXPECT_EQ(retitled.rules.Find("J-FEE")->title, "A new title");
  EXPECT_EQ(LoadRules(rules).rules.Find("J-FEE")->title, "A new title");
}

TEST(RulesCache, ADamagedFileIsParsedAgainAndRewritten) {
  ariadne::testing::TempDir cache;
  ariadne::testing::CacheFolder folder(cache.path());
  const LoadReport first = LoadRules(testing::FixtureRules());
  const std::vector<fs::path> sets = CachedSets(cache.path());
  ASSERT_EQ(sets.size(), 1u);
  // One byte changed in the middle, then the file cut short.
  std::string bytes;
  {
    std::ifstream in(sets[0], std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ASSERT_GT(bytes.size(), 1000u);
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x01;
  for (const std::string& damaged : {flipped, bytes.substr(0, bytes.size() / 2)}) {
    std::ofstream(sets[0], std::ios::binary | std::ios::trunc) << damaged;
    const LoadReport again = LoadRules(testing::FixtureRules());
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.from_cache);
    EXPECT_TRUE(again.rules == first.rules);
    EXPECT_TRUE(LoadRules(testing::FixtureRules()).from_cache);
  }
  EXPECT_FALSE(DeserializeRules(bytes.substr(0, bytes.size() - 1)).has_value());
  EXPECT_FALSE(DeserializeRules("").has_value());
}

TEST(RulesCache, RulesWithErrorsAreNeverCached) {
  ariadne::testing::TempDir cache, dir;
  ariadne::testing::CacheFolder folder(cache.path());
  dir.Write("p.toml", testing::Replace(testing::kMinimalPack, "\"T3\"", "\"T9\""));
  dir.Write("scoring.toml", testing::kMinimalScoring);
  for (int run = 0; run < 2; ++run) {
    const LoadReport report = LoadRules(dir.path());
    EXPECT_FALSE(report.ok());
    EXPECT_FALSE(report.from_cache);
  }
  EXPECT_TRUE(CachedSets(cache.path()).empty());
}

TEST(RulesCache, OffMeansParsedEveryTime) {
  ariadne::testing::CacheFolder off("off");
  EXPECT_FALSE(LoadRules(testing::FixtureRules()).from_cache);
  EXPECT_FALSE(LoadRules(testing::FixtureRules()).from_cache);
}

}  // namespace
}  // namespace ariadne::flag
