#include "demo/corpus.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/text.h"

namespace ariadne::demo {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A fresh directory under the system temp directory, removed when the object goes.
class TempDir {
 public:
  explicit TempDir(std::string_view name)
      : path_(fs::temp_directory_path() / fmt::format("ariadne-demo-{}-{}", name, ::getpid())) {
    fs::remove_all(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Digit runs of a text, where one separator (space . - ( ) +) may sit between two digits, as in
// "07700 900123" or "0044 7700 900 123". Letters, emoji, '/' or two separators end a run.
std::vector<std::string> DigitRuns(std::string_view text) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  auto is_separator = [](char c) {
    return std::string_view(" .-()+").find(c) != std::string_view::npos;
  };
  std::vector<std::string> runs;
  std::string run;
  for (size_t i = 0; i < text.size(); ++i) {
    if (is_digit(text[i])) {
      run += text[i];
    } else if (!run.empty() && is_separator(text[i]) && i + 1 < text.size() &&
               is_digit(text[i + 1])) {
      continue;  // a separator inside the number
    } else if (!run.empty()) {
      runs.push_back(run);
      run.clear();
    }
  }
  if (!run.empty()) runs.push_back(run);
  return runs;
}

// The forms a drama number takes once separators are gone: 07700900123, 447700900123,
// 00447700900123, 4407700900123 ("+44 (0)7700...").
const std::regex kDramaDigits("^(0|44|0044|440)?7700900[0-9]{3}$");

// The default corpus, generated once for all the tests that only read it.
class DefaultCorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("default");
    Result<CorpusStats> result = GenerateCorpus(dir_->path(), CorpusOptions{});
    ASSERT_TRUE(result.ok()) << result.status().message();
    stats_ = new CorpusStats(*result);
    ads_bytes_ = new std::string(ReadFile(dir_->path() / "ads.jsonl"));
    ads_ = new std::vector<nlohmann::json>();
    for (const std::string& line : Lines(*ads_bytes_)) {
      ASSERT_TRUE(nlohmann::json::accept(line)) << line;
      ads_->push_back(nlohmann::json::parse(line));
    }
    truth_ = new nlohmann::json(nlohmann::json::parse(ReadFile(dir_->path() / "truth.json")));
  }
  static void TearDownTestSuite() {
    delete truth_;
    delete ads_;
    delete ads_bytes_;
    delete stats_;
    delete dir_;
  }

  static std::string Key(const nlohmann::json& ad) {
    return ad["site"].get<std::string>() + ":" + ad["id"].get<std::string>();
  }

