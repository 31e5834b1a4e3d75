// `ariadne extract`, `analyze` and `selectors` through the real binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_command.h"
#include "support/temp_dir.h"

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

}  // namespace
}  // namespace ariadne
