#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "network/export.h"
#include "network/test_graphs.h"
#include "support/temp_dir.h"

namespace ariadne::network {
namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A strict RFC 4180 reader for the test: CRLF records, quoted fields with doubled quotes.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.emplace_back(1);
      ++i;
    } else {
      field.push_back(c);
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

class LinkTableCsvTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto path = (dir_ / "links.csv").string();
    const Status status = WriteLinkTableCsv(testing::ExportSample(), path);
    ASSERT_TRUE(status.ok()) << status.message();
    raw_ = ReadAll(path);
    rows_ = ParseCsv(raw_);
  }
  ariadne::testing::TempDir dir_;
  std::string raw_;
  std::vector<std::vector<std::string>> rows_;
};

TEST_F(LinkTableCsvTest, HeaderNamesTheI2AndMaltegoColumns) {
  const std::string header =
      "ent1_type,ent1_id,ent1_label,link_type,link_label,weight,first_seen,last_seen,"
      "evidence_doc_ids,ent2_type,ent2_id,ent2_label\r\n";
  EXPECT_EQ(raw_.substr(0, header.size()), header);
}

TEST_F(LinkTableCsvTest, OneRowPerEdgeWithTwelveFields) {
  ASSERT_EQ(rows_.size(), 3u);  // header + 2 edges
  for (const auto& row : rows_) EXPECT_EQ(row.size(), 12u);
  EXPECT_EQ(raw_.substr(raw_.size() - 2), "\r\n");
}

TEST_F(LinkTableCsvTest, FieldsCarryEntitiesLinkAndEvidence) {
  ASSERT_EQ(rows_.size(), 3u);
  const auto& row = rows_[1];
  EXPECT_EQ(row[0], "document");
  EXPECT_EQ(row[1], "doc:1");
  EXPECT_EQ(row[2], testing::kHostileLabelCleaned);  // control character removed
  EXPECT_EQ(row[3], "has_phone");
  EXPECT_EQ(row[5], "2.5");
  EXPECT_EQ(row[6], "2024-05-01");
  EXPECT_EQ(row[7], "2024-06-01");
  EXPECT_EQ(row[8], "1;42");
  EXPECT_EQ(row[9], "phone");
  EXPECT_EQ(row[10], "phone:+447700900123");
  EXPECT_EQ(rows_[2][2], "tab\there\nnew line");  // quoted, newline kept
  EXPECT_EQ(rows_[2][1], "doc:2");
}

TEST_F(LinkTableCsvTest, FormulaLikeCellsGetALeadingQuote) {
  ASSERT_EQ(rows_.size(), 3u);
  EXPECT_EQ(rows_[1][4], "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(rows_[1][11], "'+447700900123");
  EXPECT_NE(raw_.find("\"'=HYPERLINK(\"\"http://x\"\")\""), std::string::npos);
}

TEST(LinkTableCsv, UnlabelledEntitiesAreLabelledWithTheirKey) {
  Graph g;
  g.AddNode({"doc:7", "document", "", {}});
  g.AddNode({"email:x@y.example", "email", "", {}});
  testing::Link(g, 0, 1, 1, "has_email");
  ariadne::testing::TempDir dir;
  const auto path = (dir / "links.csv").string();
  ASSERT_TRUE(WriteLinkTableCsv(g, path).ok());
  const auto rows = ParseCsv(ReadAll(path));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][2], "doc:7");
  EXPECT_EQ(rows[1][11], "email:x@y.example");
}

TEST(LinkTableCsv, EmptyGraphIsJustTheHeader) {
  ariadne::testing::TempDir dir;
  const auto path = (dir / "links.csv").string();
  ASSERT_TRUE(WriteLinkTableCsv(Graph{}, path).ok());
  EXPECT_EQ(ParseCsv(ReadAll(path)).size(), 1u);
}

}  // namespace
}  // namespace ariadne::network
