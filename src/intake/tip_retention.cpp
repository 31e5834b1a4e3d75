#include "intake/tip_retention.h"

#include <fmt/format.h>

#include <ctime>
#include <memory>

#include "core/sha256.h"
#include "core/text.h"
#include "custody/log.h"
#include "store/case.h"
#include "store/tip_store.h"

namespace ariadne::intake {
namespace {

struct Purger {
  store::TipStore& tips;
  custody::CustodyLog& log;
  const PurgeOptions& options;

  Status Tip(int64_t id, const std::string& reason) {
    Result<std::optional<store::TipRow>> row = tips.TipById(id);
    if (!row.ok()) return row.status();
    if (!*row) return NotFound(fmt::format("tip {}: no such tip in this case", id));
    if (options.dry_run) return Status::Ok();
    ARIADNE_RETURN_IF_ERROR(
        log.RecordPurge(fmt::format("tip:{}", id), {Sha256Hex((*row)->text)}, reason).status());
    return tips.DeleteTip(id);
  }

  Status JobCheck(const store::JobCheckRow& row, const std::string& reason) {
    if (options.dry_run) return Status::Ok();
    ARIADNE_RETURN_IF_ERROR(
        log.RecordPurge(fmt::format("job_check:{}", row.id), {Sha256Hex(row.text)}, reason)
            .status());
    return tips.DeleteJobCheck(row.id);
  }
};

}  // namespace

std::string DaysBefore(const std::string& now_iso, int64_t days) {
  std::tm tm{};
  if (strptime(now_iso.c_str(), "%Y-%m-%dT%H:%M:%S", &tm) == nullptr) return now_iso;
  const std::time_t then = timegm(&tm) - static_cast<std::time_t>(days) * 86400;
  std::tm out{};
  gmtime_r(&then, &out);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &out);
  return buf;
}

Result<PurgeReport> PurgeTips(const std::filesystem::path& case_dir, const PurgeOptions& options) {
  if (!options.before.empty() && !IsIso8601(options.before)) {
    return InvalidInput(fmt::format(
        "--before {}: not a date; write YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC)", options.before));
  }
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(case_dir);
  if (!c.ok()) return c.status();
  Result<store::CaseInfo> info = (*c)->store().Info();
  if (!info.ok()) return info.status();
  Result<std::unique_ptr<store::TipStore>> tips = store::OpenTipStore(case_dir);
  if (!tips.ok()) return tips.status();
  Result<std::unique_ptr<custody::CustodyLog>> log =
      custody::CustodyLog::Open(case_dir, options.actor, options.tool_version);
  if (!log.ok()) return log.status();
  Purger purger{**tips, **log, options};
  PurgeReport report;

  if (options.tip_id) {
    const std::string reason = options.reason.empty() ? "deleted on request" : options.reason;
    ARIADNE_RETURN_IF_ERROR(purger.Tip(*options.tip_id, reason));
    report.tips = 1;
    return report;
  }
  report.cutoff =
      options.before.empty() ? DaysBefore(UtcNowIso8601(), info->retention_days) : options.before;
  const std::string reason =
      !options.reason.empty() ? options.reason
      : options.before.empty()
          ? fmt::format("the case's retention period of {} days ended", info->retention_days)
          : fmt::format("received before {}", options.before);
  Result<std::vector<int64_t>> old = (*tips)->TipsReceivedBefore(report.cutoff);
  if (!old.ok()) return old.status();
  for (int64_t id : *old) {
    ARIADNE_RETURN_IF_ERROR(purger.Tip(id, reason));
    ++report.tips;
  }
  Result<std::vector<store::JobCheckRow>> checks = (*tips)->JobChecksBefore(report.cutoff);
  if (!checks.ok()) return checks.status();
  for (const store::JobCheckRow& row : *checks) {
    ARIADNE_RETURN_IF_ERROR(purger.JobCheck(row, reason));
    ++report.job_checks;
  }
  return report;
}

}  // namespace ariadne::intake
