#include <gtest/gtest.h>

#include <cstdio>
#include <map>

#include "network/export.h"
#include "network/test_graphs.h"
#include "support/temp_dir.h"

namespace ariadne::network {
namespace {

using testing::Attr;
using testing::Elements;

// Output of a shell command (unzip), read through popen.
std::string RunCommand(const std::string& command) {
  std::string out;
  std::FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  ::pclose(pipe);
  return out;
}

// Cell reference ("A1") -> text of the <v> or inline string, for one sheet.
std::map<std::string, std::string> Cells(const std::string& sheet_xml) {
  std::map<std::string, std::string> out;
  const auto doc = testing::ParseXmlString(sheet_xml);
  if (doc == nullptr) return out;
  for (xmlNode* cell : Elements(doc, "c")) out[Attr(cell, "r")] = testing::Text(cell);
  return out;
}

class XlsxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (dir_ / "case.xlsx").string();
    const std::vector<ClusterRow> clusters = {
        {"c1", 2, 73.5, "shared phone +447700900123", "=cmd|' /C calc'!A0"},
        {"c2", 5, 10, "same photo", ""}};
    const Status status = WriteXlsx(testing::ExportSample(), clusters, path_);
    ASSERT_TRUE(status.ok()) << status.message();
  }
  std::string Member(const std::string& name) {
    return RunCommand("unzip -p '" + path_ + "' '" + name + "' 2>/dev/null");
  }
  ariadne::testing::TempDir dir_;
  std::string path_;
};

TEST_F(XlsxTest, IsAZipWithThreeWorksheets) {
  const std::string listing = RunCommand("unzip -Z1 '" + path_ + "' 2>&1");
  EXPECT_NE(listing.find("xl/workbook.xml"), std::string::npos) << listing;
  EXPECT_NE(listing.find("xl/worksheets/sheet1.xml"), std::string::npos) << listing;
  EXPECT_NE(listing.find("xl/worksheets/sheet2.xml"), std::string::npos);
  EXPECT_NE(listing.find("xl/worksheets/sheet3.xml"), std::string::npos);
  EXPECT_EQ(listing.find("xl/worksheets/sheet4.xml"), std::string::npos);
}

TEST_F(XlsxTest, SheetsAreClustersLinksNodesInOrder) {
  const auto workbook = testing::ParseXmlString(Member("xl/workbook.xml"));
  ASSERT_NE(workbook, nullptr);
  std::vector<std::string> names;
  for (xmlNode* sheet : Elements(workbook, "sheet")) names.push_back(Attr(sheet, "name"));
  EXPECT_EQ(names, (std::vector<std::string>{"clusters", "links", "nodes"}));
}

TEST_F(XlsxTest, ClustersSheetHasTheSummaryWithNumbersAsNumbers) {
  auto cells = Cells(Member("xl/worksheets/sheet1.xml"));
  EXPECT_EQ(cells["A1"], "id");
  EXPECT_EQ(cells["E1"], "top_values");
  EXPECT_EQ(cells["A2"], "c1");
  EXPECT_EQ(cells["B2"], "2");
  EXPECT_EQ(cells["C2"], "73.5");
  EXPECT_EQ(cells["D2"], "shared phone +447700900123");
  EXPECT_EQ(cells["E2"], "=cmd|' /C calc'!A0");  // a string cell, never a formula
  EXPECT_EQ(cells["B3"], "5");
  EXPECT_EQ(Member("xl/worksheets/sheet1.xml").find("<f>"), std::string::npos);
}

TEST_F(XlsxTest, LinksSheetHasTheLinkTableColumnsAndOneRowPerEdge) {
  auto cells = Cells(Member("xl/worksheets/sheet2.xml"));
  EXPECT_EQ(cells["A1"], "ent1_type");
  EXPECT_EQ(cells["I1"], "evidence_doc_ids");
  EXPECT_EQ(cells["L1"], "ent2_label");
  EXPECT_EQ(cells["B2"], "doc:1");
  EXPECT_EQ(cells["C2"], testing::kHostileLabelCleaned);
  EXPECT_EQ(cells["F2"], "2.5");
  EXPECT_EQ(cells["I2"], "1;42");
  EXPECT_EQ(cells["K3"], "phone:+447700900123");
  EXPECT_EQ(cells.count("A4"), 0u);
}

TEST_F(XlsxTest, NodesSheetListsNodesWithDegreeAndAttributes) {
  auto cells = Cells(Member("xl/worksheets/sheet3.xml"));
  EXPECT_EQ(cells["A1"], "key");
  EXPECT_EQ(cells["D1"], "degree");
  EXPECT_EQ(cells["E1"], "site");
  EXPECT_EQ(cells["A3"], "phone:+447700900123");
  EXPECT_EQ(cells["D3"], "2");  // the phone joins both documents
  EXPECT_EQ(cells["E4"], "other, site");
}

}  // namespace
}  // namespace ariadne::network