  static inline TempDir* dir_ = nullptr;
  static inline CorpusStats* stats_ = nullptr;
  static inline std::string* ads_bytes_ = nullptr;
  static inline std::vector<nlohmann::json>* ads_ = nullptr;
  static inline nlohmann::json* truth_ = nullptr;
};

TEST_F(DefaultCorpusTest, HasTheRequestedAdsOnFourSitesInSixLanguagesOfBothKinds) {
  ASSERT_EQ(ads_->size(), 2400u);
  std::set<std::string> sites, languages, kinds;
  for (const nlohmann::json& ad : *ads_) {
    sites.insert(ad["site"].get<std::string>());
    languages.insert(ad["lang"].get<std::string>());
    kinds.insert(ad["kind"].get<std::string>());
  }
  EXPECT_GE(sites.size(), 4u);
  EXPECT_GE(languages.size(), 6u);
  EXPECT_EQ(kinds, (std::set<std::string>{"sex", "labour"}));
  EXPECT_EQ(stats_->ads, 2400);
  EXPECT_EQ(stats_->sex_ads + stats_->labour_ads, 2400);
  EXPECT_EQ(stats_->sites.size(), sites.size());
  EXPECT_EQ(stats_->languages.size(), languages.size());
  EXPECT_GE(stats_->networks, 10);
  EXPECT_GT(stats_->independents, 0);
}

TEST_F(DefaultCorpusTest, EveryLineIsValidUtf8JsonWithTheImportFields) {
  EXPECT_FALSE(FindInvalidUtf8(*ads_bytes_).has_value());
  for (const nlohmann::json& ad : *ads_) {
    ASSERT_TRUE(ad["id"].is_string() && !ad["id"].get<std::string>().empty()) << ad.dump();
    ASSERT_TRUE(ad["text"].is_string() && !ad["text"].get<std::string>().empty()) << ad.dump();
    for (const char* field : {"site", "url", "title", "location", "lang", "region", "kind"}) {
      ASSERT_TRUE(ad[field].is_string()) << field << " in " << ad.dump();
    }
    EXPECT_TRUE(IsIso8601(ad["posted_at"].get<std::string>())) << ad.dump();
    EXPECT_GE(ad["posted_at"].get<std::string>(), "2026-05-17");
    EXPECT_LE(ad["posted_at"].get<std::string>(), "2026-11-15T23:59:59Z");
    EXPECT_EQ(ad["url"],
              "https://" + ad["site"].get<std::string>() + "/ad/" + ad["id"].get<std::string>());
    EXPECT_TRUE(ad["site"].get<std::string>().ends_with(".example")) << ad.dump();
  }
}

TEST_F(DefaultCorpusTest, IdsAreUniquePerSite) {
  std::set<std::string> keys;
  for (const nlohmann::json& ad : *ads_) EXPECT_TRUE(keys.insert(Key(ad)).second) << Key(ad);
}

TEST_F(DefaultCorpusTest, EveryLongDigitRunIsADramaNumber) {
  int drama_numbers = 0;
  for (const nlohmann::json& ad : *ads_) {
    for (const char* field : {"title", "text"}) {
      for (const std::string& run : DigitRuns(ad[field].get<std::string>())) {
        if (run.size() < 10) continue;
        EXPECT_TRUE(std::regex_match(run, kDramaDigits)) << run << " in " << ad.dump();
        ++drama_numbers;
      }
    }
  }
  EXPECT_GT(drama_numbers, 1500);
}

TEST_F(DefaultCorpusTest, SomeNumbersAreSharedByManyAds) {
  std::map<std::string, std::set<std::string>> ads_by_number;
  for (const nlohmann::json& ad : *ads_) {
    for (const std::string& run : DigitRuns(ad["text"].get<std::string>())) {
      if (std::regex_match(run, kDramaDigits))
        ads_by_number[run.substr(run.size() - 10)].insert(Key(ad));
    }
  }
  size_t most = 0;
  for (const auto& [number, ads] : ads_by_number) most = std::max(most, ads.size());
  EXPECT_GE(most, 3u);
}

TEST_F(DefaultCorpusTest, EmailAddressesUseOnlyReservedDomains) {
  const std::regex email(R"(([A-Za-z0-9._-]+)@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+))");
  const std::regex reserved(R"(.*\.example$|^example\.(com|net|org)$)");
  int emails = 0;
  for (const nlohmann::json& ad : *ads_) {
    const std::string text = ad["text"].get<std::string>();
    for (auto it = std::sregex_iterator(text.begin(), text.end(), email);
         it != std::sregex_iterator(); ++it) {
      EXPECT_TRUE(std::regex_match((*it)[2].str(), reserved)) << (*it)[0] << " in " << text;
      ++emails;
    }
  }
  EXPECT_GT(emails, 50);
}

TEST_F(DefaultCorpusTest, ObfuscatedContactsAppear) {
  bool at_dot = false, spaced = false, whatsapp_link = false, telegram = false;
  for (const nlohmann::json& ad : *ads_) {
    const std::string text = ad["text"].get<std::string>();
    at_dot |= text.find(" (at) ") != std::string::npos && text.find(" (dot) ") != std::string::npos;
    spaced |= text.find("0 7 7 0 0 9 0 0") != std::string::npos;
    whatsapp_link |= text.find("wa.me/447700900") != std::string::npos;
    telegram |=
        text.find("Telegram") != std::string::npos || text.find("TG: @") != std::string::npos;
  }
  EXPECT_TRUE(at_dot);
  EXPECT_TRUE(spaced);
  EXPECT_TRUE(whatsapp_link);
  EXPECT_TRUE(telegram);
}

TEST_F(DefaultCorpusTest, JobAdsIncludeExploitativeAndOrdinaryTerms) {
  int exploitative = 0, ordinary = 0;
  for (const nlohmann::json& ad : *ads_) {
    if (ad["kind"] != "labour" || ad["lang"] != "en") continue;
    const std::string text = ad["text"].get<std::string>();
    if (text.find("Recruitment fee") != std::string::npos ||
        text.find("Passport") != std::string::npos) {
      ++exploitative;
    }
    if (text.find("Written contract") != std::string::npos ||
        text.find("training on site") != std::string::npos) {
      ++ordinary;
    }
  }
  EXPECT_GT(exploitative, 5);
  EXPECT_GT(ordinary, 20);
}

TEST_F(DefaultCorpusTest, EveryReferencedImageIsAPngAndTheTotalIsModest) {
  const std::string signature = "\x89PNG\r\n\x1a\n";
  std::set<std::string> referenced;
  int ads_without_images = 0;
  for (const nlohmann::json& ad : *ads_) {
    if (!ad.contains("images")) {
      ++ads_without_images;
      continue;
    }
    for (const nlohmann::json& image : ad["images"]) referenced.insert(image.get<std::string>());
  }
  EXPECT_GT(ads_without_images, 0);
  uintmax_t total = 0;
  for (const std::string& image : referenced) {
    EXPECT_TRUE(image.starts_with("images/")) << image;
    const std::string bytes = ReadFile(dir_->path() / image);
    ASSERT_GE(bytes.size(), 24u) << image;
    EXPECT_EQ(bytes.substr(0, 8), signature) << image;
    EXPECT_EQ(bytes.substr(12, 4), "IHDR") << image;
    total += bytes.size();
  }
  EXPECT_GT(referenced.size(), 200u);
  EXPECT_LE(referenced.size(), static_cast<size_t>(stats_->images));
  EXPECT_LT(total, 15u * 1024 * 1024);
}

TEST_F(DefaultCorpusTest, SomeNetworkPhotosAreReusedAndSomeAreEditedCopies) {
  std::map<std::string, int> uses;
  for (const nlohmann::json& ad : *ads_) {
    if (!ad.contains("images")) continue;
    for (const nlohmann::json& image : ad["images"]) ++uses[image.get<std::string>()];
  }
  int reused = 0, edited = 0;
  for (const auto& [image, count] : uses) {
    if (count >= 3) ++reused;
    if (image.ends_with("b.png")) {
      ++edited;
      const std::string original = image.substr(0, image.size() - 5) + ".png";
      EXPECT_NE(ReadFile(dir_->path() / image), ReadFile(dir_->path() / original)) << image;
    }
  }
  EXPECT_GT(reused, 20);
  EXPECT_GT(edited, 2);
}

TEST_F(DefaultCorpusTest, TruthAccountsForEveryAdExactlyOnce) {
  std::set<std::string> keys;
  for (const nlohmann::json& ad : *ads_) keys.insert(Key(ad));
  std::multiset<std::string> listed;
  bool touring = false, rotating = false, sex = false, labour = false;
  for (const nlohmann::json& network : (*truth_)["networks"]) {
    ASSERT_TRUE(network["id"].is_string());
    ASSERT_TRUE(network["template"].is_string());
    EXPECT_NE(network["template"].get<std::string>().find('{'), std::string::npos);
    for (const nlohmann::json& phone : network["phones"]) {
      EXPECT_TRUE(std::regex_match(phone.get<std::string>(), std::regex(R"(\+447700900\d{3})")));
    }
    for (const nlohmann::json& key : network["ads"]) listed.insert(key.get<std::string>());
    touring |= network["touring"].get<bool>();
    rotating |= network["phones"].size() >= 3;
    sex |= network["type"] == "sex";
    labour |= network["type"] == "labour";
  }
  for (const nlohmann::json& key : (*truth_)["independents"]) listed.insert(key.get<std::string>());
  EXPECT_EQ(listed.size(), keys.size());
  EXPECT_EQ(std::set<std::string>(listed.begin(), listed.end()), keys);
  EXPECT_TRUE(touring && rotating && sex && labour);
  EXPECT_EQ((*truth_)["seed"], CorpusOptions{}.seed);
}

TEST_F(DefaultCorpusTest, TouringNetworksMoveBetweenCities) {
  std::map<std::string, std::string> location;
  for (const nlohmann::json& ad : *ads_) location[Key(ad)] = ad["location"].get<std::string>();
  bool moved = false;
  for (const nlohmann::json& network : (*truth_)["networks"]) {
    if (!network["touring"].get<bool>()) continue;
    std::set<std::string> cities;
    for (const nlohmann::json& key : network["ads"])
      cities.insert(location[key.get<std::string>()]);
    moved |= cities.size() >= 3;
  }
  EXPECT_TRUE(moved);
}

TEST_F(DefaultCorpusTest, SameSeedGivesIdenticalFiles) {
  TempDir again("again");
  ASSERT_TRUE(GenerateCorpus(again.path(), CorpusOptions{}).ok());
  EXPECT_EQ(ReadFile(again.path() / "ads.jsonl"), *ads_bytes_);
  EXPECT_EQ(ReadFile(again.path() / "truth.json"), ReadFile(dir_->path() / "truth.json"));
  for (const auto& entry : fs::directory_iterator(dir_->path() / "images")) {
    ASSERT_EQ(ReadFile(entry.path()), ReadFile(again.path() / "images" / entry.path().filename()))
        << entry.path();
  }
}

TEST(GenerateCorpus, DifferentSeedGivesDifferentAds) {
  TempDir a("seed-a");
  TempDir b("seed-b");
  CorpusOptions options;
  options.ads = 300;
  options.write_images = false;
  ASSERT_TRUE(GenerateCorpus(a.path(), options).ok());
  options.seed += 1;
  ASSERT_TRUE(GenerateCorpus(b.path(), options).ok());
  const std::string first = ReadFile(a.path() / "ads.jsonl");
  EXPECT_EQ(Lines(first).size(), 300u);
  EXPECT_NE(first, ReadFile(b.path() / "ads.jsonl"));
  EXPECT_EQ(first.find("\"images\""), std::string::npos);  // no photos were asked for
  EXPECT_FALSE(fs::exists(a.path() / "images"));
}

TEST(GenerateCorpus, ReportsAnUnwritableDirectory) {
  TempDir dir("blocked");
  fs::create_directories(dir.path().parent_path());
  { std::ofstream(dir.path()) << "a file where the directory should be"; }
  CorpusOptions options;
  options.ads = 10;
  Result<CorpusStats> result = GenerateCorpus(dir.path(), options);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().kind(), ErrorKind::kIo);
  EXPECT_NE(result.status().message().find(dir.path().string()), std::string::npos)
      << result.status().message();
  fs::remove(dir.path());
}

