// The people-readable part of a bundle, once as HTML and once as PDF (cairo + pango, which lay out
// any Unicode text with the system's fonts). Both come from the same sections so they say the same.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/status.h"

namespace ariadne::custody {

struct ReportSection {
  std::string title;
  std::vector<std::string> paragraphs;  // plain text; newlines kept
};

// A self-contained HTML page (no scripts, no external requests); every string escaped.
std::string RenderReportHtml(const std::string& title, const std::vector<ReportSection>& sections);
// An A4 PDF at `file`. IoError when it cannot be written.
Status WriteReportPdf(const std::filesystem::path& file, const std::string& title,
                      const std::vector<ReportSection>& sections);

}  // namespace ariadne::custody
