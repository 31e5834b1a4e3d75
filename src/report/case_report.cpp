// Renders a case as one self-contained HTML5 page: inline CSS, charts as inline SVG, no scripts,
// nothing loaded from anywhere. The page is read by analysts, inspectors and caseworkers, often
// printed, so it favours plain layout, printed values on every bar and a palette that survives
// colour-vision deficiency.
//
// Safety: every string in ReportData came from outside (ad text, site names, file names) and goes
// through Text()/Label(), which repair invalid UTF-8 and HTML-escape. Only extra_sections fragments
// are copied verbatim, because their producers render and escape them. Attribute values written
// without escaping are constants or numbers formatted here, never data.
#include "report/case_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <string_view>

#include "core/text.h"

namespace ariadne::report {
namespace {

// Okabe & Ito (2008), "Color Universal Design": eight colours that stay distinguishable with the
// common colour-vision deficiencies. Reordered so the colours with most contrast on white come
// first.
constexpr std::array<std::string_view, 8> kSitePalette = {
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"};
// Sites beyond the palette share one neutral colour rather than reusing a colour that means another
// site.
constexpr std::string_view kOtherColour = "#A5ABB3";
constexpr std::string_view kBarColour = "#0072B2";
constexpr std::string_view kOtherSitesLabel = "Other sites";

constexpr size_t kTopLocations = 15;
constexpr size_t kTopRowsPerBreakdown = 20;
// Gaps between weeks are drawn as empty columns, up to five years; beyond that the week_start
// values are probably wrong and only the weeks present are drawn.
constexpr int64_t kMaxWeekColumns = 5 * 53;
constexpr size_t kShortHashChars = 12;

// -------------------------------------------------------------------------------------------------
// Text and numbers.

// `s` with each invalid UTF-8 byte replaced by U+FFFD, so a hostile string cannot break the page
// encoding.
std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (auto bad = FindInvalidUtf8(s)) {
    out.append(s.substr(0, *bad));
    out += "\xEF\xBF\xBD";
    s.remove_prefix(*bad + 1);
  }
  out.append(s);
  return out;
}

// Untrusted text, safe for HTML and SVG text and attribute values.
std::string Text(std::string_view s) {
  return HtmlEscape(ValidUtf8(s));
}

// `s` cut to at most `max_chars` code points ("…" included), for labels that must fit a chart.
std::string ShortenToCodePoints(std::string_view s, size_t max_chars) {
  auto is_lead_byte = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
  size_t total = static_cast<size_t>(std::count_if(s.begin(), s.end(), is_lead_byte));
  if (total <= max_chars || max_chars == 0) return std::string(s);
  size_t kept = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_lead_byte(s[i]) && kept++ == max_chars - 1) return std::string(s.substr(0, i)) + "…";
  }
  return std::string(s);
}

// Untrusted text shortened for a chart label, then escaped.
std::string Label(std::string_view s, size_t max_chars) {
  return HtmlEscape(ShortenToCodePoints(ValidUtf8(s), max_chars));
}

std::string NameOrUnknown(std::string_view name) {
  return Trim(name).empty() ? std::string("(unknown)") : std::string(name);
}

