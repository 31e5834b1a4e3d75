// Gathers what the HTML case report shows from a case.
#pragma once

#include "core/status.h"
#include "report/case_report.h"
#include "store/case.h"

namespace ariadne::cli {

Result<report::ReportData> CollectReportData(store::Case& c);

// Writes the report of the case to `path` (atomically: a temporary file renamed into place).
Status WriteCaseReport(store::Case& c, const std::string& path);

}  // namespace ariadne::cli
