// `ariadne extract`, `analyze` and `selectors` through the real binary.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/run_command.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne {
namespace {

using testing::RunAriadne;

TEST(ExtractCli, PlainTextGivesOneLineWithOffsetsIntoTheInput) {
  testing::TempDir dir;
  dir.Write("in.txt", "Hello!\nCall 07700 900123 today\n");
  auto r = RunAriadne(dir.path(), {"extract", "--region", "GB"}, "in.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["id"], "stdin");
  ASSERT_GE(j["selectors"].size(), 1u);
  const auto& s = j["selectors"][0];
  EXPECT_EQ(s["type"], "phone");
  EXPECT_EQ(s["value"], "+447700900123");
  EXPECT_EQ(s["start"], 12);
  EXPECT_EQ(s["end"], 24);
  EXPECT_EQ(s["raw"], "07700 900123");
}

TEST(ExtractCli, JsonLinesKeepIdsAndUseEachLinesRegion) {
  testing::TempDir dir;
  dir.Write("in.jsonl",
            "{\"id\": \"a\", \"text\": \"tel 07700 900123\", \"region\": \"GB\"}\n"
            "not json\n"
            "{\"id\": 7, \"text\": \"nothing here\"}\n");
  auto r = RunAriadne(dir.path(), {"extract", "--jsonl"}, "in.jsonl");
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("stdin:2:"), std::string::npos);
  std::vector<nlohmann::json> lines;
  std::istringstream out(r.out);
  for (std::string line; std::getline(out, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_EQ(lines[0]["selectors"][0]["value"], "+447700900123");
  EXPECT_EQ(lines[1]["id"], 7);
  EXPECT_TRUE(lines[1]["selectors"].empty());
}

TEST(ExtractCli, AnalyzeThenSelectorsListsSharedValues) {
  testing::TempDir dir;
  ASSERT_EQ(
      RunAriadne(dir.path(), {"init", "case", "--name", "n", "--purpose", "p", "--legal-basis", "l",
                              "--retention-days", "3", "--region", "GB"})
          .exit_code,
      0);
  dir.Write("ads.jsonl",
            "{\"id\":\"1\",\"text\":\"Call 07700 900123\",\"posted_at\":\"2026-03-01\"}\n"
            "{\"id\":\"2\",\"text\":\"New number 07700900123!\",\"posted_at\":\"2026-04-01\"}\n");
  ASSERT_EQ(RunAriadne(dir.path(), {"import", "--case", "case", "ads.jsonl"}).exit_code, 0);
  auto a = RunAriadne(dir.path(), {"analyze", "--case", "case"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_NE(a.out.find("2 documents analysed"), std::string::npos) << a.out;
  EXPECT_NE(RunAriadne(dir.path(), {"analyze", "--case", "case"}).out.find("up to date"),
            std::string::npos);
  auto s = RunAriadne(dir.path(), {"selectors", "--case", "case", "--type", "phone", "--json"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  auto j = nlohmann::json::parse(s.out);
  EXPECT_EQ(j["value"], "+447700900123");
  EXPECT_EQ(j["documents"], 2);
  EXPECT_EQ(j["first_seen"], "2026-03-01");
  EXPECT_EQ(j["last_seen"], "2026-04-01");
  EXPECT_EQ(RunAriadne(dir.path(), {"selectors", "--case", "case", "--type", "iban"}).exit_code, 1);
}

TEST(FlagsCli, AnalyzeRaisesFlagsThatFlagsListsWithBaseRatesAndShowExplains) {
  testing::TempDir dir;
  const std::string rules = std::string(ARIADNE_SOURCE_DIR) + "/tests/flag/testdata/rules";
  ASSERT_EQ(RunAriadne(dir.path(), {"init", "case", "--name", "n", "--purpose", "p",
                                    "--legal-basis", "l", "--retention-days", "3"})
                .exit_code,
            0);
  dir.Write("ads.jsonl",
            "{\"id\":\"1\",\"kind\":\"labour\",\"text\":\"Free accommodation. Pay the "
            "processing fee.\"}\n"
            "{\"id\":\"2\",\"kind\":\"labour\",\"text\":\"Free accommodation.\"}\n"
            "{\"id\":\"3\",\"kind\":\"labour\",\"text\":\"Cook, 40 hours a week.\"}\n");
  ASSERT_EQ(RunAriadne(dir.path(), {"import", "--case", "case", "ads.jsonl"}).exit_code, 0);
  EXPECT_EQ(RunAriadne(dir.path(), {"flags", "--case", "case"}).exit_code, 1);  // not analysed
  auto a = RunAriadne(dir.path(), {"analyze", "--case", "case", "--rules", rules});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_NE(a.out.find("flags"), std::string::npos) << a.out;

  auto f = RunAriadne(dir.path(), {"flags", "--case", "case", "--json", "--top", "1"});
  ASSERT_EQ(f.exit_code, 0) << f.err;
  std::vector<nlohmann::json> lines;
  std::istringstream out(f.out);
  for (std::string line; std::getline(out, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 3u);  // J-ACCOM, J-FEE, then the top document
  EXPECT_EQ(lines[0]["indicator"], "J-ACCOM");
  EXPECT_EQ(lines[0]["documents"], 2);
  EXPECT_NEAR(lines[0]["base_rate"].get<double>(), 2.0 / 3.0, 1e-9);
  EXPECT_EQ(lines[2]["source_id"], "1");
  auto text = RunAriadne(dir.path(), {"flags", "--case", "case"});
  EXPECT_NE(text.out.find("appears in 67% of ads here"), std::string::npos) << text.out;

  auto show = RunAriadne(dir.path(), {"show", "--case", "case", "1", "--json"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  auto doc = nlohmann::json::parse(show.out);
  ASSERT_EQ(doc["flags"].size(), 2u);
  EXPECT_EQ(doc["flags"][0]["spans"][0][0], 0);
  EXPECT_EQ(doc["flags"][0]["spans"][0][1], 18);
  EXPECT_GT(doc["priority"]["fraud_score"].get<int>(), 0);
  ASSERT_FALSE(doc["priority"]["fraud_contributions"].empty());
  EXPECT_EQ(doc["priority"]["fraud_contributions"][0]["id"], "J-FEE");
  EXPECT_NE(RunAriadne(dir.path(), {"show", "--case", "case", "1"}).out.find("Flag:      J-FEE"),
            std::string::npos);
}

TEST(RulesDoc, DocsIndicatorsMdIsWhatTheRulePacksSay) {
  testing::TempDir dir;
  auto r = RunAriadne(dir.path(),
                      {"rules", "doc", "--rules", std::string(ARIADNE_SOURCE_DIR) + "/rules"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(std::string(ARIADNE_SOURCE_DIR) + "/docs/indicators.md", std::ios::binary);
  const std::string committed((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
  EXPECT_TRUE(r.out == committed)
      << "docs/indicators.md is out of date: run `build/release/src/cli/ariadne rules doc > "
         "docs/indicators.md`";
}

TEST(CheckJobCli, AdviceIsTiedToTheWordsThatPromptedItAndNeverAVerdict) {
  testing::TempDir dir;
  const std::string rules = std::string(ARIADNE_SOURCE_DIR) + "/tests/flag/testdata/rules";
  dir.Write("ad.txt", "Warehouse work abroad. A processing fee of 200 EUR is due before travel.\n");
  auto r = RunAriadne(dir.path(), {"check-job", "ad.txt", "--rules", rules, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["lang"], "en");
  ASSERT_EQ(j["prompted"].size(), 1u);
  EXPECT_EQ(j["prompted"][0]["indicator"], "J-FEE");
  EXPECT_EQ(j["prompted"][0]["question"], "Never pay a fee to get a job.");
  EXPECT_EQ(j["prompted"][0]["words"][0], "processing fee");
  EXPECT_EQ(j["prompted"][0]["spans"][0][0], 25);  // "Warehouse work abroad. A " is 25 bytes
  for (const auto& q : j["always"]) EXPECT_NE(q["indicator"], "J-FEE");  // not asked twice

  auto text = RunAriadne(dir.path(), {"check-job", "ad.txt", "--rules", rules});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("(\"processing fee\")"), std::string::npos) << text.out;
  for (const char* verdict : {"scam", "fraud", "trafficking", "genuine", "safe", "legitimate"}) {
    EXPECT_EQ(text.out.find(verdict), std::string::npos) << verdict << " in:\n" << text.out;
  }
  dir.Write("empty.txt", "  \n");
  EXPECT_EQ(RunAriadne(dir.path(), {"check-job", "empty.txt", "--rules", rules}).exit_code, 65);
}

}  // namespace
}  // namespace ariadne
