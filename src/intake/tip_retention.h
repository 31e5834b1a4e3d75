// The end of a tip's life: public tips and kept job-ad checks are personal data given for one
// purpose, so they are deleted when the case's retention period has passed since they arrived
// (or on request, one tip by id). Each deletion is first written to the case's custody log as a
// `purge` event ("tip:N" / "job_check:N", with the SHA-256 of the text that is deleted and the
// reason), then the row and its links are deleted: a purge killed half-way leaves a logged purge
// of a row that still exists, and running it again finishes it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "core/status.h"

namespace ariadne::intake {

struct PurgeOptions {
  // Tips and job checks received before this UTC time ("YYYY-MM-DD" or ISO 8601). Empty: now
  // minus the case's retention period.
  std::string before;
  std::optional<int64_t> tip_id;  // only this tip, whatever its age
  std::string reason;             // empty: "retention period of N days ended" / "on request"
  std::string actor;              // who purges (the custody log's actor)
  std::string tool_version;
  bool dry_run = false;  // count, delete nothing, log nothing
};

struct PurgeReport {
  std::string cutoff;  // the time used ("" for a purge by id)
  int64_t tips = 0;
  int64_t job_checks = 0;
};

// Opens the case in `case_dir` and purges. InvalidInput for a malformed `before`; NotFound for
// an unknown `tip_id`.
Result<PurgeReport> PurgeTips(const std::filesystem::path& case_dir, const PurgeOptions& options);

// The UTC ISO 8601 time `days` days before `now_iso` ("YYYY-MM-DDThh:mm:ssZ").
std::string DaysBefore(const std::string& now_iso, int64_t days);

}  // namespace ariadne::intake
