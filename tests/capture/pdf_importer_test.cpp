// PDF text. The PDFs are written by hand below (ISO 32000-1: objects, an xref table with true
// offsets, a trailer); their text is synthetic.
#include "capture/pdf_importer.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "capture/import.h"
#include "capture/registry.h"
#include "core/sha256.h"
#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

using nlohmann::json;

// A PDF with one page per entry of `pages` (each a line of Helvetica text), an Info dictionary,
// and optionally an Encrypt dictionary whose passwords the empty password does not open.
std::string MakePdf(const std::vector<std::string>& pages, bool encrypted = false) {
  std::vector<std::string> objects;
  const int n = static_cast<int>(pages.size());
  const int font = 3 + 2 * n;
  const int info = font + 1;
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (int i = 0; i < n; ++i) kids += fmt::format("{} 0 R ", 3 + 2 * i);
  objects.push_back(fmt::format("<< /Type /Pages /Kids [{}] /Count {} >>", kids, n));
  for (int i = 0; i < n; ++i) {
    objects.push_back(fmt::format(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents {} 0 R /Resources << "
        "/Font << /F1 {} 0 R >> >> >>",
        4 + 2 * i, font));
    const std::string content =
        "BT /F1 12 Tf 20 150 Td (" + pages[static_cast<size_t>(i)] + ") Tj ET";
    objects.push_back(
        fmt::format("<< /Length {} >>\nstream\n{}\nendstream", content.size(), content));
  }
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objects.push_back(
      "<< /Title (Synthetic notes) /Author (Anna Example) /CreationDate (D:20260312211507Z) >>");
  if (encrypted) {
    objects.push_back("<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + std::string(64, 'a') +
                      "> /U <" + std::string(64, 'b') + "> >>");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
  }
  const size_t xref = pdf.size();
  pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
  for (size_t o : offsets) pdf += fmt::format("{:010} 00000 n \n", o);
  pdf += fmt::format("trailer\n<< /Size {} /Root 1 0 R /Info {} 0 R", objects.size() + 1, info);
  if (encrypted) {
    pdf += fmt::format(" /Encrypt {} 0 R /ID [<{}> <{}>]", objects.size(), std::string(32, '1'),
                       std::string(32, '1'));
  }
  pdf += fmt::format(" >>\nstartxref\n{}\n%%EOF\n", xref);
  return pdf;
}

Result<std::unique_ptr<RecordStream>> OpenPdf(std::istringstream& in, int64_t offset = 0) {
  return PdfImporter().Open(in, offset, 1, {});
}

TEST(PdfImporter, ReadsEachPageTextAndTheMetadata) {
  const std::string pdf = MakePdf({"Room ready, call 07700 900123", "Second page text"});
  std::istringstream in(pdf);
  auto stream = OpenPdf(in);
  ASSERT_TRUE(stream.ok()) << stream.status().message();
  ParsedRecord r;
  ASSERT_TRUE((*stream)->Next(&r));
  ASSERT_TRUE(r.doc) << r.error;
  EXPECT_EQ(r.doc->site, "pdf");
  EXPECT_EQ(r.doc->source_id, "sha256:" + Sha256Hex(pdf));
  EXPECT_EQ(r.doc->title, "Synthetic notes");
  EXPECT_EQ(r.doc->text, "Room ready, call 07700 900123\n\nSecond page text");
  EXPECT_EQ(r.doc->posted_at, "2026-03-12T21:15:07Z");
  const json a = json::parse(r.doc->attributes_json);
  EXPECT_EQ(a["pages"], 2);
  EXPECT_EQ(a["page_starts"], json({0, 31}));
  EXPECT_EQ(a["author"], "Anna Example");
  EXPECT_EQ(a["encrypted"], false);
  EXPECT_EQ(r.byte_start, 0);
  EXPECT_EQ(r.byte_end, static_cast<int64_t>(pdf.size()));
  EXPECT_FALSE((*stream)->Next(&r));
  // A finished import resumes past the end: nothing more.
  std::istringstream again(pdf);
  auto resumed = OpenPdf(again, static_cast<int64_t>(pdf.size()));
  ASSERT_TRUE(resumed.ok());
  EXPECT_FALSE((*resumed)->Next(&r));
}

