#include "report/case_report.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <string_view>

#include "core/text.h"

namespace ariadne::report {
namespace {

size_t CountOccurrences(std::string_view haystack, std::string_view needle) {
  size_t count = 0;
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size())) {
    ++count;
  }
  return count;
}

// The markup of the <figure id="..."> element, or "" when the report has none.
std::string Figure(const std::string& html, std::string_view id) {
  size_t start = html.find("<figure id=\"" + std::string(id) + "\"");
  if (start == std::string::npos) return "";
  size_t end = html.find("</figure>", start);
  return html.substr(start, end - start);
}

ReportData SmallCase() {
  ReportData data;
  data.case_name = "Operation Harbour";
  data.purpose = "Identify recruiters of seasonal workers";
  data.legal_basis = "Art. 6(1)(e) GDPR";
  data.retention_days = 365;
  data.region = "RO";
  data.created_at = "2026-01-05T09:00:00Z";
  data.generated_at = "2026-03-02T10:00:00Z";
  data.tool_version = "0.1.0";
  data.documents = 60;
  data.blobs = 64;
  data.images = 4;
  data.by_site = {{"ads-one.example", 40}, {"jobs-two.example", 20}};
  data.by_language = {{"ro", 35}, {"en", 25}};
  data.by_kind = {{"labour", 50}, {"sex", 10}};
  data.by_location = {{"Bucharest", 30}, {"Cluj", 20}};
  data.weekly = {{"2026-01-05", "ads-one.example", 10},  {"2026-01-05", "jobs-two.example", 5},
                 {"2026-01-12", "ads-one.example", 10},  {"2026-01-19", "ads-one.example", 10},
                 {"2026-01-19", "jobs-two.example", 10}, {"2026-01-26", "ads-one.example", 10},
                 {"2026-01-26", "jobs-two.example", 5}};
  data.imports = {{"ads.jsonl", std::string(64, 'a'), "ads-jsonl", "complete", 60, 2, 1,
                   "2026-01-05T09:10:00Z"}};
  data.samples = {{1, "ad-1", "ads-one.example", "Farm work, housing included", "2026-01-05", "en",
                   "labour", "Good pay, no papers needed"}};
  return data;
}

