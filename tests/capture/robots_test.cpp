#include "capture/robots.h"

#include <gtest/gtest.h>

namespace ariadne::capture {
namespace {

TEST(RobotsTest, LongestMatchWinsAndAllowWinsTies) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: *\nDisallow: /private/\nAllow: /private/public\nDisallow: /a\nAllow: /a\n",
      "AriadneBot");
  EXPECT_FALSE(r.Allowed("/private/x"));
  EXPECT_TRUE(r.Allowed("/private/public/page"));
  EXPECT_TRUE(r.Allowed("/a"));  // same length: allow wins (RFC 9309 2.2.2)
  EXPECT_TRUE(r.Allowed("/elsewhere"));
}

TEST(RobotsTest, OurGroupWinsOverStarAndGroupsMerge) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: *\nDisallow: /\n\nUser-agent: ariadnebot\nDisallow: /x\n\n"
      "User-agent: AriadneBot/2.0\nDisallow: /y\nCrawl-delay: 2.5\n",
      "AriadneBot");
  EXPECT_TRUE(r.Allowed("/"));
  EXPECT_FALSE(r.Allowed("/x1"));
  EXPECT_FALSE(r.Allowed("/y"));
  ASSERT_TRUE(r.crawl_delay().has_value());
  EXPECT_DOUBLE_EQ(*r.crawl_delay(), 2.5);
}

TEST(RobotsTest, ConsecutiveUserAgentsShareOneGroup) {
  RobotsRules r =
      RobotsRules::Parse("User-agent: other\nUser-agent: *\nDisallow: /shared\n", "AriadneBot");
  EXPECT_FALSE(r.Allowed("/shared/page"));
}

TEST(RobotsTest, WildcardsAndEndAnchor) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\nDisallow: /exact$\n", "x");
  EXPECT_FALSE(r.Allowed("/docs/file.pdf"));
  EXPECT_TRUE(r.Allowed("/docs/file.pdf?download=1"));
  EXPECT_FALSE(r.Allowed("/search?page=2&q=term"));
  EXPECT_FALSE(r.Allowed("/exact"));
  EXPECT_TRUE(r.Allowed("/exactly"));
}

TEST(RobotsTest, EmptyDisallowAndCommentsAndGarbage) {
  RobotsRules r = RobotsRules::Parse(
      "# comment\nDisallow: /before-any-group\nUser-agent: * # all\nDisallow:\n\xff\xfe garbage "
      "line\nnot a rule\n",
      "AriadneBot");
  EXPECT_TRUE(r.Allowed("/before-any-group"));
  EXPECT_TRUE(r.Allowed("/anything"));
}

TEST(RobotsTest, PercentEscapesCompareCaseInsensitively) {
  RobotsRules r = RobotsRules::Parse("User-agent: *\nDisallow: /a%2fb\n", "x");
  EXPECT_FALSE(r.Allowed("/a%2Fb"));
}

TEST(RobotsTest, UnreachableMeansDisallowAllButRobotsItself) {
  RobotsRules r = RobotsRules::DisallowAll();
  EXPECT_FALSE(r.Allowed("/"));
  EXPECT_TRUE(r.Allowed("/robots.txt"));
  EXPECT_TRUE(RobotsRules::AllowAll().Allowed("/anything"));
}

TEST(RobotsTest, HostilePatternsStayFast) {
  std::string pattern = "/";
  for (int i = 0; i < 2000; ++i) pattern += "*a";
  RobotsRules r = RobotsRules::Parse("User-agent: *\nDisallow: " + pattern + "b\n", "x");
  EXPECT_TRUE(r.Allowed("/" + std::string(5000, 'a')));
}

}  // namespace
}  // namespace ariadne::capture
