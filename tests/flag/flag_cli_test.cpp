// `ariadne flag` and `ariadne rules` through the real binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "flag/test_util.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace ariadne::flag {
namespace {

using ariadne::testing::RunAriadne;
using ariadne::testing::TempDir;

const std::string kFixture = testing::FixtureRules().string();

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST(FlagCli, PlainTextGivesOneExplainedLine) {
  TempDir dir;
  dir.Write("in.txt", "Work abroad! Processing fee 200 EUR.\nContract on arrival.\n");
  auto r = RunAriadne(dir.path(), {"flag", "--rules", kFixture}, "in.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const auto& j = lines[0];
  EXPECT_EQ(j["id"], "stdin");
  EXPECT_EQ(j["kind"], "labour");
  EXPECT_EQ(j["score"], 35);
  EXPECT_EQ(j["band"], "medium");
  EXPECT_EQ(j["fraud_risk"]["score"], 35);
  EXPECT_EQ(j["contributions"][0]["id"], "J-LATER");
  ASSERT_EQ(j["flags"].size(), 2u);
  const auto& fee = j["flags"][0];
  EXPECT_EQ(fee["id"], "J-FEE");
  EXPECT_EQ(fee["category"], "fraud");
  EXPECT_EQ(fee["weight"], 35);
  EXPECT_EQ(fee["spans"], nlohmann::json::parse("[[13, 27]]"));
  EXPECT_EQ(fee["why"], "This ad asks the job seeker to pay a fee: \"Processing fee\"");
  EXPECT_EQ(fee["tier"], "T3");
  EXPECT_EQ(fee["family"], "EXP");
  EXPECT_EQ(fee["revision"], 1);
  EXPECT_EQ(fee["lang"], "en");
  EXPECT_EQ(fee["sources"][1]["url"], "https://example.org/ilo-indicators");
  EXPECT_EQ(r.out.find("traffick"
                       "ing detected"),
            std::string::npos);
}

TEST(FlagCli, JsonLinesReportBadLinesAndGoOn) {
  TempDir dir;
  dir.Write("in.jsonl",
            "{\"id\": \"a\", \"text\": \"No limits. Ask for the booker.\", \"lang\": \"en\"}\n"
            "not json\n"
            "{\"id\": \"b\", \"text\": \"no limits\", \"kind\": \"adult\"}\n"
            "{\"id\": 7, \"text\": \"No limits. Ask for the booker.\", \"kind\": \"labour\"}\n");
  auto r = RunAriadne(dir.path(), {"flag", "--jsonl", "--rules", kFixture}, "in.jsonl");
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("stdin:2: expected a JSON object"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("stdin:3: \"kind\" must be"), std::string::npos) << r.err;
  const auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_EQ(lines[0]["kind"], "sex");
  EXPECT_EQ(lines[0]["score"], 40);
  EXPECT_EQ(lines[1]["id"], 7);
  EXPECT_EQ(lines[1]["kind"], "labour");
  EXPECT_TRUE(lines[1]["flags"].empty());
}

TEST(FlagCli, CandidatesSwitchAndKindOption) {
  TempDir dir;
  dir.Write("in.txt", "visa fee, call my manager");
  auto off = RunAriadne(dir.path(), {"flag", "--rules", kFixture}, "in.txt");
  ASSERT_EQ(off.exit_code, 0) << off.err;
  EXPECT_TRUE(JsonLines(off.out)[0]["flags"].empty());
  auto on = RunAriadne(dir.path(), {"flag", "--candidates", "--kind", "sex", "--rules", kFixture},
                       "in.txt");
  ASSERT_EQ(on.exit_code, 0) << on.err;
  const auto j = JsonLines(on.out)[0];
  EXPECT_EQ(j["kind"], "sex");
  ASSERT_EQ(j["flags"].size(), 1u);
  EXPECT_EQ(j["flags"][0]["id"], "S-3P");
  EXPECT_EQ(j["flags"][0]["candidate"], true);
  EXPECT_EQ(
      RunAriadne(dir.path(), {"flag", "--kind", "adult", "--rules", kFixture}, "in.txt").exit_code,
      2);
}

TEST(FlagCli, RegionOptionAndLineRegionCompareStatedPay) {
  TempDir dir;
  dir.Write("in.jsonl",
            "{\"id\": \"default\", \"text\": \"Job abroad: \u20ac3,000 per month.\"}\n"
            "{\"id\": \"de\", \"text\": \"Job abroad: \u20ac3,000 per month.\", \"region\": "
            "\"DE\"}\n"
            "{\"id\": \"bad\", \"text\": \"x\", \"region\": 40}\n");
  auto r = RunAriadne(
      dir.path(), {"flag", "--jsonl", "--kind", "labour", "--region", "RO", "--rules", kFixture},
      "in.jsonl");
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("stdin:3: \"region\" must be a string"), std::string::npos) << r.err;
  const auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  ASSERT_EQ(lines[0]["flags"].size(), 1u);
  EXPECT_EQ(lines[0]["flags"][0]["id"], "J-SAL");
  EXPECT_EQ(lines[0]["flags"][0]["spans"], nlohmann::json::parse("[[12, 30]]"));
  EXPECT_TRUE(lines[1]["flags"].empty()) << lines[1].dump();  // 1.4 times DE's minimum
}

TEST(CheckJobCli, RegionOptionPromptsAboutPay) {
  TempDir dir;
  dir.Write("ad.txt", "Munca in Germania, 3.000 euro pe luna, cazare gratuita.");
  auto with = RunAriadne(dir.path(), {"check-job", "--json", "--lang", "en", "--region", "RO",
                                      "--rules", kFixture, "ad.txt"});
  ASSERT_EQ(with.exit_code, 0) << with.err;
  const auto j = JsonLines(with.out).at(0);
  bool asked = false;
  for (const auto& q : j["prompted"]) {
    if (q["indicator"] == "J-SAL") {
      asked = true;
      EXPECT_EQ(q["words"], nlohmann::json::parse("[\"3.000 euro pe luna\"]"));
    }
  }
  EXPECT_TRUE(asked) << with.out;
  auto without = RunAriadne(dir.path(),
                            {"check-job", "--json", "--lang", "en", "--rules", kFixture, "ad.txt"});
  ASSERT_EQ(without.exit_code, 0) << without.err;
  EXPECT_EQ(without.out.find("J-SAL"), std::string::npos) << without.out;
}

TEST(RulesCli, CheckPrintsCounts) {
  TempDir dir;
  auto r = RunAriadne(dir.path(), {"rules", "check", "--rules", kFixture});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("indicators: 16 (1 structural, 13 scored)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("terms: 28 (23 sourced, 5 candidate)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  ro: 3 (3 sourced, 0 candidate)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ok"), std::string::npos);
}

TEST(RulesCli, BrokenPackIsReportedWithItsPositionAndNothingIsFlagged) {
  TempDir dir;
  dir.Write("rules/p.toml", testing::Replace(testing::kMinimalPack, "\"EXP\"", "\"NETT\""));
  dir.Write("rules/scoring.toml", testing::kMinimalScoring);
  dir.Write("in.txt", "processing fee");
  auto check = RunAriadne(dir.path(), {"rules", "check", "--rules", "rules"});
  EXPECT_EQ(check.exit_code, 65);
  EXPECT_EQ(check.err.substr(0, 0) + check.err.substr(0, check.err.find('\n')),
            "rules/p.toml:8:10: unknown family \"NETT\" (one of: NET, CTL, AUT, DEC, EXP, OBF, "
            "INF)");
  auto flag = RunAriadne(dir.path(), {"flag", "--rules", "rules"}, "in.txt");
  EXPECT_EQ(flag.exit_code, 65);
  EXPECT_TRUE(flag.out.empty());
  EXPECT_NE(flag.err.find("rules/p.toml:8:10: unknown family"), std::string::npos);
}

TEST(RulesCli, MissingRulesDirectoryIsAnIoError) {
  TempDir dir;
  auto r = RunAriadne(dir.path(), {"rules", "check", "--rules", "nowhere"});
  EXPECT_EQ(r.exit_code, 74);
  EXPECT_NE(r.err.find("--rules nowhere: not a directory"), std::string::npos) << r.err;
}

TEST(RulesCli, DocPrintsMarkdown) {
  TempDir dir;
  auto r = RunAriadne(dir.path(), {"rules", "doc", "--rules", kFixture});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, 24), "# Red-flag indicators\n\nG");
  EXPECT_NE(r.out.find("### J-FEE: Fee charged to the worker"), std::string::npos);
}

}  // namespace
}  // namespace ariadne::flag
