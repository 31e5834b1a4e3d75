// The demo investigation end to end, through the real binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_command.h"
#include "support/temp_dir.h"

namespace ariadne {
namespace {

TEST(Demo, BuildsACaseFromTheSyntheticCorpusAndWritesAReadableReport) {
  testing::TempDir dir;
  auto r = testing::RunAriadne(dir.path(), {"demo", "demo", "--no-serve"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Ariadne demo"), std::string::npos);

  auto info = testing::RunAriadne(dir.path(), {"info", "--case", "demo/case", "--json"});
  ASSERT_EQ(info.exit_code, 0) << info.err;
  auto j = nlohmann::json::parse(info.out);
  EXPECT_GE(j["counts"]["documents"].get<int64_t>(), 2000);
  EXPECT_EQ(j["counts"]["problems"].get<int64_t>(), 0);
  EXPECT_EQ(j["counts"]["images_missing"].get<int64_t>(), 0);

  const std::string html = testing::ReadFile(dir / "demo/report.html");
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("Ariadne demo (synthetic data)"), std::string::npos);
  // Every analysis stage ran: selectors and red flags are in the case and drawn in the report.
  EXPECT_NE(html.find("Shared contact selectors"), std::string::npos);
  EXPECT_NE(html.find("Networks: the clusters to review first"), std::string::npos);
  EXPECT_NE(r.out.find("clusters linking"), std::string::npos) << r.out;
  EXPECT_NE(html.find("Base rate of each red flag"), std::string::npos);
  auto flags = testing::RunAriadne(dir.path(), {"flags", "--case", "demo/case", "--top", "0"});
  ASSERT_EQ(flags.exit_code, 0) << flags.err;
  EXPECT_NE(flags.out.find("J-SAL"), std::string::npos) << flags.out;
  EXPECT_NE(flags.out.find("J-REPOST"), std::string::npos) << flags.out;
  // The crawled demo keeps custody like an imported case: every page sealed, nothing to report.
  auto verified = testing::RunAriadne(dir.path(), {"verify", "--case", "demo/case"});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;

  // Running it again replaces the earlier demo; a folder it did not make is never touched.
  EXPECT_EQ(
      testing::RunAriadne(dir.path(), {"demo", "demo", "--ads", "200", "--no-images", "--no-serve"})
          .exit_code,
      0);
  dir.Write("mine/notes.txt", "precious");
  EXPECT_EQ(testing::RunAriadne(dir.path(), {"demo", "mine", "--no-serve"}).exit_code, 2);
  EXPECT_EQ(testing::ReadFile(dir / "mine/notes.txt"), "precious");
}

}  // namespace
}  // namespace ariadne
