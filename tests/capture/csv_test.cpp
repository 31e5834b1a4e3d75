#include "capture/csv.h"

#include <gtest/gtest.h>

namespace ariadne::capture {
namespace {

TEST(ParseCsvRecord, HandlesQuotesDelimitersAndNewlinesInsideQuotes) {
  Result<std::vector<std::string>> f = ParseCsvRecord("1,\"a, \"\"quoted\"\"\nline\",,x", ',');
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(*f, (std::vector<std::string>{"1", "a, \"quoted\"\nline", "", "x"}));
}

TEST(ParseCsvRecord, NamesTheBrokenField) {
  EXPECT_NE(ParseCsvRecord("a,b\"c", ',').status().message().find("field 2"), std::string::npos);
  EXPECT_NE(ParseCsvRecord("\"a\"b,c", ',').status().message().find("after the closing quote"),
            std::string::npos);
  EXPECT_NE(ParseCsvRecord("a,\"open", ',').status().message().find("unclosed"), std::string::npos);
}

TEST(CsvQuoteOpen, TracksQuoteParity) {
  EXPECT_TRUE(CsvQuoteOpen("1,\"starts"));
  EXPECT_FALSE(CsvQuoteOpen("1,\"closed \"\" here\""));
}

TEST(GuessCsvDelimiter, PicksTheMostFrequentOutsideQuotes) {
  EXPECT_EQ(GuessCsvDelimiter("id;text;site"), ';');
  EXPECT_EQ(GuessCsvDelimiter("id\ttext\tsite"), '\t');
  EXPECT_EQ(GuessCsvDelimiter("id,text,\"a;b;c\""), ',');
}

}  // namespace
}  // namespace ariadne::capture
