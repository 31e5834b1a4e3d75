#include "store/search_query.h"

#include <gtest/gtest.h>

namespace ariadne::store {
namespace {

TEST(ParseSearchQuery, SplitsWordsPhrasesPrefixesAndFilters) {
  Result<SearchQuery> q = ParseSearchQuery(
      "\"new in town\" recruit* -agency site:Jobs.example lang:RO from:2026-01-01");
  ASSERT_TRUE(q.ok()) << q.status().message();
  ASSERT_EQ(q->terms.size(), 3u);
  EXPECT_TRUE(q->terms[0].phrase);
  EXPECT_EQ(q->terms[0].text, "new in town");
  EXPECT_TRUE(q->terms[1].prefix);
  EXPECT_EQ(q->terms[1].text, "recruit");
  EXPECT_TRUE(q->terms[2].negated);
  EXPECT_EQ(q->sites, std::vector<std::string>{"jobs.example"});
  EXPECT_EQ(q->langs, std::vector<std::string>{"ro"});
  EXPECT_EQ(q->from, "2026-01-01");
}

TEST(ParseSearchQuery, OrJoinsNeighbours) {
  Result<SearchQuery> q = ParseSearchQuery("hotel OR apartment");
  ASSERT_TRUE(q.ok());
  ASSERT_EQ(q->terms.size(), 2u);
  EXPECT_TRUE(q->terms[1].or_before);
}

TEST(ParseSearchQuery, ExplainsMistakes) {
  EXPECT_NE(ParseSearchQuery("\"unclosed").status().message().find("unclosed quote"),
            std::string::npos);
  EXPECT_NE(ParseSearchQuery("colour:red").status().message().find("unknown field"),
            std::string::npos);
  EXPECT_NE(ParseSearchQuery("from:yesterday").status().message().find("YYYY-MM-DD"),
            std::string::npos);
  EXPECT_FALSE(ParseSearchQuery("-only -negative").ok());
  EXPECT_FALSE(ParseSearchQuery("OR hotel").ok());
  EXPECT_FALSE(ParseSearchQuery("kind:other").ok());
}

TEST(ParseSearchQuery, FiltersAloneAreAValidQuery) {
  Result<SearchQuery> q = ParseSearchQuery("kind:labour");
  ASSERT_TRUE(q.ok());
  EXPECT_TRUE(q->terms.empty());
  EXPECT_EQ(q->kind, "labour");
}

}  // namespace
}  // namespace ariadne::store
