// A self-contained HTML report of a case that a person can open and read: no scripts from anywhere,
// no external requests, charts drawn as inline SVG. Every string that came from outside is
// HTML-escaped.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ariadne::report {

struct NamedCount {
  std::string name;
  int64_t count = 0;
};

// Documents posted in one ISO week (its Monday, "YYYY-MM-DD") on one site.
struct WeeklyCount {
  std::string week_start;
  std::string site;
  int64_t count = 0;
};

struct ImportRow {
  std::string file_name;
  std::string blob_sha256;
  std::string format;
  std::string status;  // "complete" or "running"
  int64_t imported = 0;
  int64_t skipped = 0;
  int64_t duplicated = 0;
  std::string finished_at;
};

struct SampleDocument {
  int64_t id = 0;
  std::string source_id;
  std::string site;
  std::string title;
  std::string posted_at;
  std::string lang;
  std::string kind;
  std::string snippet;  // plain text, already shortened
};

struct ReportData {
  // The case.
  std::string case_name;
  std::string purpose;
  std::string legal_basis;
  int64_t retention_days = 0;
  std::string region;
  std::string created_at;
  std::string generated_at;
  std::string tool_version;
  // Counts.
  int64_t documents = 0;
  int64_t blobs = 0;
  int64_t images = 0;
  std::vector<NamedCount> by_site;
  std::vector<NamedCount> by_language;
  std::vector<NamedCount> by_kind;
  std::vector<NamedCount> by_location;  // most frequent first
  std::vector<WeeklyCount> weekly;      // sorted by week_start, then site
  std::vector<ImportRow> imports;
  std::vector<SampleDocument> samples;  // a few documents to show what the case holds
  // Sections later stages add (extraction, flags, clusters) append themselves as titled HTML
  // fragments they rendered and escaped themselves.
  std::vector<std::pair<std::string, std::string>> extra_sections;
};

// The whole report as one HTML document (UTF-8).
std::string RenderCaseReport(const ReportData& data);

}  // namespace ariadne::report