TEST(PdfImporter, APdfWithoutTextIsImportedWithAWarning) {
  const std::string pdf = MakePdf({""});
  std::istringstream in(pdf);
  auto stream = OpenPdf(in);
  ASSERT_TRUE(stream.ok()) << stream.status().message();
  ParsedRecord r;
  ASSERT_TRUE((*stream)->Next(&r));
  ASSERT_TRUE(r.doc);
  EXPECT_TRUE(r.doc->text.empty());
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings[0].find("no text layer"), std::string::npos);
}

TEST(PdfImporter, EncryptedPdfsAreAClearError) {
  std::istringstream in(MakePdf({"secret"}, /*encrypted=*/true));
  auto stream = OpenPdf(in);
  ASSERT_FALSE(stream.ok());
  EXPECT_NE(stream.status().message().find("encrypted with a user password"), std::string::npos)
      << stream.status().message();
}

TEST(PdfImporter, CutOrGarbagePdfsAreAClearError) {
  const std::string pdf = MakePdf({"text"});
  for (const std::string& bad : {std::string("%PDF-1.4\ngarbage"), pdf.substr(0, 40)}) {
    std::istringstream in(bad);
    auto stream = OpenPdf(in);
    ASSERT_FALSE(stream.ok());
    EXPECT_NE(stream.status().message().find("not a readable PDF"), std::string::npos)
        << stream.status().message();
  }
}

TEST(PdfImporter, ImportsIntoACaseByPath) {
  testing::TempDir dir;
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  const std::string pdf = MakePdf({"Room ready"});
  const auto file = dir.Write("notes.pdf", pdf);
  EXPECT_EQ(DetectImporter(file), &PdfImporter());
  auto s = ImportFile(**c, file, "", {}, {});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->imported, 1);
  auto ids = (*c)->store().FindBySourceId("sha256:" + Sha256Hex(pdf), "pdf");
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 1u);
  auto d = (*c)->store().GetDocument(ids->front());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Room ready");
  EXPECT_EQ(d->provenance.blob_sha256, Sha256Hex(pdf));
}

// A generated PDF of 3,000 pages stands in for a hostile one: the page and time limits stop the
// reading between pages, the text read so far is imported, and the problem is recorded in the case.
TEST(PdfImporter, PageAndTimeLimitsStopAHugePdfWithARecordedProblem) {
  std::vector<std::string> pages(3000, "filler page");
  pages[0] = "first page";
  const std::string pdf = MakePdf(pages);
  ImportOptions by_pages;
  by_pages.pdf_max_pages = 10;
  std::istringstream in(pdf);
  auto stream = PdfImporter().Open(in, 0, 1, by_pages);
  ASSERT_TRUE(stream.ok()) << stream.status().message();
  ParsedRecord r;
  ASSERT_TRUE((*stream)->Next(&r));
  ASSERT_TRUE(r.doc);
  EXPECT_EQ(json::parse(r.doc->attributes_json)["page_starts"].size(), 10u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0], "the PDF has 3000 pages: only the first 10 were read");

  testing::TempDir dir;
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  const auto file = dir.Write("huge.pdf", pdf);
  ImportOptions by_time;
  by_time.pdf_max_seconds = 0.002;
  std::vector<std::string> reported;
  ImportCallbacks callbacks;
  callbacks.on_problem = [&](const std::string& p) { reported.push_back(p); };
  auto s = ImportFile(**c, file, "", by_time, callbacks);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->imported, 1);
  EXPECT_EQ(s->warnings, 1);
  auto problems = (*c)->store().Problems(s->import_id);
  ASSERT_TRUE(problems.ok());
  ASSERT_EQ(problems->size(), 1u);
  EXPECT_NE((*problems)[0].reason.find("took longer than 0.002 s: only the first"),
            std::string::npos)
      << (*problems)[0].reason;
  ASSERT_EQ(reported.size(), 1u);
  auto ids = (*c)->store().FindBySourceId("sha256:" + Sha256Hex(pdf), "pdf");
  ASSERT_TRUE(ids.ok() && ids->size() == 1u);
  auto d = (*c)->store().GetDocument(ids->front());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text.rfind("first page", 0), 0u);
  const size_t read = json::parse(d->attributes_json)["page_starts"].size();
  EXPECT_GE(read, 1u);
  EXPECT_LT(read, 3000u);
}

}  // namespace
}  // namespace ariadne::capture
