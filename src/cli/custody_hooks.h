// How subcommands write to the case's custody log (src/custody): who acts (--actor, else
// $ARIADNE_ACTOR, else $USER, else the account's name), the passphrase of the case key
// ($ARIADNE_PASSPHRASE or
// --passphrase-file), one call per event and one to sign the log head. A command records its event
// before it shows or writes evidence, so a failure to log stops it.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>

#include "capture/crawl.h"
#include "capture/import.h"
#include "core/status.h"
#include "custody/log.h"
#include "pipeline/pipeline.h"
#include "store/case_store.h"

namespace ariadne::cli {

// Adds the global --actor and --passphrase-file options (accepted after any subcommand too).
void AddCustodyOptions(CLI::App& app);
std::string Actor();
// The passphrase for the case key ("" when none is given).
Result<std::string> Passphrase();

Result<std::unique_ptr<custody::CustodyLog>> OpenCustodyLog(const std::filesystem::path& dir);
// Records one event in the case's log.
Status LogEvent(const std::filesystem::path& dir, const custody::Event& event);
// Signs the head of the log. When the key is sealed and no passphrase was given: an error if
// `required`, else a note on stderr (the next signed command covers these events).
Status SignLogHead(const std::filesystem::path& dir, bool required);
// At case creation: generates the case key (sealed with `passphrase` unless empty), records the
// "case.init" event with the key's fingerprint and signs it. Returns the fingerprint.
Result<std::string> StartCaseCustody(const std::filesystem::path& dir, const store::CaseInfo& info,
                                     const std::string& passphrase);
// Import hooks: "import.start" when the runner starts (set as ImportCallbacks::on_start), then
// the seals, captures and "import.complete" after the run.
std::function<Status(const store::ImportRecord&, bool)> LogImportStart(
    const std::filesystem::path& dir, const std::string& file);
Status LogImportDone(const std::filesystem::path& dir, const capture::ImportSummary& summary);
// After a failed import that got as far as storing its original (import `import_id` started):
// logs the blobs it stored, so `ariadne verify` finds the evidence accounted for.
Status LogImportFailed(const std::filesystem::path& dir, int64_t import_id);
// After a crawl: seals the imports the crawl created (one per part of a run, many pages each:
// import.start, the documents' seals, import.complete, captures of the new blobs), then
// "capture.crawl" with the run, its counts and the WARC files written, with their hashes.
Status LogCrawl(const std::filesystem::path& dir, const capture::CrawlSummary& summary);
// What an analysis run did, for the custody log.
inline nlohmann::json StagesJson(const std::vector<pipeline::StageSummary>& stages) {
  nlohmann::json out = nlohmann::json::array();
  for (const pipeline::StageSummary& s : stages) {
    out.push_back({{"stage", s.stage}, {"version", s.version}, {"documents", s.documents}});
  }
  return out;
}
// "analysis.run" with what each stage did.
Status LogAnalysis(const std::filesystem::path& dir, const nlohmann::json& stages);
// Hex SHA-256 of a file's bytes ("" when it cannot be read).
std::string FileSha256(const std::filesystem::path& file);

}  // namespace ariadne::cli