TEST(WriteTextOnlyAds, WritesExactlyTheRequestedNumberOfJsonLines) {
  for (int64_t count : {0, 1, 7, 5000}) {  // 5,000 spans several planning blocks
    std::ostringstream out;
    WriteTextOnlyAds(out, count, 42);
    const std::vector<std::string> lines = Lines(out.str());
    ASSERT_EQ(static_cast<int64_t>(lines.size()), count);
    std::set<std::string> keys;
    for (const std::string& line : lines) {
      ASSERT_TRUE(nlohmann::json::accept(line)) << line;
      const nlohmann::json ad = nlohmann::json::parse(line);
      EXPECT_FALSE(ad.contains("images"));
      EXPECT_TRUE(ad["text"].is_string());
      EXPECT_TRUE(
          keys.insert(ad["site"].get<std::string>() + ":" + ad["id"].get<std::string>()).second);
    }
  }
}

TEST(WriteTextOnlyAds, IsDeterministicPerSeed) {
  std::ostringstream a, b, c;
  WriteTextOnlyAds(a, 3000, 1);
  WriteTextOnlyAds(b, 3000, 1);
  WriteTextOnlyAds(c, 3000, 2);
  EXPECT_EQ(a.str(), b.str());
  EXPECT_NE(a.str(), c.str());
}