// 1234567 -> "1,234,567". Done by hand because fmt's locale-aware "{:L}" depends on the global
// locale, and the report must be byte-identical wherever it is rendered.
std::string FormatCount(int64_t n) {
  std::string digits = fmt::format("{}", n);
  size_t first_digit = n < 0 ? 1 : 0;
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > first_digit && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// SVG coordinates with one decimal: enough precision, short and deterministic output.
std::string Coord(double v) {
  return fmt::format("{:.1f}", v);
}

std::string CaseTitle(const ReportData& data) {
  return Trim(data.case_name).empty() ? std::string("Untitled case") : Text(data.case_name);
}

std::string OrNotRecorded(std::string_view s) {
  return Trim(s).empty() ? std::string("<span class=\"muted\">not recorded</span>") : Text(s);
}

// -------------------------------------------------------------------------------------------------
// Scales and dates.

struct Axis {
  int64_t max = 1;   // top of the scale, a multiple of step, at least 1
  int64_t step = 1;  // distance between tick labels
};

// A scale from 0 that covers `largest` with round steps (1, 2 or 5 × 10^k), about `target_ticks` of
// them: the usual "nice numbers" rule (Heckbert, "Nice numbers for graph labels", Graphics Gems,
// 1990).
Axis NiceAxis(int64_t largest, int target_ticks) {
  // Counts this large are not real; the cap keeps the rounding below free of overflow.
  largest = std::min<int64_t>(largest, int64_t{1} << 50);
  if (largest <= 0) return {};
  double raw = static_cast<double>(largest) / target_ticks;
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double normalised = raw / magnitude;
  double nice = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10;
  int64_t step = std::max<int64_t>(1, std::llround(nice * magnitude));
  return {(largest + step - 1) / step * step, step};
}

struct CivilDate {
  int64_t year = 0;
  int month = 0;
  int day = 0;
};

// "YYYY-MM-DD" (calendar-checked), or nullopt.
std::optional<CivilDate> ParseDate(std::string_view s) {
  if (s.size() != 10 || !IsIso8601(s)) return std::nullopt;
  auto number = [&](size_t pos, size_t len) {
    return std::atoi(std::string(s.substr(pos, len)).c_str());
  };
  return CivilDate{number(0, 4), number(5, 2), number(8, 2)};
}

// Days since 1970-01-01 and back, proleptic Gregorian: Howard Hinnant, "chrono-Compatible Low-Level
// Date Algorithms", days_from_civil / civil_from_days.
int64_t DaysFromCivil(CivilDate d) {
  int64_t y = d.month <= 2 ? d.year - 1 : d.year;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (d.month > 2 ? d.month - 3 : d.month + 9) + 2) / 5 + d.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

std::string FormatDate(CivilDate d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

constexpr std::array<std::string_view, 12> kMonthNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// -------------------------------------------------------------------------------------------------
// Sites and their colours.

// One colour per site, the same in the timeline and the by-site chart. Sites are ranked by document
// count (then name, for determinism); the first eight get a palette colour, the rest share
// kOtherColour.
class SiteColours {
 public:
  explicit SiteColours(const ReportData& data) {
    std::map<std::string, int64_t> totals;
    for (const NamedCount& site : data.by_site) totals[site.name] += site.count;
    std::map<std::string, int64_t> weekly_totals;
    for (const WeeklyCount& week : data.weekly) weekly_totals[week.site] += week.count;
    for (const auto& [site, count] : weekly_totals) totals.try_emplace(site, count);

    std::vector<std::pair<std::string, int64_t>> ranked(totals.begin(), totals.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (size_t i = 0; i < ranked.size(); ++i) rank_[ranked[i].first] = i;
  }

  bool HasOwnColour(const std::string& site) const { return RankOf(site) < kSitePalette.size(); }
  std::string_view ColourOf(const std::string& site) const {
    size_t rank = RankOf(site);
    return rank < kSitePalette.size() ? kSitePalette[rank] : kOtherColour;
  }
  size_t RankOf(const std::string& site) const {
    auto it = rank_.find(site);
    return it == rank_.end() ? rank_.size() : it->second;
  }

 private:
  std::map<std::string, size_t> rank_;
};

// -------------------------------------------------------------------------------------------------
// Page frame.

constexpr std::string_view kStyle = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #eef0f3; color: #1d2430;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
  Arial, sans-serif; }
main { max-width: 1040px; margin: 24px auto; padding: 36px 40px 28px; background: #fff;
  border: 1px solid #dde1e6; border-radius: 8px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 16px; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 40px 0 14px; padding-bottom: 6px; border-bottom: 2px solid #e3e6eb; }
h3 { font-size: 15px; margin: 0 0 6px; }
.eyebrow { margin: 0 0 4px; color: #5b6472; font-size: 13px; font-weight: 600;
  letter-spacing: .06em; text-transform: uppercase; }
.muted { color: #6b7380; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 20px; margin: 0 0 18px; }
.meta dt { color: #5b6472; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.note { margin: 0; padding: 10px 14px; background: #eef5fb; border-left: 4px solid #0072B2;
  border-radius: 0 4px 4px 0; font-size: 14px; }
.figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin: 0; padding: 0;
  list-style: none; }
.figures li { padding: 12px 14px; border: 1px solid #e3e6eb; border-radius: 6px;
  background: #fafbfc; }
.figures .value { display: block; font-size: 26px; font-weight: 650; line-height: 1.2;
  font-variant-numeric: tabular-nums; }
.figures .label { color: #5b6472; font-size: 13px; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 28px 32px; }
figure { margin: 0; break-inside: avoid; }
figcaption { color: #5b6472; font-size: 13px; margin-top: 4px; }
svg { display: block; width: 100%; height: auto; overflow: visible; }
svg text { font-family: inherit; fill: #1d2430; }
svg .tick { fill: #5b6472; }
svg .grid { stroke: #e6e9ed; stroke-width: 1; }
svg .baseline { stroke: #8a929e; stroke-width: 1; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 8px 0 0; padding: 0;
  list-style: none; font-size: 13px; }
.legend li { overflow-wrap: anywhere; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 2px;
  vertical-align: -1px; }
.empty { margin: 0; padding: 18px; color: #5b6472; font-style: italic; border: 1px dashed #cfd4db;
  border-radius: 6px; text-align: center; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { padding: 6px 8px; border-bottom: 1px solid #e3e6eb; text-align: left; vertical-align: top;
  overflow-wrap: break-word; }
th, td.nowrap { white-space: nowrap; }
thead th { background: #f1f3f6; font-weight: 600; border-bottom: 1px solid #cfd4db; }
tfoot td { font-weight: 600; border-top: 1px solid #cfd4db; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.snippet { color: #39414d; min-width: 16em; }
code { font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono",
  monospace; }
.status { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px;
  white-space: nowrap; }
.status.complete { background: #e3f3ec; color: #00583f; }
.status.running { background: #fdf0d8; color: #7a4d00; }
.status.other { background: #eceef1; color: #39414d; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid #e3e6eb; color: #6b7380;
  font-size: 12px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; margin: 0; padding: 0; border: 0; }
  h2 { break-after: avoid; margin-top: 24px; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .figures li { padding: 8px 10px; }
  .figures .value { font-size: 18pt; }
}
)css";

std::string RenderHead(const ReportData& data) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      // Defence in depth: even if a fragment slipped a tag through, the browser may load and run
      // nothing.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'; img-src data:\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Case report: {}</title>\n<style>{}</style>\n</head>\n",
      CaseTitle(data), kStyle);
}

std::string RenderMetaRow(std::string_view term, const std::string& value_html) {
  return fmt::format("<dt>{}</dt><dd>{}</dd>\n", term, value_html);
}

std::string RenderHeader(const ReportData& data) {
  std::string retention = data.retention_days > 0
                              ? fmt::format("{} days", FormatCount(data.retention_days))
                              : std::string("<span class=\"muted\">not set</span>");
  std::string out = "<header>\n<p class=\"eyebrow\">Ariadne case report</p>\n";
  out += fmt::format("<h1>{}</h1>\n<dl class=\"meta\">\n", CaseTitle(data));
  out += RenderMetaRow("Purpose", OrNotRecorded(data.purpose));
  out += RenderMetaRow("Legal basis", OrNotRecorded(data.legal_basis));
  out += RenderMetaRow("Retention", retention);
  out += RenderMetaRow("Region", OrNotRecorded(data.region));
  out += RenderMetaRow("Case created", OrNotRecorded(data.created_at));
  out += RenderMetaRow("Report generated", OrNotRecorded(data.generated_at));
  out += RenderMetaRow("Tool version", fmt::format("Ariadne {}", OrNotRecorded(data.tool_version)));
  out +=
      "</dl>\n<p class=\"note\"><strong>How to read this report.</strong> Counts, charts and "
      "any scores here rank and organise work for people; they are not findings or verdicts about "
      "any person. Every lead needs checking by a person against the original material.</p>\n"
      "</header>\n";
  return out;
}

// Named entries with a non-blank name: "(unknown)" buckets are not a site or a language.
size_t CountNamed(const std::vector<NamedCount>& rows) {
  return static_cast<size_t>(std::count_if(
      rows.begin(), rows.end(), [](const NamedCount& row) { return !Trim(row.name).empty(); }));
}

std::string RenderKeyFigures(const ReportData& data) {
  const std::array<std::pair<std::string_view, int64_t>, 5> figures = {{
      {"Documents", data.documents},
      {"Stored originals (blobs)", data.blobs},
      {"Images", data.images},
      {"Sites", static_cast<int64_t>(CountNamed(data.by_site))},
      {"Languages", static_cast<int64_t>(CountNamed(data.by_language))},
  }};
  std::string out = "<section id=\"key-figures\">\n<h2>Key figures</h2>\n<ul class=\"figures\">\n";
  for (const auto& [label, value] : figures) {
    out += fmt::format("<li><span class=\"value\">{}</span><span class=\"label\">{}</span></li>\n",
                       FormatCount(value), label);
  }
  return out + "</ul>\n</section>\n";
}

std::string RenderEmpty(std::string_view message) {
  return fmt::format("<p class=\"empty\">{}</p>\n", message);
}

// -------------------------------------------------------------------------------------------------
// Weekly timeline: stacked bars of documents per week, one colour per site.

// The weeks to draw, oldest first. Weeks without documents between the first and the last become
// empty columns so that pauses in activity stay visible. When a week_start is not a plain date, or
// the span is implausibly long, only the weeks present are drawn.
std::vector<std::string> WeekColumns(const std::vector<WeeklyCount>& weekly) {
  std::vector<std::string> present;
  for (const WeeklyCount& week : weekly) present.push_back(week.week_start);
  std::sort(present.begin(), present.end());
  present.erase(std::unique(present.begin(), present.end()), present.end());
  if (present.empty()) return present;

  std::vector<int64_t> days;
  for (const std::string& week : present) {
    std::optional<CivilDate> date = ParseDate(week);
    if (!date) return present;
    days.push_back(DaysFromCivil(*date));
  }
  for (int64_t day : days) {
    if ((day - days.front()) % 7 != 0) return present;
  }
  int64_t span = (days.back() - days.front()) / 7 + 1;
  if (span > kMaxWeekColumns) return present;

  std::vector<std::string> columns;
  for (int64_t i = 0; i < span; ++i) {
    columns.push_back(FormatDate(CivilFromDays(days.front() + 7 * i)));
  }
  return columns;
}

// One stacked layer of the timeline: a site, or all sites without their own colour.
struct Series {
  std::string name;
  std::string_view colour;
  std::vector<int64_t> per_week;
  int64_t total = 0;
};

std::vector<Series> WeeklySeries(const ReportData& data, const SiteColours& colours,
                                 const std::vector<std::string>& columns) {
  std::map<std::string, size_t> column_of;
  for (size_t i = 0; i < columns.size(); ++i) column_of[columns[i]] = i;

  // Keyed by (rank, name) so layers stack with the largest site at the bottom and "other" on top.
  std::map<std::pair<size_t, std::string>, Series> by_layer;
  for (const WeeklyCount& week : data.weekly) {
    bool own = colours.HasOwnColour(week.site);
    std::string name = own ? week.site : std::string(kOtherSitesLabel);
    size_t rank = own ? colours.RankOf(week.site) : kSitePalette.size();
    Series& series = by_layer[{rank, name}];
    if (series.per_week.empty()) {
      series = {name, colours.ColourOf(week.site), std::vector<int64_t>(columns.size()), 0};
    }
    int64_t count = std::max<int64_t>(0, week.count);
    series.per_week[column_of.at(week.week_start)] += count;
    series.total += count;
  }
  std::vector<Series> layers;
  for (auto& [key, series] : by_layer) layers.push_back(std::move(series));
  return layers;
}

// Every n-th column gets a date label so that about a dozen fit across the chart.
size_t LabelEvery(size_t columns) {
  return std::max<size_t>(1, (columns + 12) / 13);
}

// The date label under a column: "4 Mar" and, under it, the year where the year changes.
std::string RenderWeekLabel(const std::string& week, double x, double y,
                            std::optional<int64_t>& year) {
  std::optional<CivilDate> date = ParseDate(week);
  if (!date) {
    return fmt::format(
        "<text class=\"tick\" font-size=\"13\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
        Coord(x), Coord(y), Label(week, 10));
  }
  std::string out = fmt::format(
      "<text class=\"tick\" font-size=\"13\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{} {}</text>",
      Coord(x), Coord(y), date->day, kMonthNames[date->month - 1]);
  if (year != date->year) {
    out += fmt::format(
        "<text class=\"tick\" font-size=\"13\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" "
        "font-weight=\"600\">{}</text>",
        Coord(x), Coord(y + 15), date->year);
    year = date->year;
  }
  return out;
}

// Horizontal grid lines with count labels on the left, for a vertical-bar chart.
std::string RenderCountAxis(const Axis& axis, double left, double right, double top,
                            double height) {
  std::string out;
  for (int64_t tick = 0; tick <= axis.max; tick += axis.step) {
    double y = top + height - height * static_cast<double>(tick) / static_cast<double>(axis.max);
    out += fmt::format(
        "<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\"/>"
        "<text class=\"tick\" font-size=\"13\" x=\"{}\" y=\"{}\" dy=\"0.35em\" "
        "text-anchor=\"end\">{}</text>\n",
        tick == 0 ? "baseline" : "grid", Coord(left), Coord(right), Coord(y), Coord(y),
        Coord(left - 8), Coord(y), FormatCount(tick));
  }
  return out;
}

std::string RenderWeeklyChart(const std::vector<std::string>& columns,
                              const std::vector<Series>& layers) {
  constexpr double kWidth = 960, kLeft = 60, kRight = 12, kTop = 22, kPlotHeight = 250,
                   kBottom = 46;
  const double plot_width = kWidth - kLeft - kRight;
  const double slot = plot_width / static_cast<double>(columns.size());
  const double bar_width = std::max(1.0, slot * 0.78);

  std::vector<int64_t> totals(columns.size(), 0);
  for (const Series& layer : layers) {
    for (size_t i = 0; i < columns.size(); ++i) totals[i] += layer.per_week[i];
  }
  Axis axis = NiceAxis(*std::max_element(totals.begin(), totals.end()), 5);
  auto height_of = [&](int64_t count) {
    return kPlotHeight * static_cast<double>(count) / static_cast<double>(axis.max);
  };

  std::string out = fmt::format(
      "<svg viewBox=\"0 0 {} {}\" role=\"img\" "
      "aria-label=\"Documents per week, stacked by site\">\n",
      Coord(kWidth), Coord(kTop + kPlotHeight + kBottom));
  out += RenderCountAxis(axis, kLeft, kWidth - kRight, kTop, kPlotHeight);
  std::optional<int64_t> labelled_year;
  for (size_t i = 0; i < columns.size(); ++i) {
    double x = kLeft + slot * static_cast<double>(i) + (slot - bar_width) / 2;
    out += fmt::format("<g class=\"week\"><title>Week of {}: {} documents</title>\n",
                       Text(columns[i]), FormatCount(totals[i]));
    double y = kTop + kPlotHeight;
    for (const Series& layer : layers) {
      if (layer.per_week[i] == 0) continue;
      double h = height_of(layer.per_week[i]);
      y -= h;
      out += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}, week of {}: {}"
          "</title></rect>\n",
          Coord(x), Coord(y), Coord(bar_width), Coord(h), layer.colour, Text(layer.name),
          Text(columns[i]), FormatCount(layer.per_week[i]));
    }
    // Totals over the bars only where there is room for them.
    if (totals[i] > 0 && slot >= 22) {
      out +=
          fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{}</text>\n",
                      Coord(x + bar_width / 2), Coord(y - 4), FormatCount(totals[i]));
    }
    if (i % LabelEvery(columns.size()) == 0) {
      out += RenderWeekLabel(columns[i], x + bar_width / 2, kTop + kPlotHeight + 18, labelled_year);
    }
    out += "</g>\n";
  }
  return out + "</svg>\n";
}

std::string RenderLegend(const std::vector<Series>& layers) {
  std::string out = "<ul class=\"legend\">\n";
  for (const Series& layer : layers) {
    out += fmt::format(
        "<li><span class=\"swatch\" style=\"background:{}\"></span>{} "
        "<span class=\"muted\">({})</span></li>\n",
        layer.colour, Text(NameOrUnknown(layer.name)), FormatCount(layer.total));
  }
  return out + "</ul>\n";
}

std::string RenderTimelineSection(const ReportData& data, const SiteColours& colours) {
  std::string out = "<section id=\"timeline\">\n<h2>Documents per week</h2>\n";
  if (data.weekly.empty()) {
    return out +
           RenderEmpty(data.documents == 0 ? "No documents yet."
                                           : "No document has a posting date yet.") +
           "</section>\n";
  }
  std::vector<std::string> columns = WeekColumns(data.weekly);
  std::vector<Series> layers = WeeklySeries(data, colours, columns);
  int64_t dated = 0;
  for (const Series& layer : layers) dated += layer.total;
  out +=
      "<figure id=\"chart-weekly\">\n" + RenderWeeklyChart(columns, layers) + RenderLegend(layers);
  out += fmt::format(
      "<figcaption>{} dated documents in {} weeks, {} to {} (weeks start on Monday; weeks without "
      "documents are empty columns).</figcaption>\n</figure>\n</section>\n",
      FormatCount(dated), FormatCount(static_cast<int64_t>(columns.size())), Text(columns.front()),
      Text(columns.back()));
  return out;
}

// -------------------------------------------------------------------------------------------------
// Breakdowns: horizontal bar charts.

struct Bar {
  std::string name;
  int64_t count = 0;
  std::string_view colour;
};

// The rows with most documents first (ties keep their input order), at most `limit` of them.
std::vector<NamedCount> Largest(std::vector<NamedCount> rows, size_t limit) {
  std::stable_sort(rows.begin(), rows.end(),
                   [](const NamedCount& a, const NamedCount& b) { return a.count > b.count; });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

// Vertical grid lines with count labels underneath, for a horizontal-bar chart.
std::string RenderValueAxis(const Axis& axis, double left, double width, double top,
                            double bottom) {
  std::string out;
  for (int64_t tick = 0; tick <= axis.max; tick += axis.step) {
    double x = left + width * static_cast<double>(tick) / static_cast<double>(axis.max);
    out += fmt::format(
        "<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\"/>"
        "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" "
        "font-size=\"12\">{}</text>\n",
        tick == 0 ? "baseline" : "grid", Coord(x), Coord(x), Coord(top), Coord(bottom), Coord(x),
        Coord(bottom + 15), FormatCount(tick));
  }
  return out;
}

// SVG cannot measure text without scripts, so label widths are estimated per code point at
// font-size 13: East Asian wide characters and emoji take about a full em, other glyphs about 0.6
// em (generous, since print rendering runs wider than screen).
double EstimatedGlyphWidth(char32_t code_point) {
  return code_point >= 0x2E80 ? 13.0 : 7.8;
}

// The next code point of valid UTF-8 `s` at `*pos`, advancing `*pos` past it.
char32_t NextCodePoint(std::string_view s, size_t* pos) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char lead = byte(*pos);
  size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t code_point = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t i = 1; i < length && *pos + i < s.size(); ++i) {
    code_point = (code_point << 6) | (byte(*pos + i) & 0x3F);
  }
  *pos += length;
  return code_point;
}

struct FittedLabel {
  std::string text;  // not yet escaped
  double width = 0;  // estimated, in SVG user units
};

// `s` (valid UTF-8) cut so that it fits `max_width`, with "…" where it was cut.
FittedLabel FitLabel(std::string_view s, double max_width) {
  constexpr double kEllipsisWidth = 13.0;
  FittedLabel fitted;
  size_t fits_with_ellipsis = 0;
  double width_with_ellipsis = 0;
  for (size_t pos = 0; pos < s.size();) {
    double glyph = EstimatedGlyphWidth(NextCodePoint(s, &pos));
    if (fitted.width + glyph <= max_width - kEllipsisWidth) {
      fits_with_ellipsis = pos;
      width_with_ellipsis = fitted.width + glyph;
    }
    if (fitted.width + glyph > max_width) {
      return {std::string(s.substr(0, fits_with_ellipsis)) + "…",
              width_with_ellipsis + kEllipsisWidth};
    }
    fitted.width += glyph;
  }
  fitted.text = std::string(s);
  return fitted;
}

std::string RenderBarChart(std::string_view aria_label, const std::vector<Bar>& bars) {
  constexpr double kWidth = 420, kValueWidth = 58, kTop = 6, kRow = 25, kBar = 16, kAxis = 24;
  constexpr double kMinLabelWidth = 40, kMaxLabelWidth = 172;
  std::vector<FittedLabel> labels;
  double label_width = kMinLabelWidth;
  for (const Bar& bar : bars) {
    labels.push_back(FitLabel(ValidUtf8(NameOrUnknown(bar.name)), kMaxLabelWidth));
    label_width = std::max(label_width, labels.back().width);
  }
  const double left = label_width + 8;
  const double plot_width = kWidth - left - kValueWidth;
  const double bottom = kTop + kRow * static_cast<double>(bars.size());

  int64_t largest = 0;
  for (const Bar& bar : bars) largest = std::max(largest, bar.count);
  Axis axis = NiceAxis(largest, 4);

  std::string out = fmt::format("<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">\n",
                                Coord(kWidth), Coord(bottom + kAxis), aria_label);
  out += RenderValueAxis(axis, left, plot_width, kTop, bottom);
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& bar = bars[i];
    double y = kTop + kRow * static_cast<double>(i) + (kRow - kBar) / 2;
    double w = plot_width * static_cast<double>(std::max<int64_t>(0, bar.count)) /
               static_cast<double>(axis.max);
    std::string name = NameOrUnknown(bar.name);
    out += fmt::format(
        "<g class=\"bar\"><title>{}: {}</title>"
        "<text x=\"{}\" y=\"{}\" dy=\"0.35em\" text-anchor=\"end\" font-size=\"13\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" rx=\"2\"/>"
        "<text x=\"{}\" y=\"{}\" dy=\"0.35em\" font-size=\"13\" "
        "font-weight=\"600\">{}</text></g>\n",
        Text(name), FormatCount(bar.count), Coord(label_width), Coord(y + kBar / 2),
        HtmlEscape(labels[i].text), Coord(left), Coord(y), Coord(w), Coord(kBar), bar.colour,
        Coord(left + w + 6), Coord(y + kBar / 2), FormatCount(bar.count));
  }
  return out + "</svg>\n";
}

// One breakdown chart with its heading, or a note when there is nothing to draw.
std::string RenderBreakdown(std::string_view id, std::string_view heading,
                            const std::vector<Bar>& bars, size_t total_rows,
                            std::string_view noun_plural, std::string_view empty_message) {
  std::string out = fmt::format("<figure id=\"{}\">\n<h3>{}</h3>\n", id, heading);
  if (bars.empty()) return out + RenderEmpty(empty_message) + "</figure>\n";
  out += RenderBarChart(heading, bars);
  if (total_rows > bars.size()) {
    out += fmt::format("<figcaption>The {} largest of {} {}.</figcaption>\n", bars.size(),
                       FormatCount(static_cast<int64_t>(total_rows)), noun_plural);
  }
  return out + "</figure>\n";
}

std::vector<Bar> SiteBars(const ReportData& data, const SiteColours& colours) {
  std::vector<Bar> bars;
  for (const NamedCount& site : Largest(data.by_site, kTopRowsPerBreakdown)) {
    bars.push_back({site.name, site.count, colours.ColourOf(site.name)});
  }
  return bars;
}

std::vector<Bar> PlainBars(const std::vector<NamedCount>& rows, size_t limit) {
  std::vector<Bar> bars;
  for (const NamedCount& row : Largest(rows, limit)) {
    bars.push_back({row.name, row.count, kBarColour});
  }
  return bars;
}

std::string RenderBreakdownSection(const ReportData& data, const SiteColours& colours) {
  std::string_view none =
      data.documents == 0 ? "No documents yet." : "Not recorded for any document.";
  std::string out = "<section id=\"breakdowns\">\n<h2>Where the documents come from</h2>\n";
  out += "<div class=\"charts\">\n";
  out += RenderBreakdown("chart-by-site", "Documents by site", SiteBars(data, colours),
                         data.by_site.size(), "sites", none);
  out += RenderBreakdown("chart-by-language", "Documents by language",
                         PlainBars(data.by_language, kTopRowsPerBreakdown), data.by_language.size(),
                         "languages", none);
  out += RenderBreakdown("chart-by-kind", "Documents by kind",
                         PlainBars(data.by_kind, kTopRowsPerBreakdown), data.by_kind.size(),
                         "kinds", none);
  out += RenderBreakdown("chart-by-location", "Top locations",
                         PlainBars(data.by_location, kTopLocations), data.by_location.size(),
                         "locations", none);
  return out + "</div>\n</section>\n";
}

// -------------------------------------------------------------------------------------------------
// Tables.

std::string RenderStatus(std::string_view status) {
  // The class comes from a fixed set; the status text itself is escaped.
  std::string_view css = status == "complete"  ? "complete"
                         : status == "running" ? "running"
                                               : "other";
  return fmt::format("<span class=\"status {}\">{}</span>", css, Text(NameOrUnknown(status)));
}

std::string RenderShortHash(std::string_view sha256) {
  if (sha256.empty()) return "<span class=\"muted\">—</span>";
  std::string shown = ShortenToCodePoints(ValidUtf8(sha256), kShortHashChars + 1);
  return fmt::format("<code title=\"{}\">{}</code>", Text(sha256), HtmlEscape(shown));
}

std::string RenderImportRow(const ImportRow& row) {
  return fmt::format(
      "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td>"
      "<td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
      Text(NameOrUnknown(row.file_name)), RenderShortHash(row.blob_sha256), Text(row.format),
      RenderStatus(row.status), FormatCount(row.imported), FormatCount(row.skipped),
      FormatCount(row.duplicated),
      row.finished_at.empty() ? "<span class=\"muted\">—</span>" : Text(row.finished_at));
}

std::string RenderImportTotals(const std::vector<ImportRow>& imports) {
  int64_t imported = 0, skipped = 0, duplicated = 0;
  for (const ImportRow& row : imports) {
    imported += row.imported;
    skipped += row.skipped;
    duplicated += row.duplicated;
  }
  return fmt::format(
      "<tfoot><tr><td colspan=\"4\">Total, {} imports</td><td class=\"num\">{}</td>"
      "<td class=\"num\">{}</td><td class=\"num\">{}</td><td></td></tr></tfoot>\n",
      FormatCount(static_cast<int64_t>(imports.size())), FormatCount(imported),
      FormatCount(skipped), FormatCount(duplicated));
}

std::string RenderImportsSection(const ReportData& data) {
  std::string out = "<section id=\"imports\">\n<h2>Imports</h2>\n";
  if (data.imports.empty()) return out + RenderEmpty("No imports yet.") + "</section>\n";
  out +=
      "<table>\n<thead><tr><th>File</th><th>SHA-256</th><th>Format</th><th>Status</th>"
      "<th class=\"num\">Imported</th><th class=\"num\">Skipped</th>"
      "<th class=\"num\">Duplicates</th><th>Finished</th></tr></thead>\n<tbody>\n";
  for (const ImportRow& row : data.imports) out += RenderImportRow(row);
  out += "</tbody>\n";
  if (data.imports.size() > 1) out += RenderImportTotals(data.imports);
  return out + "</table>\n</section>\n";
}

std::string RenderSampleRow(const SampleDocument& doc) {
  return fmt::format(
      "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"nowrap\">{}</td>"
      "<td>{}</td><td>{}</td><td>{}</td><td class=\"snippet\">{}</td></tr>\n",
      doc.id, Text(doc.site), Text(doc.source_id), Text(doc.posted_at), Text(doc.lang),
      Text(doc.kind), Text(doc.title), Text(doc.snippet));
}

std::string RenderSamplesSection(const ReportData& data) {
  std::string out = "<section id=\"samples\">\n<h2>Sample documents</h2>\n";
  if (data.samples.empty()) return out + RenderEmpty("No documents yet.") + "</section>\n";
  out +=
      "<table>\n<thead><tr><th class=\"num\">ID</th><th>Site</th><th>Source ID</th><th>Posted</th>"
      "<th>Lang</th><th>Kind</th><th>Title</th><th>Snippet</th></tr></thead>\n<tbody>\n";
  for (const SampleDocument& doc : data.samples) out += RenderSampleRow(doc);
  return out + "</tbody>\n</table>\n</section>\n";
}

// Sections added by later stages; their fragments are rendered and escaped by those stages.
std::string RenderExtraSections(const ReportData& data) {
  std::string out;
  for (const auto& [title, fragment] : data.extra_sections) {
    out += fmt::format("<section><h2>{}</h2>{}</section>\n", Text(title), fragment);
  }
  return out;
}

std::string RenderFooter(const ReportData& data) {
  return fmt::format(
      "<footer>Generated by Ariadne {} at {}. This file is self-contained: it loads nothing "
      "from the network and contains no scripts.</footer>\n",
      Text(data.tool_version), Text(data.generated_at));
}

}  // namespace

std::string RenderCaseReport(const ReportData& data) {
  SiteColours colours(data);
  std::string html = RenderHead(data);
  html += "<body>\n<main>\n";
  html += RenderHeader(data);
  html += RenderKeyFigures(data);
  html += RenderTimelineSection(data, colours);
  html += RenderBreakdownSection(data, colours);
  html += RenderImportsSection(data);
  html += RenderSamplesSection(data);
  html += RenderExtraSections(data);
  html += RenderFooter(data);
  html += "</main>\n</body>\n</html>\n";
  return html;
}

}  // namespace ariadne::report