TEST(RenderCaseReport, ScriptInTitleAndQuotesInSiteNameAppearOnlyEscaped) {
  ReportData data = SmallCase();
  data.case_name = "<script>alert(1)</script>";
  data.samples[0].title = "<script>alert(1)</script>";
  data.samples[0].snippet = "<SCRIPT src=x></SCRIPT>";
  data.by_site = {{"Bob's \"VIP\" ads", 3}};
  data.weekly = {{"2026-01-05", "Bob's \"VIP\" ads", 3}};
  data.imports[0].file_name = "<img src=x onerror=alert(1)>.jsonl";

  std::string html = RenderCaseReport(data);

  EXPECT_EQ(AsciiLower(html).find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(html.find("Bob's"), std::string::npos);
  EXPECT_EQ(html.find("\"VIP\""), std::string::npos);
  EXPECT_NE(html.find("Bob&#39;s &quot;VIP&quot; ads"), std::string::npos);
}

TEST(RenderCaseReport, LoadsNothingFromTheNetwork) {
  ReportData data = SmallCase();
  std::string html = RenderCaseReport(data);

  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  // No src= at all, and href= only to anchors inside the page.
  EXPECT_FALSE(std::regex_search(html, std::regex(R"(\ssrc\s*=)", std::regex::icase)));
  EXPECT_FALSE(
      std::regex_search(html, std::regex(R"(\shref\s*=\s*["']?[^"'#])", std::regex::icase)));
}

TEST(RenderCaseReport, DeclaresCharsetAndContentSecurityPolicy) {
  std::string html = RenderCaseReport(SmallCase());

  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "style-src 'unsafe-inline'; img-src data:\">"),
            std::string::npos);
}

TEST(RenderCaseReport, SiteChartHasOneBarPerSiteWithItsEscapedName) {
  ReportData data = SmallCase();
  data.by_site = {{"a&b.example", 5}, {"<c>.example", 3}, {"d.example", 1}};

  std::string chart = Figure(RenderCaseReport(data), "chart-by-site");

  ASSERT_NE(chart.find("<svg"), std::string::npos);
  EXPECT_EQ(CountOccurrences(chart, "<g class=\"bar\">"), 3u);
  EXPECT_EQ(CountOccurrences(chart, "<rect"), 3u);
  EXPECT_NE(chart.find(">a&amp;b.example</text>"), std::string::npos);
  EXPECT_NE(chart.find(">&lt;c&gt;.example</text>"), std::string::npos);
  EXPECT_NE(chart.find(">d.example</text>"), std::string::npos);
}

TEST(RenderCaseReport, LongNamesAreShortenedOnTheChartButKeptInTheTooltip) {
  ReportData data = SmallCase();
  std::string long_name = "a-very-long-classifieds-site-name-that-cannot-fit.example";
  std::string wide_name = "招聘网站招聘网站招聘网站招聘网站招聘网站";
  data.by_site = {{long_name, 5}, {wide_name, 3}};

  std::string chart = Figure(RenderCaseReport(data), "chart-by-site");

  EXPECT_NE(chart.find("<title>" + long_name + ": 5</title>"), std::string::npos);
  EXPECT_NE(chart.find("<title>" + wide_name + ": 3</title>"), std::string::npos);
  EXPECT_EQ(chart.find(">" + long_name + "</text>"), std::string::npos);
  EXPECT_EQ(chart.find(">" + wide_name + "</text>"), std::string::npos);
  EXPECT_EQ(CountOccurrences(chart, "…</text>"), 2u);
}

TEST(RenderCaseReport, BarsShowTheirValues) {
  ReportData data = SmallCase();
  data.by_language = {{"ro", 1234567}};

  std::string chart = Figure(RenderCaseReport(data), "chart-by-language");

  EXPECT_NE(chart.find(">1,234,567</text>"), std::string::npos);
}

TEST(RenderCaseReport, WeeklyChartHasOneColumnPerWeek) {
  std::string chart = Figure(RenderCaseReport(SmallCase()), "chart-weekly");

  ASSERT_NE(chart.find("<svg"), std::string::npos);
  EXPECT_EQ(CountOccurrences(chart, "<g class=\"week\">"), 4u);
  // Every week has a date label (four weeks leave room for all of them) and the year is shown once.
  EXPECT_NE(chart.find(">5 Jan</text>"), std::string::npos);
  EXPECT_NE(chart.find(">26 Jan</text>"), std::string::npos);
  EXPECT_EQ(CountOccurrences(chart, ">2026</text>"), 1u);
  // The legend names both sites.
  EXPECT_NE(chart.find("ads-one.example"), std::string::npos);
  EXPECT_NE(chart.find("jobs-two.example"), std::string::npos);
}

TEST(RenderCaseReport, WeeksWithoutDocumentsAppearAsEmptyColumns) {
  ReportData data = SmallCase();
  data.weekly = {{"2025-12-22", "ads-one.example", 3}, {"2026-01-12", "ads-one.example", 4}};

  std::string chart = Figure(RenderCaseReport(data), "chart-weekly");

  EXPECT_EQ(CountOccurrences(chart, "<g class=\"week\">"), 4u);
  EXPECT_NE(chart.find("Week of 2025-12-29: 0 documents"), std::string::npos);
  EXPECT_NE(chart.find("Week of 2026-01-05: 0 documents"), std::string::npos);
  EXPECT_EQ(CountOccurrences(chart, ">2025</text>"), 1u);
  EXPECT_EQ(CountOccurrences(chart, ">2026</text>"), 1u);
}

TEST(RenderCaseReport, SitesBeyondThePaletteShareOneLegendEntry) {
  ReportData data = SmallCase();
  data.by_site.clear();
  data.weekly.clear();
  for (int i = 0; i < 10; ++i) {
    std::string site = "site" + std::to_string(i) + ".example";
    data.by_site.push_back({site, 100 - i});
    data.weekly.push_back({"2026-01-05", site, 100 - i});
  }

  std::string chart = Figure(RenderCaseReport(data), "chart-weekly");

  EXPECT_EQ(CountOccurrences(chart, "<span class=\"swatch\""), 9u);  // 8 sites + "Other sites"
  EXPECT_NE(chart.find("Other sites <span class=\"muted\">(183)</span>"), std::string::npos);
}

TEST(RenderCaseReport, EmptyCaseRendersAndSaysThereAreNoDocuments) {
  std::string html = RenderCaseReport(ReportData{});

  EXPECT_NE(html.find("No documents yet."), std::string::npos);
  EXPECT_NE(html.find("No imports yet."), std::string::npos);
  EXPECT_EQ(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("</html>"), std::string::npos);
  EXPECT_FALSE(std::regex_search(html, std::regex(R"(="-?(nan|inf))")));
}

TEST(RenderCaseReport, DocumentsWithoutDatesGetANoteInsteadOfATimeline) {
  ReportData data = SmallCase();
  data.weekly.clear();

  std::string html = RenderCaseReport(data);

  EXPECT_EQ(Figure(html, "chart-weekly"), "");
  EXPECT_NE(html.find("No document has a posting date yet."), std::string::npos);
}

TEST(RenderCaseReport, ZeroAndNegativeCountsDrawWithoutDividingByZero) {
  ReportData data = SmallCase();
  data.by_site = {{"quiet.example", 0}, {"broken.example", -5}};
  data.weekly = {{"2026-01-05", "quiet.example", 0}};

  std::string html = RenderCaseReport(data);

  EXPECT_NE(Figure(html, "chart-by-site").find("<svg"), std::string::npos);
  EXPECT_FALSE(std::regex_search(html, std::regex(R"(="-?(nan|inf))")));
  EXPECT_EQ(html.find("width=\"-"), std::string::npos);
  EXPECT_EQ(html.find("height=\"-"), std::string::npos);
}

TEST(RenderCaseReport, UndatedWeeksAreDrawnAsGiven) {
  ReportData data = SmallCase();
  data.weekly = {{"week-a", "ads-one.example", 1}, {"week-b", "ads-one.example", 2}};

  std::string chart = Figure(RenderCaseReport(data), "chart-weekly");

  EXPECT_EQ(CountOccurrences(chart, "<g class=\"week\">"), 2u);
  EXPECT_NE(chart.find(">week-a</text>"), std::string::npos);
}

TEST(RenderCaseReport, IdenticalInputGivesIdenticalOutput) {
  EXPECT_EQ(RenderCaseReport(SmallCase()), RenderCaseReport(SmallCase()));
}

TEST(RenderCaseReport, ImportsShowShortHashWithFullHashInTitle) {
  ReportData data = SmallCase();
  std::string hash = "0123456789abcdef" + std::string(48, 'f');
  data.imports[0].blob_sha256 = hash;

  std::string html = RenderCaseReport(data);

  EXPECT_NE(html.find("<code title=\"" + hash + "\">0123456789ab…</code>"), std::string::npos);
}

TEST(RenderCaseReport, InvalidUtf8IsReplacedNotCopied) {
  ReportData data = SmallCase();
  data.samples[0].title = "bad \xff byte";

  std::string html = RenderCaseReport(data);

  EXPECT_FALSE(FindInvalidUtf8(html).has_value());
  EXPECT_NE(html.find("bad \xEF\xBF\xBD byte"), std::string::npos);
}

TEST(RenderCaseReport, ExtraSectionsAppearInOrderWithEscapedTitles) {
  ReportData data = SmallCase();
  data.extra_sections = {{"Flags <top 10>", "<p>first fragment</p>"},
                         {"Clusters & links", "<table><tr><td>second</td></tr></table>"}};

  std::string html = RenderCaseReport(data);

  size_t first = html.find("<section><h2>Flags &lt;top 10&gt;</h2><p>first fragment</p></section>");
  size_t second = html.find(
      "<section><h2>Clusters &amp; links</h2><table><tr><td>second</td></tr></table></section>");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second);
  EXPECT_LT(html.find("id=\"samples\""), first);
}

}  // namespace
}  // namespace ariadne::report
