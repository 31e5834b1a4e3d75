// The linking commands through the real binary: clusters (the architecture's JSON contract),
// network (ego networks) and export (Gephi, i2/Maltego, Excel).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/run_command.h"
#include "support/temp_dir.h"

namespace ariadne {
namespace {

using testing::RunAriadne;

class LinkCliTest : public ::testing::Test {
 protected:
  testing::CommandResult Run(const std::vector<std::string>& args) {
    return RunAriadne(dir_.path(), args);
  }

  // Three ads by one advertiser (one number, then a second number with the same text), one
  // unrelated ad, and one ad whose number is one digit away.
  void MakeCase() {
    auto r = Run({"init", "case", "--name", "link", "--purpose", "tests", "--legal-basis",
                  "synthetic", "--retention-days", "9", "--region", "GB"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string text =
        "Sweet new girls every week in the city centre, discreet apartment with parking, "
        "real photos and no rush, open every day from noon until late at night";
    std::ostringstream ads;
    ads << nlohmann::json{{"id", "a1"}, {"text", text + ", call 07700 900123"}}.dump() << "\n"
        << nlohmann::json{{"id", "a2"}, {"text", text + ". Phone 07700900123 now"}}.dump() << "\n"
        << nlohmann::json{{"id", "a3"}, {"text", text + ", new number 07700 900555"}}.dump() << "\n"
        << nlohmann::json{{"id", "b1"},
                          {"text",
                           "Experienced plumber available for small repairs in the "
                           "north of town, fair prices, call 07700 900124"}}
               .dump()
        << "\n";
    dir_.Write("ads.jsonl", ads.str());
    ASSERT_EQ(Run({"import", "--case", "case", "ads.jsonl"}).exit_code, 0);
    r = Run({"analyze", "--case", "case"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  testing::TempDir dir_;
};

TEST_F(LinkCliTest, ClustersJsonFollowsTheContractWithReasons) {
  MakeCase();
  auto r = Run({"clusters", "--case", "case", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json clusters = nlohmann::json::parse(r.out);
  ASSERT_TRUE(clusters.is_array());
  ASSERT_EQ(clusters.size(), 1u) << r.out;
  const nlohmann::json& c = clusters[0];
  EXPECT_EQ(c["ads"], (nlohmann::json{"a1", "a2", "a3"}));  // not b1: one digit off is no link
  EXPECT_TRUE(c["id"].is_string());
  EXPECT_TRUE(c["score"].is_number());
  bool phone = false, text = false;
  for (const auto& reason : c["reasons"]) {
    phone |= reason["kind"] == "phone" && reason["value"] == "+447700900123" &&
             reason["ads"] == nlohmann::json{"a1", "a2"};
    text |= reason["kind"] == "text";
  }
  EXPECT_TRUE(phone) << c.dump();
  EXPECT_TRUE(text) << c.dump();  // a3 joined only by its near-identical text
  EXPECT_TRUE(c["parts"].contains("network"));
  EXPECT_TRUE(c["timeline"].is_array());
}

// The JSON is read by scripts: it lists every cluster unless --limit says otherwise, and the text
// listing, which stops at 50 by default, says when it stopped before the end.
TEST_F(LinkCliTest, JsonListsEveryClusterAndACutListingSaysSo) {
  MakeCase();
  std::ostringstream more;
  more << nlohmann::json{{"id", "c1"},
                         {"text",
                          "Tiler and painter, twenty years of work in old houses, 07700 900200"}}
              .dump()
       << "\n"
       << nlohmann::json{{"id", "c2"},
                         {"text",
                          "Garden clearance and hedge cutting at weekends. Ring 07700900200"}}
              .dump()
       << "\n";
  dir_.Write("more.jsonl", more.str());
  ASSERT_EQ(Run({"import", "--case", "case", "more.jsonl"}).exit_code, 0);
  auto r = Run({"analyze", "--case", "case"});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  r = Run({"clusters", "--case", "case", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out).size(), 2u) << r.out;
  r = Run({"clusters", "--case", "case", "--json", "--limit", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out).size(), 1u) << r.out;
  EXPECT_NE(r.err.find("--limit"), std::string::npos) << r.err;
  r = Run({"clusters", "--case", "case"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("more exist"), std::string::npos) << r.err;  // 2 of at most 50: all shown
}

TEST_F(LinkCliTest, NetworkShowsTheEgoNetworkOfANumber) {
  MakeCase();
  auto r =
      Run({"network", "--case", "case", "--selector", "+447700900123", "--hops", "2", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json g = nlohmann::json::parse(r.out);
  std::set<std::string> keys;
  for (const auto& n : g["nodes"]) keys.insert(n["key"]);
  EXPECT_TRUE(keys.count("phone:+447700900123"));
  EXPECT_EQ(keys.size(), 4u) << r.out;  // the number, a1, a2 and a3 (by text from a1 and a2)
  EXPECT_FALSE(keys.count("phone:+447700900124"));
  EXPECT_EQ(Run({"network", "--case", "case", "--selector", "+447700900999"}).exit_code, 1);
  EXPECT_EQ(Run({"network", "--case", "case"}).exit_code, 2);
}

TEST_F(LinkCliTest, ExportsOpenableFilesInEveryFormat) {
  MakeCase();
  for (const char* format : {"graphml", "gexf", "csv", "xlsx"}) {
    const std::string out = std::string("net.") + format;
    auto r = Run({"export", "--case", "case", "--format", format, "-o", out});
    ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
    std::ifstream in(dir_ / out, std::ios::binary);
    std::string content((std::istreambuf_iterator<char>(in)), {});
    ASSERT_FALSE(content.empty()) << format;
    if (std::string(format) == "csv") {
      EXPECT_NE(content.find("+447700900123"), std::string::npos);
      EXPECT_NE(content.find("same_text"), std::string::npos);
    }
    if (std::string(format) == "xlsx") {
      EXPECT_EQ(content.substr(0, 2), "PK");
    }
  }
  EXPECT_EQ(Run({"export", "--case", "case", "--format", "pdf", "-o", "x"}).exit_code, 2);
  EXPECT_EQ(Run({"export", "--case", "case", "--format", "csv", "--cluster", "C999", "-o", "x"})
                .exit_code,
            1);
}

}  // namespace
}  // namespace ariadne
