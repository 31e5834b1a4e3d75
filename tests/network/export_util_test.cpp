#include "network/export_util.h"

#include <gtest/gtest.h>

namespace ariadne::network::detail {
namespace {

TEST(CleanText, RemovesCharactersXmlForbidsAndKeepsAllowedOnes) {
  EXPECT_EQ(CleanText(std::string("a\x00"
                                  "b\x01\x08\x0B\x0C\x1F"
                                  "c",
                                  10)),
            "abc");
  EXPECT_EQ(CleanText("tab\tlf\ncr\r"), "tab\tlf\ncr\r");
  EXPECT_EQ(CleanText("\xEF\xBF\xBE|\xEF\xBF\xBF"), "|");  // U+FFFE, U+FFFF
  EXPECT_EQ(CleanText("caf\xC3\xA9 \xF0\x9F\x98\x80"), "caf\xC3\xA9 \xF0\x9F\x98\x80");
}

TEST(CleanText, ReplacesInvalidUtf8WithReplacementCharacter) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(CleanText("a\xFF"
                      "b"),
            "a" + fffd + "b");
  EXPECT_EQ(CleanText("\xC0\xAF"), fffd + fffd);             // overlong '/'
  EXPECT_EQ(CleanText("\xED\xA0\x80"), fffd + fffd + fffd);  // surrogate U+D800
  EXPECT_EQ(CleanText("x\xE2\x82"), "x" + fffd + fffd);      // truncated at the end
}

TEST(AppendXmlEscaped, EscapesMarkupAndWhitespaceThatParsersWouldNormalise) {
  std::string out;
  AppendXmlEscaped(out, "<a href='x'>\"&\"</a>\t\r\n\x01");
  EXPECT_EQ(out, "&lt;a href=&apos;x&apos;&gt;&quot;&amp;&quot;&lt;/a&gt;&#9;&#13;&#10;");
}

TEST(CsvField, QuotesOnlyWhenNeededAndDoublesQuotes) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField(""), "");
}

TEST(CsvField, GuardsFormulaInjectionInTextCells) {
  EXPECT_EQ(CsvField("=1+1"), "'=1+1");
  EXPECT_EQ(CsvField("+447700900123"), "'+447700900123");
  EXPECT_EQ(CsvField("-2"), "'-2");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvField("\tx"), "'\tx");
  EXPECT_EQ(CsvField("\rcmd"), "\"'\rcmd\"");
  EXPECT_EQ(CsvField("a=b"), "a=b");
  EXPECT_EQ(CsvField("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  EXPECT_EQ(CsvField("-2.5", /*text=*/false), "-2.5");  // numbers are not guarded
}

TEST(FormatWeight, ShortestExactDecimalAndZeroForNonFinite) {
  EXPECT_EQ(FormatWeight(1), "1");
  EXPECT_EQ(FormatWeight(0.1), "0.1");
  EXPECT_EQ(FormatWeight(2.5), "2.5");
  EXPECT_EQ(FormatWeight(std::numeric_limits<double>::quiet_NaN()), "0");
  EXPECT_EQ(FormatWeight(std::numeric_limits<double>::infinity()), "0");
}

TEST(NodeLabel, FallsBackToTheKeyWhenEmpty) {
  EXPECT_EQ(NodeLabel({"phone:+447700900123", "phone", "", {}}), "phone:+447700900123");
  EXPECT_EQ(NodeLabel({"doc:1", "document", "Ad title", {}}), "Ad title");
}

TEST(CollectAttributeColumns, FirstAppearanceOrderReservedNamesPrefixedRepeatsSkipped) {
  Graph g;
  g.AddNode({"a", "document", "", {{"site", "x"}, {"label", "y"}, {"site", "z"}}});
  g.AddNode({"b", "document", "", {{"posted_at", "2024"}, {"site", "w"}}});
  const AttributeColumns columns = CollectAttributeColumns(g, {"key", "kind", "label"});
  EXPECT_EQ(columns.names, (std::vector<std::string>{"site", "attr_label", "posted_at"}));
  EXPECT_EQ(columns.column[0], (std::vector<int>{0, 1, -1}));
  EXPECT_EQ(columns.column[1], (std::vector<int>{2, 0}));
}

}  // namespace
}  // namespace ariadne::network::detail