// Past the 19 blocks that the drama ranges can number, a block's advertisers write their own
// block's handles where a number would be: no number of an earlier block comes back.
TEST(WriteTextOnlyAds, BlocksPastTheDramaRangesShareNoNumbers) {
  constexpr int64_t kBlock = 2400;  // the stream's planning block (corpus.cpp)
  std::ostringstream out;
  WriteTextOnlyAds(out, 20 * kBlock, 20261129);
  const std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(static_cast<int64_t>(lines.size()), 20 * kBlock);
  int64_t with_number = 0, with_own_handle = 0;
  for (int64_t i = 19 * kBlock; i < 20 * kBlock; ++i) {
    const std::string text =
        nlohmann::json::parse(lines[static_cast<size_t>(i)])["text"].get<std::string>();
    // Block 19 used to take block 0's range again (07700 900xxx): every form but the rare
    // spelled-out one keeps "7700" or its spaced digits, and WhatsApp links need a number.
    if (text.find("7700") != std::string::npos || text.find("7 7 0 0") != std::string::npos ||
        text.find("wa.me/") != std::string::npos) {
      ++with_number;
      ADD_FAILURE() << "ad " << i << " of block 19 has a phone number: " << text;
      if (with_number > 3) break;
    }
    if (text.find("_19") != std::string::npos || text.find(".19@") != std::string::npos ||
        text.find(".19 (at)") != std::string::npos || text.find(".19[at]") != std::string::npos)
      ++with_own_handle;
  }
  EXPECT_EQ(with_number, 0);
  // Most ads give a contact, now the block's own handle or address.
  EXPECT_GT(with_own_handle, kBlock / 2);
  // Block 0 still carries numbers of that range.
  int64_t numbered = 0;
  for (int64_t i = 0; i < kBlock; ++i) {
    if (lines[static_cast<size_t>(i)].find("7700") != std::string::npos) ++numbered;
  }
  EXPECT_GT(numbered, kBlock / 4);
}

}  // namespace
}  // namespace ariadne::demo
